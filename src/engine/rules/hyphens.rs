//! Hyphenated names: pairs of two names (`Olek Marchenko … the Marchenko-Dorsky
//! talks`), East Asian given names (`Pak Son-hui`), the rest of a hyphenated
//! surname (`Ada Okonkwo` + `-Ibe`) and particles joined by a hyphen (`Al-Tamimi`).

use super::spans::Editor;
use super::{glued, is_hyphen, Ctx, Pass, State};
use crate::engine::lexicon::casing::{FxMap, FxSet};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static HYPHEN_PAIRS: Pass = Pass {
    name: "hyphen-pairs",
    reason: "two names joined by a hyphen, each of which the article names elsewhere",
    reads: "spans",
    writes: "spans (split)",
    run: hyphen_pairs,
};

/// Splits a three-token name `X-Y` (no spaces) into two names when `X` and `Y`
/// each end a person or place name elsewhere in the document. CoNLL tags such
/// compounds as one name; the guidelines count two mentions.
fn hyphen_pairs(c: &Ctx, st: &mut State) {
    let doc = c.doc;
    let tight = |h: usize| !doc.tokens[h].space_before && !doc.tokens[h + 1].space_before;
    let pair = |s: usize, e: usize| e == s + 3 && matches!(c.w(s + 1), "-" | "–") && tight(s + 1);
    if !st.spans.iter().any(|x| pair(x.s, x.e)) {
        return;
    }
    // The label of the first plain person or place span ending in each word,
    // indexed once (a long text has many pairs).
    let mut last_word: FxMap<&str, Label> = FxMap::default();
    for x in st.spans.iter().filter(|x| !pair(x.s, x.e)) {
        let plain = (x.s..x.e).all(|k| !matches!(c.w(k), "-" | "–"));
        if plain && matches!(x.label, Label::Per | Label::Loc) {
            last_word.entry(c.w(x.e - 1)).or_insert(x.label);
        }
    }
    let label_of = |w: &str| last_word.get(w).copied();
    for k in 0..st.spans.len() {
        let s = st.spans[k].s;
        if !pair(s, st.spans[k].e) {
            continue;
        }
        if let (Some(a), Some(b)) = (label_of(c.w(s)), label_of(c.w(s + 2))) {
            st.spans.set(k, s, s + 1, a, HYPHEN_PAIRS.name);
            st.spans.push(s + 2, s + 3, b, HYPHEN_PAIRS.name);
        }
    }
    st.spans.sort();
}

pub(super) static EAST_ASIAN_NAMES: Pass = Pass {
    name: "east-asian-names",
    reason:
        "a short given name with a lower-case syllable after a hyphen, as East Asian names have",
    reads: "spans, titles",
    writes: "spans (extended, added)",
    run: east_asian_names,
};

/// East Asian given names with a lower-case syllable after a hyphen: `Kim
/// In-so`, `Lee Jae-myung` (the tagger stops at the hyphen or misses the name).
/// A syllable has up to six letters: Wade-Giles `chiang`, `hsiung` (Taiwan's
/// papers), Korean `hyeong`, `myeong`.
fn east_asian_names(c: &Ctx, st: &mut State) {
    let by = EAST_ASIAN_NAMES.name;
    // The hyphen first: this runs at every token, and hyphens are few.
    let tail = |t: usize| {
        t + 2 < c.n
            && c.cap(t)
            && c.tight_hyphen(t + 1)
            && c.w(t).chars().count() <= 6
            && c.w(t + 2).chars().count() <= 6
            && c.w(t + 2).chars().all(|ch| ch.is_lowercase())
            && !words::COMPOUND_TAILS.contains(c.w(t + 2))
    };
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label == Label::Per && tail(x.e - 1) {
            st.spans.set(k, x.s, x.e + 2, x.label, by);
        } else if x.label == Label::Per && tail(x.e) && !c.newline(x.e) {
            st.spans.set(k, x.s, x.e + 3, x.label, by);
        }
    }
    // The spans as this pass edits them, and where titles end: built at the
    // first name found.
    let mut found: Option<(Editor, FxSet<usize>)> = None;
    for t in 1..c.n {
        if !(tail(t) && c.name_word(t - 1) && c.w(t - 1).chars().count() <= 5 && !c.newline(t)) {
            continue;
        }
        let (ed, title_ends) = found.get_or_insert_with(|| {
            let ends = st.titles.iter().map(|f| f.end).collect();
            (Editor::new(&st.spans, c.n), ends)
        });
        let free =
            (t - 1..t + 3).all(|k| !ed.at(k).any(|x| matches!(x.label, Label::Per | Label::Loc)));
        if free
            && (t < 2 || !c.cap(t - 2) || title_ends.contains(&(t - 1)))
            && !c.known_place(t - 1, t + 1)
        {
            ed.cut(t - 1, t + 3);
            ed.push(t - 1, t + 3, Label::Per, by);
        }
    }
    if let Some((ed, _)) = found {
        ed.apply(&mut st.spans);
    }
    st.spans.sort();
}

