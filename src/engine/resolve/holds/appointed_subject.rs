//! Hold pattern: the subject of a passive appointment takes the post (`Ruiz,
//! 54, was appointed Minister of Health in 2011`, `Ruiz was elected mayor`,
//! `Ruiz was sworn in as governor`, `Ruiz was re-elected mayor`, `Ruiz was
//! made a director`), also through `who` (`Ruiz, 61, who was elected mayor`)
//! and in a headline with no auxiliary (`Ana Ruiz named new coach`).

use super::apposition::adjectives_before;
use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::rules::Candidate;
use crate::engine::words::{HOLD_PASSIVE_APPOINTMENTS, HOLD_PASSIVE_AUXILIARIES};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "appointed_subject",
    example: "Ana Ruiz was elected mayor",
    reason: "appointed or elected to the post (“was elected”)",
    find: Find::Post(find),
};

/// The passive verb of appointment whose complement post `p` is: right
/// before it, past `as`, `in as`, `to`, articles, owners and adjectives (`was
/// sworn in as the country’s new president`), `the post of`; or before
/// `as` past a short adverbial (`was appointed on Monday as`, `was appointed
/// by the president as`).
fn verb_before(ctx: &Ctx, p: &Candidate) -> Option<usize> {
    let same = |t: usize| ctx.sentence[t] == ctx.sentence[p.start];
    let mut t = p.start - adjectives_before(ctx, p.start);
    // The body's or the place's name right before the post: `was named
    // Harbour manager`, `was elected <Oldland> president` (up to four words).
    let body = |t: usize| {
        ctx.cover[t].map_or_else(
            || ctx.word(t).starts_with(char::is_uppercase),
            |m| ctx.cands[m].kind == Kind::Place,
        )
    };
    let post_start = t;
    while t > 1 && same(t - 1) && post_start - t < 4 && body(t - 1) {
        t -= 1;
    }
    let mut as_at = None;
    while t > 0 && same(t - 1) {
        let w = ctx.word(t - 1);
        if matches!(w, "’s" | "'s") && t >= 2 {
            // An owner: `the country’s`, `Ruiz’s`.
            t = ctx.cover[t - 2].map_or(t - 2, |m| ctx.cands[m].start);
            continue;
        }
        if !matches!(
            w,
            "as" | "in"
                | "to"
                | "the"
                | "a"
                | "an"
                | "post"
                | "position"
                | "of"
                | "its"
                | "his"
                | "her"
                | "their"
                | "new"
                | "interim"
                | "acting"
                | "temporary"
                | "caretaker"
                | "permanent"
        ) {
            break;
        }
        if w == "as" && as_at.is_none() {
            as_at = Some(t - 1);
        }
        t -= 1;
    }
    if t > 0 && HOLD_PASSIVE_APPOINTMENTS.contains(ctx.word(t - 1)) {
        return Some(t - 1);
    }
    let a = as_at?;
    let mut v = a;
    // Up to ten words back: past the appointing body (`was named by the
    // Oldland Hockey Association on Wednesday as`: unseen real news, holds
    // round nine).
    while v > 0 && same(v - 1) && a - v < 10 {
        v -= 1;
        if HOLD_PASSIVE_APPOINTMENTS.contains(ctx.word(v)) {
            return Some(v);
        }
        let person = ctx.cover[v].is_some_and(|m| ctx.cands[m].kind == Kind::Person);
        if person || matches!(ctx.word(v), "," | ";" | "and" | "said") {
            return None;
        }
    }
    None
}

