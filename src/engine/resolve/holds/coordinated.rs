//! Hold pattern: coordinated posts of one name (`Vice Chancellor and
//! Finance Minister Lars Klingbeil`, `chairman and chief executive Ana
//! Ruiz`, `Oldland’s Prime Minister and Foreign Minister, Sheikh Ali`): the
//! post before `and` (or `-turned-`: `treasurer-turned-premier Ana Ruiz`)
//! goes to the holder of the post after it; and after the
//! name (`Ana Ruiz, chairman and chief executive of Harbour Bank`), the post
//! right after `and` goes to the holder of the post before it, unless a name
//! follows it (`Chairman Ana Ruiz and chief executive Tomas Vell`). (Only
//! posts paired before their name get here with `and` before them: an
//! apposition stops at `and`.)

use super::apposition::of_phrase_end;
use super::{Ctx, Find, Pair, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::lexicon::casing::{FxMap, FxSet};
use crate::engine::words::HOLD_JURISDICTIONS_BETWEEN;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "coordinated",
    example: "Vice Chancellor and Finance Minister Lars Klingbeil",
    reason: "coordinated with another of the person’s titles",
    find: Find::Found(find),
};

/// For each hold whose post has `and` and another post right before it,
/// that other post; for each whose post has `and` and another post right
/// after it, with no name after that one, that post (unless it has a holder
/// already).
fn find(ctx: &Ctx, pairs: &[Pair]) -> Vec<Pair> {
    let (doc, cands) = (ctx.doc, ctx.cands);
    // The first post ending at each token, and the posts already held.
    let mut post_ends: FxMap<usize, usize> = FxMap::default();
    for (i, c) in cands.iter().enumerate().rev() {
        if c.kind == Kind::Position {
            post_ends.insert(c.end, i);
        }
    }
    let post_ending_at = |end: usize| post_ends.get(&end).copied();
    let mut held: FxSet<usize> = pairs.iter().map(|x| x.post).collect();
    let mut more: Vec<Pair> = Vec::new();
    for pair in pairs {
        let (person, qi) = (pair.person, pair.post);
        let q = &cands[qi];
        // Past a jurisdiction word the post leaves outside: `Minister of
        // Health and government spokesman Ana Ruiz`.
        let and = match q.start.checked_sub(1).map(|t| doc.word(t)) {
            Some(w) if q.start >= 3 && HOLD_JURISDICTIONS_BETWEEN.contains(w) => q.start - 2,
            _ => q.start.saturating_sub(1),
        };
        // `and`, or `cum` as Southeast and South Asian titles join two posts
        // (`Deputy Prime Minister cum Minister of Finance Lim Kah Seng`).
        let before = (q.start >= 2 && and >= 1 && matches!(doc.word(and), "and" | "cum" | "&"))
            .then(|| post_ending_at(and))
            .flatten()
            .or_else(|| turned_from(ctx, q.start).and_then(post_ending_at));
        let after = post_after_and(ctx, q.end)
            .filter(|&r| ctx.person_after(cands[r].end).is_none() && !ctx.owns_next(&cands[r]));
        for pi in [before, after].into_iter().flatten() {
            if held.insert(pi) {
                more.push(Pair {
                    person,
                    post: pi,
                    reason: PATTERN.reason,
                });
            }
        }
    }
    more
}

