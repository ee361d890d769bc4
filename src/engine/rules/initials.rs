//! Initials written without full stops, as many South Asian outlets print
//! them (`K Ravi Rao`, `V P Menon`, `Ravi V Patil`), belong to the person's
//! name: before a name the tagger read, inside one (a middle initial), or, two
//! or more of them, or one right after a post, before capitalised words the
//! tagger left unread.

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;

pub(super) static BARE_INITIALS: Pass = Pass {
    name: "bare-initials",
    reason: "single capital letters without full stops before or inside a person's name are its initials",
    reads: "titles, spans",
    writes: "spans (extended, joined, added)",
    run: bare_initials,
};

/// Whether token `t` is one capital letter (`K`, `V`), no pronoun `I`.
fn initial(c: &Ctx, t: usize) -> bool {
    let w = c.w(t);
    w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()) && w != "I"
}

/// The first of up to three initials ending right before `s`, on its line.
fn initials_before(c: &Ctx, s: usize) -> usize {
    let mut b = s;
    while b > 0 && s - b < 3 && initial(c, b - 1) && !c.newline(b) {
        b -= 1;
    }
    b
}

/// Whether the initials `b..s` may open a name: not the article `A` alone,
/// and not after a capitalised word that is no post (`Plan B Rao`).
fn opens_name(c: &Ctx, title_ends: &FxSet<usize>, b: usize, s: usize) -> bool {
    let lone_article = s == b + 1 && c.w(b) == "A";
    let post_before = title_ends.contains(&b);
    let several = s - b >= 2;
    let word_before = b > 0 && c.cap(b - 1) && !c.newline(b) && !post_before && !several;
    b < s && !lone_article && !word_before
}

fn bare_initials(c: &Ctx, st: &mut State) {
    let n = c.n;
    // The first span (in list order) holding each token, and where posts end:
    // indexed once, so the pass stays linear in the text.
    let first_at = st.spans.first_at(n);
    let span_at = |_: &State, t: usize| (first_at[t] != usize::MAX).then_some(first_at[t]);
    let title_ends: FxSet<usize> = st.titles.iter().map(|f| f.end).collect();
    let mut edits: Vec<(usize, usize, usize)> = Vec::new();
    let mut joined: Vec<(usize, usize)> = Vec::new();
    let mut added: Vec<(usize, usize)> = Vec::new();
    for (k, x) in st.spans.iter().enumerate() {
        if x.label != Label::Per {
            continue;
        }
        let b = initials_before(c, x.s);
        let s = if opens_name(c, &title_ends, b, x.s) {
            b
        } else {
            x.s
        };
        // A middle initial and the surname after it.
        let mut e = x.e;
        let given_last = x.e - x.s > 1 || c.lex.is_given_name(c.w(x.e - 1));
        if given_last && e + 1 < n && initial(c, e) && !c.newline(e) && name_like(c, e + 1) {
            match span_at(st, e + 1) {
                None => e += 2,
                Some(j) if st.spans[j].s == e + 1 && surname_like(st.spans[j]) => {
                    joined.push((st.spans[j].s, st.spans[j].e));
                    e = st.spans[j].e;
                }
                _ => {}
            }
        }
        if (s, e) != (x.s, x.e) {
            edits.push((k, s, e));
        }
    }
    // Initials before capitalised words the tagger left unread.
    let mut t = 0;
    while t < n {
        if !initial(c, t) || (t > 0 && initial(c, t - 1)) {
            t += 1;
            continue;
        }
        let mut r = t;
        while r < n && r - t < 3 && initial(c, r) && (r == t || !c.newline(r)) {
            r += 1;
        }
        let mut e = r;
        while e < n && e - r < 3 && name_like(c, e) && span_at(st, e).is_none() {
            e += 1;
        }
        // Or a name the tagger read as another kind (`M G Ramachandran`).
        if let Some(j) = (e == r && r < n && name_like(c, r))
            .then(|| span_at(st, r))
            .flatten()
        {
            let x = st.spans[j];
            if x.s == r && x.label != Label::Per && surname_like(x) {
                e = x.e;
            }
        }
        let post_before = title_ends.contains(&t);
        let free = (t..r).all(|u| span_at(st, u).is_none());
        // A given name the tagger left unread before a middle initial.
        let given = t > 0
            && c.name_word(t - 1)
            && span_at(st, t - 1).is_none()
            && c.lex.is_given_name(c.w(t - 1));
        if e > r && free && given {
            added.push((t - 1, e));
        } else if e > r && free && (r - t >= 2 || post_before) && opens_name(c, &title_ends, t, r) {
            added.push((t, e));
        }
        t = e.max(r);
    }
    for (k, s, e) in edits {
        st.spans.set(k, s, e, Label::Per, BARE_INITIALS.name);
    }
    if !joined.is_empty() {
        let joined: FxSet<(usize, usize)> = joined.into_iter().collect();
        st.spans
            .retain(|x| !(x.label == Label::Per && joined.contains(&(x.s, x.e))));
    }
    let added = added.into_iter().map(|(s, e)| (s, e, Label::Per)).collect();
    st.spans.replace(added, BARE_INITIALS.name, false);
}

