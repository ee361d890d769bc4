//! Names written family name first, as Korean and Chinese names are in the news
//! (`Moon Jae-in`, `Lee Cheuk-yan`): the given name after the family name is
//! hyphenated, and the article then names the person by the family name alone
//! (`close to Moon`, `the Moon government`), a word the tagger may read as a
//! common noun. Each lone mention of that family name is the person. So it is
//! for names with the given name's syllables spaced, as North Korean names are
//! written (`Pak Jong Su`, then `met Pak`), which the tagger may read alone as a
//! place. A Korean family name that English also uses as a given name (`Park`,
//! `Kim`, `data/sources/words/korean-family-names.txt`) counts before a
//! hyphenated given name.

use super::{is_hyphen, Ctx, Pass, State};
use crate::engine::lexicon::casing::{is_all_caps, FxSet};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static FAMILY_NAMES_FIRST: Pass = Pass {
    name: "family-names-first",
    reason: "the family name, alone, of a person the article names family name first with a hyphenated given name (Moon Jae-in)",
    reads: "spans",
    writes: "spans (added, re-typed)",
    run: family_names_first,
};

fn family_names_first(c: &Ctx, st: &mut State) {
    let by = FAMILY_NAMES_FIRST.name;
    let families: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| {
            x.label == Label::Per
                && x.e - x.s == 4
                && c.name_word(x.s)
                && c.cap(x.s + 1)
                && c.w(x.s + 1).chars().count() >= 2
                && is_hyphen(c.w(x.s + 2))
                && c.tight_hyphen(x.s + 2)
                && !c.cap(x.s + 3)
        })
        .map(|x| c.w(x.s))
        .filter(|w| {
            w.chars().count() <= 5
                && !is_all_caps(w)
                && (!c.lex.is_given_name(w) || words::KOREAN_FAMILY_NAMES.contains(w))
        })
        .chain(
            st.spans
                .iter()
                .filter(|x| x.label == Label::Per && x.e - x.s == 3 && spaced_syllables(c, x.s))
                .map(|x| c.w(x.s)),
        )
        .collect();
    if families.is_empty() {
        return;
    }
    // A lone word: no capitalised word or hyphen glued on either side. (The
    // family names are capitalised words, and a token's capital is known
    // without hashing its word: asked first.)
    let lone = |t: usize| {
        c.cap(t)
            && families.contains(c.w(t))
            && (t == 0 || !c.cap(t - 1))
            && !c.cap(t + 1)
            && (t + 1 >= c.n || !is_hyphen(c.w(t + 1)))
            && !c.known_place(t, t + 1)
    };
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.e == x.s + 1 && x.label != Label::Per && lone(x.s) {
            st.spans.retype(k, Label::Per, by);
        }
    }
    let mut added = false;
    for t in 0..c.n {
        if st.spans.is_o(t) && lone(t) {
            st.spans.push(t, t + 1, Label::Per, by);
            added = true;
        }
    }
    if added {
        st.spans.sort();
    }
}

/// `Pak Jong Su`: three capitalised words of one syllable's length (two to
/// four letters, a capital then small letters), the family name and the two
/// syllables of a spaced given name.
fn spaced_syllables(c: &Ctx, s: usize) -> bool {
    (s..s + 3).all(|t| {
        let w = c.w(t);
        let k = w.chars().count();
        c.name_word(t) && (2..=4).contains(&k) && w.chars().skip(1).all(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn family_first_lone_family_names() {
        for (text, expected) in [
            (
                "Former president Moon Jae-in spoke. An aide close to Moon was arrested.",
                &[
                    ("president", "position"),
                    ("Moon Jae-in", "person"),
                    ("aide", "position"),
                    ("Moon", "person"),
                ][..],
            ),
            ("The moon rose over the bay.", &[]),
            // A family name English also has as a given name.
            (
                "Park Ji-woo resigned on Friday. Critics said Park had misled them.",
                &[("Park Ji-woo", "person"), ("Park", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn family_first_spaced_given_names() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Loc, Per};
        let text =
            "Police said Pak Jong Su, 46, was held. Two women walked up to Pak near the gate.";
        let found = run_pass(
            &super::FAMILY_NAMES_FIRST,
            text,
            &[(2, 3, Per), (16, 1, Loc)],
        );
        let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
        assert_eq!(found, [("Pak Jong Su", Per), ("Pak", Per)]);
        // Given names of more letters: no spaced syllables, left as it is.
        let text = "Police said Pak Jongwon Suhyun left. They met Pak near the gate.";
        let found = run_pass(
            &super::FAMILY_NAMES_FIRST,
            text,
            &[(2, 3, Per), (9, 1, Loc)],
        );
        let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
        assert_eq!(found, [("Pak Jongwon Suhyun", Per), ("Pak", Loc)]);
    }
}
