//! A person an organisation is named after (`the Tomas Brandel Foundation`,
//! `the Ada Okafor Legacy Program`): the article then names the person by the
//! family name alone (`Brandel's photographs`, `when Brandel was living`), and
//! the tagger, having read the organisation, reads the lone family name as it
//! too. A lone family name of a person whose full name (given name first)
//! opens an organisation's name in the article is that person, and so is that
//! full name alone, read as the organisation or as a thing (`the Tomas Brandel
//! exhibit`, `Tomas Brandel's death`).

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static NAMESAKES: Pass = Pass {
    name: "namesakes",
    reason: "the name, alone, of the person an organisation in the article is named after",
    reads: "spans",
    writes: "spans (re-typed)",
    run: namesakes,
};

fn namesakes(c: &Ctx, st: &mut State) {
    // `Brandel` of `Tomas Brandel Foundation`: a given name, a family name and
    // at least one more word, read as one organisation; not a company named
    // by a word that may be a given name (`Sun Microsystems Inc.`).
    let families: FxSet<(&str, &str)> = st
        .spans
        .iter()
        .filter(|x| {
            x.label == Label::Org
                && x.e - x.s >= 3
                && c.lex.is_given_name(c.w(x.s))
                && c.name_word(x.s + 1)
                && !c.lex.is_given_name(c.w(x.s + 1))
                && c.w(x.s + 1).chars().all(char::is_alphabetic)
                && !words::ORG_HEADS.contains(c.w(x.s + 1))
                && !words::COMPANY_SUFFIXES.contains(c.w(x.e - 1))
        })
        .map(|x| (c.w(x.s), c.w(x.s + 1)))
        .collect();
    if families.is_empty() {
        return;
    }
    let family: FxSet<&str> = families.iter().map(|&(_, f)| f).collect();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if !matches!(x.label, Label::Org | Label::Misc) || c.cap(x.e) {
            continue;
        }
        let lone = x.e == x.s + 1 && family.contains(c.w(x.s)) && !c.known_place(x.s, x.e);
        let full = x.e == x.s + 2 && families.contains(&(c.w(x.s), c.w(x.s + 1)));
        if lone || full {
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
            (
                "The Tomas Brandel Foundation gave 200 prints. Critics praised \
                 the Tomas Brandel exhibit. After Tomas Brandel's death the prints \
                 went to the Tomas Brandel Foundation.",
                &[("Tomas Brandel", "person"), ("Tomas Brandel", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn namesakes_not_companies() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::Org;
        // A company named like a person (`Dana Kessler Ltd`) names no namesake.
        let text = "Shares of Dana Kessler Ltd rose. Dana Kessler hired staff.";
        let found = run_pass(&super::NAMESAKES, text, &[(2, 3, Org), (7, 2, Org)]);
        assert!(found.iter().all(|x| x.1 == Org), "{found:?}");
    }
}
