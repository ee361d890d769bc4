//! A place of several words that the gazetteer knows, which the tagger split
//! into pieces (`Kessaro Ghazi Khan` read as a place and a person, `Dar es
//! Salaam` as two places), is one place; so is such a place written in
//! capitals at a line's start before a colon or a dash, a dateline (`KESSARO
//! GHAZI KHAN: The police said …`), that the tagger left unread or read as a
//! person. Many South Asian and East African towns have names that look like a
//! person's (`… Khan`, `… Singh`, `… Sahib`) or hold a lower-case particle.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;

pub(super) static SPLIT_PLACES: Pass = Pass {
    name: "split-places",
    reason: "a place of several words the gazetteer knows, split by the tagger or written in capitals as a dateline, is one place",
    reads: "spans",
    writes: "spans (joined, added, re-typed)",
    run: split_places,
};

/// Whether token `t` ends a dateline's place: a colon or a dash after it.
fn dateline_mark(c: &Ctx, t: usize) -> bool {
    t < c.n && matches!(c.w(t), ":" | "-" | "–" | "—" | ",")
}

/// Whether every letter of the words `s..e` is a capital.
fn shouting(c: &Ctx, s: usize, e: usize) -> bool {
    (s..e).all(|t| {
        let w = c.w(t);
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    })
}

fn split_places(c: &Ctx, st: &mut State) {
    let n = c.n;
    // The spans holding each token, indexed once (the pass stays linear):
    // token `u`'s are `held[at[u]..at[u + 1]]`, in list order.
    let mut at = vec![0usize; n + 1];
    for x in st.spans.iter() {
        for u in x.s..x.e {
            at[u + 1] += 1;
        }
    }
    for u in 0..n {
        at[u + 1] += at[u];
    }
    let mut held = vec![0usize; at[n]];
    let mut fill = at.clone();
    for (k, x) in st.spans.iter().enumerate() {
        for u in x.s..x.e {
            held[fill[u]] = k;
            fill[u] += 1;
        }
    }
    let mut found: Vec<(usize, usize, Label)> = Vec::new();
    let mut words: Vec<&str> = Vec::with_capacity(5);
    let mut t = 0;
    while t < n {
        let opens_run = c.cap(t) && (t == 0 || c.newline(t) || !c.name_word(t - 1));
        if !opens_run {
            t += 1;
            continue;
        }
        // Several words only: the next word capitalised, or a lower-case
        // particle and a capitalised word (`Dar es Salaam`); most runs are
        // one word, and the gazetteer is not asked for them.
        let more = t + 1 < n
            && !c.newline(t + 1)
            && (c.cap(t + 1) || (t + 2 < n && !c.newline(t + 2) && c.cap(t + 2)));
        if !more {
            t += 1;
            continue;
        }
        words.clear();
        words.extend((t..n.min(t + 5)).map(|u| c.w(u)));
        let Some((k, _)) = c.lex.longest_place(&words) else {
            t += 1;
            continue;
        };
        let e = t + k;
        // Several words on one line, closing with a capitalised one (a
        // particle such as `es` only inside) and joining none with `and`
        // (`Antigua and Barbuda` read as two may be a list); no name read
        // across its ends (below).
        let whole = k >= 2
            && c.cap(e - 1)
            && !(t + 1..e).any(|u| c.newline(u) || matches!(c.lower[u], "and" | "&"));
        if !whole {
            t = e.max(t + 1);
            continue;
        }
        let mut ks: Vec<usize> = held[at[t]..at[e]].to_vec();
        ks.sort_unstable();
        ks.dedup();
        let inside: Vec<(usize, usize, Label)> = ks.iter().map(|&k| st.spans[k].tuple()).collect();
        let contained = inside.iter().all(|&(s, x_e, _)| t <= s && x_e <= e);
        let read_whole = inside.len() == 1 && inside[0].0 == t && inside[0].1 == e;
        let split = inside.len() >= 2 || (inside.len() == 1 && !read_whole);
        let at_line_start = t == 0 || c.newline(t);
        let dateline = at_line_start && shouting(c, t, e) && dateline_mark(c, e);
        // Read whole as a person opening with no given name (`Kessaro Ghazi
        // Khan`), or as anything but a place in a dateline.
        let no_given = !c.lex.is_given_name(c.w(t));
        let retype = read_whole
            && ((dateline && inside[0].2 != Label::Loc) || (inside[0].2 == Label::Per && no_given));
        if contained && (split || retype || (inside.is_empty() && dateline)) {
            found.push((t, e, Label::Loc));
        }
        t = e.max(t + 1);
    }
    if !found.is_empty() {
        st.spans.replace(found, SPLIT_PLACES.name, false);
    }
}

