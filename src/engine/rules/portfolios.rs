//! A portfolio's name alone (`the Energy brief`, `moved from Environment to
//! Health`) names a brief or a ministry, no place or person; the tagger reads
//! a capitalised one as a place.

use super::{Ctx, Pass, State};
use crate::engine::positions;
use crate::engine::tagger::Label;

pub(super) static PORTFOLIO_NAMES: Pass = Pass {
    name: "portfolio-names",
    reason: "a portfolio's name alone, such as Energy or Health, names a brief or a ministry, no place or person",
    reads: "spans",
    writes: "spans (removed)",
    run: portfolio_names,
};

/// A person or place span whose words, in lower case, are a portfolio of the
/// position lexicon, that the gazetteer knows as no place and that opens with
/// no given name, is dropped.
fn portfolio_names(c: &Ctx, st: &mut State) {
    st.spans.retain(|x| {
        if !matches!(x.label, Label::Loc | Label::Per) || x.e - x.s > 3 {
            return true;
        }
        // One word (most spans) is looked up as it is, no phrase built.
        let portfolio = if x.e == x.s + 1 {
            positions::is_portfolio(c.lower[x.s])
        } else {
            let words: Vec<&str> = (x.s..x.e).map(|t| c.lower[t]).collect();
            positions::is_portfolio(&words.join(" "))
        };
        !portfolio || c.known_place(x.s, x.e) || c.lex.is_given_name(c.w(x.s))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn portfolios_alone_are_no_names() {
        for (text, expected) in [
            ("He dropped the Energy brief on Monday.", &[][..]),
            (
                "Ana Ruiz moved from Environment to Health in the reshuffle.",
                &[("Ana Ruiz", "person")],
            ),
            // A place the gazetteer knows stays.
            ("She flew to Jordan on Monday.", &[("Jordan", "place")]),
        ] {
            check(text, expected);
        }
    }
}
