//! Hold pattern: a title right before the name (`Defense Minister Ana
//! Ruiz`), also past an honorific that stays outside the name (`Emirati
//! President Sheikh Omar`).

use super::{Ctx, Find, Pattern};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "title_before_name",
    example: "Defense Minister Ana Ruiz",
    reason: "title before the name",
    find: Find::Post(find),
};

/// The person right after the post.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    ctx.person_after(ctx.cands[pi].end)
}
