//! Hold pattern: a verb (or `as`) links the name before to the post (`Ruiz,
//! who is the mayor`, `Ruiz became foreign minister`, `Ruiz remains
//! captain`, `Ruiz has been the club’s president`, `Ruiz resigned as
//! chairman`: former holders count). Uses the look-back of [`super::apposition`].

use super::apposition::{name_before, Reach};
use super::{Ctx, Find, Pattern};
use crate::engine::words::{HOLD_ASPIRATION_VERBS, HOLD_COPULA_LINKS, HOLD_PROPOSAL_VERBS};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "copula",
    example: "Ana Ruiz, who is the mayor",
    reason: "linked to the name by a verb (“is”, “became”)",
    find: Find::Post(find),
};

/// The person before the post, when a linking word stands between them;
/// not when a word that only proposes the person comes right before the
/// name (`to confirm Ruiz as auditor general`, `the nomination of Ruiz as`),
/// nor when the link is only an ambition (`Ruiz wants to become mayor`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let before = name_before(ctx, pi, Reach::Copula)?;
    if aspired(ctx, before.run, ctx.cands[pi].start) {
        return None;
    }
    let m = before.person;
    let start = ctx.cands[m].start;
    let proposed = |t: usize| HOLD_PROPOSAL_VERBS.contains(ctx.word(t));
    if start > 0
        && (proposed(start - 1)
            || (start > 1 && ctx.word(start - 1) == "of" && proposed(start - 2)))
    {
        return None;
    }
    (before.run..ctx.cands[pi].start)
        .any(|t| {
            (HOLD_COPULA_LINKS.contains(ctx.word(t)) && !speculative_be(ctx, t))
                || holds_office(ctx, t)
        })
        .then_some(m)
}

/// Whether `be` at `t` follows a modal of possibility (`Ruiz could be the
/// next mayor`, `Ruiz would be a fine coach`): no hold; `will be`, `to be`
/// (`Ruiz will continue to be permanent secretary`) link.
fn speculative_be(ctx: &Ctx, t: usize) -> bool {
    t > 0
        && ctx.word(t) == "be"
        && matches!(
            ctx.word(t - 1),
            "could" | "might" | "may" | "would" | "should" | "can" | "must"
        )
}

/// Whether `holds` (`held`, `holding`) the post of, the office of, the
/// rank of, opens at `t` (`Aydin, who also holds the post of justice
/// minister`, `Ruiz, who held the rank of colonel`); `holds` alone
/// is no link (`Ruiz holds the governor responsible`).
fn holds_office(ctx: &Ctx, t: usize) -> bool {
    t + 3 < ctx.n
        && matches!(ctx.word(t), "holds" | "held" | "holding" | "hold")
        && ctx.word(t + 1) == "the"
        && matches!(
            ctx.word(t + 2),
            "post" | "office" | "position" | "portfolio" | "rank"
        )
        && ctx.word(t + 3) == "of"
}

