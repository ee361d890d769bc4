//! A single name right after a person's full name and of (`Regent Ana Ruiz of
//! Beatrice said`, `Rep. Ben Ode of Marlow`) is where the person is from or
//! sits for: a place, even when the word is also a given name. No person is
//! "of" another person.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;

pub(super) static HOMETOWNS: Pass = Pass {
    name: "hometowns",
    reason: "a single name after a person's full name and of is the place the person is from",
    reads: "spans",
    writes: "spans (re-typed)",
    run: hometowns,
};

fn hometowns(c: &Ctx, st: &mut State) {
    let full_name_ends_at = |t: usize| {
        st.spans
            .iter()
            .any(|x| x.e == t && x.label == Label::Per && x.e - x.s >= 2)
    };
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

#[cfg(test)]
mod tests {
    use super::super::tests::check;

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
}
