//! Hold pattern: a post set off before the name of the person who speaks,
//! with no comma after the name (`the chairperson of the Commission, Mrs.
//! Ana Ruiz said the vote was off`, `In a statement, the club's president,
//! Ana Ruiz said ...`), as West African, Liberian and South Asian outlets
//! write an attribution (unseen real news, holds round ten). The post
//! phrase is the clause's subject: nothing before it in its clause links it
//! as a predicate (`He will be the next captain, Ruiz said`: `be`; `named`,
//! `as`), and the speech verb goes on into what was said, not a comma or the
//! sentence's end (`The new coach, Ruiz said, will arrive` is Ruiz's
//! report) unless a quotation closes right before the post (`“We will
//! win,” the party leader, Ana Ruiz said.`).

use super::set_off_before_name::set_off_name;
use super::{Ctx, Find, Pattern};
use crate::engine::words::{
    HOLD_APPOINTING_VERBS, HOLD_COPULA_LINKS, HOLD_NAMING_VERBS, SPEECH_VERBS,
};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "set_off_speaker",
    example: "the chairperson of the board, Ana Ruiz said the vote was off",
    reason: "title set off before the name of the speaker",
    find: Find::Post(find),
};

/// The closing quotation marks.
fn closing_quote(w: &str) -> bool {
    matches!(w, "”" | "\"" | "’" | "'")
}

/// For a post set off before a name that a speech verb follows, the name.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    // Whether or not the name opens a clause of its own (a post in the
    // sentence's subject: `The police chief, Ana Ruiz told reporters`).
    let (m, _) = set_off_name(ctx, pi)?;
    let verb = ctx.cands[m].end;
    if verb + 1 >= ctx.n || !SPEECH_VERBS.contains(ctx.word(verb)) {
        return None;
    }
    let quoted = subject_after(ctx, ctx.cands[pi].start)?;
    let after = ctx.word(verb + 1);
    let goes_on = ctx.sentence[verb + 1] == ctx.sentence[verb]
        && !matches!(after, "," | "." | ";" | ":")
        && !closing_quote(after);
    (goes_on || quoted).then_some(m)
}

/// Whether the post starting at `start` opens its clause as its subject:
/// the words back to the clause's start (a comma, a quotation mark, the
/// sentence's start) hold no copula, no appointing verb and no `as`.
/// `Some(true)` when a closing quotation mark starts the clause.
fn subject_after(ctx: &Ctx, start: usize) -> Option<bool> {
    let mut t = start;
    while t > 0 && ctx.sentence[t - 1] == ctx.sentence[start] && start - t < 8 {
        t -= 1;
        let w = ctx.word(t);
        // A quotation closing before the post: `win,” the` or `win”, the`.
        let before = if t > 0 { ctx.word(t - 1) } else { "" };
        if (w == "," && closing_quote(before))
            || (closing_quote(w) && matches!(before, "," | "!" | "?"))
        {
            return Some(true);
        }
        if matches!(w, "," | ";" | ":" | "“" | "”" | "\"" | "—" | "–") {
            return Some(false);
        }
        if w == "as"
            || HOLD_COPULA_LINKS.contains(w)
            || HOLD_APPOINTING_VERBS.contains(w)
            || HOLD_NAMING_VERBS.contains(w)
        {
            return None;
        }
    }
    (t == 0 || ctx.sentence[t - 1] != ctx.sentence[start]).then_some(false)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn set_off_speaker_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "Making the announcement, the {chairperson} of the Commission, Mrs. [Ana Ruiz] said the vote was off.",
                    &[("Ana Ruiz", "chairperson")],
                ),
                (
                    "The {police chief}, [Tomas Vell] told reporters the road was shut.",
                    &[("Tomas Vell", "police chief")],
                ),
                (
                    "In a statement, the club's {president}, [Ana Ruiz] said the deal was done.",
                    &[("Ana Ruiz", "president")],
                ),
                (
                    "“We will win,” the party {leader}, [Ana Ruiz] said.",
                    &[("Ana Ruiz", "leader")],
                ),
            ],
        );
    }

    #[test]
    fn set_off_speaker_needs_a_subject_and_a_speech() {
        check(
            PATTERN.reason,
            &[
                // A predicate, not the clause's subject.
                ("He will be the next {captain}, [Ana Ruiz] said.", &[]),
                (
                    "They named him the new {coach}, [Ana Ruiz] said on Monday.",
                    &[],
                ),
                // A report set in the sentence, or ending it.
                ("The new {coach}, [Ana Ruiz] said, arrives on Monday.", &[]),
                ("The new {coach}, [Ana Ruiz] said.", &[]),
                // No speech verb after the name.
                ("The new {coach}, [Ana Ruiz] and her aide met.", &[]),
            ],
        );
    }
}
