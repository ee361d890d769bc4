//! Hold pattern: a title in initials right after the name, as British and
//! Commonwealth papers write members and counsel (`Ana Ruiz MP`, `Tomas Vell
//! MLA`, `Ana Ruiz QC`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "initials_after_name",
    example: "Ana Ruiz MP",
    reason: "title in initials after the name",
    find: Find::Post(find),
};

/// The person right before a post written in two to four capitals.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    let w = ctx.word(p.start);
    let initials = p.end == p.start + 1
        && (2..=4).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase());
    if !initials || p.start == 0 || ctx.owns_next(p) {
        return None;
    }
    let m = ctx.cover[p.start - 1]?;
    (ctx.cands[m].kind == Kind::Person).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn initials_after_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                ("Then [Ana Ruiz] {MP} spoke.", &[("Ana Ruiz", "MP")]),
                ("Then [Tomas Vell] {MLA} spoke.", &[("Tomas Vell", "MLA")]),
            ],
        );
    }

    #[test]
    fn initials_after_name_needs_initials_right_after_the_name() {
        check(
            PATTERN.reason,
            &[
                ("Then [Ana Ruiz] met the {MP}.", &[]),
                ("Then [Ana Ruiz] {Mayor} spoke.", &[]),
                ("Then [Ana Ruiz] {MP}’s aide spoke.", &[]),
            ],
        );
    }
}
