//! Hold pattern: a post of a place before the name, the place between
//! (`Ambassador to Yemen Ali Saleh`, `Governor of Oldshire Ana Ruiz`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::rules::Candidate;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "post_of_place_before_name",
    example: "Ambassador to Yemen Ali Saleh",
    reason: "post of a place before the name",
    find: Find::Post(find),
};

/// Where the post's place ends, when `of`, `to` or `for` and a place follow
/// it (`Ambassador to Yemen`).
pub(super) fn place_end(ctx: &Ctx, p: &Candidate) -> Option<usize> {
    if p.end + 1 < ctx.n && matches!(ctx.word(p.end), "of" | "to" | "for") {
        ctx.at_kind(p.end + 1, Kind::Place)
            .map(|m| ctx.cands[m].end)
    } else {
        None
    }
}

/// The person right after the post's place.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    place_end(ctx, &ctx.cands[pi]).and_then(|after| ctx.person_after(after))
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn post_of_place_before_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "{Ambassador} to <Yemen> [Ali Saleh] spoke.",
                    &[("Ali Saleh", "Ambassador")],
                ),
                (
                    "{Governor} of <Oldshire> [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Governor")],
                ),
                (
                    "{Envoy} for <Sudan> Sheikh [Omar Vell] left.",
                    &[("Omar Vell", "Envoy")],
                ),
            ],
        );
    }

    #[test]
    fn post_of_place_before_name_needs_the_name_after_the_place() {
        check(
            PATTERN.reason,
            &[
                ("{Ambassador} to <Yemen> said [Ali Saleh] left.", &[]),
                ("{Governor} in <Oldshire> [Ana Ruiz] spoke.", &[]),
            ],
        );
    }
}
