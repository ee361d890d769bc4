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
//!
//! A Vietnamese name opens with its family name too (`Pham Quang Ngoc`), one
//! the tagger may leave outside the person when it is no given name it knows:
//! a family name of `data/sources/words/vietnamese-family-names.txt` right
//! before a person's one to three short name words opens that person's name.

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

pub(super) static VIETNAMESE_FAMILY_NAMES: Pass = Pass {
    name: "vietnamese-family-names",
    reason: "a Vietnamese family name such as Pham, Bui or Trinh opens the person's name of short name words after it, also one the tagger read as a place",
    reads: "titles, spans",
    writes: "spans (extended, joined, re-typed)",
    run: vietnamese_family_names,
};

/// Whether the words `s..e` are each a syllable's length (a capital, then at
/// most five small letters), as Vietnamese name words are.
fn syllables(c: &Ctx, s: usize, e: usize) -> bool {
    (s..e).all(|t| {
        let w = c.w(t);
        c.name_word(t) && w.chars().count() <= 6 && w.chars().skip(1).all(char::is_lowercase)
    })
}

/// `Chairman Pham Quang Ngoc`, `; Pham Quang Ngoc,`: the tagger read `Quang
/// Ngoc` as the person and left `Pham` out, or read `Pham` as a person of its
/// own (then whatever the tagger read after it). The family name, on the
/// same line, opens the person's name when each
/// word of the person is a syllable's length and no capitalised word stands
/// before the family name except a title's. Three or four such words opening
/// with a family name that the tagger read as a place or an organisation,
/// no place the gazetteer knows and not after `in` or `from` (`Minister of
/// Justice Tran Minh Khoa`), are a person too, also where the tagger's place
/// reached back over the post or the body before them.
fn vietnamese_family_names(c: &Ctx, st: &mut State) {
    let mut titled = vec![false; c.n];
    for f in &st.titles {
        titled[f.start..f.end].iter_mut().for_each(|x| *x = true);
    }
    let family = |t: usize| c.cap(t) && words::VIETNAMESE_FAMILY_NAMES.contains(c.w(t));
    let free_before = |g: usize| g == 0 || c.newline(g) || !c.cap(g - 1) || titled[g - 1];
    let last_at = st.spans.last_at(c.n);
    let mut found: Vec<(usize, usize, Label)> = Vec::new();
    for x in st.spans.iter() {
        let (s, e, label) = x.tuple();
        // The tagger's place or organisation reached back over the post before
        // the name (`Minister of Trade Tran Minh Khoa`), or over the body the
        // post is of (`Chairman of the People's Committee Tran Minh Khoa`): the
        // name from its family name on is the person; the post's words are the
        // post's, the body's the body's.
        let after_post = (s + 1..e.saturating_sub(2)).find(|&f| {
            (titled[f - 1] || words::ORG_WORDS.contains(c.w(f - 1)))
                && family(f)
                && (3..=4).contains(&(e - f))
                && syllables(c, f, e)
        });
        if let (Some(f), true) = (after_post, label != Label::Per) {
            if !c.known_place(f, e) {
                if !(s..f).all(|t| titled[t]) {
                    found.push((s, f, label));
                }
                found.push((f, e, Label::Per));
            }
            continue;
        }
        if s == 0 || e - s > 4 || !syllables(c, s, e) {
            continue;
        }
        let g = s - 1;
        let tight = c.doc.tokens[s].space_before && !c.newline(s) && family(g) && free_before(g);
        let before = last_at[g];
        let lone_family = before != usize::MAX && {
            let y = st.spans[before];
            y.s == g && y.e == s && y.label == Label::Per
        };
        let opens = e - s <= 3
            && tight
            && !titled[g]
            && (label == Label::Per && st.spans.is_o(g) || lone_family);
        if opens {
            found.push((g, e, Label::Per));
            continue;
        }
        let read_as_place = matches!(label, Label::Loc | Label::Org | Label::Misc)
            && e - s >= 3
            && family(s)
            && !c.known_place(s, e)
            && !words::CITY_WORDS.contains(c.w(e - 1))
            && !words::LOCATIVE_WORDS.contains(c.lower[s - 1]);
        if read_as_place {
            found.push((s, e, Label::Per));
        }
    }
    if !found.is_empty() {
        st.spans.replace(found, VIETNAMESE_FAMILY_NAMES.name, true);
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
    fn family_first_vietnamese_family_names() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Loc, Per};
        let run = |text: &str, spans: &[(usize, usize, crate::engine::tagger::Label)]| {
            run_pass(&super::VIETNAMESE_FAMILY_NAMES, text, spans)
        };
        let found = run(
            "The delegation included Dao Minh Tue; Bui Quang Hieu, Chairman of the board.",
            &[(4, 2, Per), (8, 2, Per)],
        );
        assert_eq!(
            found,
            [
                ("Dao Minh Tue".to_string(), Per),
                ("Bui Quang Hieu".to_string(), Per)
            ]
        );
        // Not before a place, nor after another capitalised word, nor a long word.
        let found = run(
            "They met in Ho Tay. Governor Lan Pham Quang Ngoc came. Le Montgomery spoke.",
            &[(4, 1, Loc), (9, 2, Per), (14, 1, Per)],
        );
        assert_eq!(
            found,
            [
                ("Tay".to_string(), Loc),
                ("Quang Ngoc".to_string(), Per),
                ("Montgomery".to_string(), Per)
            ]
        );
        // The family name read as a person of its own; a full name read as a
        // place, unless after `in` or ending in `City`.
        let found = run(
            "The premier, Vu Minh Tue, met Minister Trinh Van Lap, then flew in Ho Van Minh City.",
            &[(3, 1, Per), (4, 2, Per), (9, 3, Loc), (16, 4, Loc)],
        );
        let want = [
            ("Vu Minh Tue", Per),
            ("Trinh Van Lap", Per),
            ("Ho Van Minh City", Loc),
        ];
        let want: Vec<(String, _)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
        assert_eq!(found, want);
    }

    #[test]
    fn family_first_vietnamese_names_after_posts() {
        check(
            "They are Minister of Finance Ho Van Loc, Minister of Industry and Trade Nguyen Hong Khiem.",
            &[
                ("Minister of Finance", "position"),
                ("Ho Van Loc", "person"),
                ("Minister of Industry and Trade", "position"),
                ("Nguyen Hong Khiem", "person"),
            ],
        );
        check(
            "Guests included Chairman of the provincial People's Committee Le Minh Tam.",
            &[("Chairman", "position"), ("Le Minh Tam", "person")],
        );
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
