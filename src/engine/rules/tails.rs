//! The tails of full names: `De la Cruz` after `Rosa de la Cruz`, a hyphenated
//! tail left untagged (`Okonkwo-Ibe said` after `Ada Okonkwo-Ibe`) and a
//! surname re-mentioned with its particles (`van der Berg`).

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static FULL_NAME_TAILS: Pass = Pass {
    name: "full-name-tails",
    reason: "the end of a person's full name named earlier in the article",
    reads: "spans",
    writes: "spans (re-typed, added, extended)",
    run: full_name_tails,
};

fn full_name_tails(c: &Ctx, st: &mut State) {
    let (n, by) = (c.n, FULL_NAME_TAILS.name);
    let particle = |t: usize| words::NAME_PARTICLES.contains(c.w(t));
    let text = |s: usize, e: usize| c.doc.span_text(s, e).to_lowercase();
    let tails: FxSet<String> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s > 1)
        .flat_map(|x| {
            (x.s + 1..x.e)
                .filter(|&b| c.cap(b) || particle(b))
                .map(move |b| text(b, x.e))
        })
        .collect();
    // The tail of a full name read as something else is that person.
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label != Label::Per && tails.contains(&text(x.s, x.e)) {
            st.spans.retype(k, Label::Per, by);
        }
    }
    // A hyphenated tail of a full name, left untagged.
    for t in 0..n.saturating_sub(2) {
        if c.name_word(t)
            && c.tight_hyphen(t + 1)
            && c.name_word(t + 2)
            && (t..t + 3).all(|k| st.spans.is_o(k))
            && !(t + 3 < n && super::is_hyphen(c.w(t + 3)) && super::glued(c.doc, t + 3))
            && tails.contains(&text(t, t + 3))
        {
            st.spans.push(t, t + 3, Label::Per, by);
        }
    }
    st.spans.sort();
    // A surname re-mentioned with its lower-case particles.
    let snapshot = st.spans.cover().clone();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        let mut b = x.s;
        while b > 0 && particle(b - 1) && snapshot.is_o(b - 1) {
            b -= 1;
        }
        if x.label == Label::Per && b < x.s && tails.contains(&text(b, x.e)) {
            st.spans.set(k, b, x.e, x.label, by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn tails_of_full_names() {
        for (text, expected) in [
            (
                "Rosa de la Cruz won. Later de la Cruz thanked her team.",
                &[("Rosa de la Cruz", "person"), ("de la Cruz", "person")][..],
            ),
            (
                "Ada Okonkwo-Ibe spoke. Okonkwo-Ibe said more.",
                &[("Ada Okonkwo-Ibe", "person"), ("Okonkwo-Ibe", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
