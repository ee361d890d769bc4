//! A capitalised portfolio of several words before a lower-case head (`the
//! Child Safety minister`, `the Health and Aged Care minister`, `Disability
//! Services spokeswoman`), as Australian, British and Irish outlets write a
//! brief: the lists name portfolios word by word, and the position lexicon
//! keeps a capitalised word before a lower-case head outside (so that `Navy
//! spokesperson` and `Labor leader` stay right). Here the words that end on a
//! portfolio or a function noun right before the head belong to the post.

use super::{Ctx, Pass, State};
use crate::engine::positions;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static PORTFOLIO_RUNS: Pass = Pass {
    name: "portfolio-runs",
    reason: "capitalised words naming a brief before a lower-case minister or spokesperson belong to the post",
    reads: "titles, spans",
    writes: "titles (widened), spans (removed)",
    run: portfolio_runs,
};

/// Whether the word at `t` names a brief: a listed portfolio or a function
/// noun (`Safety`, `Care`, `Services`).
fn brief_word(c: &Ctx, t: usize) -> bool {
    let lower = c.lower[t];
    positions::is_portfolio(lower)
        || words::FUNCTION_NOUNS.contains(lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|x| words::FUNCTION_NOUNS.contains(x) || positions::is_portfolio(x))
}

/// Whether the word at `t` may stand in a capitalised brief: capitalised,
/// the rest lower case, no given name, demonym, place, party or government
/// word.
fn run_word(c: &Ctx, t: usize) -> bool {
    let w = c.w(t);
    c.name_word(t)
        && w.chars().all(char::is_alphabetic)
        && w.chars().skip(1).all(char::is_lowercase)
        && !words::PORTFOLIO_RUN_STOPS.contains(c.lower[t])
        && !words::ORG_WORDS.contains(c.lower[t])
        && !c.lex.is_given_name(w)
        && !c.lex.is_demonym(w)
        && !words::HOLD_PARTY_WORDS.contains(w)
        && !c.known_place(t, t + 1)
}

/// Whether the word at `t`, before `and` and a brief, names a brief of its
/// own: a run word, or a portfolio that is also a service's name (`Police
/// and Corrective Services minister`), which alone before a head names the
/// service (`Police spokesman`).
fn joined_brief(c: &Ctx, t: usize) -> bool {
    let portfolio = || {
        words::ORG_WORDS.contains(c.lower[t])
            && positions::is_portfolio(c.lower[t])
            && c.name_word(t)
            && c.w(t).chars().skip(1).all(char::is_lowercase)
    };
    (run_word(c, t) || portfolio()) && brief_word(c, t)
}

/// Where the capitalised brief before a post at `s` starts: at most four
/// words (`and` between two of them; no organisation word), the last a brief
/// word; `s` if none. `and` may also join the brief to a capitalised one the post opens with
/// (`Health and` before `Aged Care minister`, `Police and` before
/// `Corrective Services minister`).
fn run_start(c: &Ctx, s: usize) -> usize {
    let and_before = |b: usize| b >= 2 && c.lower[b - 1] == "and" && joined_brief(c, b - 2);
    if s == 0 || c.newline(s) {
        return s;
    }
    let mut b = if run_word(c, s - 1) && brief_word(c, s - 1) {
        s - 1
    } else if c.cap(s) && and_before(s) {
        s - 2
    } else {
        return s;
    };
    while b > 0 && s - b < 4 && !c.newline(b) {
        if run_word(c, b - 1) {
            b -= 1;
        } else if and_before(b) {
            b -= 2;
        } else {
            break;
        }
    }
    // A capitalised word before the run, other than a place, a demonym or a
    // word such as `Opposition`, makes the run part of a longer name.
    if b > 0 && c.name_word(b - 1) && !c.newline(b) {
        let before = c.w(b - 1);
        let known = c.known_place(b - 1, b) || c.lex.is_demonym(before);
        if !known && !words::PORTFOLIO_RUN_STOPS.contains(c.lower[b - 1]) {
            return s;
        }
    }
    b
}

/// A title whose last word is a lower-case head of
/// `portfolio-run-heads.txt` takes the capitalised brief before it; names
/// the tagger read inside that brief go.
fn portfolio_runs(c: &Ctx, st: &mut State) {
    let mut widened = Vec::new();
    for f in st.titles.iter_mut() {
        let head = f.end - 1;
        if c.cap(head) || !words::PORTFOLIO_RUN_HEADS.contains(c.lower[head]) {
            continue;
        }
        let b = run_start(c, f.start);
        if b < f.start {
            widened.push((b, f.start));
            f.start = b;
            f.reason = "title with its capitalised portfolio";
        }
    }
    // A name inside the brief goes; one that opens before it (`Opposition
    // Disability Services`) ends where the brief starts.
    for (b, s) in widened {
        st.spans
            .retain(|x| !(x.s >= b && x.e <= s && x.label != Label::Per));
        let cut: Vec<usize> = (0..st.spans.len())
            .filter(|&k| {
                let x = st.spans[k];
                x.s < b && x.e > b && x.e <= s && x.label != Label::Per
            })
            .collect();
        for k in cut {
            let x = st.spans[k];
            st.spans.set(k, x.s, b, x.label, PORTFOLIO_RUNS.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn portfolio_runs_before_lower_case_heads() {
        for (text, expected) in [
            (
                "The Child Safety minister, Ana Ruiz, said the review was done.",
                &[
                    ("Child Safety minister", "position"),
                    ("Ana Ruiz", "person"),
                ][..],
            ),
            (
                "The Health and Aged Care minister, Lia Moss, said the plan was funded.",
                &[
                    ("Health and Aged Care minister", "position"),
                    ("Lia Moss", "person"),
                ],
            ),
            (
                "Disability Services spokeswoman Ana Ruiz said the rules were unclear.",
                &[
                    ("Disability Services spokeswoman", "position"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            // A service's name joined by `and` to a brief is a brief; alone
            // before a head it names the service.
            (
                "The Police and Corrective Services minister, Tom Reyes, said no.",
                &[
                    ("Police and Corrective Services minister", "position"),
                    ("Tom Reyes", "person"),
                ],
            ),
            (
                "The Police and Emergency Services minister, Ana Ruiz, said no.",
                &[
                    ("Police and Emergency Services minister", "position"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            // A place or a demonym stays outside; so does a word such as
            // `Opposition`.
            (
                "Queensland Child Safety minister Ana Ruiz said the review was done.",
                &[
                    ("Queensland", "place"),
                    ("Child Safety minister", "position"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            (
                "Opposition Disability Services spokeswoman Ana Ruiz said no.",
                &[
                    ("Disability Services spokeswoman", "position"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            // A run after another capitalised name is part of that name.
            (
                "The Harbour League Safety spokesman said no.",
                &[("spokesman", "position")],
            ),
        ] {
            check(text, expected);
        }
    }
}
