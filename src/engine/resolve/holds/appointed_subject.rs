//! Hold pattern: the subject of a passive appointment takes the post (`Ruiz,
//! 54, was appointed Minister of Health in 2011`, `Ruiz was elected mayor`,
//! `Ruiz was sworn in as governor`, `Ruiz was re-elected mayor`, `Ruiz was
//! made a director`), also through `who` (`Ruiz, 61, who was elected mayor`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{HOLD_PASSIVE_APPOINTMENTS, HOLD_PASSIVE_AUXILIARIES};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "appointed_subject",
    example: "Ana Ruiz was elected mayor",
    reason: "appointed or elected to the post (“was elected”)",
    find: Find::Post(find),
};

/// For a post right after a passive verb of appointment (past `as`, `in
/// as`, `to`, an article, `the post of`), the person before its auxiliaries, past `who`
/// and one phrase set off by commas (`Ruiz, 54, was appointed`, `Ruiz, 61,
/// who was elected`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let same = |t: usize| ctx.sentence[t] == ctx.sentence[p.start];
    let mut t = p.start;
    while t > 0
        && same(t - 1)
        && matches!(
            ctx.word(t - 1),
            "as" | "in" | "to" | "the" | "a" | "an" | "post" | "position" | "of"
        )
    {
        t -= 1;
    }
    if t == 0 || !HOLD_PASSIVE_APPOINTMENTS.contains(ctx.word(t - 1)) {
        return None;
    }
    t -= 1;
    // A prefix the tokenizer splits off: `re-elected`.
    if t >= 2 && ctx.word(t - 1) == "-" && ctx.word(t - 2).eq_ignore_ascii_case("re") {
        t -= 2;
    }
    let verb = t;
    while t > 0 && same(t - 1) && HOLD_PASSIVE_AUXILIARIES.contains(ctx.word(t - 1)) {
        t -= 1;
    }
    // An auxiliary is needed: `the elected mayor` has none.
    if t == verb || t == 0 {
        return None;
    }
    // A relative clause on the name: `Ruiz, who was elected`.
    if t >= 3 && ctx.word(t - 1) == "who" && ctx.word(t - 2) == "," {
        if let Some(m) = person_ending_at(ctx, t - 2) {
            return Some(m);
        }
        t -= 1;
    }
    // One phrase set off by commas: `Ruiz, 54, was`.
    if ctx.word(t - 1) == "," {
        let mut c = t - 1;
        while c > 0 && same(c - 1) && t - c < 16 && ctx.word(c - 1) != "," {
            c -= 1;
        }
        if c == 0 || ctx.word(c - 1) != "," {
            return None;
        }
        t = c - 1;
    }
    person_ending_at(ctx, t)
}

/// The person mention that ends right before token `t`.
fn person_ending_at(ctx: &Ctx, t: usize) -> Option<usize> {
    let m = ctx.cover[t.checked_sub(1)?]?;
    (ctx.cands[m].kind == Kind::Person).then_some(m)
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
                (
                    "[Tomas Vell] was made a {director} in 2012.",
                    &[("Tomas Vell", "director")],
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
