//! A single name right after a person's full name and of (`Regent Ana Ruiz of
//! Beatrice said`, `Rep. Ben Ode of Marlow`) is where the person is from or
//! sits for: a place, even when the word is also a given name. No person is
//! "of" another person.

use super::{glued, is_hyphen, Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static PARTY_HOMETOWNS: Pass = Pass {
    name: "party-hometowns",
    reason: "capitalised words after a party's initial and a hyphen, set off after a legislator's name (R-Oldtown, D-Fort Worth), name the home town or state, a place",
    reads: "spans",
    writes: "spans (added, split, re-typed)",
    run: party_hometowns,
};

/// The party and home of an American legislator, as the AP style writes them
/// after the name (`Sen. Ana Ruiz, R-Millbrook, said`, `Rep. Tomas Vell
/// (D-Fernview)`): `R`, `D` or `I` glued by a hyphen to capitalised words
/// that run to the comma or bracket closing the tag. Those words are the
/// place (the gold files' `R-[[Ohio|place]]`); the party's letter and the
/// hyphen are no part of it.
fn party_hometowns(c: &Ctx, st: &mut State) {
    let n = c.n;
    let mut new = Vec::new();
    let mut places = None;
    for t in 1..n.saturating_sub(2) {
        let tag = matches!(c.w(t), "R" | "D" | "I")
            && matches!(c.w(t - 1), "," | "(")
            && is_hyphen(c.w(t + 1))
            && glued(c.doc, t + 1)
            && glued(c.doc, t + 2)
            && c.cap(t + 2);
        if !tag {
            continue;
        }
        let mut e = t + 2;
        while e < n && e < t + 6 && (c.cap(e) || c.w(e) == ".") && !c.newline(e) {
            e += 1;
        }
        if e >= n || !matches!(c.w(e), "," | ")") {
            continue;
        }
        // A place span there already stays as it is.
        let places = places.get_or_insert_with(|| {
            let places: FxSet<(usize, usize)> = st
                .spans
                .iter()
                .filter(|x| x.label == Label::Loc)
                .map(|x| (x.s, x.e))
                .collect();
            places
        });
        if !places.contains(&(t + 2, e)) {
            new.push((t + 2, e, Label::Loc));
        }
    }
    if !new.is_empty() {
        st.spans.replace(new, PARTY_HOMETOWNS.name, false);
    }
}

pub(super) static HOMETOWNS: Pass = Pass {
    name: "hometowns",
    reason: "a single name after a person's full name and of is the place the person is from",
    reads: "spans",
    writes: "spans (re-typed)",
    run: hometowns,
};

fn hometowns(c: &Ctx, st: &mut State) {
    // Where a full name (a person span of two or more words) ends.
    let mut full_name_end = vec![false; c.n + 1];
    for x in st.spans.iter() {
        if x.label == Label::Per && x.e - x.s >= 2 {
            full_name_end[x.e] = true;
        }
    }
    let full_name_ends_at = |t: usize| full_name_end[t];
    let mut retype = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label == Label::Per
            && x.e == x.s + 1
            && x.s >= 2
            && c.w(x.s - 1) == "of"
            && !c.cap(x.e)
            && full_name_ends_at(x.s - 1)
        {
            retype.push(k);
        }
    }
    for k in retype {
        st.spans.retype(k, Label::Loc, HOMETOWNS.name);
    }
}

pub(super) static PERSONS_OF_PLACES: Pass = Pass {
    name: "persons-of-places",
    reason: "a full name opening with a given name, then of and a place, read as one organisation, is a person and the place they are from",
    reads: "spans",
    writes: "spans (split, re-typed)",
    run: persons_of_places,
};

/// `Ram Bahadur Thapa of Kessel district`, `Ana Ruiz of Oldport`: South
/// Asian and local news name a person with their home district or town,
/// which the tagger reads as one organisation's name. Split where the words
/// before `of` open with a given name and hold no organisation's word, and
/// the words after it are a place the gazetteer knows or stand before a
/// kind of place (`district`, `village`).
fn persons_of_places(c: &Ctx, st: &mut State) {
    let plain = |t: usize| {
        c.name_word(t)
            && !words::ORG_WORDS.contains(c.lower[t])
            && !words::ORG_HEADS.contains(c.w(t))
    };
    let mut split = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label != Label::Org || x.e - x.s < 4 || !c.lex.is_given_name(c.w(x.s)) {
            continue;
        }
        let Some(of) = (x.s + 2..x.e - 1).find(|&t| c.lower[t] == "of") else {
            continue;
        };
        let kind_after = x.e < c.n && words::PLACE_KINDS.contains(c.lower[x.e]);
        let person = of - x.s <= 4 && (x.s..of).all(plain);
        let place = x.e - of <= 4 && (of + 1..x.e).all(plain);
        if person && place && (kind_after || c.known_place(of + 1, x.e)) {
            split.push((k, of));
        }
    }
    for &(k, of) in split.iter().rev() {
        let x = st.spans.remove(k);
        st.spans.push(x.s, of, Label::Per, PERSONS_OF_PLACES.name);
        st.spans
            .push(of + 1, x.e, Label::Loc, PERSONS_OF_PLACES.name);
    }
    if !split.is_empty() {
        st.spans.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn party_hometowns_are_places() {
        check(
            "State Sen. Paul Drasko, R-Millbrook, filed the bill.",
            &[
                ("Sen.", "position"),
                ("Paul Drasko", "person"),
                ("Millbrook", "place"),
            ],
        );
        check(
            "Rep. Joan Adair (D-Fern Valley) voted against it.",
            &[
                ("Rep.", "position"),
                ("Joan Adair", "person"),
                ("Fern Valley", "place"),
            ],
        );
    }

    #[test]
    fn hometowns_after_full_names() {
        for (text, expected) in [
            (
                "Following the vote, Regent Rob Kessel of Beatrice said the board understood.",
                &[
                    ("Regent", "position"),
                    ("Rob Kessel", "person"),
                    ("Beatrice", "place"),
                ][..],
            ),
            (
                "Rob Kessel of Marlow and Ana Ruiz spoke.",
                &[
                    ("Rob Kessel", "person"),
                    ("Marlow", "place"),
                    ("Ana Ruiz", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn persons_of_places_split() {
        for (text, expected) in [
            (
                "Ram Bahadur Kessel of Dorvel district was elected chairman.",
                &[
                    ("Ram Bahadur Kessel", "person"),
                    ("Dorvel", "place"),
                    ("chairman", "position"),
                ][..],
            ),
            // An organisation's word keeps the name whole.
            ("Ana Ruiz Bank of Dorvel district opened.", &[]),
        ] {
            check(text, expected);
        }
    }
}
