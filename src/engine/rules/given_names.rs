//! Given names the tagger left out: `Image: Nick Moreau`, `Photo: Will Tarrant`,
//! where it read the surname as a person and the given name before it as an
//! ordinary word (`nick`, `will`). A capitalised word the lexicon knows as a
//! given name, right before a one-word person on the same line, with no other
//! name or title before it, opens that person's name.

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static GIVEN_NAMES_BEFORE_SURNAMES: Pass = Pass {
    name: "given-names-before-surnames",
    reason: "a given name right before a surname the tagger read alone opens the person's name",
    reads: "titles, spans",
    writes: "spans (extended)",
    run: given_names_before_surnames,
};

fn given_names_before_surnames(c: &Ctx, st: &mut State) {
    let mut titled = vec![false; c.n];
    for f in &st.titles {
        titled[f.start..f.end].iter_mut().for_each(|x| *x = true);
    }
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label != Label::Per || e != s + 1 || s == 0 {
            continue;
        }
        let g = s - 1;
        let given = c.name_word(g)
            && c.lex.is_given_name(c.w(g))
            && !c.lex.is_given_name(c.w(s))
            && !words::CALENDAR_NAMES.contains(c.w(g))
            && !matches!(c.lower[g], "north" | "south" | "east" | "west" | "central")
            && st.spans.is_o(g)
            && !titled[g]
            && c.doc.tokens[s].space_before
            && !c.newline(s)
            && (g == 0 || c.newline(g) || !c.cap(g - 1));
        if given {
            st.spans
                .set(k, g, e, Label::Per, GIVEN_NAMES_BEFORE_SURNAMES.name);
        }
    }
}

pub(super) static GIVEN_NAMES_AS_PERSONS: Pass = Pass {
    name: "given-names-as-persons",
    reason: "a lone given name the article also reads as a person, in no organisation's longer name, is that person",
    reads: "spans",
    writes: "spans (re-typed)",
    run: given_names_as_persons,
};

/// A person the article calls by a given name alone (a child, an interviewee:
/// `their daughter, Marisol`, `Marisol's rash`) which the tagger reads now as a
/// person, now as an organisation. A one-word organisation or other name that
/// the lexicon knows as a given name, where the tagger reads the same word
/// alone as a person elsewhere in the article, is that person, unless the word
/// also opens or ends a longer organisation name there (`Marisol Foods`) or is
/// a known organisation.
fn given_names_as_persons(c: &Ctx, st: &mut State) {
    let text = |s: usize, e: usize| c.doc.span_text(s, e);
    let mut persons: FxSet<&str> = FxSet::default();
    let mut in_orgs: FxSet<&str> = FxSet::default();
    for x in st.spans.iter() {
        match x.label {
            Label::Per if x.e == x.s + 1 => {
                persons.insert(text(x.s, x.e));
            }
            Label::Org | Label::Misc if x.e > x.s + 1 => {
                in_orgs.insert(c.w(x.s));
                in_orgs.insert(c.w(x.e - 1));
            }
            _ => {}
        }
    }
    if persons.is_empty() {
        return;
    }
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        let w = c.w(s);
        if matches!(label, Label::Org | Label::Misc)
            && e == s + 1
            && persons.contains(w)
            && c.lex.is_given_name(w)
            && !in_orgs.contains(w)
            && !words::KNOWN_ORGANISATIONS.contains(w)
        {
            st.spans.retype(k, Label::Per, GIVEN_NAMES_AS_PERSONS.name);
        }
    }
}

pub(super) static FAMILY_NAMES_SET_OFF: Pass = Pass {
    name: "family-members-named",
    reason: "a single name set off after a word such as brother, daughter or wife names that family member, wherever the article repeats it alone",
    reads: "titles, spans",
    writes: "titles (dropped), spans (added, re-typed)",
    run: family_members_named,
};

