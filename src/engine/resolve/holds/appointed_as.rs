//! Hold pattern: the object of an appointment takes the post after `as`
//! (`named Ana Ruiz, the party's policy chief, as Defense Minister`,
//! `appointed Ruiz as ambassador`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{HOLD_APPOINTING_VERBS, HOLD_APPOINTMENT_STOPS};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "appointed_as",
    example: "named Ana Ruiz as Defense Minister",
    reason: "appointed to the post (“as”)",
    find: Find::Post(find),
};

/// For a post right after `as` (`... as Defense Minister`), the person named
/// just after an appointing verb earlier in the sentence. Looks back a
/// bounded number of tokens, stopping at another clause.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 3 {
        return None;
    }
    // An article or owner, `new` between `as` and the post: `as the new
    // Minister of Health` (unseen real news, holds round eleven).
    let mut start = p.start;
    while start > 2
        && p.start - start < 2
        && matches!(
            ctx.word(start - 1),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "new"
        )
    {
        start -= 1;
    }
    if ctx.word(start - 1) != "as" {
        return None;
    }
    if let Some(m) = listed_object(ctx, start - 1) {
        return Some(m);
    }
    let mut t = start - 1;
    while t > 0 && ctx.sentence[t - 1] == ctx.sentence[start] && start - t < 20 {
        t -= 1;
        if HOLD_APPOINTING_VERBS.contains(ctx.word(t)) {
            // Past the holder's rank: `appointed Colonel Ana Ruiz as
            // gendarmerie commander` (unseen real news, holds round nine).
            let rank = ctx
                .at_kind(t + 1, Kind::Position)
                .and_then(|q| ctx.at_kind(ctx.cands[q].end, Kind::Person));
            return ctx
                .at_kind(t + 1, Kind::Person)
                .or(rank)
                .or_else(|| relative_object(ctx, t));
        }
        if HOLD_APPOINTMENT_STOPS.contains(ctx.word(t)) {
            return None;
        }
    }
    None
}

/// The person of a later item in a list of appointments, right before `as`
/// at `a` (past the person's place: `of Oldbury`), after a comma, `and` or
/// `, and`, with an appointing verb earlier in the sentence (`appointed Ana
/// Ruiz of Dunmere as the Minister of Health, Tomas Vell of Oldbury as the
/// Minister of Justice, and Ivo Lanz as ...`: unseen real news, holds round
/// eleven).
fn listed_object(ctx: &Ctx, a: usize) -> Option<usize> {
    let mut end = a;
    if end >= 3 && ctx.cover[end - 1].is_some_and(|m| ctx.cands[m].kind == Kind::Place) {
        let place = ctx.cover[end - 1]?;
        let of = ctx.cands[place].start.checked_sub(1)?;
        if ctx.word(of) == "of" {
            end = of;
        }
    }
    // Or a place the tagger left unmarked: `of Dunmere`.
    if end == a && end >= 3 && ctx.word(end - 2) == "of" && ctx.cover[end - 1].is_none() {
        let w = ctx.word(end - 1);
        if w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase) {
            end -= 2;
        }
    }
    let m = ctx.person_ending_at(end)?;
    let start = ctx.cands[m].start;
    let listed = start >= 2
        && (matches!(ctx.word(start - 1), "," | ";")
            || (ctx.word(start - 1) == "and" && matches!(ctx.word(start - 2), "," | ";"))
            || ctx.word(start - 1) == "and");
    if !listed {
        return None;
    }
    // An appointing verb earlier in the sentence, and no other clause.
    let s = ctx.sentence[a];
    (start.saturating_sub(40)..start)
        .rev()
        .take_while(|&t| ctx.sentence[t] == s && !matches!(ctx.word(t), "." | "said" | "says"))
        .any(|t| HOLD_APPOINTING_VERBS.contains(ctx.word(t)))
        .then_some(m)
}

/// The person a relative `whom` before the verb at `verb` stands for, when
/// the verb has no object of its own: `Ana Ruiz, whom the president
/// appointed as ombudsman`.
fn relative_object(ctx: &Ctx, verb: usize) -> Option<usize> {
    let whom = (verb.saturating_sub(6)..verb)
        .rev()
        .find(|&t| ctx.word(t) == "whom")?;
    if whom < 2 || ctx.word(whom - 1) != "," || ctx.sentence[whom] != ctx.sentence[verb] {
        return None;
    }
    ctx.person_ending_at(whom - 1)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn appointed_as_finds_holders() {
        check(
            PATTERN.reason,
            &[
                // A list of appointments, an article before the post (unseen
                // real news, holds round eleven).
                (
                    "The party appointed [Ana Ruiz] of Dunmere as the {Minister of Health}, [Tomas Vell] of <Oldbury> as the {Minister of Justice}, and [Ivo Lanz] as {Minister of State}.",
                    &[
                        ("Ana Ruiz", "Minister of Health"),
                        ("Tomas Vell", "Minister of Justice"),
                        ("Ivo Lanz", "Minister of State"),
                    ],
                ),
                (
                    "The council named [Ana Ruiz] as {Defense Minister} on Monday.",
                    &[("Ana Ruiz", "Defense Minister")],
                ),
                (
                    "They appointed [Tomas Vell], a banker, as {ambassador} on Friday.",
                    &[("Tomas Vell", "ambassador")],
                ),
                (
                    "Voters picked [Ana Ruiz] last spring as {mayor} again.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Fiona Kale], whom the {president} appointed as {ombudsman} in 2020, resigned.",
                    &[("Fiona Kale", "ombudsman")],
                ),
                (
                    "The club hired [Ana Ruiz], 44, as {head coach}.",
                    &[("Ana Ruiz", "head coach")],
                ),
            ],
        );
    }

    #[test]
    fn appointed_as_passes_the_holders_rank() {
        let got = holds("The cabinet appointed {Colonel} [Ana Ruiz] as {gendarmerie commander}.");
        let want = (
            "Ana Ruiz".to_string(),
            "gendarmerie commander".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
    }

    #[test]
    fn appointed_as_stops_at_another_clause() {
        check(
            PATTERN.reason,
            &[
                ("[Ana Ruiz] said she would serve as {mayor}.", &[]),
                (
                    "The board named [Ana Ruiz] and hired Bo as {adviser} today.",
                    &[],
                ),
                // The post is an owner: the holder is someone else.
                ("They named [Ana Ruiz] as {mayor}’s deputy.", &[]),
            ],
        );
    }
}
