//! Hold pattern: `He` or `She` opening a sentence and linked by a verb to
//! the post after it (`She was elected mayor in 2019.`, `He served as
//! ambassador to Veloria.`, `He is now the party’s leader.`) gives the post
//! to the one person the sentence before names: articles name a person,
//! then go on about them with a pronoun. Not when that sentence names
//! two people (`Ruiz met Vell. He was elected mayor.`: which one?).

use super::apposition::{adjectives_before, is_filler};
use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{
    FEMALE_GIVEN_NAMES, HOLD_COPULA_LINKS, HOLD_PASSIVE_APPOINTMENTS, MALE_GIVEN_NAMES,
};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "pronoun_subject",
    example: "Ana Ruiz left. She was elected mayor",
    reason: "the person the sentence before names, as “he” or “she”",
    find: Find::Post(find),
};

/// For a post linked by a verb to `He` or `She` opening its sentence (past
/// fillers only, no comma), the one person of the sentence before.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let s = ctx.sentence[p.start];
    let mut t = p.start - adjectives_before(ctx, p.start);
    let mut linked = false;
    while t > 0 && ctx.sentence[t - 1] == s && p.start - t < 12 {
        t -= 1;
        if let Some(m) = ctx.cover[t] {
            if ctx.cands[m].kind != Kind::Place {
                return None;
            }
            t = ctx.cands[m].start;
            continue;
        }
        let w = ctx.word(t);
        if matches!(w, "He" | "She") && (t == 0 || ctx.sentence[t - 1] != s) {
            let female = w == "She";
            return antecedent(ctx, t).filter(|&m| linked && !of_other_sex(ctx, m, female));
        }
        if w == "," || !is_filler(ctx, t, p.start) {
            return None;
        }
        // An appointing verb counts only in the passive: `He was named
        // coach`, not `He has since named a prime minister` (someone else).
        if HOLD_PASSIVE_APPOINTMENTS.contains(w) {
            let passive = t > 0
                && matches!(
                    ctx.word(t - 1),
                    "was" | "were" | "is" | "are" | "been" | "be" | "being"
                );
            if !passive {
                return None;
            }
        }
        linked |= HOLD_COPULA_LINKS.contains(w) || HOLD_PASSIVE_APPOINTMENTS.contains(w);
    }
    None
}

/// Whether person mention `m` opens with a given name only the other sex
/// bears (`She` after `Tomas Vell`: someone named earlier, not Vell). The
/// given-name lists leave out names used for both.
pub(super) fn of_other_sex(ctx: &Ctx, m: usize, female: bool) -> bool {
    let c = &ctx.cands[m];
    if c.end - c.start < 2 {
        return false;
    }
    let first = ctx.word(c.start);
    if female {
        MALE_GIVEN_NAMES.contains(first)
    } else {
        FEMALE_GIVEN_NAMES.contains(first)
    }
}

/// The one person mention of the sentence right before the one opening at
/// `t` (at most 60 tokens back); none when it names no person or several.
pub(super) fn antecedent(ctx: &Ctx, t: usize) -> Option<usize> {
    let prev = ctx.sentence[t.checked_sub(1)?];
    let mut found = None;
    let mut u = t;
    while u > 0 && ctx.sentence[u - 1] == prev && t - u < 60 {
        u -= 1;
        let Some(m) = ctx.cover[u] else { continue };
        u = ctx.cands[m].start;
        if ctx.cands[m].kind != Kind::Person {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(m);
    }
    // The whole sentence was read: it did not go on past the window.
    (u == 0 || ctx.sentence[u - 1] != prev)
        .then_some(found)
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn pronoun_subject_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Ana Ruiz] left the town. She was elected {mayor} in 2019.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "It was [Tomas Vell] who spoke. He served as {ambassador} to <Veloria>.",
                    &[("Tomas Vell", "ambassador")],
                ),
                (
                    "[Tomas Vell] was born in <Dunmere>. He is now the party’s {leader}.",
                    &[("Tomas Vell", "leader")],
                ),
            ],
        );
    }

    #[test]
    fn pronoun_subject_needs_one_person_and_a_link() {
        check(
            PATTERN.reason,
            &[
                // Two people before: which one?
                ("[Ana Ruiz] met [Tomas Vell]. He was elected {mayor}.", &[]),
                // No link: `met` is no copula.
                ("[Ana Ruiz] left. She met the {mayor}.", &[]),
                // An active appointing verb: someone else holds the post.
                (
                    "[Ana Ruiz] won. She has since named a {prime minister}.",
                    &[],
                ),
                // Not opening the sentence.
                ("[Ana Ruiz] left. Then she was elected {mayor}.", &[]),
                // No person in the sentence before.
                ("The town voted. She was elected {mayor}.", &[]),
                // A man's given name before `She`, a woman's before `He`.
                ("[Tomas Vell] left. She was elected {mayor}.", &[]),
                ("[Maria Vell] left. He was elected {mayor}.", &[]),
            ],
        );
    }
}
