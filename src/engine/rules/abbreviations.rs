//! A state's or country's abbreviation in capitals (`NSW`, `KZN`, `DRC`) alone
//! is read by the tagger as an organisation, as most capitals-only words are;
//! when the gazetteer knows it whole as a country or region, it is that place.

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::{is_all_caps, with_title_case};
use crate::engine::lexicon::flags;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static REGION_ABBREVIATIONS: Pass = Pass {
    name: "region-abbreviations",
    reason: "a capitals-only abbreviation the gazetteer knows as a country or region, such as NSW, is that place",
    reads: "spans",
    writes: "spans (re-typed)",
    run: region_abbreviations,
};

/// The gazetteer's bits of a word that is or opens a place name.
const PLACE: u32 = flags::PLACE_FIRST | flags::COUNTRY | flags::CITY | flags::REGION;

/// Whether the word is such an abbreviation: three to five capitals the
/// gazetteer knows as a country or region, no whole name in capitals (`TEXAS`
/// in a results table) and no well-known organisation.
fn region_abbreviation(c: &Ctx, w: &str) -> bool {
    is_all_caps(w)
        && (3..=5).contains(&w.chars().count())
        && w.chars().all(char::is_alphabetic)
        && c.lex.word_flags(w) & (flags::COUNTRY | flags::REGION) != 0
        && with_title_case(w, |t| c.lex.word_flags(t)) & PLACE == 0
        && !words::KNOWN_ORGANISATIONS.contains(w)
}

/// Also one the tagger reads as another kind of name (`relations with the
/// DPRK`, read like a demonym).
fn region_abbreviations(c: &Ctx, st: &mut State) {
    let mut retype = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if matches!(x.label, Label::Org | Label::Misc)
            && x.e == x.s + 1
            && region_abbreviation(c, c.w(x.s))
        {
            retype.push(k);
        }
    }
    for k in retype {
        st.spans.retype(k, Label::Loc, REGION_ABBREVIATIONS.name);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn abbreviations_of_regions() {
        for (text, expected) in [
            (
                "NSW has changed premier since the vote.",
                &[("NSW", "place"), ("premier", "position")][..],
            ),
            ("The UN said aid would come.", &[]),
            ("TEXAS 75 58 .564", &[]),
            (
                "Talks with the DPRK resumed in Lisbon.",
                &[("DPRK", "place"), ("Lisbon", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
