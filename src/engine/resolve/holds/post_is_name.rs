//! Hold pattern: a definite post, a copula, then the name (`The new coach is
//! Ana Ruiz.`, `Oldland’s ambassador was Tomas Vell`); not when the name
//! owns what follows (`the mayor is Ruiz’s ally`).

use super::{Ctx, Find, Pattern};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "post_is_name",
    example: "The new coach is Ana Ruiz",
    reason: "the post, then “is” and the name",
    find: Find::Post(find),
};

/// The person right after `is`, `was`, `will be` or `has been` after a
/// definite post.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || !definite(ctx, p.start) {
        return None;
    }
    let mut t = p.end;
    let verb = |t: usize| t < ctx.n && ctx.sentence[t] == ctx.sentence[p.start];
    match (
        verb(t).then(|| ctx.word(t)),
        verb(t + 1).then(|| ctx.word(t + 1)),
    ) {
        (Some("is" | "was"), _) => t += 1,
        (Some("will"), Some("be")) | (Some("has" | "had"), Some("been")) => t += 2,
        _ => return None,
    }
    let m = ctx.person_after(t)?;
    (!ctx.owns_next(&ctx.cands[m])).then_some(m)
}

/// Whether the post starting at `start` opens with `the` or an owner
/// (`the new coach`, `Oldland’s ambassador`), past a few lower-case
/// modifiers.
fn definite(ctx: &Ctx, start: usize) -> bool {
    let mut t = start;
    while t > 0 && start - t < 3 {
        let w = ctx.word(t - 1);
        if w.eq_ignore_ascii_case("the")
            || matches!(w, "’s" | "'s" | "its" | "their" | "his" | "her")
        {
            return true;
        }
        if ctx.at[t - 1].is_some() || !w.chars().all(char::is_lowercase) {
            return false;
        }
        t -= 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn post_is_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                ("The new {coach} is [Ana Ruiz].", &[("Ana Ruiz", "coach")]),
                (
                    "<Oldland>’s {ambassador} was [Tomas Vell] until May.",
                    &[("Tomas Vell", "ambassador")],
                ),
                (
                    "The interim {chairman} will be [Tomas Vell].",
                    &[("Tomas Vell", "chairman")],
                ),
            ],
        );
    }

    #[test]
    fn post_is_name_needs_a_definite_post_and_a_plain_name() {
        check(
            PATTERN.reason,
            &[
                ("The {mayor} is [Ana Ruiz]’s ally.", &[]),
                ("A {coach} is [Ana Ruiz]’s dream.", &[]),
                ("Every {coach} was [Ana Ruiz] once.", &[]),
                ("The {mayor} said [Ana Ruiz] left.", &[]),
            ],
        );
    }
}