pub(super) static PLACE_TAILS_IN_NAMES: Pass = Pass {
    name: "place-tails-in-names",
    reason: "a place the gazetteer knows whole whose last words the tagger read as opening the person's name after it ends there: the person is what follows",
    reads: "spans",
    writes: "spans (shortened)",
    run: place_tails_in_names,
};

/// A place before `of` (or `of the`) and a person whose first words finish
/// a longer place the gazetteer knows (`the United States` + `of` +
/// `America Ana Ruiz`): the place runs to the end of the longer name, the
/// person starts after it. Where a post's `of` opens the place (`President
/// of the United States` + `of` + `America Ana Ruiz`), two or three
/// capitalised words the tagger read as an organisation or a name of other
/// kind after the longer place are its holder, a person.
fn place_tails_in_names(c: &Ctx, st: &mut State) {
    let of_only = |s: usize, e: usize| (s..e).all(|t| matches!(c.lower[t], "of" | "the"));
    let mut cut = Vec::new();
    for k in 1..st.spans.len() {
        let (ls, le, ll) = st.spans[k - 1].tuple();
        let (ps, pe, pl) = st.spans[k].tuple();
        if ll != Label::Loc || ps <= le || !of_only(le, ps) || c.lower[le] != "of" {
            continue;
        }
        let Some(u) = (ps + 1..pe).rev().find(|&u| c.known_place(ls, u)) else {
            continue;
        };
        let after_post = || {
            st.titles
                .iter()
                .any(|f| f.end < ls && c.lower[f.end] == "of" && of_only(f.end, ls))
        };
        let holder = matches!(pl, Label::Org | Label::Misc)
            && (2..=3).contains(&(pe - u))
            && (u..pe).all(|t| c.cap(t))
            && after_post();
        if pl == Label::Per || holder {
            cut.push((k, ls, u, pe));
        }
    }
    for &(k, ls, u, pe) in &cut {
        st.spans
            .set(k - 1, ls, u, Label::Loc, PLACE_TAILS_IN_NAMES.name);
        st.spans
            .set(k, u, pe, Label::Per, PLACE_TAILS_IN_NAMES.name);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn split_places_are_one_place() {
        for (text, expected) in [
            (
                "The police in Dera Ghazi Khan said the roads were closed.",
                &[("Dera Ghazi Khan", "place")][..],
            ),
            (
                "DERA ISMAIL KHAN: The police said the roads were closed.",
                &[("DERA ISMAIL KHAN", "place")],
            ),
            (
                "DAR ES SALAAM - Traders reopened their stalls on Monday.",
                &[("DAR ES SALAAM", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn place_tails_in_names() {
        check(
            "He wrote to President of the United States of America Tavish Oruno.",
            &[
                ("President", "position"),
                ("United States of America", "place"),
                ("Tavish Oruno", "person"),
            ],
        );
    }

    #[test]
    fn split_places_leave_longer_names() {
        // A person whose name holds a place's, and an organisation's name.
        check(
            "Ricardo Santa Cruz met the New York Times editor.",
            &[("Ricardo Santa Cruz", "person"), ("editor", "position")],
        );
    }
}