pub(super) static SPACED_DASHES: Pass = Pass {
    name: "spaced-dashes",
    reason: "a hyphen with a space before or after it is a dash that ends the name",
    reads: "spans",
    writes: "spans (shortened, split)",
    run: spaced_dashes,
};

/// A hyphen or dash with space around it is punctuation, never part of a name:
/// `Ana Ruiz - Valdora mayor since 2019 - resigned` names `Ana Ruiz`; the words
/// after the dash stay a name only as a place the gazetteer knows.
fn spaced_dashes(c: &Ctx, st: &mut State) {
    let dash = |t: usize| {
        matches!(c.w(t), "-" | "‐" | "‑" | "–" | "—" | "--")
            && !(super::glued(c.doc, t) && super::glued(c.doc, t + 1))
    };
    let mut cut = Vec::new();
    for x in st.spans.iter() {
        let (s, e, label) = x.tuple();
        if let Some(d) = (s + 1..e.saturating_sub(1)).find(|&t| dash(t)) {
            cut.push((s, d, label));
            if c.known_place(d + 1, e) {
                cut.push((d + 1, e, Label::Loc));
            }
        }
    }
    if !cut.is_empty() {
        st.spans.replace(cut, SPACED_DASHES.name, true);
    }
}

pub(super) static HYPHENATED_SURNAMES: Pass = Pass {
    name: "hyphenated-surnames",
    reason: "the rest of a hyphenated surname belongs to the name",
    reads: "spans",
    writes: "spans (extended)",
    run: hyphenated_surnames,
};

/// The rest of a hyphenated surname the tagger left out: `Ada Okonkwo` + `-Ibe`;
/// a lower-case syllable between hyphens inside it too, as Thai surnames have
/// (`Somsak Chan-` + `o-cha`), which is no compound such as `Chan-led`.
fn hyphenated_surnames(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label != Label::Per {
            continue;
        }
        // The tagger's span may end on the hyphen itself (`Chan-`).
        let h = if is_hyphen(c.w(x.e - 1)) && x.e - x.s >= 2 {
            x.e - 1
        } else {
            x.e
        };
        if h + 1 < c.n && c.tight_hyphen(h) && c.name_word(h + 1) && st.spans.is_o(h + 1) {
            st.spans
                .set(k, x.s, h + 2, x.label, HYPHENATED_SURNAMES.name);
        } else if h + 3 < c.n
            && c.tight_hyphen(h)
            && infix_syllable(c.w(h + 1))
            && c.tight_hyphen(h + 2)
            && c.w(h + 3).chars().all(char::is_alphabetic)
            && (h + 1..h + 4).all(|t| st.spans.is_o(t))
        {
            st.spans
                .set(k, x.s, h + 4, x.label, HYPHENATED_SURNAMES.name);
        }
    }
}

/// A lower-case syllable of one to three letters inside a hyphenated surname
/// (`o` in `Chan-o-cha`).
fn infix_syllable(w: &str) -> bool {
    (1..=3).contains(&w.chars().count()) && w.chars().all(|ch| ch.is_lowercase())
}

pub(super) static COMPOUND_HEADS: Pass = Pass {
    name: "compound-heads",
    reason: "a person's name does not open inside a hyphenated title before it",
    reads: "spans",
    writes: "spans (trimmed)",
    run: compound_heads,
};

/// `Attorney-at-Law Ana Ruiz`: the tagger takes the last word of a hyphenated
/// title with a small lower-case word inside (`Barrister-at-Law`) into the
/// name after it. A person's span that opens on such a compound's last
/// capitalised word, with name words after it, starts after the compound.
fn compound_heads(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        let s = x.s;
        let inside = s >= 4
            && c.tight_hyphen(s - 1)
            && infix_syllable(c.w(s - 2))
            && c.tight_hyphen(s - 3)
            && c.cap(s - 4)
            && c.cap(s);
        if x.label == Label::Per && inside && x.e - s >= 2 && c.name_word(s + 1) {
            st.spans.set(k, s + 1, x.e, x.label, COMPOUND_HEADS.name);
        }
    }
}