/// Whether a verb of wanting or trying comes before `to become` or `to be`
/// between tokens `from` and `to` (`wants to become`, `hopes to be`).
fn aspired(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to.saturating_sub(2)).any(|t| {
        HOLD_ASPIRATION_VERBS.contains(ctx.word(t))
            && ctx.word(t + 1) == "to"
            && matches!(ctx.word(t + 2), "become" | "be")
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn copula_passes_a_longer_apposition_with_a_post() {
        for (marked, post) in [
            (
                "[Ana Ruiz], a veteran of the bank and a former sales {manager}, is {vice president} of sales.",
                "vice president",
            ),
            (
                "[Ana Ruiz], the grandson of a former {prime minister}, on Tuesday quit as {secretary general}.",
                "secretary general",
            ),
            (
                "[Ana Ruiz], Harbour Bank {president}, will become {chief financial officer}.",
                "chief financial officer",
            ),
            (
                "[Ana Ruiz], who retired in 2019 but is now an <Oldland> {selector}, spoke.",
                "selector",
            ),
            (
                "[Ana Ruiz], 54, previously worked as a senior {adviser} to the board.",
                "adviser",
            ),
            // A phrase that goes on past its post (unseen real news, holds
            // round eleven).
            (
                "[Ana Ruiz], a former {secretary general} of the regional bloc, became {foreign minister}, replacing [Tomas Vell].",
                "foreign minister",
            ),
        ] {
            let want = ("Ana Ruiz".to_string(), post.to_string(), PATTERN.reason.to_string());
            assert!(holds(marked).contains(&want), "{marked}");
        }
    }

    #[test]
    fn copula_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Ana Ruiz], who is the {mayor}, spoke.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Tomas Vell] became {foreign minister} in May.",
                    &[("Tomas Vell", "foreign minister")],
                ),
                (
                    "[Ana Ruiz] remains {captain} this year.",
                    &[("Ana Ruiz", "captain")],
                ),
                // A time between the link and the post or before the link.
                (
                    "[Ana Ruiz], who until last year was {deputy governor}, left.",
                    &[("Ana Ruiz", "deputy governor")],
                ),
                (
                    "[Ana Ruiz], who in 2019 became {mayor}, left.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz] took charge as {head coach} in May.",
                    &[("Ana Ruiz", "head coach")],
                ),
                // The person's place between.
                (
                    "[Ana Ruiz] of <Oldshire>, who is the {chairwoman}, left.",
                    &[("Ana Ruiz", "chairwoman")],
                ),
                (
                    "[Ana Ruiz] was the French {ambassador} then.",
                    &[("Ana Ruiz", "ambassador")],
                ),
                (
                    "[Ana Ruiz] has been the club’s {president} since 2011.",
                    &[("Ana Ruiz", "president")],
                ),
                // Leaving or taking up a post (`as`).
                (
                    "[Tomas Vell] resigned as {chairman} on Monday.",
                    &[("Tomas Vell", "chairman")],
                ),
                (
                    "[Tomas Vell] stepped down as {coach} after the defeat.",
                    &[("Tomas Vell", "coach")],
                ),
                // The first of a kind to hold the post.
                (
                    "[Ruth Ngozi], the first woman to serve as {chief justice}, retired.",
                    &[("Ruth Ngozi", "chief justice")],
                ),
                // A holder's standing in the post between (probe corpus).
                (
                    "[Jon Held], currently serving as {ambassador}, returned.",
                    &[("Jon Held", "ambassador")],
                ),
                (
                    "[Jon Helt] served two terms as {governor} before retiring.",
                    &[("Jon Helt", "governor")],
                ),
                (
                    "[Ada Obi], who doubles as the party’s {chairman}, spoke.",
                    &[("Ada Obi", "chairman")],
                ),
                // A date or an infinitive between the name and `as`.
                (
                    "[Tomas Vell] on Tuesday quit as {party secretary general}.",
                    &[("Tomas Vell", "party secretary general")],
                ),
                (
                    "[Tomas Vell] took over on Thursday as {commander} of the force.",
                    &[("Tomas Vell", "commander")],
                ),
                (
                    "[Ana Ruiz] was forced to resign as {foreign minister} in May.",
                    &[("Ana Ruiz", "foreign minister")],
                ),
                (
                    "[Ana Ruiz] decided to quit as {coach} after the defeat.",
                    &[("Ana Ruiz", "coach")],
                ),
                (
                    "[Ana Ruiz] urged [Tomas Vell] to stay on as {coach}.",
                    &[("Tomas Vell", "coach")],
                ),
                // A bare weekday ends the look-back: the post opens a new clause.
                (
                    "[Ana Ruiz] is expected to take office Thursday, a {spokeswoman} said.",
                    &[],
                ),
                // A post kept or a rank held (unseen real news, holds
                // round ten).
                (
                    "[Tomas Vell] will continue to be {Permanent Secretary} (Trade).",
                    &[("Tomas Vell", "Permanent Secretary")],
                ),
                (
                    "[Ana Ruiz], who held the rank of {colonel} in the army, spoke.",
                    &[("Ana Ruiz", "colonel")],
                ),
                (
                    "[Tomas Vell] will take office as {president} in June.",
                    &[("Tomas Vell", "president")],
                ),
                (
                    "[Tomas Vell] took up the post of {finance minister}.",
                    &[("Tomas Vell", "finance minister")],
                ),
                (
                    "[Ana Ruiz] has become the ‘Acting’ {Governor}.",
                    &[("Ana Ruiz", "Governor")],
                ),
                (
                    "[Ana Ruiz] has become the 'Acting' {Governor}.",
                    &[("Ana Ruiz", "Governor")],
                ),
                // The sentence's subject, the subject of both verbs.
                (
                    "[Ana Ruiz], 58, had served as {minister} since 2021 and was previously the country’s {ambassador}.",
                    &[("Ana Ruiz", "minister"), ("Ana Ruiz", "ambassador")],
                ),
                // The subject of a clause that ends on another name.
                (
                    "[Ana Ruiz], who beat [Tomas Vell], became {mayor}.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz], 54, who beat [Tomas Vell], is now {mayor}.",
                    &[("Ana Ruiz", "mayor")],
                ),
                // Past the person's body, a phrase set off by commas, or a
                // `who` clause and `and`.
                (
                    "[Ana Ruiz] of Harbour Bank, who is the {chairwoman}, left.",
                    &[("Ana Ruiz", "chairwoman")],
                ),
                (
                    "[Ana Ruiz], appointed last year, previously served as <Oldland>’s {consul}.",
                    &[("Ana Ruiz", "consul")],
                ),
                (
                    "[Ana Ruiz], who led talks with <Oldland> in May, stays on as {minister}.",
                    &[("Ana Ruiz", "minister")],
                ),
                (
                    "[Ana Ruiz], who had run the ministry since May and now returns to the post of {governor}, spoke.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "[Tomas Vell], whose term as {mayor} ends soon, left.",
                    &[("Tomas Vell", "mayor")],
                ),
            ],
        );
    }

    #[test]
    fn copula_reaches_past_the_name_s_own_apposition() {
        // Probe corpus, holds round two: the apposition's post is its own.
        let got = holds(
            "[Kemal Aydin], the {interior minister}, also serves as {deputy prime minister}.",
        );
        let want = (
            "Kemal Aydin".to_string(),
            "deputy prime minister".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
        // The apposition's post with its seat after `for`.
        let got = holds(
            "[Kirk Dale], {MP-elect} for <Pelham Reach>, is {parliamentary secretary} in the ministry.",
        );
        let want = (
            "Kirk Dale".to_string(),
            "parliamentary secretary".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
        // A predecessor or successor in the post held it too (the owner
        // by successor_owner).
        let got = holds("[Tomas Vell], [Ana Ruiz]’s predecessor as {mayor}, spoke.");
        let want = (
            "Tomas Vell".to_string(),
            "mayor".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
    }

    #[test]
    fn copula_needs_a_linking_word() {
        check(
            PATTERN.reason,
            &[
                ("[Ana Ruiz] met the {mayor} today.", &[]),
                ("[Ana Ruiz] is close to the {mayor} today.", &[]),
                ("When [Ana Ruiz] left, the {mayor} wept.", &[]),
                ("[Ana Ruiz], whose aunt is the {mayor}, wept.", &[]),
                ("[Ana Ruiz], who met Bo and the {mayor}, wept.", &[]),
                ("[Ana Ruiz] met [Bo Vell] and is the {mayor}’s aide.", &[]),
                // Another name before `and`: whose verb it is stays unsaid.
                ("[Ana Ruiz] met [Bo Vell] and was the {mayor} then.", &[]),
                ("[Ana Ruiz] said on Monday that, as {mayor}, she wept.", &[]),
                // Only proposed for the post.
                (
                    "They will vote to confirm [Ana Ruiz] as {auditor general}.",
                    &[],
                ),
                ("The party backed [Ana Ruiz] as {leader} in May.", &[]),
                ("The nomination of [Ana Ruiz] as {ambassador} stalled.", &[]),
                ("[Ana Ruiz] holds the {governor} responsible.", &[]),
                // Only an ambition.
                ("[Ana Ruiz] wants to become {mayor} of <Bergen>.", &[]),
                (
                    "[Ana Ruiz], who hopes to be the next {governor}, spoke.",
                    &[],
                ),
                // Another person's apposition is no way past.
                ("[Ana Ruiz] met the {mayor}, and is now {governor}.", &[]),
                // Only a possibility (holds round ten).
                ("[Tomas Vell] could be the next {mayor}.", &[]),
                ("[Tomas Vell] would be a fine {coach}, she said.", &[]),
            ],
        );
    }
}
