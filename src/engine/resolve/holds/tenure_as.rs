//! Hold pattern: an owner's time in a post, or entering or leaving it, named
//! by a noun before `as` + post (`Ruiz’s tenure as mayor`, `Ruiz’s
//! resignation as coach`, `Ruiz’s appointment as ambassador`): the owner
//! holds (or held) the post. A proposal (`Ruiz’s nomination as`) is none.

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::HOLD_TENURE_NOUNS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "tenure_as",
    example: "Ana Ruiz’s tenure as mayor",
    reason: "the person’s time in the post (“tenure as”)",
    find: Find::Post(find),
};

/// For a post right after `as` and a tenure noun, the person who owns the
/// noun (`Ruiz’s`, past one adjective: `Ruiz’s first term as`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 4 || ctx.word(p.start - 1) != "as" {
        return None;
    }
    let mut t = p.start - 2;
    if !HOLD_TENURE_NOUNS.contains(ctx.word(t)) {
        return None;
    }
    // `re-election` splits in three.
    if t >= 2 && ctx.word(t - 1) == "-" {
        t -= 2;
    }
    // One adjective: `first`, `brief`, `short`.
    if t >= 2
        && !matches!(ctx.word(t - 1), "’s" | "'s")
        && ctx.word(t - 1).chars().all(char::is_lowercase)
    {
        t -= 1;
    }
    if t < 2 || !matches!(ctx.word(t - 1), "’s" | "'s") {
        return None;
    }
    let m = ctx.cover[t - 2]?;
    (ctx.cands[m].kind == Kind::Person).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn tenure_as_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "During [Ana Ruiz]’s tenure as {mayor}, crime fell.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz]'s resignation as {coach} shocked fans.",
                    &[("Ana Ruiz", "coach")],
                ),
                (
                    "[Ana Ruiz]’s first term as {governor} ended.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "[Ana Ruiz]’s re-election as {mayor} was certain.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "They criticised [Ana Ruiz]’s record as {mayor}.",
                    &[("Ana Ruiz", "mayor")],
                ),
            ],
        );
    }

    #[test]
    fn tenure_as_needs_an_owner_and_no_proposal() {
        check(
            PATTERN.reason,
            &[
                ("[Ana Ruiz]’s nomination as {ambassador} stalled.", &[]),
                ("[Ana Ruiz]’s bid as {mayor} failed.", &[]),
                ("The tenure as {mayor} of [Ana Ruiz] ended.", &[]),
            ],
        );
    }
}
