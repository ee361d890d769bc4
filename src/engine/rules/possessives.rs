//! A country or capital before a possessive (`Quito's B hospital`, `Ruritania's
//! health ministry`) is read by the tagger as the organisation it stands for;
//! the guidelines make a country or city name a place whatever it stands for.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static POSSESSIVE_PLACES: Pass = Pass {
    name: "possessive-places",
    reason:
        "a country or capital the gazetteer knows, before 's, is a place whatever it stands for",
    reads: "spans",
    writes: "spans (re-typed)",
    run: possessive_places,
};

fn possessive_places(c: &Ctx, st: &mut State) {
    let mut retype = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if !matches!(x.label, Label::Org | Label::Misc)
            || x.e - x.s > 3
            || !(x.e < c.n && matches!(c.w(x.e), "'s" | "’s"))
            || words::KNOWN_ORGANISATIONS.contains(c.doc.span_text(x.s, x.e))
        {
            continue;
        }
        let words: Vec<&str> = (x.s..x.e).map(|t| c.w(t)).collect();
        let big = c.lex.longest_place(&words).is_some_and(|(n, place)| {
            n == words.len()
                && matches!(
                    place.facts.category.as_str(),
                    "country" | "capital" | "continent" | "territory"
                )
        });
        if big {
            retype.push(k);
        }
    }
    for k in retype {
        st.spans.retype(k, Label::Loc, POSSESSIVE_PLACES.name);
    }
}

pub(super) static POSSESSIVE_PERSONS: Pass = Pass {
    name: "possessive-persons",
    reason: "a name before 's and a word such as wife, lawyer or funeral is a person",
    reads: "spans",
    writes: "spans (re-typed)",
    run: possessive_persons,
};

/// A name the tagger reads as a place before `'s` and a noun only a person has
/// (`Kessel's widow`, `Ana Ruiz's lawyer`) is that person. A two-word name
/// the gazetteer does not know as a place may also have a player's
/// `assist`, `goal` or `header` (`from Ana Ruiz's assist`); a lone name may not,
/// as a country's team scores too (`Ruritania's goal`).
fn possessive_persons(c: &Ctx, st: &mut State) {
    let n = c.n;
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label != Label::Loc || x.e + 1 >= n || !matches!(c.w(x.e), "'s" | "’s") {
            continue;
        }
        let noun = c.w(x.e + 1);
        let full = x.e - x.s == 2 && !c.known_place(x.s, x.e);
        if words::KIN_NOUNS.contains(noun)
            || (full && matches!(noun, "assist" | "goal" | "header" | "shot" | "free-kick"))
        {
            st.spans.retype(k, Label::Per, POSSESSIVE_PERSONS.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn possessives_of_capitals() {
        for (text, expected) in [
            (
                "They visited Quito's B hospital last week.",
                &[("Quito", "place")][..],
            ),
            (
                "Nurses toured Accra's D clinic on Monday.",
                &[("Accra", "place")][..],
            ),
            ("Reuters's reporters left.", &[]),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn possessive_persons() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Loc, Per};
        for (text, tagged, expected) in [
            (
                "Kessel's widow spoke.",
                &[(0, 1, Loc)][..],
                &[("Kessel", Per)][..],
            ),
            (
                "It came from Ana Ruiz's assist.",
                &[(3, 2, Loc)],
                &[("Ana Ruiz", Per)],
            ),
            // A lone name's goal, a place's other nouns: left as they are.
            (
                "Ruritania's goal came late.",
                &[(0, 1, Loc)],
                &[("Ruritania", Loc)],
            ),
            ("Kessel's mayor spoke.", &[(0, 1, Loc)], &[("Kessel", Loc)]),
            (
                "It came from Sierra Leone's goal.",
                &[(3, 2, Loc)],
                &[("Sierra Leone", Loc)],
            ),
        ] {
            let found = run_pass(&super::POSSESSIVE_PERSONS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
