//! One name, one kind: a name read as a person in some places and a place in
//! others (`Marenka said …`, `in Marenka`) takes the kind most of its mentions
//! have.

use super::{Candidate, Ctx, Pass, State};
use crate::engine::annotation::Kind;
use crate::engine::lexicon::casing::FxMap;
use crate::engine::tokenize::Doc;

pub(super) static KINDS: Pass = Pass {
    name: "kinds",
    reason: "read as the kind most mentions of the same name have in this article",
    reads: "candidates",
    writes: "candidates (re-typed, sorted, never overlapping)",
    run: kinds,
};

fn kinds(c: &Ctx, st: &mut State) {
    consistent_kinds(c.doc, &mut st.out);
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

/// Gives every mention of the same text the majority kind among its person
/// and place readings (ties keep each reading).
fn consistent_kinds(doc: &Doc, out: &mut [Candidate]) {
    let mut votes: FxMap<&str, (usize, usize)> = FxMap::default();
    for c in out.iter() {
        let v = votes.entry(doc.span_text(c.start, c.end)).or_default();
        match c.kind {
            Kind::Person => v.0 += 1,
            Kind::Place => v.1 += 1,
            Kind::Position => {}
        }
    }
    for c in out.iter_mut().filter(|c| c.kind != Kind::Position) {
        let text = doc.span_text(c.start, c.end);
        let (per, loc) = votes[text];
        let kind = match per.cmp(&loc) {
            std::cmp::Ordering::Greater => Kind::Person,
            std::cmp::Ordering::Less => Kind::Place,
            std::cmp::Ordering::Equal => c.kind,
        };
        if kind != c.kind {
            c.kind = kind;
            c.reason = format!(
                "read as a {} here, like most mentions of “{text}” in this article",
                if kind == Kind::Person {
                    "person"
                } else {
                    "place"
                }
            )
            .into();
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
        ] {
            check(text, expected);
        }
    }
}
