//! Hold pattern: the owner of a successor, predecessor or replacement in a
//! post held that post too (`Ana Ruiz’s successor as mayor, Tomas Vell,`:
//! Ruiz was mayor before Vell; `Ruiz’s predecessor as coach`: Ruiz is
//! coach now). The post mention's own holder (the successor named beside
//! it) is found by the post patterns; this one adds the owner's hold. So
//! too the successor of a passive (`Vell was replaced as coach by Ana
//! Ruiz`: Vell's hold is the copula's, Ruiz's this one's).

use super::{Ctx, Find, Pair, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::rules::Candidate;
use crate::engine::words::HOLD_PASSIVE_AUXILIARIES;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "successor_owner",
    example: "Ana Ruiz’s successor as mayor",
    reason: "named as the one before or after another in the post (“Ruiz’s successor as”)",
    find: Find::Found(find),
};

/// For each post right after `successor as` (`predecessor`, `replacement`)
/// and a person's possessive: that person; for each after a passive `replaced
/// as` with `by` and a name after it: that name.
fn find(ctx: &Ctx, pairs: &[Pair]) -> Vec<Pair> {
    let mut more = Vec::new();
    for (pi, p) in ctx.cands.iter().enumerate() {
        if p.kind != Kind::Position || p.start < 4 || ctx.word(p.start - 1) != "as" {
            continue;
        }
        let Some(m) = owner(ctx, p.start).or_else(|| replaced_by(ctx, p)) else {
            continue;
        };
        let person = ctx.entity[m];
        if !pairs.iter().any(|x| x.post == pi && x.person == person) {
            more.push(Pair {
                person,
                post: pi,
                reason: PATTERN.reason,
            });
        }
    }
    more
}

/// The person owning `successor as` (`predecessor`, `replacement`) before
/// the post starting at `start`.
fn owner(ctx: &Ctx, start: usize) -> Option<usize> {
    let word = ctx.word(start - 2).to_lowercase();
    (matches!(word.as_str(), "successor" | "predecessor" | "replacement")
        && matches!(ctx.word(start - 3), "’s" | "'s"))
    .then(|| ctx.person_ending_at(start - 3))
    .flatten()
}

/// The successor after `by` in a passive succession with the post before
/// it: `Vell was replaced as coach by Ana Ruiz` (the subject keeps its own
/// hold, a former holder's).
fn replaced_by(ctx: &Ctx, p: &Candidate) -> Option<usize> {
    let verb = ctx.word(p.start - 2);
    (matches!(verb, "replaced" | "succeeded")
        && HOLD_PASSIVE_AUXILIARIES.contains(ctx.word(p.start - 3))
        && p.end + 1 < ctx.n
        && ctx.word(p.end) == "by")
        .then(|| ctx.person_after(p.end + 1))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::super::testing::holds;
    use super::PATTERN;

    #[test]
    fn successor_owner_gives_the_post_to_the_owner_too() {
        for (marked, want) in [
            (
                "[Ana Ruiz]’s successor as {mayor}, [Tomas Vell], spoke.",
                vec![("Ana Ruiz", "mayor")],
            ),
            (
                "[Tomas Vell], [Ana Ruiz]'s predecessor as {coach}, left.",
                vec![("Ana Ruiz", "coach")],
            ),
            (
                "[Ana Ruiz]'s replacement as {chairwoman} was named.",
                vec![("Ana Ruiz", "chairwoman")],
            ),
            (
                "[Tomas Vell] was replaced as {coach} by [Ana Ruiz] in May.",
                vec![("Ana Ruiz", "coach")],
            ),
        ] {
            let got: Vec<(String, String)> = (holds(marked).into_iter())
                .filter(|h| h.2 == PATTERN.reason)
                .map(|h| (h.0, h.1))
                .collect();
            let want: Vec<(String, String)> =
                want.iter().map(|&(a, b)| (a.into(), b.into())).collect();
            assert_eq!(got, want, "{marked}");
        }
    }

    #[test]
    fn successor_owner_needs_the_owner_and_the_word() {
        for marked in [
            "[Ana Ruiz]’s term as {mayor} ended.",
            "His successor as {mayor}, [Tomas Vell], spoke.",
            "[Ana Ruiz]’s wish as {mayor} was plain.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
