//! A name in brackets right after a person's full name, in a list of
//! appointments (`Ana Ruiz (Kessaro), Tomas Vell (Dorvel) and …`), is the
//! place each is posted to or comes from, as outlets write lists of county
//! commissioners, regional commissioners or governors: once the list holds
//! two places the gazetteer knows, every such name of it; never in an
//! article with a sports squad or results (`squad-words.txt`).

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static BRACKETED_PLACES: Pass = Pass {
    name: "bracketed-places",
    reason: "a name in brackets after a person's full name, in a list of such names with known places, is the place the person is posted to",
    reads: "spans",
    writes: "spans (added, re-typed)",
    run: bracketed_places,
};

/// The words in brackets right after a full person name ending at `e`: one
/// to three capitalised words with a lower-case letter (no party's initials),
/// on one line.
fn bracketed_after(c: &Ctx, e: usize) -> Option<(usize, usize)> {
    if e >= c.n || c.w(e) != "(" {
        return None;
    }
    let s = e + 1;
    let mut t = s;
    while t < c.n
        && t - s < 3
        && c.name_word(t)
        && c.w(t).chars().any(char::is_lowercase)
        && !c.newline(t)
    {
        t += 1;
    }
    (t > s && t < c.n && c.w(t) == ")" && !c.newline(t)).then_some((s, t))
}

fn bracketed_places(c: &Ctx, st: &mut State) {
    let found: Vec<(usize, usize)> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s >= 2)
        .filter_map(|x| bracketed_after(c, x.e))
        .collect();
    // A sports squad's or results' list names clubs and countries.
    if found.len() < 2 || c.lower.iter().any(|w| words::SQUAD_WORDS.contains(w)) {
        return;
    }
    // Each sentence's list: two places the gazetteer knows, and no party
    // (`(Labour)`) or portfolio (`(Finance)`) read otherwise.
    let sentence = c.doc.sentence_of_tokens();
    let mut new = Vec::new();
    for list in found.chunk_by(|a, b| sentence[a.0] == sentence[b.0]) {
        let known = list.iter().filter(|&&(s, e)| c.known_place(s, e)).count();
        let party = list
            .iter()
            .any(|&(s, e)| (s..e).any(|t| words::HOLD_PARTY_WORDS.contains(c.w(t))));
        if known >= 2 && !party {
            new.extend(list.iter().map(|&(s, e)| (s, e, Label::Loc)));
        }
    }
    if !new.is_empty() {
        st.spans.replace(new, BRACKETED_PLACES.name, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn bracketed_places_in_lists_of_postings() {
        check(
            "Commissioners Ana Ruiz (Nairobi), Tomas Vell (Mombasa) and Ivo Lanz (Murvell) moved.",
            &[
                ("Ana Ruiz", "person"),
                ("Nairobi", "place"),
                ("Tomas Vell", "person"),
                ("Mombasa", "place"),
                ("Ivo Lanz", "person"),
                ("Murvell", "place"),
            ],
        );
    }

    #[test]
    fn bracketed_places_need_a_list_with_known_places() {
        for (text, expected) in [
            // One known place is no list of postings.
            (
                "Ana Ruiz (Nairobi) and Tomas Vell (Dorvel) spoke.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Nairobi", "place"),
                    ("Tomas Vell", "person"),
                ][..],
            ),
            // Another sentence's list of portfolios, after a list of postings.
            (
                "Ana Ruiz (Mombasa) and Ivo Lanz (Nairobi) stay. Tomas Vell (Finance) and Eva Dorn (Works) go.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Mombasa", "place"),
                    ("Ivo Lanz", "person"),
                    ("Nairobi", "place"),
                    ("Tomas Vell", "person"),
                    ("Eva Dorn", "person"),
                ],
            ),
            // A squad: players' clubs.
            (
                "Defenders - Ana Ruiz (Mombasa), Ivo Lanz (Nairobi).",
                &[
                    ("Ana Ruiz", "person"),
                    ("Mombasa", "place"),
                    ("Ivo Lanz", "person"),
                    ("Nairobi", "place"),
                ],
            ),
            // A party in brackets: a list of members, not of postings.
            (
                "Ana Ruiz (Mombasa), Ivo Lanz (Labour) and Tomas Vell (Nairobi) spoke.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Mombasa", "place"),
                    ("Ivo Lanz", "person"),
                    ("Tomas Vell", "person"),
                    ("Nairobi", "place"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }
}
