//! Parts of names the tagger leaves out because they look like something else:
//! an Arabic name part spelled like an English word (`Karim Said Osei`, where
//! `Said` is no verb), and the openers of Malay names (`Mohd Faizal Rahim`,
//! `Nik Aina Zulkifli`, `Ab Halim Yusof`: abbreviated given names and
//! hereditary styles that belong to the name), and the middle words of South
//! Asian names (`Hari Bahadur Thapa`), and the patronymics joining two names
//! (`Khalid bin Omar`).

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static NAME_WORD_PARTS: Pass = Pass {
    name: "name-word-parts",
    reason: "a capitalised word such as Said between two parts of a person's name is a name part, not the English word",
    reads: "spans",
    writes: "spans (joined, extended)",
    run: name_word_parts,
};

/// `said Karim Said Osei, a spokesman`: the tagger reads the capitalised
/// `Said` as the verb and cuts the name in two (`Karim` | `Said Osei`, or
/// `Karim` alone). Inside a sentence an English verb is in lower case, so a
/// capitalised word of `data/sources/words/name-word-parts.txt` right after a
/// person's name (on the same line) and before another capitalised name word
/// is part of that name, with whatever name the tagger read after it.
fn name_word_parts(c: &Ctx, st: &mut State) {
    let mut joined = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        let t = x.e;
        if x.label != Label::Per
            || t + 1 >= c.n
            || !words::NAME_WORD_PARTS.contains(c.w(t))
            || c.newline(t)
            || c.newline(t + 1)
            || !c.doc.tokens[t].space_before
            || !c.doc.tokens[t + 1].space_before
            || !c.name_word(t + 1)
        {
            continue;
        }
        // The name after the part: the span the tagger read from it or
        // right after it, else the one capitalised word.
        let after =
            st.spans.iter().skip(k + 1).take(1).find(|y| {
                (y.s == t || y.s == t + 1) && matches!(y.label, Label::Per | Label::Misc)
            });
        let end = match after {
            Some(y) => y.e,
            // One word the tagger left out, where the name ends (not a
            // headline's title case: `Ruiz Said Talks Failed`).
            None if st.spans.is_o(t) && st.spans.is_o(t + 1) && !c.cap(t + 2) => t + 2,
            None => continue,
        };
        joined.push((x.s, end, Label::Per));
    }
    joined.extend(given_names_before_patronymics(c, st));
    // A chain (`Hamdan bin Mohammed bin Rashid Al Maktoum`) joins link by
    // link into overlapping names: one name.
    joined.sort_by_key(|&(s, e, _)| (s, e));
    joined.dedup_by(|b, a| {
        let overlap = b.0 < a.1;
        if overlap {
            a.1 = a.1.max(b.1);
        }
        overlap
    });
    if !joined.is_empty() {
        st.spans.replace(joined, NAME_WORD_PARTS.name, true);
    }
}

pub(super) static MALAY_NAME_OPENERS: Pass = Pass {
    name: "malay-name-openers",
    reason: "a Malay or Balinese name opener such as Mohd, Ab, Nik, Wan or I Gede before a person's name belongs to it",
    reads: "spans",
    writes: "spans (extended)",
    run: malay_name_openers,
};

/// `said Ab Halim Yusof`, `Mohd Faizal Rahim`, `Wan Aina Zulkifli`: Malay
/// names open with abbreviated given names (`Ab`, `Abd`, `Mohd`, `Md`) or
/// hereditary styles written as part of the name (`Nik`, `Wan`, `Syed`,
/// `Tengku`), which the tagger, not knowing them, leaves out. A capitalised
/// opener of `data/sources/words/malay-name-openers.txt` (or a run of them)
/// right before a person's name on the same line opens it.
fn malay_name_openers(c: &Ctx, st: &mut State) {
    // Balinese names open with `I` or `Ni` and birth-order names (`I Gede
    // Putu Arsana`, `Ni Made Sari`); a one-letter opener only before another.
    let balinese = |t: usize| {
        words::BALINESE_NAME_OPENERS.contains(c.w(t))
            && (c.w(t).chars().count() > 1
                || (t + 1 < c.n && words::BALINESE_NAME_OPENERS.contains(c.w(t + 1))))
    };
    let opener =
        |t: usize| (words::MALAY_NAME_OPENERS.contains(c.w(t)) || balinese(t)) && st.spans.is_o(t);
    let mut extended = Vec::new();
    for x in st.spans.iter() {
        if x.label != Label::Per {
            continue;
        }
        let mut s = x.s;
        while s > 0 && !c.newline(s) && c.doc.tokens[s].space_before && opener(s - 1) {
            s -= 1;
        }
        if s < x.s {
            extended.push((s, x.e, Label::Per));
        }
    }
    if !extended.is_empty() {
        st.spans.replace(extended, MALAY_NAME_OPENERS.name, true);
    }
}

