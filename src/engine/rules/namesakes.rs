//! A person an organisation is named after (`the Tomas Brandel Foundation`,
//! `the Ada Okafor Legacy Program`): the article then names the person by the
//! family name alone (`Brandel's photographs`, `when Brandel was living`), and
//! the tagger, having read the organisation, reads the lone family name as it
//! too. A lone family name of a person whose full name (given name first)
//! opens an organisation's name in the article is that person.

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;

pub(super) static NAMESAKES: Pass = Pass {
    name: "namesakes",
    reason: "the family name, alone, of the person an organisation in the article is named after",
    reads: "spans",
    writes: "spans (re-typed)",
    run: namesakes,
};

fn namesakes(c: &Ctx, st: &mut State) {
    // `Brandel` of `Tomas Brandel Foundation`: a given name, a family name and
    // at least one more word, read as one organisation.
    let families: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| {
            x.label == Label::Org
                && x.e - x.s >= 3
                && c.lex.is_given_name(c.w(x.s))
                && c.name_word(x.s + 1)
                && !c.lex.is_given_name(c.w(x.s + 1))
                && c.w(x.s + 1).chars().all(char::is_alphabetic)
        })
        .map(|x| c.w(x.s + 1))
        .collect();
    if families.is_empty() {
        return;
    }
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.e == x.s + 1
            && matches!(x.label, Label::Org | Label::Misc)
            && families.contains(c.w(x.s))
            && !c.cap(x.s + 1)
            && !c.known_place(x.s, x.e)
        {
            st.spans.retype(k, Label::Per, NAMESAKES.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn namesakes_lone_family_names() {
        for (text, expected) in [
            (
                "The Tomas Brandel Photographic Legacy Program gave 200 prints. \
                 The Tomas Brandel Foundation agreed. Visitors saw Brandel's photos.",
                &[("Brandel", "person")][..],
            ),
            (
                "The Tomas Brandel Foundation paid for the Tomas Brandel Legacy Program. \
                 Its prints show Brandel's friends.",
                &[("Brandel", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
