//! A nickname in quotes inside a person's name is part of it: `Christopher
//! “Kit” Marlowe` is one person, not `Christopher`, `Kit` and `Marlowe`.

use super::{is_close_quote, is_open_quote, Ctx, Pass, State};
use crate::engine::tagger::Label;

pub(super) static NICKNAMES: Pass = Pass {
    name: "nicknames",
    reason: "a nickname in quotes between a given name and a surname is part of the person's name",
    reads: "spans",
    writes: "spans (joined)",
    run: nicknames,
};

/// A capitalised word in quotes between two name words, one of them in a
/// person's span or a given name: the whole is one person.
fn nicknames(c: &Ctx, st: &mut State) {
    let n = c.n;
    // The person span holding each token, as (start, end).
    let mut person_at = vec![None; n];
    for x in st.spans.iter().filter(|x| x.label == Label::Per) {
        person_at[x.s..x.e]
            .iter_mut()
            .for_each(|v| *v = Some((x.s, x.e)));
    }
    let mut joined = Vec::new();
    for t in 1..n.saturating_sub(3) {
        let quoted = is_open_quote(c.w(t))
            && c.name_word(t - 1)
            && c.cap(t + 1)
            && is_close_quote(c.w(t + 2))
            && c.name_word(t + 3)
            && !(t..t + 4).any(|u| c.newline(u));
        if !quoted {
            continue;
        }
        let (before, after) = (person_at[t - 1], person_at[t + 3]);
        let given = c.lex.is_given_name(c.w(t - 1));
        if before.is_none() && after.is_none() || !(given || before.is_some()) {
            continue;
        }
        let s = before.map_or(t - 1, |x| x.0);
        let e = after.map_or(t + 4, |x| x.1);
        joined.push((s, e, Label::Per));
    }
    if !joined.is_empty() {
        st.spans.replace(joined, NICKNAMES.name, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn nicknames_inside_names() {
        for (text, expected) in [
            (
                "Yesterday Bartholomew “Bart” Oyelaran said the plan worked.",
                &[("Bartholomew “Bart” Oyelaran", "person")][..],
            ),
            (
                "The striker Rosalind \"Roz\" Kettering scored twice.",
                &[("Rosalind \"Roz\" Kettering", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
