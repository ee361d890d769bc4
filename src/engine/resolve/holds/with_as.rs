//! Hold pattern: `with` + a name + `as` + the post, a phrase that hands a
//! second post to its own person (`named Dario Kemp as captain, with Sam Ollie
//! as vice-captain`, `The team is led by Ruiz, with Tomas Vell, 31, as her
//! deputy`). It runs before [`super::appointed_as`], which would otherwise
//! give the post to the first object of the sentence's verb.

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "with_as",
    example: "with Ana Ruiz as vice-captain",
    reason: "given the post in a “with … as” phrase",
    find: Find::Post(find),
};

/// For a post right after `as`, the person right after a `with` before it,
/// past an age or a short phrase set off by commas (`with Ruiz, 31, as`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 3 || ctx.word(p.start - 1) != "as" {
        return None;
    }
    // Before `as`: the name, or the name and an age (`Vell, 31,`).
    let mut t = p.start - 1;
    if t >= 3 && ctx.word(t - 1) == "," {
        let age = ctx.word(t - 2);
        if age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()) && ctx.word(t - 3) == "," {
            t -= 3;
        }
    }
    let m = ctx.cover[t - 1].filter(|&m| ctx.cands[m].kind == Kind::Person)?;
    let start = ctx.cands[m].start;
    (start > 0
        && ctx.word(start - 1).eq_ignore_ascii_case("with")
        && ctx.sentence[start - 1] == ctx.sentence[p.start])
        .then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn with_as_gives_the_post_to_the_name_after_with() {
        check(
            PATTERN.reason,
            &[
                (
                    "They named [Dario Kemp] as captain, with [Sam Ollie] as {vice-captain}.",
                    &[("Sam Ollie", "vice-captain")],
                ),
                (
                    "The side is led by [Ana Ruiz], with [Tomas Vell], 31, as {deputy}.",
                    &[("Tomas Vell", "deputy")],
                ),
                (
                    "With [Ana Ruiz] as {coach}, the club won.",
                    &[("Ana Ruiz", "coach")],
                ),
            ],
        );
    }

    #[test]
    fn with_as_needs_with_right_before_the_name() {
        check(
            PATTERN.reason,
            &[
                ("With the {mayor} away, [Ana Ruiz] spoke.", &[]),
                ("She sat with [Ana Ruiz] while the {mayor} spoke.", &[]),
            ],
        );
    }
}
