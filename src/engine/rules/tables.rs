//! Teams in results and standings lines are no persons: a lone word followed by
//! numbers to the end of its line (`Kordel ( B ) 4 1 1 2 2 3 4`), or opening a
//! score line (`Zarvik 1 Kordel ( B ) 0`). Players keep their full names.

use super::{full_name_words, Ctx, Pass, State};
use crate::engine::tagger::Label;

pub(super) static RESULTS_TABLES: Pass = Pass {
    name: "results-tables",
    reason: "a lone word before a line of numbers is a team in a results table",
    reads: "spans",
    writes: "spans (removed)",
    run: results_tables,
};

fn results_tables(c: &Ctx, st: &mut State) {
    let (n, w) = (c.n, |t: usize| c.w(t));
    let full = full_name_words(c.doc, &st.spans);
    let number = |t: usize| {
        t < n
            && w(t)
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
    };
    st.spans.retain(|x| {
        let (s, e, l) = x.tuple();
        if l != Label::Per || e != s + 1 || full.contains(w(s)) {
            return true;
        }
        let mut t = e;
        // Past a parenthesis: `( B )`.
        if t + 2 < n && w(t) == "(" && w(t + 2) == ")" {
            t += 3;
        }
        let start = t;
        while t < n && number(t) && (t == start || !c.newline(t)) {
            t += 1;
        }
        let numbers = t - start;
        let line_ends = t >= n || c.newline(t);
        let standings = numbers >= 3 && line_ends;
        let score_line = numbers == 1 && (s == 0 || c.newline(s)) && t < n && c.cap(t);
        !(standings || score_line)
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn tables_teams_are_no_persons() {
        for (text, expected) in [
            (
                "Standings:\nKordel 4 1 1 2 2 3 4\nZarvik 4 0 2 2 1 5 2",
                &[][..],
            ),
            ("Results:\nKordel 2 Zarvik 1", &[]),
        ] {
            check(text, expected);
        }
    }
}