/// `his brother, Sultan, was hurt` … `Sultan, 16, said`: a relative the article
/// introduces by one name set off after a family noun
/// (`data/sources/words/family-nouns.txt`) is a person, even where the name is
/// a title word (`Sultan`, `Prince`, `Major`) or a place's name, and so is each
/// lone mention of that word in the article (not right before another name,
/// where it is a title: `Sultan Omar`).
fn family_members_named(c: &Ctx, st: &mut State) {
    // The token's flag first: this runs at every token.
    let set_off = |t: usize| {
        t >= 2
            && t + 1 < c.n
            && c.name_word(t)
            && c.w(t - 1) == ","
            && words::FAMILY_NOUNS.contains(c.lower[t - 2])
            && matches!(c.w(t + 1), "," | "." | ";")
            && !words::CALENDAR_NAMES.contains(c.w(t))
            && !words::PRONOUNS.contains(c.w(t))
    };
    let named: FxSet<&str> = (2..c.n).filter(|&t| set_off(t)).map(|t| c.w(t)).collect();
    if named.is_empty() {
        return;
    }
    // A repeat that is a place the gazetteer knows (`his daughter, Georgia,`
    // … `in Georgia`) is left to the place passes.
    // The flag test first: hashing every token's word would cost more.
    let lone = |t: usize| {
        c.cap(t)
            && named.contains(c.w(t))
            && !(t > 0 && c.cap(t - 1) && !c.newline(t))
            && !(t + 1 < c.n && c.cap(t + 1) && !c.newline(t + 1))
            && (set_off(t) || !c.known_place(t, t + 1))
    };
    st.titles
        .retain(|f| !(f.end == f.start + 1 && lone(f.start)));
    let mut person = vec![false; c.n];
    for x in st.spans.iter().filter(|x| x.label == Label::Per) {
        person[x.s..x.e].iter_mut().for_each(|p| *p = true);
    }
    let found: Vec<_> = (0..c.n)
        .filter(|&t| lone(t) && !person[t])
        .map(|t| (t, t + 1, Label::Per))
        .collect();
    if !found.is_empty() {
        st.spans.replace(found, FAMILY_NAMES_SET_OFF.name, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_pass;
    use crate::engine::tagger::Label::{Org, Per};

    #[test]
    fn given_names_before_surnames() {
        for (text, tagged, expected) in [
            (
                "Fans queued. Image: Nick Tarrant.",
                &[(6, 1, Per)][..],
                &[("Nick Tarrant", Per)][..],
            ),
            // A month, a compass word, a word after another capitalised word, a given name
            // read alone are left as they are.
            ("In May Tarrant left.", &[(2, 1, Per)], &[("Tarrant", Per)]),
            (
                "They toured West Tarrant.",
                &[(3, 1, Per)],
                &[("Tarrant", Per)],
            ),
            (
                "The Fan Club Nick Tarrant runs.",
                &[(4, 1, Per)],
                &[("Tarrant", Per)],
            ),
            ("Nick Anna spoke.", &[(1, 1, Per)], &[("Anna", Per)]),
        ] {
            let found = run_pass(&super::GIVEN_NAMES_BEFORE_SURNAMES, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }

    #[test]
    fn given_names_family_members_named() {
        use super::super::tests::check;
        check(
            "Police say his brother, Sultan, was hurt. Sultan, 16 at the time, denies it.",
            &[("Sultan", "person"), ("Sultan", "person")],
        );
        check(
            "Sultan Omar met his nephew, Prince, in Dorvo.",
            &[
                ("Sultan", "position"),
                ("Omar", "person"),
                ("Prince", "person"),
                ("Dorvo", "place"),
            ],
        );
    }

    #[test]
    fn given_names_as_persons() {
        for (text, tagged, expected) in [
            // Read alone as a person once, as an organisation elsewhere: a person.
            (
                "They lost their son, Tomasz. Tomasz had a fever.",
                &[(5, 1, Per), (7, 1, Org)][..],
                &[("Tomasz", Per), ("Tomasz", Per)][..],
            ),
            // Never read as a person in the article: left as it is.
            (
                "Shares of Tomasz fell. Tomasz said so.",
                &[(2, 1, Org), (5, 1, Org)],
                &[("Tomasz", Org), ("Tomasz", Org)],
            ),
            // Part of a longer organisation name there: left as it is.
            (
                "Tomasz Foods grew. Tomasz said so. Tomasz hired.",
                &[(0, 2, Org), (4, 1, Per), (8, 1, Org)],
                &[("Tomasz Foods", Org), ("Tomasz", Per), ("Tomasz", Org)],
            ),
            // No given name: left as it is.
            (
                "Zelbox said so. Zelbox hired.",
                &[(0, 1, Per), (4, 1, Org)],
                &[("Zelbox", Per), ("Zelbox", Org)],
            ),
        ] {
            let found = run_pass(&super::GIVEN_NAMES_AS_PERSONS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