pub(super) static MIDDLE_NAME_WORDS: Pass = Pass {
    name: "middle-name-words",
    reason: "three or four capitalised words with a South Asian middle name such as Bahadur, Prasad or Kumar inside name a person",
    reads: "spans",
    writes: "spans (re-typed)",
    run: middle_name_words,
};

/// `Ram Bahadur Thapa`, `Hari Prasad Koirala`, `Salah Uddin Ahmed`: South
/// Asian names carry a middle word that is only ever part of a person's name
/// (`data/sources/words/middle-name-words.txt`); the tagger, not knowing the
/// names around it, may read the whole as an organisation or a place. Three or
/// four capitalised name words with such a word inside (neither first nor
/// last), none a word of organisations' names, are a person.
fn middle_name_words(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label == Label::Per || !(3..=4).contains(&(e - s)) {
            continue;
        }
        let middle = (s + 1..e - 1).any(|t| words::MIDDLE_NAME_WORDS.contains(c.w(t)));
        let names = (s..e).all(|t| {
            c.name_word(t)
                && c.w(t).chars().skip(1).all(char::is_lowercase)
                && !words::ORG_WORDS.contains(c.w(t))
                && !words::ORG_HEADS.contains(c.w(t))
        });
        if middle && names && !c.known_place(s, e) {
            st.spans.retype(k, Label::Per, MIDDLE_NAME_WORDS.name);
        }
    }
}

pub(super) static PATRONYMICS: Pass = Pass {
    name: "patronymics",
    reason: "names joined by a patronymic such as bin, binti, ibn or Ould are one person's name",
    reads: "spans",
    writes: "spans (joined, re-typed)",
    run: patronymics,
};

/// `Khalid bin Saeed Al Nasri`, `Siti binti Yusof`, `Sidi Ould Tah`: a
/// patronymic (`data/sources/words/patronymic-particles.txt`, son or daughter
/// of) joins the names on its two sides into one person's, whatever the tagger
/// read the first as (a given name it took for a place). The name after it is a
/// person's span, or the name before it is and a name word follows.
fn patronymics(c: &Ctx, st: &mut State) {
    let mut joined = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        let t = x.e;
        if t + 1 >= c.n
            || !words::PATRONYMIC_PARTICLES.contains(c.w(t))
            || !c.doc.tokens[t].space_before
            || c.newline(t)
            || c.newline(t + 1)
            || !c.name_word(t + 1)
            || !(x.s..x.e).all(|j| c.cap(j) || words::NAME_PARTICLES.contains(c.w(j)))
        {
            continue;
        }
        let after = st.spans.iter().skip(k + 1).take(1).find(|y| y.s == t + 1);
        let end = match after {
            Some(y) if y.label == Label::Per || x.label == Label::Per => y.e,
            None if x.label == Label::Per && st.spans.is_o(t + 1) => t + 2,
            _ => continue,
        };
        if c.known_place(x.s, x.e) && x.label != Label::Per {
            continue;
        }
        joined.push((x.s, end, Label::Per));
    }
    joined.extend(given_names_before_patronymics(c, st));
    // A chain (`Hamdan bin Mohammed bin Rashid Al Maktoum`) joins link by
    // link into overlapping names: one name.
    joined.sort_by_key(|&(s, e, _)| (s, e));
    joined.dedup_by(|b, a| {
        let overlap = b.0 < a.1;
        if overlap {
            a.1 = a.1.max(b.1);
        }
        overlap
    });
    if !joined.is_empty() {
        st.spans.replace(joined, PATRONYMICS.name, true);
    }
    let families = family_names_after_patronymics(c, st);
    if !families.is_empty() {
        st.spans.replace(families, PATRONYMICS.name, true);
    }
}

