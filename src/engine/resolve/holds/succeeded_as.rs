//! Hold pattern: the subject of a succession takes the post after `as`,
//! not the predecessor it names (`Ruiz succeeded Vell as chairwoman`, `Ruiz,
//! who will replace Vell as coach`, `Ruiz took over from Vell as coach`); in the passive, the person after `by`
//! (`Vell was replaced by Ruiz as coach`). Also past the subject's own
//! apposition, the predecessor's adjectives and the post's article (`Ruiz,
//! an army general, replaced long-serving Vell as the defence minister`:
//! unseen real news, holds round eleven). The predecessor gets no hold here
//! (the probes' reading of the guidelines: `ag-succeeds`).

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

/// For a post right after `as` (past an article or an owner's pronoun: `as
/// the minister`), the successor named around a verb of succession whose
/// object (the predecessor) stands right before `as` (past adjectives:
/// `replaced long-serving Vell`): the successor before the verb; in the
/// passive (`Vell was replaced by Ruiz as coach`) the one after `by`.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 4 {
        return None;
    }
    let mut a = p.start - 1;
    if matches!(
        ctx.word(a),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    ) {
        a -= 1;
    }
    if ctx.word(a) != "as" || a < 3 {
        return None;
    }
    // The predecessor, right before `as`, right after the verb (or `by`).
    let object = ctx.cover[a - 1].filter(|&m| ctx.cands[m].kind == Kind::Person)?;
    let mut before = ctx.cands[object].start;
    // Lower-case adjectives before the name: `long-serving`, `outgoing`.
    while before > 1
        && ctx.cands[object].start - before < 4
        && ctx.at[before - 1].is_none()
        && (ctx.word(before - 1) == "-" || ctx.word(before - 1).chars().all(char::is_lowercase))
        && !HOLD_SUCCESSION_VERBS.contains(ctx.word(before - 1))
        && !matches!(ctx.word(before - 1), "by" | "from")
    {
        before -= 1;
    }
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
    let t = subject_end(ctx, if took_over { verb - 2 } else { verb });
    if t == 0 || ctx.sentence[t - 1] != ctx.sentence[p.start] {
        return None;
    }
    ctx.person_ending_at(t)
}

/// Where the subject of the verb at `verb` ends: before auxiliaries, a
/// relative `, who` (past the person's age: `Ruiz, 52, who took over`), or
/// one phrase set off by commas (`Ruiz, an army general, replaced`).
fn subject_end(ctx: &Ctx, verb: usize) -> usize {
    let mut t = verb;
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
        return t;
    }
    // One short phrase set off by commas, no person in it.
    if t >= 3 && ctx.word(t - 1) == "," && ctx.person_ending_at(t - 1).is_none() {
        let same = |u: usize| ctx.sentence[u] == ctx.sentence[verb];
        let mut c = t - 1;
        while c > 0 && same(c - 1) && t - c < 12 && ctx.word(c - 1) != "," {
            let person = ctx.cover[c - 1].is_some_and(|m| ctx.cands[m].kind == Kind::Person);
            if person {
                return t;
            }
            c -= 1;
        }
        if c > 1 && ctx.word(c - 1) == "," && ctx.person_ending_at(c - 1).is_some() {
            return c - 1;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::super::testing::holds;
    use super::PATTERN;

    #[test]
    fn succeeded_as_gives_the_post_to_the_successor() {
        // Only this pattern's holds.
        let check = |reason: &str, table: &[(&str, &[(&str, &str)])]| {
            for &(marked, want) in table {
                let got: Vec<(String, String)> = (holds(marked).into_iter())
                    .filter(|h| h.2 == reason)
                    .map(|h| (h.0, h.1))
                    .collect();
                let want: Vec<(String, String)> =
                    want.iter().map(|&(a, b)| (a.into(), b.into())).collect();
                assert_eq!(got, want, "{marked}");
            }
        };
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
    fn succeeded_as_reads_past_appositions_and_adjectives() {
        // Unseen real news, holds round eleven.
        for (marked, who) in [
            (
                "[Ana Ruiz], an army general, replaced long-serving [Tomas Vell] as {defence minister}, the office said.",
                "Ana Ruiz",
            ),
            (
                "Dr [Ana Ruiz] replaces [Tomas Vell] as the {Minister for Foreign Affairs}.",
                "Ana Ruiz",
            ),
        ] {
            let got = holds(marked);
            assert!(
                got.iter().any(|h| h.0 == who && h.2 == PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
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