/// The post after `and` that follows a post ending at `end` (past that
/// post's place or body: `mayor of Portvale and chair of`), right after `and`
/// (`chairman and chief executive`) or past words that keep the same person
/// (`a former finance minister and now the opposition leader`, `the party
/// leader and a former minister`); not past a bare `the` (`the mayor and
/// the governor` are two people).
fn post_after_and(ctx: &Ctx, end: usize) -> Option<usize> {
    let mut and = of_phrase_end(ctx, end);
    // A comma before `and` after the post's body: `Director of the Soil
    // Study, and Chairman of the Soil Council`.
    if and > end && and + 2 < ctx.n && ctx.word(and) == "," && ctx.word(and + 1) == "and" {
        and += 1;
    }
    // Or a body's name that goes on in lower case (`Director of the National
    // Soil study, and Chairman of`).
    if and >= ctx.n || ctx.word(and) != "and" {
        and = lower_body_end(ctx, end).unwrap_or(and);
    }
    if and + 1 >= ctx.n || ctx.word(and) != "and" {
        return None;
    }
    let mut t = and + 1;
    // `acting`, `interim` and `as` stay outside the post: `serves as Minister
    // of State and Acting Minister of Finance` (unseen real news, holds
    // round eleven).
    let filler = |w: &str| {
        matches!(
            w,
            "now"
                | "also"
                | "currently"
                | "later"
                | "then"
                | "a"
                | "an"
                | "former"
                | "acting"
                | "Acting"
                | "interim"
                | "Interim"
                | "as"
        )
    };
    if !filler(ctx.word(t)) {
        return ctx.at_kind(t, Kind::Position);
    }
    while t < ctx.n && t - and < 7 && ctx.cover[t].is_none() {
        let w = ctx.word(t);
        let owner = t + 1 < ctx.n && matches!(ctx.word(t + 1), "’s" | "'s");
        if owner {
            t += 2;
            continue;
        }
        if !(filler(w) || w == "the") {
            return None;
        }
        t += 1;
    }
    ctx.at_kind(t, Kind::Position)
}

/// Where `and` stands after a post's body in lower-case words, after `of`,
/// `at` or `for` at `end` (`director of the soil study and chairman of`):
/// up to six words and places, no other mention, no comma but one right
/// before `and` (`of the National Soil study, and`).
fn lower_body_end(ctx: &Ctx, end: usize) -> Option<usize> {
    if end + 2 >= ctx.n || !matches!(ctx.word(end), "of" | "at" | "for") {
        return None;
    }
    let mut t = end + 1;
    while t < ctx.n && t - end <= 7 && ctx.sentence[t] == ctx.sentence[end] {
        if let Some(m) = ctx.at[t] {
            if ctx.cands[m].kind != Kind::Place {
                return None;
            }
            t = ctx.cands[m].end;
            continue;
        }
        let w = ctx.word(t);
        if w == "and" {
            return (t > end + 1).then_some(t);
        }
        if w == "," && t > end + 1 && t + 1 < ctx.n && ctx.word(t + 1) == "and" {
            return Some(t + 1);
        }
        if ctx.cover[t].is_some() || !w.chars().all(char::is_alphabetic) {
            return None;
        }
        t += 1;
    }
    None
}

/// Where the post before `turned` ends, for a post starting at `start`
/// after `-turned-` or `turned` (`treasurer-turned-premier`).
fn turned_from(ctx: &Ctx, start: usize) -> Option<usize> {
    let mut t = start.checked_sub(1)?;
    if ctx.word(t) == "-" {
        t = t.checked_sub(1)?;
    }
    if ctx.word(t) != "turned" || t == 0 {
        return None;
    }
    Some(if ctx.word(t - 1) == "-" { t - 1 } else { t })
}

#[cfg(test)]
mod tests {
    use super::super::testing::holds;
    use super::PATTERN;

