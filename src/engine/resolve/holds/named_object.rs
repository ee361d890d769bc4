//! Hold pattern: the object of a naming verb takes the post that follows it
//! with no `as` (`The board named Ana Ruiz its new chief executive`, `Voters
//! elected Ruiz mayor`, `The king appointed Ruiz prime minister`).

use super::apposition::adjectives_before;
use super::{Ctx, Find, Pattern};
use crate::engine::words::HOLD_NAMING_VERBS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "named_object",
    example: "elected Ana Ruiz mayor",
    reason: "appointed to the post (“named Ruiz mayor”)",
    find: Find::Post(find),
};

/// The person right before the post (past `its`, `the`, a possessive and
/// adjectives: `its new`), right after a naming verb.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let mut t = p.start - adjectives_before(ctx, p.start);
    if t > 0 && matches!(ctx.word(t - 1), "its" | "their" | "the" | "his" | "her") {
        t -= 1;
    }
    let m = ctx.person_ending_at(t)?;
    let start = ctx.cands[m].start;
    (start > 0
        && ctx.sentence[start - 1] == ctx.sentence[p.start]
        && HOLD_NAMING_VERBS.contains(ctx.word(start - 1)))
    .then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn named_object_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "The board named [Ana Ruiz] its new {chief executive}.",
                    &[("Ana Ruiz", "chief executive")],
                ),
                (
                    "Voters elected [Ana Ruiz] {mayor} in 2019.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "The club appointed [Ana Ruiz] {head coach} on Monday.",
                    &[("Ana Ruiz", "head coach")],
                ),
            ],
        );
    }

    #[test]
    fn named_object_needs_the_verb_right_before_the_name() {
        check(
            PATTERN.reason,
            &[
                (
                    "The board met [Ana Ruiz] and its new {chief executive}.",
                    &[],
                ),
                ("They named [Ana Ruiz] and the {mayor} today.", &[]),
                ("They named [Ana Ruiz]’s {deputy} today.", &[]),
            ],
        );
    }
}
