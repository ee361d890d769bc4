//! Hold pattern: the subject of a succession takes the post after `as`,
//! not the predecessor it names (`Ruiz succeeded Vell as chairwoman`, `Ruiz,
//! who will replace Vell as coach`, `Ruiz took over from Vell as coach`); in the passive, the person after `by`
//! (`Vell was replaced by Ruiz as coach`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{HOLD_PASSIVE_AUXILIARIES, HOLD_SUCCESSION_VERBS};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "succeeded_as",
    example: "Ana Ruiz succeeded Tomas Vell as chairwoman",
    reason: "succeeded to the post (“succeeded … as”)",
    find: Find::Post(find),
};

/// For a post right after `as`, the successor named around a verb of
/// succession whose object (the predecessor) stands right before `as`.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 4 || ctx.word(p.start - 1) != "as" {
        return None;
    }
    // The predecessor, right before `as`, right after the verb (or `by`).
    let object = ctx.cover[p.start - 2].filter(|&m| ctx.cands[m].kind == Kind::Person)?;
    let before = ctx.cands[object].start;
    if before < 2 {
        return None;
    }
    let verb = before - 1;
    if ctx.word(verb) == "by" && HOLD_SUCCESSION_VERBS.contains(ctx.word(verb - 1)) {
        // `Vell was replaced by Ruiz as coach`: the object after `by`.
        return Some(object);
    }
    // `took over from Vell as coach`.
    let took_over = ctx.word(verb) == "from"
        && verb >= 2
        && ctx.word(verb - 1) == "over"
        && matches!(
            ctx.word(verb - 2),
            "took" | "takes" | "take" | "taking" | "taken"
        );
    if !took_over && !HOLD_SUCCESSION_VERBS.contains(ctx.word(verb)) {
        return None;
    }
    let mut t = if took_over { verb - 2 } else { verb };
    while t > 0 && HOLD_PASSIVE_AUXILIARIES.contains(ctx.word(t - 1)) {
        t -= 1;
    }
    // A relative clause on the name: `Ruiz, who will replace`.
    if t >= 2 && ctx.word(t - 1) == "who" && ctx.word(t - 2) == "," {
        t -= 2;
        // Past the person's age: `Ruiz, 52, who took over from`.
        if t >= 2 && ctx.word(t - 2) == "," && ctx.word(t - 1).bytes().all(|b| b.is_ascii_digit()) {
            t -= 2;
        }
    }
    let m = ctx.person_ending_at(t)?;
    (ctx.sentence[t - 1] == ctx.sentence[p.start]).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn succeeded_as_gives_the_post_to_the_successor() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Ana Ruiz] succeeded [Tomas Vell] as {chairwoman} in 2018.",
                    &[("Ana Ruiz", "chairwoman")],
                ),
                (
                    "[Ana Ruiz], who will replace [Tomas Vell] as {coach}, spoke.",
                    &[("Ana Ruiz", "coach")],
                ),
                (
                    "[Ana Ruiz], 52, who took over from [Tomas Vell] as {chief executive}, spoke.",
                    &[("Ana Ruiz", "chief executive")],
                ),
                (
                    "[Tomas Vell] was replaced by [Ana Ruiz] as {captain}.",
                    &[("Ana Ruiz", "captain")],
                ),
                (
                    "[Ana Ruiz] took over from [Tomas Vell] as {coach} in May.",
                    &[("Ana Ruiz", "coach")],
                ),
            ],
        );
    }

    #[test]
    fn succeeded_as_needs_the_verb_before_the_predecessor() {
        for marked in [
            "[Ana Ruiz] met [Tomas Vell] as {mayor} today.",
            "They succeeded where [Tomas Vell] as {mayor} failed.",
            // No successor named: the predecessor's hold is the copula's.
            "The board replaced [Tomas Vell] as {coach}.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
