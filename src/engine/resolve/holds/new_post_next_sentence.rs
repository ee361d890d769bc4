//! Hold pattern: a new holder's post named in one sentence, the holder in
//! the next, as news introduces a newcomer (`The new police chief was sworn
//! in on Monday. Ana Ruiz, 48, promised ...`, `The city has a new
//! mayor.` and a paragraph opening `Tomas Vell, 52, took office ...`).
//!
//! Only when the post's sentence names no person and says the post is
//! filled (a word of hold_installations, none of hold_future_words: `The
//! new mayor will be chosen in May.` names no holder), and the next sentence
//! opens with the name and a comma and names no post of its own (`Ana
//! Ruiz, the club’s director, said` is someone else).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{HOLD_FUTURE_WORDS, HOLD_INSTALLATIONS};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "new_post_next_sentence",
    example: "The new mayor was sworn in. Ana Ruiz, 48,",
    reason: "the new holder the next sentence names",
    find: Find::Post(find),
};

/// For a post right after `new` (`the new`, `a new`) in a sentence that
/// fills it and names nobody: the person opening the next sentence.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p)
        || p.start < 2
        || !ctx.word(p.start - 1).eq_ignore_ascii_case("new")
        || !matches!(
            ctx.word(p.start - 2),
            "the" | "The" | "a" | "A" | "its" | "their"
        )
    {
        return None;
    }
    let s = ctx.sentence[p.start];
    let first = (0..p.start)
        .rev()
        .take_while(|&t| ctx.sentence[t] == s)
        .last()?;
    let next = (p.end..ctx.n).find(|&t| ctx.sentence[t] != s)?;
    if ctx.sentence[next] != s + 1 {
        return None;
    }
    let words = first..next;
    let filled = words
        .clone()
        .any(|t| HOLD_INSTALLATIONS.contains(ctx.word(t)));
    let future = words
        .clone()
        .any(|t| HOLD_FUTURE_WORDS.contains(ctx.word(t)));
    let person_in = words
        .clone()
        .any(|t| ctx.at_kind(t, Kind::Person).is_some());
    if !filled || future || person_in {
        return None;
    }
    let m = ctx.person_after(next)?;
    let after = ctx.cands[m].end;
    let rest = (after..ctx.n).take_while(|&t| ctx.sentence[t] == s + 1);
    let own_post = rest
        .clone()
        .any(|t| ctx.at_kind(t, Kind::Position).is_some());
    let quoted = rest
        .clone()
        .any(|t| matches!(ctx.word(t), "“" | "”" | "\""));
    (after < ctx.n && ctx.word(after) == "," && !own_post && !quoted).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn new_post_next_sentence_finds_the_newcomer() {
        check(
            PATTERN.reason,
            &[
                (
                    "The new {police chief} was sworn in on Monday. [Ana Ruiz], 48, promised to cut crime.",
                    &[("Ana Ruiz", "police chief")],
                ),
                (
                    "The city has a new {mayor}.\n\n[Tomas Vell], 52, took office on Monday.",
                    &[("Tomas Vell", "mayor")],
                ),
            ],
        );
    }

    #[test]
    fn new_post_next_sentence_needs_a_filled_post_and_a_lone_name() {
        for marked in [
            // Not filled yet.
            "The new {mayor} will be chosen in May. [Ana Ruiz], 48, is the favourite.",
            // The name has its own post.
            "The new {coach} was named on Monday. [Ana Ruiz], the club’s {director}, said so.",
            // A person in the post's sentence.
            "[Tomas Vell] named a new {coach} on Monday. [Ana Ruiz], 48, said so.",
            // No comma after the name.
            "The new {coach} was named on Monday. [Ana Ruiz] said so.",
            // No `new`.
            "The {coach} was named on Monday. [Ana Ruiz], 48, said so.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