    #[test]
    fn coordinated_gives_the_first_post_to_the_holder_of_the_second() {
        let title = "title before the name";
        let set_off = "title set off before the name";
        for (marked, expected) in [
            (
                "{Vice Chancellor} and {Finance Minister} [Lars Vell] spoke.",
                vec![
                    ("Lars Vell", "Finance Minister", title),
                    ("Lars Vell", "Vice Chancellor", PATTERN.reason),
                ],
            ),
            (
                "{Deputy Prime Minister} cum {Minister of Finance} [Lim Kah Seng] spoke.",
                vec![
                    ("Lim Kah Seng", "Minister of Finance", title),
                    ("Lim Kah Seng", "Deputy Prime Minister", PATTERN.reason),
                ],
            ),
            // `Acting` outside the second post (unseen real news, holds
            // round eleven).
            (
                "[Tomas Vell] also serves as {Minister of State} and Acting {Minister of Finance}.",
                vec![
                    ("Tomas Vell", "Minister of State", "linked to the name by a verb (“is”, “became”)"),
                    ("Tomas Vell", "Minister of Finance", PATTERN.reason),
                ],
            ),
            (
                "The {Minister of Health} and government {spokesman}, [Ana Ruiz], said no.",
                vec![
                    ("Ana Ruiz", "spokesman", set_off),
                    ("Ana Ruiz", "Minister of Health", PATTERN.reason),
                ],
            ),
            (
                "The {chairman} and {chief executive}, [Ana Ruiz], said no.",
                vec![
                    ("Ana Ruiz", "chief executive", set_off),
                    ("Ana Ruiz", "chairman", PATTERN.reason),
                ],
            ),
            (
                "Then {treasurer}-turned-{premier} [Ana Ruiz] spoke.",
                vec![
                    ("Ana Ruiz", "premier", title),
                    ("Ana Ruiz", "treasurer", PATTERN.reason),
                ],
            ),
            (
                "[Ana Ruiz], a former {minister} and now the {opposition leader}, left.",
                vec![
                    ("Ana Ruiz", "minister", "apposition after the name"),
                    ("Ana Ruiz", "opposition leader", PATTERN.reason),
                ],
            ),
            (
                "[Ana Ruiz], {mayor} of <Portvale> and {chair} of the council, left.",
                vec![
                    ("Ana Ruiz", "mayor", "apposition after the name"),
                    ("Ana Ruiz", "chair", PATTERN.reason),
                ],
            ),
            (
                "[Ana Ruiz], {Director} of the National Soil Study, and {Chairman} of the Soil Council, said so.",
                vec![
                    ("Ana Ruiz", "Director", "apposition after the name"),
                    ("Ana Ruiz", "Chairman", PATTERN.reason),
                ],
            ),
            // A body's name going on in lower case, then `, and` (a
            // Wikinews development article; holds round nine).
            (
                "[Ana Ruiz], {Director} of the National Soil study, and {Chairman} of the Soil Council, said so.",
                vec![
                    ("Ana Ruiz", "Director", "apposition after the name"),
                    ("Ana Ruiz", "Chairman", PATTERN.reason),
                ],
            ),
            (
                "[Ana Ruiz], {director} of the soil study and {chairman} of the council, said so.",
                vec![
                    ("Ana Ruiz", "director", "apposition after the name"),
                    ("Ana Ruiz", "chairman", PATTERN.reason),
                ],
            ),
            // An acronym in brackets inside the body's name (agency style;
            // lead round eleven).
            (
                "[Ana Ruiz], {director} of the Soil Study (SSO) Central Office and {chairman} of the Soil Council, said so.",
                vec![
                    ("Ana Ruiz", "director", "apposition after the name"),
                    ("Ana Ruiz", "chairman", PATTERN.reason),
                ],
            ),
            (
                "[Ana Ruiz], {chairman} and {chief executive} of Harbour Bank, said no.",
                vec![
                    ("Ana Ruiz", "chairman", "apposition after the name"),
                    ("Ana Ruiz", "chief executive", PATTERN.reason),
                ],
            ),
        ] {
            let want: Vec<(String, String, String)> = expected
                .iter()
                .map(|&(a, b, c)| (a.into(), b.into(), c.into()))
                .collect();
            assert_eq!(holds(marked), want, "{marked}");
        }
    }

    #[test]
    fn coordinated_needs_a_holder_after_and() {
        for marked in [
            "{Vice Chancellor} and {Finance Minister} spoke.",
            "{Vice Chancellor} or {Finance Minister} [Lars Vell] spoke.",
            // The post after `and` has its own name.
            "{Chairman} [Ana Ruiz] and {chief executive} [Tomas Vell] spoke.",
            // Two people.
            "[Ana Ruiz], the {mayor} and the {governor} met.",
            "[Ana Ruiz], the {mayor}, and the {governor} met.",
            "[Ana Ruiz], {mayor} of <Portvale>, and {chairman} [Tomas Vell] met.",
            "[Ana Ruiz], {director} of the museum and {curator} [Tomas Vell] met.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
