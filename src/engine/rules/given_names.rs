//! Given names the tagger left out: `Image: Nick Moreau`, `Photo: Will Tarrant`,
//! where it read the surname as a person and the given name before it as an
//! ordinary word (`nick`, `will`). A capitalised word the lexicon knows as a
//! given name, right before a one-word person on the same line, with no other
//! name or title before it, opens that person's name.

use super::{Ctx, Pass, State};
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

#[cfg(test)]
mod tests {
    use super::super::tests::run_pass;
    use crate::engine::tagger::Label::Per;

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
}
