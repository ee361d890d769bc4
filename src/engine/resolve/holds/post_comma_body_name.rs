//! Hold pattern: a post, its body set off by commas, then the name (`The
//! Commissioner, Ministry of Health, Dr. Ana Ruiz, said`, `The National
//! President, Oldland Farmers Association, Tomas Vell, warned`), the way
//! Nigerian papers and Singaporean government releases write a post and the
//! body it heads with a comma in place of `of` (unseen real news, holds
//! round ten). The body is capitalised words (its initials in brackets,
//! `of`, `and`, `&`, `the` inside) with a body's word among them
//! (`Ministry`, `Association`, `Board`, `Agency`); a body the tagger took
//! for a person counts as the body too. The post opens its clause (`the`,
//! the sentence's start or a comma before it, past capitalised modifiers:
//! `The National President`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::ORG_WORDS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "post_comma_body_name",
    example: "The Commissioner, Ministry of Health, Ana Ruiz, said",
    reason: "post and its body set off before the name",
    find: Find::Post(find),
};

/// For a post opening its clause and followed by `, Body,`, the person
/// after the body (past honorifics or a rank).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    let comma = ctx.past_initials(p.end);
    if ctx.owns_next(p) || !opens_clause(ctx, p.start) || comma + 4 >= ctx.n {
        return None;
    }
    if ctx.word(comma) != "," {
        return None;
    }
    let end = body_end(ctx, comma + 1, ctx.sentence[p.start])?;
    let mut name = end + 1;
    if let Some(r) = ctx.at_kind(name, Kind::Position) {
        name = ctx.cands[r].end;
    }
    ctx.person_after(name)
}

/// Whether the post starting at `start` opens its clause: `the` before it,
/// or the sentence's start or a comma, past up to two capitalised words
/// (`The National President`, `Speaking, the Director-General`).
fn opens_clause(ctx: &Ctx, start: usize) -> bool {
    let mut t = start;
    while t > 0
        && start - t < 2
        && ctx.at[t - 1].is_none()
        && ctx.word(t - 1) != "The"
        && ctx.word(t - 1).starts_with(char::is_uppercase)
    {
        t -= 1;
    }
    let same = |i: usize| ctx.sentence[i] == ctx.sentence[start];
    t == 0 || !same(t - 1) || matches!(ctx.word(t - 1), "," | "the" | "The")
}

/// Where the comma after a body's name starting at `t` is: capitalised words,
/// places, initials in brackets and `of`, `and`, `&`, `the` inside, a
/// body's word among them; or a person mention the tagger made of a body's
/// name. `None` when no such name and comma are there.
fn body_end(ctx: &Ctx, first: usize, sentence: usize) -> Option<usize> {
    // A body's name the tagger took for a person (`Oldtown Water Board`).
    if let Some(m) = ctx.at_kind(first, Kind::Person) {
        let c = &ctx.cands[m];
        let body = (c.start..c.end).any(|u| ORG_WORDS.contains(ctx.word(u)));
        return (body && c.end < ctx.n && ctx.word(c.end) == ",").then_some(c.end);
    }
    let (mut t, mut org) = (first, false);
    while t < ctx.n && t - first < 12 && ctx.sentence[t] == sentence {
        let w = ctx.word(t);
        if w == "," {
            return (org && t > first).then_some(t);
        }
        if let Some(m) = ctx.at[t] {
            if ctx.cands[m].kind != Kind::Place {
                return None;
            }
            t = ctx.cands[m].end;
            continue;
        }
        let initials = w == "("
            && t + 2 < ctx.n
            && ctx.word(t + 2) == ")"
            && ctx
                .word(t + 1)
                .starts_with(|c: char| c.is_ascii_uppercase())
            && ctx.word(t + 1).len() <= 6
            && ctx.word(t + 1).chars().all(|c| c.is_ascii_alphabetic());
        if initials {
            t += 3;
            continue;
        }
        let inner = t > first && matches!(w, "of" | "and" | "&" | "the" | "for");
        if !inner && !w.starts_with(char::is_uppercase) {
            return None;
        }
        org |= ORG_WORDS.contains(w);
        t += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn post_comma_body_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "The {Commissioner}, Ministry of Health, Dr. [Ana Ruiz], said cases fell.",
                    &[("Ana Ruiz", "Commissioner")],
                ),
                (
                    "The National {President}, Oldland Farmers Association of <Veloria>, [Ana Ruiz], yesterday, warned members.",
                    &[("Ana Ruiz", "President")],
                ),
                (
                    "The {Executive Secretary}, Oldland Water Board (OWB), [Tomas Vell], said so.",
                    &[("Tomas Vell", "Executive Secretary")],
                ),
                // Initials in mixed case.
                (
                    "It was sworn in by the {Chairman}, Board of Trustees (BoT) of the Union, [Tomas Vell].",
                    &[("Tomas Vell", "Chairman")],
                ),
                (
                    "Speaking, the {Director-General}, National Orientation Agency, [Ana Ruiz] said the campaign would go on.",
                    &[("Ana Ruiz", "Director-General")],
                ),
                // A body the tagger took for a person.
                (
                    "The {Chairman}, [Oldtown Water Board], Mr [Tomas Vell], said the road would open.",
                    &[("Tomas Vell", "Chairman")],
                ),
            ],
        );
    }

    #[test]
    fn post_comma_body_name_passes_the_holders_rank() {
        let got = holds("Sworn in by the {Chairman}, Board of Trustees, {Admiral} [Tomas Vell].");
        let want = (
            "Tomas Vell".to_string(),
            "Chairman".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
    }

    #[test]
    fn post_comma_body_name_needs_a_body_set_off() {
        for marked in [
            // No body's word: a list of names or places.
            "The {mayor}, Harbour Town, [Ana Ruiz] and others came.",
            // The post inside a clause, not opening it.
            "They met {Governor} [Tomas Vell], Oldland Water Board, [Ana Ruiz], and others.",
            // A lower-case word inside: no body's name.
            "The {chairman}, who left the Board, [Ana Ruiz], said no.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
