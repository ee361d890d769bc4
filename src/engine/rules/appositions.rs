//! Places named by what the article says they are: `Mbakove, a town in northern
//! Oldland,` or `Tavoni is a small port city on the coast`. A name set off by a
//! comma (or followed by `is` or `was`), then `a`, `an` or `the`, a few words and
//! a noun for a kind of place (town, village, district, island, ...) that ends
//! the phrase or goes on with where it lies (`in`, `near`, `on`, `north of`,
//! `about 40 km from`) is a place, and so is every lone mention of it, whatever
//! the tagger read. Newspapers everywhere introduce a place they expect readers
//! not to know this way, and those are the places the tagger knows least.

use super::{full_name_words, Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static PLACE_APPOSITIONS: Pass = Pass {
    name: "place-appositions",
    reason: "a name the article calls a town, village, district or other kind of place (Mbakove, a town in ...) is that place",
    reads: "spans",
    writes: "spans (re-typed)",
    run: place_appositions,
};

/// Whether the words from `e` say what the name before them is: a comma (or
/// `is`/`was`), an article, at most three modifiers and a settlement noun that
/// ends the phrase or says where the place lies.
fn calls_a_place(c: &Ctx, e: usize) -> bool {
    let n = c.n;
    if e + 2 >= n || !matches!(c.lower[e], "," | "is" | "was") {
        return false;
    }
    if !matches!(c.lower[e + 1], "a" | "an" | "the") {
        return false;
    }
    let mut t = e + 2;
    while t < n && t < e + 6 {
        let w = c.lower[t];
        // `a port town`, `a port city`: the last of the nouns counts.
        if words::SETTLEMENT_NOUNS.contains(w)
            && !(t + 1 < n && words::SETTLEMENT_NOUNS.contains(c.lower[t + 1]))
        {
            return t + 1 >= n || lies(c, t + 1);
        }
        // Modifiers: lower-case words, numbers (`a 3,000-strong town`), or a
        // capitalised adjective (`a Kurdish town`), never a phrase's end.
        if matches!(
            w,
            "," | "." | ";" | ":" | "of" | "for" | "and" | "who" | "whose"
        ) {
            return false;
        }
        t += 1;
    }
    false
}

/// Whether the word at `t`, after a settlement noun, ends the apposition or
/// says where the place lies.
fn lies(c: &Ctx, t: usize) -> bool {
    matches!(
        c.lower[t],
        "," | "."
            | ";"
            | ")"
            | "in"
            | "of"
            | "near"
            | "on"
            | "outside"
            | "along"
            | "close"
            | "about"
            | "some"
            | "just"
            | "roughly"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "that"
            | "which"
            | "where"
            | "bordering"
            | "located"
            | "home"
    )
}

fn place_appositions(c: &Ctx, st: &mut State) {
    let text = |s: usize, e: usize| c.doc.span_text(s, e);
    // One or two words, the second not after a given name (`Ana Ruiz, a town
    // councillor` is a person: the noun does not end the phrase anyway).
    let short = |s: usize, e: usize| e == s + 1 || (e == s + 2 && !c.lex.is_given_name(c.w(s)));
    let called: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label != Label::Loc && short(x.s, x.e) && calls_a_place(c, x.e))
        .map(|x| text(x.s, x.e))
        .collect();
    if called.is_empty() {
        return;
    }
    let in_names = full_name_words(c.doc, &st.spans);
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label != Label::Loc
            && short(s, e)
            && !(e == s + 1 && in_names.contains(c.w(s)))
            && called.contains(text(s, e))
        {
            st.spans.retype(k, Label::Loc, PLACE_APPOSITIONS.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, run_pass};
    use crate::engine::tagger::Label::{Loc, Org, Per};

    #[test]
    fn appositions_places_called_so() {
        check(
            "Gunmen attacked Mbakove, a town in northern Oldland, on Sunday.",
            &[("Mbakove", "place"), ("Oldland", "place")],
        );
        for (text, tagged, expected) in [
            (
                "Tavoni, a small port town on the coast, flooded. Tavoni was empty.",
                &[(0, 1, Per), (12, 1, Per)][..],
                &[("Tavoni", Loc), ("Tavoni", Loc)][..],
            ),
            (
                "Kessa is a remote village about 40 km from the border.",
                &[(0, 1, Org)],
                &[("Kessa", Loc)],
            ),
            // A capital or a state: the kind of a governed place too.
            (
                "Kessa is the capital of the state. Kessa grew fast.",
                &[(0, 1, Per), (8, 1, Per)],
                &[("Kessa", Loc), ("Kessa", Loc)],
            ),
            // A person or a post set off the same way is no place.
            (
                "Ana Ruiz, a town councillor, spoke.",
                &[(0, 2, Per)],
                &[("Ana Ruiz", Per)],
            ),
            (
                "Dorvel, the city's mayor, spoke.",
                &[(0, 1, Per)],
                &[("Dorvel", Per)],
            ),
        ] {
            let found = run_pass(&super::PLACE_APPOSITIONS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
