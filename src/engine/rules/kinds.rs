//! One name, one kind: a name read as a person in some places and a place in
//! others (`Marenka said …`, `in Marenka`) takes the kind most of its mentions
//! have. A name the article itself calls a place (`the village of Marenka`,
//! `Marenka, a town in …`, `Marenka district`) is a place wherever only the
//! tagger read it as a person.

use super::{appositions, places, Candidate, Ctx, Pass, State, TAGGER_PERSON};
use crate::engine::annotation::Kind;
use crate::engine::lexicon::casing::FxMap;
use crate::engine::words;

pub(super) static KINDS: Pass = Pass {
    name: "kinds",
    reason: "read as the kind most mentions of the same name have in this article, or a place wherever the article calls it a place by its kind",
    reads: "candidates",
    writes: "candidates (re-typed, sorted, never overlapping)",
    run: kinds,
};

fn kinds(c: &Ctx, st: &mut State) {
    consistent_kinds(c, &mut st.out);
    st.out.sort_by_key(|x| (x.start, x.end));
    // The contract: sorted, never overlapping (the passes before keep it; this
    // keeps it whatever a future pass does).
    let mut end = 0;
    st.out.retain(|x| {
        let keep = x.start >= end && x.end > x.start;
        if keep {
            end = x.end;
        }
        keep
    });
}

/// Whether a place reading came from the article's own word for the place's
/// kind: `the village of Marenka` (whoever read it), `Marenka, a town in …`,
/// `Marenka district`.
fn kind_named_place(c: &Ctx, x: &Candidate) -> bool {
    let after_kind_of = x.start >= 2
        && c.lower[x.start - 1] == "of"
        && words::PLACE_KINDS.contains(c.lower[x.start - 2]);
    x.kind == Kind::Place
        && (after_kind_of
            || [
                &places::PLACES_AFTER_KINDS,
                &places::PLACES_BEFORE_KINDS,
                &appositions::PLACE_APPOSITIONS,
            ]
            .iter()
            .any(|p| x.reason.as_ref() == p.reason))
}

/// Gives every mention of the same text the majority kind among its person
/// and place readings (ties keep each reading); a name the article calls a
/// place by its kind is a place wherever only the tagger read a person.
fn consistent_kinds(cx: &Ctx, out: &mut [Candidate]) {
    let doc = cx.doc;
    let mut votes: FxMap<&str, (usize, usize, bool)> = FxMap::default();
    for c in out.iter() {
        let v = votes.entry(doc.span_text(c.start, c.end)).or_default();
        match c.kind {
            Kind::Person => v.0 += 1,
            Kind::Place => v.1 += 1,
            Kind::Position => {}
        }
        v.2 |= kind_named_place(cx, c);
    }
    for c in out.iter_mut().filter(|c| c.kind != Kind::Position) {
        let text = doc.span_text(c.start, c.end);
        let (per, loc, named_place) = votes[text];
        let kind = match per.cmp(&loc) {
            _ if named_place && (c.kind == Kind::Place || c.reason.as_ref() == TAGGER_PERSON) => {
                Kind::Place
            }
            std::cmp::Ordering::Greater => Kind::Person,
            std::cmp::Ordering::Less => Kind::Place,
            std::cmp::Ordering::Equal => c.kind,
        };
        if kind != c.kind {
            c.kind = kind;
            c.reason = if named_place {
                format!("a place here, as the article calls “{text}” a place by its kind").into()
            } else {
                format!(
                    "read as a {} here, like most mentions of “{text}” in this article",
                    if kind == Kind::Person {
                        "person"
                    } else {
                        "place"
                    }
                )
                .into()
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn kinds_one_name_one_kind() {
        for (text, expected) in [
            (
                "Talks opened in Lisbon. Lisbon hosted the delegates.",
                &[("Lisbon", "place"), ("Lisbon", "place")][..],
            ),
            (
                "Ana Ruiz spoke before Ruiz left.",
                &[("Ana Ruiz", "person"), ("Ruiz", "person")],
            ),
            (
                "The village of Marenka was worst hit. Marenka lost its school, and Marenka mourned.",
                &[("Marenka", "place"), ("Marenka", "place"), ("Marenka", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
