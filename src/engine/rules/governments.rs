//! A place the gazetteer knows before `government` or `governor` is the place
//! governed: `the Ruritania government`, `the Valdora Governor`. The tagger
//! often reads it as part of an organisation or leaves it out.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static GOVERNMENT_PLACES: Pass = Pass {
    name: "government-places",
    reason: "a place the gazetteer knows before government or governor is the place governed",
    reads: "spans",
    writes: "spans (added, shortened, re-typed)",
    run: government_places,
};

/// The longest run of capitalised words ending before token `t` (up to three)
/// that is a place the gazetteer knows.
fn place_before(c: &Ctx, t: usize) -> Option<usize> {
    (t.saturating_sub(3)..t).find(|&s| (s..t).all(|u| c.cap(u)) && c.known_place(s, t))
}

fn government_places(c: &Ctx, st: &mut State) {
    let n = c.n;
    // The span holding each token (spans may overlap here: the last one wins).
    let mut span_at = vec![usize::MAX; n];
    for (k, x) in st.spans.iter().enumerate() {
        span_at[x.s..x.e].iter_mut().for_each(|v| *v = k);
    }
    let mut added = false;
    for t in 1..n {
        if !words::GOVERNMENT_WORDS.contains(c.w(t)) || c.newline(t) {
            continue;
        }
        let Some(s) = place_before(c, t) else {
            continue;
        };
        // Not part of a longer name: `Upper Valdora government`.
        if s > 0 && c.cap(s - 1) && !c.newline(s) {
            continue;
        }
        let k = span_at[s];
        if k == usize::MAX {
            if (s..t).all(|u| span_at[u] == usize::MAX) {
                st.spans.push(s, t, Label::Loc, GOVERNMENT_PLACES.name);
                added = true;
            }
            continue;
        }
        let (ks, ke, label) = st.spans[k].tuple();
        let holds_place = ks == s && (ke == t || ke == t + 1);
        if holds_place && (label != Label::Loc || ke != t) {
            st.spans.set(k, s, t, Label::Loc, GOVERNMENT_PLACES.name);
        }
    }
    if added {
        st.spans.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn governments_name_places() {
        for (text, expected) in [
            (
                "The court sent notices to the Kerala government on Friday.",
                &[("Kerala", "place")][..],
            ),
            (
                "He stays until the Bavaria Government's council meets.",
                &[("Bavaria", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