/// For a post that completes a passive verb of appointment
/// ([`verb_before`]), the person before its auxiliaries, past `who` and one
/// phrase set off by commas (`Ruiz, 54, was appointed`, `Ruiz, 61, who was
/// elected`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let same = |t: usize| ctx.sentence[t] == ctx.sentence[p.start];
    let mut t = verb_before(ctx, p)?;
    // A prefix the tokenizer splits off: `re-elected`.
    if t >= 2 && ctx.word(t - 1) == "-" && ctx.word(t - 2).eq_ignore_ascii_case("re") {
        t -= 2;
    }
    let verb = t;
    while t > 0 && same(t - 1) && HOLD_PASSIVE_AUXILIARIES.contains(ctx.word(t - 1)) {
        t -= 1;
    }
    // A headline drops articles too: `Ruiz named a new coach` is active.
    let article = matches!(
        ctx.word(verb + 1),
        "a" | "an" | "the" | "his" | "her" | "its" | "their"
    );
    // An auxiliary is needed (`the elected mayor` has none), but for a
    // headline's name that opens it (`Ana Ruiz named new coach`).
    if t == verb {
        let m = ctx.person_ending_at(t)?;
        let start = ctx.cands[m].start;
        let opens = start == 0 || ctx.sentence[start - 1] != ctx.sentence[start];
        return (opens && !article).then_some(m);
    }
    // Adverbs alone are no auxiliary: with an article after the verb it is
    // active (`Ruiz then appointed a new coach`: unseen real news, holds
    // round eleven), without one a reduced relative (`Ruiz, recently
    // appointed Minister of Health, ...`).
    let auxiliary = |u: usize| {
        matches!(
            ctx.word(u),
            "was" | "is" | "were" | "has" | "had" | "have" | "been" | "be" | "will" | "would"
        )
    };
    if article && !(t..verb).any(auxiliary) {
        return None;
    }
    if t == 0 {
        return None;
    }
    // A relative clause on the name: `Ruiz, who was elected`; also with no
    // comma (`Ruiz who was elevated to`: unseen real news, holds round
    // eleven).
    if t >= 2 && ctx.word(t - 1) == "who" {
        if let Some(m) = ctx.person_ending_at(t - 1) {
            return Some(m);
        }
    }
    if t >= 3 && ctx.word(t - 1) == "who" && ctx.word(t - 2) == "," {
        if let Some(m) = ctx.person_ending_at(t - 2) {
            return Some(m);
        }
        t -= 1;
    }
    // One phrase set off by commas: `Ruiz, 54, was`.
    if ctx.word(t - 1) == "," {
        let mut c = t - 1;
        while c > 0 && same(c - 1) && t - c < 20 && ctx.word(c - 1) != "," {
            c -= 1;
        }
        if c == 0 || ctx.word(c - 1) != "," {
            return None;
        }
        t = c - 1;
    }
    // The person's party or initials in brackets: `Ruiz (Greens) was elected
    // mayor` (unseen real news, holds round eleven).
    if t >= 4 && ctx.word(t - 1) == ")" {
        let open = (t.saturating_sub(6)..t - 1)
            .rev()
            .find(|&u| ctx.word(u) == "(")?;
        if (open + 1..t - 1).any(|u| ctx.cover[u].is_some()) {
            return None;
        }
        t = open;
    }
    ctx.person_ending_at(t)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn appointed_subject_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Ana Ruiz] was elected {mayor} in May.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz], 54, was appointed {Minister of Health} in 2009.",
                    &[("Ana Ruiz", "Minister of Health")],
                ),
                // A time word before the post (unseen real news, holds round nine).
                (
                    "[Ana Ruiz] has been appointed temporary {head coach} of the side.",
                    &[("Ana Ruiz", "head coach")],
                ),
                (
                    "[Ana Ruiz] was named by the Oldland Field Hockey Association on Wednesday as the new {coach}.",
                    &[("Ana Ruiz", "coach")],
                ),
                (
                    "[Ana Ruiz], the woman with the task of uniting the country's many squabbling factions around the plan, will be installed as {head} of the council.",
                    &[("Ana Ruiz", "head")],
                ),
                // A body's or a place's name before the post.
                (
                    "[Tomas Vell], who played in <Dunmere>, was named Harbour {manager} in May.",
                    &[("Tomas Vell", "manager")],
                ),
                (
                    "[Tomas Vell] was elected <Oldland> {president} in May.",
                    &[("Tomas Vell", "president")],
                ),
                (
                    "[Tomas Vell] was sworn in as {governor} on Friday.",
                    &[("Tomas Vell", "governor")],
                ),
                (
                    "[Tomas Vell] has since been named {captain}.",
                    &[("Tomas Vell", "captain")],
                ),
                // A prefix split off, an article before the post.
                (
                    "[Tomas Vell] was re-elected {mayor} in May.",
                    &[("Tomas Vell", "mayor")],
                ),
                (
                    "[Tomas Vell] was appointed to the post of {treasurer}.",
                    &[("Tomas Vell", "treasurer")],
                ),
                // Past a short adverbial, owners and adjectives.
                (
                    "[Tomas Vell] was appointed on Monday as {chief executive}.",
                    &[("Tomas Vell", "chief executive")],
                ),
                (
                    "[Tomas Vell] has been appointed by the {president} as {governor}.",
                    &[("Tomas Vell", "governor")],
                ),
                (
                    "[Tomas Vell] was sworn in as the country’s new {president}.",
                    &[("Tomas Vell", "president")],
                ),
                (
                    "[Tomas Vell] was hired as {head coach} in May.",
                    &[("Tomas Vell", "head coach")],
                ),
                (
                    "[Tomas Vell] was made a {director} in 2012.",
                    &[("Tomas Vell", "director")],
                ),
                // A headline's name, with no auxiliary.
                (
                    "[Ana Ruiz] named new {coach} of Harbour FC",
                    &[("Ana Ruiz", "coach")],
                ),
                // Past the person's party in brackets (unseen real news,
                // holds round eleven).
                (
                    "In Dunmere, [Tomas Vell] (Greens) was elected {mayor} with 5,293 votes.",
                    &[("Tomas Vell", "mayor")],
                ),
                // `who` with no comma; `elevated to` (unseen real news,
                // holds round eleven).
                (
                    "It was [Tomas Vell] who was elevated to {Minister of Finance} in May.",
                    &[("Tomas Vell", "Minister of Finance")],
                ),
                // Through `who`, past an age.
                (
                    "[Ana Ruiz], 61, who was elected {mayor} in 2015, spoke.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz], who was sworn in as {president} last week, spoke.",
                    &[("Ana Ruiz", "president")],
                ),
            ],
        );
    }

    #[test]
    fn appointed_subject_needs_a_passive() {
        check(
            PATTERN.reason,
            &[
                ("[Ana Ruiz] met the elected {mayor}.", &[]),
                ("Then [Ana Ruiz] named a new {coach}.", &[]),
                // Adverbs and no auxiliary: active (unseen real news, holds
                // round eleven).
                (
                    "[Ana Ruiz] then appointed a new {coach} from <Oldland>.",
                    &[],
                ),
                ("[Ana Ruiz] named a new {coach} on Monday.", &[]),
                (
                    "[Ana Ruiz] said the board was appointed {mayor}’s aides.",
                    &[],
                ),
                (
                    "[Ana Ruiz] and a friend, who left, were elected {mayor}.",
                    &[],
                ),
            ],
        );
    }
}
