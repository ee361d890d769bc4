//! Names written family name first, as Korean and Chinese names are in the news
//! (`Moon Jae-in`, `Lee Cheuk-yan`): the given name after the family name is
//! hyphenated, and the article then names the person by the family name alone
//! (`close to Moon`, `the Moon government`), a word the tagger may read as a
//! common noun. Each lone mention of that family name is the person.

use super::{is_hyphen, Ctx, Pass, State};
use crate::engine::lexicon::casing::{is_all_caps, FxSet};
use crate::engine::tagger::Label;

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
        .filter(|w| w.chars().count() <= 5 && !is_all_caps(w) && !c.lex.is_given_name(w))
        .collect();
    if families.is_empty() {
        return;
    }
    // A lone word: no capitalised word or hyphen glued on either side.
    let lone = |t: usize| {
        families.contains(c.w(t))
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
        ] {
            check(text, expected);
        }
    }
}
