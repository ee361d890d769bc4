//! Hold pattern: a post, then the holder's rank, then the name (`Navy
//! spokesperson Capt Ana Ruiz`, `party chairman Gen. Ali Saleh`): both posts
//! are the person's (the rank by [`super::title_before_name`]).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "title_rank_name",
    example: "party chairman Gen. Ali Saleh",
    reason: "title before the holder’s rank and name",
    find: Find::Post(find),
};

/// The person right after the post mention that follows this post.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let rank = ctx.at_kind(ctx.cands[pi].end, Kind::Position)?;
    ctx.person_after(ctx.cands[rank].end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn title_rank_name_gives_both_posts() {
        assert_eq!(
            holds("Navy {spokesperson} {Capt} [Ana Ruiz] spoke."),
            [
                (
                    "Ana Ruiz".into(),
                    "spokesperson".into(),
                    PATTERN.reason.into()
                ),
                (
                    "Ana Ruiz".into(),
                    "Capt".into(),
                    "title before the name".into()
                ),
            ]
        );
    }

    #[test]
    fn title_rank_name_needs_them_adjacent() {
        for marked in [
            "The {spokesperson} met {Capt} [Ana Ruiz].",
            "The {spokesperson} and {Capt} left.",
        ] {
            assert!(
                holds(marked).iter().all(|h| h.1 != "spokesperson"),
                "{marked}"
            );
        }
        check(
            PATTERN.reason,
            &[("The {spokesperson} and {Capt} left.", &[])],
        );
    }
}
