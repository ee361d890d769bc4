//! Hold pattern: a post of a named body before the name, with no comma
//! between (`the leader of UIL Ana Ruiz`, `Chairman of the Oldland Football
//! Association Tomas Vell`, `President of Harbour Bank Ana Ruiz`); also a
//! post and its place with no preposition, as South Asian papers write it
//! (`Advocate General Oldshire Ana Ruiz`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::ORG_WORDS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "post_of_body_before_name",
    example: "the leader of UIL Ana Ruiz",
    reason: "post of a named body before the name",
    find: Find::Post(find),
};

/// The words of a body's name after `of`, `for` or `at` (capitalised words,
/// initials, places, and `of`, `and`, `&` inside), up to the person right
/// after them; or a place right after the post, then the person.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.end + 2 >= ctx.n {
        return None;
    }
    // `Advocate General Oldshire Ana Ruiz` (the place a mention, or one
    // word the gazetteer knows).
    if let Some(place) = ctx.at_kind(p.end, Kind::Place) {
        return ctx.at_kind(ctx.cands[place].end, Kind::Person);
    }
    let word = ctx.word(p.end);
    if ctx.cover[p.end].is_none()
        && word.starts_with(char::is_uppercase)
        && ctx.lex.longest_place(&[word]).is_some_and(|(k, _)| k == 1)
    {
        return ctx.at_kind(p.end + 1, Kind::Person);
    }
    if !matches!(ctx.word(p.end), "of" | "for" | "at") {
        return None;
    }
    body_then_person(ctx, pi, p.end + 1, false)
}

/// The person right after a body's name that starts at `t` (past a `the`)
/// in the sentence of post `pi`: capitalised words, initials, places, and
/// `of`, `and`, `&` inside; or lower-case words ending in a body's word
/// (`party`, `ministry`). With `commas`, a comma before another
/// capitalised word and an `and` stays inside the name (`Ministry of
/// Trade, Investment and Tourism`).
pub(super) fn body_then_person(ctx: &Ctx, pi: usize, t: usize, commas: bool) -> Option<usize> {
    let p = &ctx.cands[pi];
    let mut t = t;
    if t < ctx.n && ctx.word(t).eq_ignore_ascii_case("the") {
        t += 1;
    }
    let first = t;
    let (mut named, mut lower) = (false, false);
    // Up to ten tokens: a body's name of five words and its initials in
    // brackets (`of the Kurdistan Democratic Party of Oldland (KDPO) Ana
    // Ruiz`: unseen real news, holds round nine).
    while t < ctx.n && t - first < 10 && ctx.sentence[t] == ctx.sentence[p.start] {
        match ctx.at[t].map(|m| (m, ctx.cands[m].kind)) {
            Some((m, Kind::Person)) => {
                let inner = matches!(ctx.word(t - 1), "of" | "and" | "&");
                // A body in lower-case words ends in a word such as party,
                // service or department: `the chairman of the liberal
                // democratic party Ana Ruiz`.
                let body_word = t > first && ORG_WORDS.contains(ctx.word(t - 1));
                return (if lower { body_word } else { named } && !inner).then_some(m);
            }
            Some((m, Kind::Place)) => {
                t = ctx.cands[m].end;
                named = true;
                continue;
            }
            Some(_) => return None,
            None => {}
        }
        if ctx.cover[t].is_some() {
            return None;
        }
        let w = ctx.word(t);
        // The body's initials in brackets: `of the Oldland Democratic Party
        // (ODP) Ana Ruiz`.
        let initials = named
            && w == "("
            && t + 2 < ctx.n
            && ctx.word(t + 2) == ")"
            && ctx.word(t + 1).chars().all(|c| c.is_ascii_uppercase());
        if initials {
            t += 3;
            continue;
        }
        // A comma inside a list of a body's subjects, an `and` soon after
        // it: `Ministry of Trade, Industry and Tourism`.
        let inner_comma = commas
            && named
            && w == ","
            && t + 1 < ctx.n
            && ctx.at[t + 1].is_none()
            && ctx.word(t + 1).starts_with(char::is_uppercase)
            && (t + 2..(t + 5).min(ctx.n))
                .find(|&i| matches!(ctx.word(i), "and" | "&"))
                .is_some_and(|i| (t + 1..i).all(|u| ctx.cover[u].is_none()));
        // A possessive inside the body's name: `of the People's Committee`,
        // `of the Workers' Party`, as Vietnamese and Korean bodies are named.
        let possessive = named && matches!(w, "'s" | "’s" | "'" | "’");
        if inner_comma || possessive {
        } else if w.chars().next().is_some_and(char::is_uppercase) {
            named = true;
        } else if t > first && matches!(w, "of" | "and" | "&") {
        } else if w.len() > 2 && w.chars().all(|c| c.is_lowercase() || c == '-') {
            lower = true;
        } else {
            return None;
        }
        t += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn post_of_body_before_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "Then the {leader} of UIL [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "leader")],
                ),
                (
                    "{Chairman} of the <Oldland> Football Association [Tomas Vell] left.",
                    &[("Tomas Vell", "Chairman")],
                ),
                (
                    "They met the {Secretary-General} of the Kurdistan Democratic Party of <Oldland> (KDPO) [Tomas Vell] there.",
                    &[("Tomas Vell", "Secretary-General")],
                ),
                (
                    "The {President} of Harbour Bank and Trust [Ana Ruiz] left.",
                    &[("Ana Ruiz", "President")],
                ),
                (
                    "{Advocate General} <Oldshire> [Ana Ruiz] argued.",
                    &[("Ana Ruiz", "Advocate General")],
                ),
                (
                    "{Advocate General} Sindh [Ana Ruiz] argued.",
                    &[("Ana Ruiz", "Advocate General")],
                ),
                // A body in lower-case words, or with its initials.
                (
                    "The {chairman} of the <Oldland> liberal democratic party [Tomas Vell] came.",
                    &[("Tomas Vell", "chairman")],
                ),
                (
                    "The {director general} of the air traffic service [Tomas Vell] spoke.",
                    &[("Tomas Vell", "director general")],
                ),
                (
                    "The {Secretary-General} of the Oldland Democratic Party (ODP) [Tomas Vell] came.",
                    &[("Tomas Vell", "Secretary-General")],
                ),
                // A possessive inside the body's name.
                (
                    "{Chairman} of the provincial People's Committee [Le Van Tam] spoke.",
                    &[("Le Van Tam", "Chairman")],
                ),
            ],
        );
    }

    #[test]
    fn post_of_body_before_name_needs_a_named_body_right_before_the_name() {
        check(
            PATTERN.reason,
            &[
                ("The {head} of state [Ana Ruiz] left.", &[]),
                ("The {chairman} of Harbour Bank met [Ana Ruiz].", &[]),
                ("The {leader} of Harbour and [Ana Ruiz] left.", &[]),
                // Lower-case words that end in no body's word.
                ("The {head} of the big state [Ana Ruiz] left.", &[]),
                ("The {mayor} of the town told [Ana Ruiz] so.", &[]),
            ],
        );
        // Another post between: that one is the name's.
        let got = holds("A {spokesman} for {Mayor} [Ana Ruiz] spoke.");
        assert!(got.iter().all(|h| h.1 != "spokesman"), "{got:?}");
    }
}
