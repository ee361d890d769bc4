//! Streets are places: `Kofi Amadu Street` (the tagger may read a person and a
//! place), `Rua Nova`, `Avenida Ana Duarte`.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

/// Whether `w` ends a street's name (`Street`, `Rd.`).
pub(super) fn street_after(w: &str) -> bool {
    words::STREET_WORDS.contains(w) || words::STREET_ABBREVIATIONS.contains(w)
}

pub(super) static STREET_JOINS: Pass = Pass {
    name: "street-joins",
    reason: "a name directly before a street's name is part of the street",
    reads: "spans",
    writes: "spans (joined)",
    run: street_joins,
};

/// Joins a name directly followed by a place ending in a street word into one
/// place: the model may read `Kofi Amadu Street` as `Kofi` (person) + `Amadu
/// Street` (place).
fn street_joins(c: &Ctx, st: &mut State) {
    let m = st.spans.len();
    // `left[k]`: span k opens a join with span k + 1.
    let mut left = vec![false; m];
    for k in 1..m {
        let (a, b) = (st.spans[k - 1], st.spans[k]);
        if a.e == b.s && b.label == Label::Loc && words::STREET_WORDS.contains(c.w(b.e - 1)) {
            left[k - 1] = true;
        }
    }
    if !left.contains(&true) {
        return;
    }
    // Span k + 1 joins span k unless it opens a join itself (then span k is
    // a place of its own).
    let mut k = m;
    while k > 1 {
        k -= 1;
        if left[k - 1] {
            let (a, b) = (st.spans[k - 1], st.spans[k]);
            if left[k] {
                st.spans.retype(k - 1, Label::Loc, STREET_JOINS.name);
            } else {
                st.spans.remove(k);
                st.spans.set(k - 1, a.s, b.e, Label::Loc, STREET_JOINS.name);
            }
        }
    }
}

pub(super) static STREETS: Pass = Pass {
    name: "streets",
    reason: "a name with a street word before or after it is a street",
    reads: "spans",
    writes: "spans (extended, re-typed, added)",
    run: streets,
};

/// Streets: `Tom Okello Street`, `Avenida Ana Duarte Lima`.
fn streets(c: &Ctx, st: &mut State) {
    let by = STREETS.name;
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.e < c.n && street_after(c.w(x.e)) && !c.newline(x.e) {
            st.spans.set(k, x.s, x.e + 1, Label::Loc, by);
        } else if street_after(c.w(x.e - 1))
            && x.e - x.s > 1
            && !super::places::surname_head(c, st, k)
        {
            // (Not a person whose surname is a street's word: `Mayor Carl
            // Lane said`.)
            st.spans.retype(k, Label::Loc, by);
        }
    }
    for t in 0..c.n {
        if st.spans.is_o(t) && c.cap(t + 1) && words::STREET_BEFORE.contains(c.w(t)) {
            let mut e = t + 1;
            while e < c.n
                && (c.cap(e) || (words::NAME_PARTICLES.contains(c.w(e)) && c.cap(e + 1)))
                && !c.newline(e)
            {
                e += 1;
            }
            st.spans.retain(|x| x.e <= t || x.s >= e);
            st.spans.push(t, e, Label::Loc, by);
        }
    }
    let snapshot = st.spans.cover().clone();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if street_after(c.w(x.e - 1)) && x.label == Label::Loc {
            let mut b = x.s;
            while b > 0 && c.name_word(b - 1) && snapshot.is_o(b - 1) && !c.newline(b) {
                b -= 1;
            }
            st.spans.set(k, b, x.e, x.label, by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn streets_are_places() {
        for (text, expected) in [
            (
                "Protesters marched down Kofi Amadu Street on Friday.",
                &[("Kofi Amadu Street", "place")][..],
            ),
            ("The shop on Rua Nova closed.", &[("Rua Nova", "place")]),
            // A person whose surname is a street's word, by a post or a
            // speech verb.
            (
                "Mayor Carl Lane said the road on Kofi Amadu Street would open.",
                &[
                    ("Mayor", "position"),
                    ("Carl Lane", "person"),
                    ("Kofi Amadu Street", "place"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }
}