/// `Hamdan bin Mohammed bin Rashid Al Maktoum`: the family's name, `Al` (or
/// `Al-`, `Aal`) and a capitalised word, right after a person's name with a
/// patronymic inside ends that name; the tagger, past a long chain, reads it as
/// a name of its own (a family, an organisation) or leaves it out.
fn family_names_after_patronymics(c: &Ctx, st: &State) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    for x in st.spans.iter().filter(|x| x.label == Label::Per) {
        let e = x.e;
        if e + 1 >= c.n
            || !matches!(c.w(e), "Al" | "Aal" | "Āl")
            || c.newline(e)
            || !(x.s..x.e).any(|t| words::PATRONYMIC_PARTICLES.contains(c.w(t)))
        {
            continue;
        }
        // `Al Maktoum`, or `Al-Maktoum` with the hyphen glued on both sides.
        let name = if c.tight_hyphen(e + 1) { e + 2 } else { e + 1 };
        if name < c.n && !c.newline(name) && c.name_word(name) {
            out.push((x.s, name + 1, Label::Per));
        }
    }
    out
}

/// Whether the word at `g` may be a given name no list has, before a
/// lower-case patronymic and a person's name (`Ghosn bin Halal`): one
/// capitalised word, the rest lower case, no title, place or demonym.
fn plain_name(c: &Ctx, g: usize) -> bool {
    let w = c.w(g);
    w.chars().count() > 2
        && c.cap(g)
        && w.chars().skip(1).all(char::is_lowercase)
        && !crate::engine::positions::is_title_vocabulary(w)
        && !c.lex.is_demonym(w)
        && !c.known_place(g, g + 1)
        && !matches!(c.lower[g], "the" | "and" | "but" | "with" | "from" | "for")
}

