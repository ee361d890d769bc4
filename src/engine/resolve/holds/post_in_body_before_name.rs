//! Hold pattern: a post in a named body before the name, with no comma
//! between (`Parliamentary Secretary in the Ministry of Trade Dr Ana Ruiz`,
//! `deputy director in the education ministry Tomas Vell`): the way
//! government releases and Caribbean and southern African papers name a
//! ministry's officer (unseen real news, holds round ten). The body is a
//! capitalised name, commas inside it allowed (`in the Ministry of Trade,
//! Investment and Tourism`), or lower-case words ending in a body's word
//! (`ministry`, `department`), as for [`super::post_of_body_before_name`].

use super::post_of_body_before_name::body_then_person;
use super::{Ctx, Find, Pattern};
use crate::engine::words::ORG_WORDS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "post_in_body_before_name",
    example: "Permanent Secretary in the Ministry of Works Ana Ruiz",
    reason: "post in a named body before the name",
    find: Find::Post(find),
};

/// For a post followed by `in` and a body's name, the person right after
/// the name.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.end + 3 >= ctx.n || ctx.word(p.end) != "in" {
        return None;
    }
    let m = body_then_person(ctx, pi, p.end + 1, true)?;
    // A body, not a place alone (`Governor in Oldshire Ana Ruiz`): one of
    // its words is a body's (`Ministry`, `department`).
    (p.end + 1..ctx.cands[m].start)
        .any(|t| ORG_WORDS.contains(ctx.word(t)))
        .then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn post_in_body_before_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "The {Permanent Secretary} in the Ministry of Works [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Permanent Secretary")],
                ),
                // Past an honorific, and commas inside the ministry's name.
                (
                    "{Parliamentary Secretary} in the Ministry of Trade, Industry and Tourism Dr [Tomas Vell] says so.",
                    &[("Tomas Vell", "Parliamentary Secretary")],
                ),
                // A body in lower-case words ending in a body's word.
                (
                    "They included {deputy director} in the fisheries ministry [Tomas Vell] and others.",
                    &[("Tomas Vell", "deputy director")],
                ),
            ],
        );
    }

    #[test]
    fn post_in_body_before_name_needs_a_body_right_before_the_name() {
        for marked in [
            // A time, not a body.
            "The {mayor} in 2019 [Ana Ruiz] left.",
            // Lower-case words that end in no body's word.
            "The {coach} in the second half [Ana Ruiz] left.",
            // A place alone.
            "The {Governor} in <Oldshire> [Ana Ruiz] spoke.",
            // A comma before the name: set off, not this pattern's.
            "The {Permanent Secretary} in the Ministry of Works, [Ana Ruiz], spoke.",
            "{Permanent Secretary} in the Ministry of Health, Dr. [Ana Ruiz], spoke.",
            // The name inside the body's name.
            "The {director} in the Ministry of [Ana Ruiz] left.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
