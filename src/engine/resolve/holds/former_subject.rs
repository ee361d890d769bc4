//! Hold pattern: `The former` and a post opening the sentence right after
//! one that names one person, and no post (`Tomas Vell was arrested on
//! Monday. The former finance minister denies the charges.`): news goes on
//! about the person it has just named by their past post. Only `former`
//! (`ex-`), which says the post was someone's before, or `new` after the
//! person's appointment (`Ruiz was sworn in on Monday. The new police chief
//! ...`); a bare `The minister` after a name is as often someone else.

use super::pronoun_subject::antecedent;
use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::HOLD_PASSIVE_APPOINTMENTS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "former_subject",
    example: "Tomas Vell was arrested. The former minister",
    reason: "the person the sentence before names, as “the former …”",
    find: Find::Post(find),
};

/// For a post after `The former` (past an age: `The 61-year-old former`)
/// opening its sentence: the one person the sentence before names, when
/// that sentence names no post.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 2 {
        return None;
    }
    let s = ctx.sentence[p.start];
    let mut t = p.start;
    let mut former = false;
    let mut new = false;
    while t > 0 && ctx.sentence[t - 1] == s && p.start - t < 7 {
        let w = ctx.word(t - 1);
        if w == "The" {
            break;
        }
        let age = w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "-" | "year" | "old");
        former |= matches!(w, "former" | "ex" | "ex-");
        new |= w == "new";
        if !(age || matches!(w, "former" | "ex" | "ex-" | "new")) {
            return None;
        }
        t -= 1;
    }
    // No `The` before the words when they open the text.
    let the = t.checked_sub(1)?;
    if !(former || new) || ctx.word(the) != "The" || the == 0 || ctx.sentence[the - 1] == s {
        return None;
    }
    let prev = ctx.sentence[the - 1];
    let post_before = (0..the)
        .rev()
        .take_while(|&u| ctx.sentence[u] == prev)
        .any(|u| ctx.at_kind(u, Kind::Position).is_some());
    // `The new` only after the person's appointment: `Ruiz was sworn in on
    // Monday. The new police chief ...`.
    let appointed = (0..the)
        .rev()
        .take_while(|&u| ctx.sentence[u] == prev)
        .any(|u| HOLD_PASSIVE_APPOINTMENTS.contains(ctx.word(u)));
    if post_before || (new && !former && !appointed) {
        return None;
    }
    antecedent(ctx, the)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn former_subject_finds_the_person_just_named() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Tomas Vell] was arrested. The former {finance minister} denies it.",
                    &[("Tomas Vell", "finance minister")],
                ),
                (
                    "[Tomas Vell] was arrested. The 61-year-old former {mayor} denies it.",
                    &[("Tomas Vell", "mayor")],
                ),
                (
                    "[Ana Ruiz] was sworn in on Monday. The new {police chief} spoke.",
                    &[("Ana Ruiz", "police chief")],
                ),
            ],
        );
    }

    #[test]
    fn former_subject_needs_former_one_person_and_no_post() {
        for marked in [
            // The words open the text: no `The` before them (no panic).
            "former new {Speaker} left. [Ana Ruiz] stayed.",
            // No `former`: as often someone else.
            "[Tomas Vell] was arrested. The {minister} denies it.",
            // Two people before.
            "[Tomas Vell] met [Ana Ruiz]. The former {minister} left.",
            // A post in the sentence before.
            "{Governor} [Ana Ruiz] spoke. The former {minister} left.",
            // Not opening the sentence.
            "[Tomas Vell] left. Then the former {minister} spoke.",
            // `new` with no appointment before.
            "[Tomas Vell] left town. The new {mayor} spoke.",
            // An owner.
            "[Tomas Vell] was arrested. The former {minister}’s lawyer spoke.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