/// Whether token `t` may be a word of a name after initials, on their line:
/// capitalised, with a lower-case letter (no table heading such as `PCT`).
fn name_like(c: &Ctx, t: usize) -> bool {
    c.name_word(t) && !c.newline(t) && c.w(t).chars().any(char::is_lowercase)
}

/// Whether a name after initials may be the surname: a person's, or one word
/// the tagger read as another kind, never a place.
fn surname_like(x: super::spans::Span) -> bool {
    x.label == Label::Per || (x.label != Label::Loc && x.e - x.s == 1)
}

pub(super) static GLUED_INITIALS: Pass = Pass {
    name: "glued-initials",
    reason: "an initial with its full stop written right against a capitalised name (D.Bold, Ts.Oyun), as Mongolian names are, opens a person's name",
    reads: "spans",
    writes: "spans (added, cut, re-typed)",
    run: glued_initials,
};

/// Whether token `t` is an initial with its full stop: one capital letter
/// (`D.`) or a Mongolian two-letter one (`Ts.`, `Kh.`, as the tokenizer keeps
/// them only before a name written against them).
fn dotted_initial(c: &Ctx, t: usize) -> bool {
    let Some(stem) = c.w(t).strip_suffix('.') else {
        return false;
    };
    let mut ch = stem.chars();
    let first = ch.next().is_some_and(|x| x.is_ascii_uppercase());
    let rest: Vec<char> = ch.collect();
    first && (rest.is_empty() || rest.len() == 1 && rest[0].is_ascii_lowercase())
}

/// `Minister of Tarvia D.Bold`, `the chairman of the board R.Oyun`: Mongolian
/// outlets write a name as the father's initial, its full stop and the given
/// name with no space between (`D.Bold`, `Ts.Oyun`, `B.Bat-Erdene`). The tagger
/// may read the name as part of the organisation or place before it, or not at
/// all. The initial and the name after it (and a hyphenated second part) are a
/// person; a name before them that reached into them now ends before them.
fn glued_initials(c: &Ctx, st: &mut State) {
    let mut found: Vec<(usize, usize, Label)> = Vec::new();
    let first_at = st.spans.first_at(c.n);
    let mut t = 0;
    while t + 1 < c.n {
        let name = |k: usize| {
            c.cap(k) && !c.doc.tokens[k].space_before && {
                let w = c.w(k);
                w.chars().count() >= 2 && w.chars().skip(1).all(char::is_lowercase)
            }
        };
        if !(dotted_initial(c, t) && name(t + 1)) {
            t += 1;
            continue;
        }
        let mut e = t + 2;
        while e + 1 < c.n && c.w(e) == "-" && !c.doc.tokens[e].space_before && name(e + 1) {
            e += 2;
        }
        // A name reaching past the person (`D.Bold Street`) is left as it is.
        let past = (t..e).any(|k| {
            let j = first_at[k];
            j != usize::MAX && st.spans[j].e > e
        });
        if !past {
            // The part of a name before the initial stays that name.
            if let Some(j) = (first_at[t] != usize::MAX).then_some(first_at[t]) {
                let x = st.spans[j];
                if x.s < t {
                    found.push((x.s, t, x.label));
                }
            }
            found.push((t, e, Label::Per));
        }
        t = e;
    }
    if !found.is_empty() {
        st.spans.replace(found, GLUED_INITIALS.name, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn glued_initials_open_a_name() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Loc, Org, Per};
        let run = |text: &str, spans: &[(usize, usize, crate::engine::tagger::Label)]| {
            run_pass(&super::GLUED_INITIALS, text, spans)
        };
        // `The minister of Tarvia D . Oyunaa`: the place read into the name.
        let found = run(
            "Talks were led by the Minister of Tarvia D.Oyunaa and Ts.Bat-Orgil on Monday.",
            &[(7, 3, Loc)],
        );
        let want = [("Tarvia", Loc), ("D.Oyunaa", Per), ("Ts.Bat-Orgil", Per)];
        let want: Vec<(String, _)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
        assert_eq!(found, want);
        // A name reaching past them stays; a spaced initial is another pass's.
        let found = run(
            "The office is on R.Gombo Street. E. Coli and J. Ruiz met.",
            &[(4, 3, Loc)],
        );
        assert_eq!(found, [("R.Gombo Street".to_string(), Loc)]);
        let found = run("The E.ON board met.", &[(1, 2, Org)]);
        assert_eq!(found, [("E.ON".to_string(), Org)]);
    }

    #[test]
    fn bare_initials_belong_to_the_name() {
        for (text, expected) in [
            (
                "Chief Secretary V P Menon said the files were ready.",
                &[("Chief Secretary", "position"), ("V P Menon", "person")][..],
            ),
            (
                "Chief Minister K Ramesh Rao opened the road.",
                &[("Chief Minister", "position"), ("K Ramesh Rao", "person")],
            ),
            (
                "District collector Ravi V Patil opened the road.",
                &[
                    ("District collector", "position"),
                    ("Ravi V Patil", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn bare_initials_need_a_name_or_a_post() {
        for (text, expected) in [
            (
                "A Roads official said Plan B Ruiz was dropped.",
                &[("Plan", "person"), ("Ruiz", "person")][..],
            ),
            ("I Ravi said nothing.", &[("Ravi", "person")]),
        ] {
            check(text, expected);
        }
    }
}
