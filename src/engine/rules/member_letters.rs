//! A member's letters or a rank at the bar right after a name, with no comma
//! (`Tomas Vell TD`, `Ana Ruiz MLA`, `Peter Vance KC`), as Irish, British and
//! Commonwealth outlets write them: the tagger reads the name and the letters
//! as one organisation, so the name is cut or lost. The words before the
//! letters are the person; the letters stay outside (a member's letters are a
//! post the position lexicon knows, an honour or a rank at the bar is none).

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static MEMBER_LETTERS: Pass = Pass {
    name: "member-letters",
    reason: "a member's letters (MP, TD, MLA) or a rank at the bar (KC, SC) after a name with no comma end the person's name",
    reads: "spans",
    writes: "spans (cut, re-typed)",
    run: member_letters,
};

/// Whether the words `s..e` read as a person's name: two to four capitalised
/// words that open with a given name or hold a name particle (`Ó`, `Mac`),
/// and no place the gazetteer knows.
fn reads_as_name(c: &Ctx, s: usize, e: usize, label: Label) -> bool {
    let particle = |t: usize| {
        words::NAME_PARTICLES.contains(c.lower[t])
            || matches!(c.lower[t], "ó" | "ní" | "mac" | "nic" | "uí")
    };
    (2..=4).contains(&(e - s))
        && (s..e).all(|t| c.cap(t) || particle(t))
        && (label == Label::Per || c.lex.is_given_name(c.w(s)) || (s + 1..e).any(particle))
        && !c.known_place(s, e)
        && !(s..e).any(|t| words::ORG_WORDS.contains(c.lower[t]))
}

/// A span ending in letters of `member-letters.txt` or `post-nominals.txt`
/// (upper case) whose other words read as a name ends before them and is a
/// person.
fn member_letters(c: &Ctx, st: &mut State) {
    let mut cut = Vec::new();
    for (k, x) in st.spans.iter().enumerate() {
        let last = x.e - 1;
        let letters = c.w(last);
        let listed = words::MEMBER_LETTERS.contains(letters)
            || (words::POST_NOMINALS.contains(letters)
                && letters.chars().all(|ch| ch.is_ascii_uppercase()));
        if listed && x.e - x.s >= 3 && reads_as_name(c, x.s, last, x.label) {
            cut.push(k);
        }
    }
    for k in cut {
        let x = st.spans[k];
        st.spans
            .set(k, x.s, x.e - 1, Label::Per, MEMBER_LETTERS.name);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn member_letters_end_the_name() {
        for (text, expected) in [
            (
                "Tomas Vell TD said the bill was flawed.",
                &[("Tomas Vell", "person"), ("TD", "position")][..],
            ),
            (
                "Ana Ruiz MLA said the bill was flawed.",
                &[("Ana Ruiz", "person"), ("MLA", "position")],
            ),
            (
                "Carl Dunne MEP said the bill was flawed.",
                &[("Carl Dunne", "person"), ("MEP", "position")],
            ),
            // A rank at the bar is no post.
            (
                "Peter Vance KC said the appeal would fail.",
                &[("Peter Vance", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