/// `Faisal bin Nasser` where the tagger read only `Nasser`: a given name the
/// lexicon knows, alone before a lower-case patronymic and a name, opens that
/// person's name (the name after it read as anything but a place the gazetteer
/// knows); or any plain capitalised word before a person's name (`Ghosn bin
/// Halal`, a given name no list has).
fn given_names_before_patronymics(c: &Ctx, st: &State) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    for y in st.spans.iter() {
        let (p, g) = match y.s.checked_sub(2) {
            Some(g) => (y.s - 1, g),
            None => continue,
        };
        let w = c.w(p);
        if !words::PATRONYMIC_PARTICLES.contains(w)
            || w.starts_with(char::is_uppercase)
            || c.newline(p)
            || c.newline(y.s)
            || !c.name_word(g)
            || !st.spans.is_o(g)
            || !st.spans.is_o(p)
            || !(c.lex.is_given_name(c.w(g)) || (y.label == Label::Per && plain_name(c, g)))
            || (y.label != Label::Per && c.known_place(y.s, y.e))
        {
            continue;
        }
        out.push((g, y.e, Label::Per));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, run_pass};
    use crate::engine::tagger::Label::{Loc, Org, Per};

    #[test]
    fn name_parts_words_inside_names() {
        for (text, tagged, expected) in [
            // Cut at the capitalised word, or the rest left out: one name.
            (
                "\"We are ready,\" said Karim Said Osei, a spokesman.",
                &[(7, 1, Per), (8, 2, Per)][..],
                &[("Karim Said Osei", Per)][..],
            ),
            (
                "\"We are ready,\" said Karim Said Osei, a spokesman.",
                &[(7, 1, Per)],
                &[("Karim Said Osei", Per)],
            ),
            // The verb in lower case, or at a sentence's start: left as it is.
            (
                "Karim said Osei would come.",
                &[(0, 1, Per), (2, 1, Per)],
                &[("Karim", Per), ("Osei", Per)],
            ),
            (
                "Karim left. Said Osei: no.",
                &[(0, 1, Per), (4, 1, Per)],
                &[("Karim", Per), ("Osei", Per)],
            ),
            ("Ruiz Said Talks Failed", &[(0, 1, Per)], &[("Ruiz", Per)]),
            // After an organisation: left as it is.
            (
                "Velmar Said Osei would come.",
                &[(0, 1, Org)],
                &[("Velmar", Org)],
            ),
        ] {
            let found = run_pass(&super::NAME_WORD_PARTS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }

    #[test]
    fn name_parts_malay_openers() {
        for (text, tagged, expected) in [
            (
                "The plan works, said Ab Halim Yusof, the deputy minister.",
                &[(6, 2, Per)][..],
                &[("Ab Halim Yusof", Per)][..],
            ),
            (
                "Wan Mohd Faizal Rahim opened the hall.",
                &[(2, 2, Per)],
                &[("Wan Mohd Faizal Rahim", Per)],
            ),
            (
                "The ferry sank, said I Gede Putu Arsana, the district head.",
                &[(7, 2, Per)],
                &[("I Gede Putu Arsana", Per)],
            ),
            ("I Made a promise.", &[], &[]),
            // Not before a person's name: left as it is.
            (
                "Nik Holdings hired Faizal Rahim.",
                &[(0, 2, Org), (3, 2, Per)],
                &[("Nik Holdings", Org), ("Faizal Rahim", Per)],
            ),
        ] {
            let found = run_pass(&super::MALAY_NAME_OPENERS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }

    #[test]
    fn name_parts_middle_name_words() {
        for (text, tagged, expected) in [
            (
                "Deputy Governor Hari Bahadur Thapa retired.",
                &[(2, 3, Org)][..],
                &[("Hari Bahadur Thapa", Per)][..],
            ),
            // The word at an end, or an organisation's word inside: left as it is.
            (
                "Thapa Bahadur Holdings grew.",
                &[(0, 3, Org)],
                &[("Thapa Bahadur Holdings", Org)],
            ),
        ] {
            let found = run_pass(&super::MIDDLE_NAME_WORDS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }

    #[test]
    fn name_parts_patronymics() {
        for (text, tagged, expected) in [
            (
                "The court heard Khalid bin Omar Al-Nasri.",
                &[(3, 1, Loc), (5, 4, Per)][..],
                &[("Khalid bin Omar Al-Nasri", Per)][..],
            ),
            (
                "The court heard Sidi Ould Tah.",
                &[(3, 1, Per)],
                &[("Sidi Ould Tah", Per)],
            ),
            // A given name the tagger left out, before bin and a name.
            (
                "Faisal bin Nasser met the envoys.",
                &[(2, 1, Per)],
                &[("Faisal bin Nasser", Per)],
            ),
            (
                "The court heard Azman bin Ismail.",
                &[(5, 1, Per)],
                &[("Azman bin Ismail", Per)],
            ),
            // The family's name after a long chain, read as an organisation.
            (
                "Hamdan bin Mohammed bin Rashid Al Maktoum spoke.",
                &[(0, 1, Per), (2, 3, Per), (5, 2, Org)],
                &[("Hamdan bin Mohammed bin Rashid Al Maktoum", Per)],
            ),
            (
                "Sheikh Saif bin Zayed Al Nahyan spoke.",
                &[(1, 3, Per)],
                &[("Saif bin Zayed Al Nahyan", Per)],
            ),
            // No patronymic inside: the family word is left to other passes.
            (
                "Omar Hassan Al Nahyan spoke.",
                &[(0, 2, Per), (2, 2, Org)],
                &[("Omar Hassan", Per), ("Al Nahyan", Org)],
            ),
            // A plain capitalised word before bin and a person: a given name
            // no list has (Gulf agencies' `Ghosn bin Halal`), joined.
            (
                "Velmar bin Tarvo met the envoys.",
                &[(2, 1, Per)],
                &[("Velmar bin Tarvo", Per)],
            ),
            // Not a title, nor a word the name's not (a place after bin).
            (
                "Minister bin Tarvo met the envoys.",
                &[(2, 1, Per)],
                &[("Tarvo", Per)],
            ),
            // No person on either side: left as it is.
            (
                "They sailed from Velmar bin Tarvo.",
                &[(3, 1, Loc)],
                &[("Velmar", Loc)],
            ),
        ] {
            let found = run_pass(&super::PATRONYMICS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }

    #[test]
    fn name_parts_whole_engine() {
        check(
            "\"The repairs will take a week,\" said Mohd Faizal Rahim, the deputy minister.",
            &[
                ("Mohd Faizal Rahim", "person"),
                ("deputy minister", "position"),
            ],
        );
        // A given name no list has before a lower-case patronymic.
        check(
            "Ghosn bin Talal has been named the head of the audit office.",
            &[
                ("Ghosn bin Talal", "person"),
                ("head of the audit office", "position"),
            ],
        );
    }
}
