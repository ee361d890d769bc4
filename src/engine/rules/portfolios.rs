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

/// Whether the words `s..e` are portfolios of the position lexicon, one or a
/// list of them joined by `and` or commas (`Economy and Finance`, `Justice,
/// Lands and Housing`), each of one to three words.
fn portfolio_list(c: &Ctx, s: usize, e: usize) -> bool {
    let mut part = s;
    for t in s..=e {
        if t < e && !matches!(c.lower[t], "and" | ",") {
            continue;
        }
        if t == part || t - part > 3 {
            return false;
        }
        let words: Vec<&str> = (part..t).map(|u| c.lower[u]).collect();
        if !positions::is_portfolio(&words.join(" ")) {
            return false;
        }
        part = t + 1;
    }
    true
}

/// A person or place span whose words, in lower case, are a portfolio of the
/// position lexicon, that the gazetteer knows as no place and that opens with
/// no given name, is dropped; so is one of several words whose words are a
/// portfolio the lexicon lists whole (`Marine Resources`, `Urban Development`,
/// `Early Childhood`, whose first words are also given names) or a list of
/// portfolios (`Economy and Finance`), as ministries' names and cabinets'
/// lists spell them.
fn portfolio_names(c: &Ctx, st: &mut State) {
    st.spans.retain(|x| {
        if !matches!(x.label, Label::Loc | Label::Per) || x.e - x.s > 7 {
            return true;
        }
        // One word (most spans) is looked up as it is, no phrase built, and
        // asked of the gazetteer only when it is a portfolio.
        if x.e == x.s + 1 {
            return !positions::is_portfolio(c.lower[x.s])
                || c.lex.is_given_name(c.w(x.s))
                || c.known_place(x.s, x.e);
        }
        c.known_place(x.s, x.e) || !portfolio_list(c, x.s, x.e)
    });
}

pub(super) static PERSONS_BEFORE_BRIEFS: Pass = Pass {
    name: "persons-before-briefs",
    reason: "a person's name that runs on into for and a portfolio (Ana Ruiz for Health, in a cabinet's list) ends before for",
    reads: "spans",
    writes: "spans (shortened)",
    run: persons_before_briefs,
};

/// A person span of two or more words, then `for` and a portfolio or a list
/// of them to its end (`Luis Mora for Health`, `Eva Gil for Economy and
/// Finance`, as agencies list a new cabinet), ends before `for`.
fn persons_before_briefs(c: &Ctx, st: &mut State) {
    let cuts: Vec<(usize, usize, usize)> = st
        .spans
        .iter()
        .enumerate()
        .filter(|(_, x)| x.label == Label::Per)
        .filter_map(|(i, x)| {
            let f = (x.s + 2..x.e.saturating_sub(1)).find(|&t| c.lower[t] == "for")?;
            portfolio_list(c, f + 1, x.e).then_some((i, x.s, f))
        })
        .collect();
    for (i, s, f) in cuts {
        st.spans
            .set(i, s, f, Label::Per, PERSONS_BEFORE_BRIEFS.name);
    }
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
            // Portfolios inside a ministry's name, whose first words are
            // also given names, and a list of portfolios.
            (
                "Tom Reyes, Parliamentary Secretary, Ministry of Agriculture and Marine Resources, spoke.",
                &[("Tom Reyes", "person"), ("Parliamentary Secretary", "position")],
            ),
            (
                "Lia Moss, minister in the Ministry of Housing and Urban Development, spoke.",
                &[("Lia Moss", "person"), ("minister", "position")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn persons_before_briefs() {
        for (text, expected) in [
            (
                "The president kept Ana Ruiz for Economy and Finance, Tomas Vela for Health and Eva Gil for Education.",
                &[
                    ("president", "position"),
                    ("Ana Ruiz", "person"),
                    ("Tomas Vela", "person"),
                    ("Eva Gil", "person"),
                ][..],
            ),
            // Not a name's own `for`.
            (
                "Ana Ruiz thanked the Friends for Peace on Monday.",
                &[("Ana Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