pub(super) static HYPHEN_JOINS: Pass = Pass {
    name: "hyphen-joins",
    reason: "a particle or given name joined by a hyphen to the name after it is one name",
    reads: "spans",
    writes: "spans (joined)",
    run: hyphen_joins,
};

/// `Al` + `-` + `Tamimi` read as two names: one; so is a hyphenated given name
/// before a full name (`Abdel` + `-` + `Karim Osei`), unlike a pair of
/// surnames (`Marchenko-Dorsky`). French and other compound given names
/// (`Jean-Luc`, `Anne-Sophie`, `Colonel Paul` + `-` + `Henri Dubreuil`, where
/// the tagger took the rank into the first half) join whenever both halves
/// are given names and a surname follows: two given names never make a pair
/// of people.
fn hyphen_joins(c: &Ctx, st: &mut State) {
    st.spans.sort();
    let mut k = 0;
    while k + 1 < st.spans.len() {
        let (a, b) = (st.spans[k], st.spans[k + 1]);
        let compound_given =
            b.e - b.s >= 2 && c.lex.is_given_name(c.w(a.e - 1)) && c.lex.is_given_name(c.w(b.s));
        if a.label == Label::Per
            && b.label == Label::Per
            && (a.e - a.s == 1 || compound_given)
            && b.s == a.e + 1
            && is_hyphen(c.w(a.e))
            && glued(c.doc, a.e)
            && glued(c.doc, b.s)
            && (words::OPENING_PARTICLES.contains(c.w(a.s))
                || compound_given
                || (b.e - b.s >= 2 && c.w(a.s).chars().any(char::is_lowercase)))
        {
            st.spans.set(k, a.s, b.e, Label::Per, HYPHEN_JOINS.name);
            st.spans.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn hyphens_compound_heads() {
        for (text, expected) in [
            (
                "Attorney-at-Law Olumbe Varakizi appeared for the accused.",
                &[("Olumbe Varakizi", "person")][..],
            ),
            (
                "The defence, Barrister-at-Law Tamsin Odaro, objected.",
                &[("Tamsin Odaro", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn hyphens_east_asian_given_names() {
        for (text, expected) in [
            (
                "Officials said Lee Jae-min would visit Lisbon.",
                &[("Lee Jae-min", "person")][..],
            ),
            (
                "Minister Park Soo-ah arrived.",
                &[("Minister", "position"), ("Park Soo-ah", "person")],
            ),
            // Syllables of six letters (Wade-Giles, Korean).
            (
                "Legislator Tsai Wen-chiang and Yoon Tae-hyeong left.",
                &[
                    ("Legislator", "position"),
                    ("Tsai Wen-chiang", "person"),
                    ("Yoon Tae-hyeong", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn hyphens_spaced_dashes_and_compounds() {
        for (text, expected) in [
            (
                "Marta Velasquez - Oskavel mayor since 2019 - resigned.",
                &[
                    ("Marta Velasquez", "person"),
                    ("Oskavel", "place"),
                    ("mayor", "position"),
                ][..],
            ),
            ("They flew from Kuala Lumpur-based hubs.", &[]),
            ("Shares of the Hong Kong-listed firm rose.", &[]),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn hyphens_pairs_and_names() {
        for (text, expected) in [
            (
                "Maria Marchenko met Pavel Dorsky in Kyiv. The Marchenko-Dorsky talks ended.",
                &[
                    ("Maria Marchenko", "person"),
                    ("Pavel Dorsky", "person"),
                    ("Kyiv", "place"),
                    ("Marchenko", "person"),
                    ("Dorsky", "person"),
                ][..],
            ),
            (
                "Ada Okonkwo-Ibe spoke on Tuesday.",
                &[("Ada Okonkwo-Ibe", "person")],
            ),
            (
                "Prime Minister Somsak Chan-o-cha spoke on Friday, and Chan-o-cha left.",
                &[
                    ("Prime Minister", "position"),
                    ("Somsak Chan-o-cha", "person"),
                    ("Chan-o-cha", "person"),
                ],
            ),
            (
                "The drill was routine, said Colonel Paul-Henri Dubreuil, a spokesman.",
                &[
                    ("Colonel", "position"),
                    ("Paul-Henri Dubreuil", "person"),
                    ("spokesman", "position"),
                ],
            ),
            (
                "Marie-Claire Vannier, the mayor, opened the fair.",
                &[("Marie-Claire Vannier", "person"), ("mayor", "position")],
            ),
        ] {
            check(text, expected);
        }
    }
}
