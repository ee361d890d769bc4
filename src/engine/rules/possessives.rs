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
}
