//! The tails of full names: `De la Cruz` after `Rosa de la Cruz`, a hyphenated
//! tail left untagged (`Okonkwo-Ibe said` after `Ada Okonkwo-Ibe`) and a
//! surname re-mentioned with its particles (`van der Berg`).

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxMap;
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
    // Each tail, and whether its full name opens with a given name or an
    // initial (`Ana Cleveland`, `J. Cleveland`): only such a name's tail may
    // turn a place the gazetteer knows into the person (`HealthSpace
    // Cleveland`, `Penon de Coron` are no evidence that `Cleveland` or `Coron`
    // alone is a person). A word after `of` is the person's place, no tail
    // (`Theodorus of Tabennese`, `Catherine of Aragon`).
    let mut tails: FxMap<String, bool> = FxMap::default();
    for x in st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s > 1)
    {
        let firm = c.lex.is_given_name(c.w(x.s)) || is_initial(c.w(x.s));
        for b in x.s + 1..x.e {
            if c.lower[b - 1] == "of" {
                break;
            }
            if c.cap(b) || particle(b) {
                let f = tails.entry(text(b, x.e)).or_insert(false);
                *f |= firm;
            }
        }
    }
    // The tail of a full name read as something else is that person.
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label == Label::Per {
            continue;
        }
        if let Some(&firm) = tails.get(&text(x.s, x.e)) {
            if firm || !(x.e == x.s + 1 && c.known_place(x.s, x.e)) {
                st.spans.retype(k, Label::Per, by);
            }
        }
    }
    // A hyphenated tail of a full name, left untagged.
    for t in 0..n.saturating_sub(2) {
        if c.name_word(t)
            && c.tight_hyphen(t + 1)
            && c.name_word(t + 2)
            && (t..t + 3).all(|k| st.spans.is_o(k))
            && !(t + 3 < n && super::is_hyphen(c.w(t + 3)) && super::glued(c.doc, t + 3))
            && tails.contains_key(&text(t, t + 3))
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
        if x.label == Label::Per && b < x.s && tails.contains_key(&text(b, x.e)) {
            st.spans.set(k, b, x.e, x.label, by);
        }
    }
}

pub(super) static SURNAME_REMENTIONS: Pass = Pass {
    name: "surname-re-mentions",
    reason: "a lone capitalised word the tagger left unread that is the surname of a full name the article gives a person is that person",
    reads: "spans",
    writes: "spans (added)",
    run: surname_re_mentions,
};

/// `the bond for Auten`, `Auten's ability` after `Chief Deputy Kevin Auten`:
/// a surname the tagger does not know, re-mentioned alone, is the person the
/// article named in full. Only a word of the form of a surname (capitalised,
/// the rest lower case or a `Mc`/`De` capital, three letters or more) that no
/// name, place, title, month or day word of the article's other spans
/// holds, with no capitalised word beside it; at a sentence's start only
/// before `'s` or a speech verb, where a capital says nothing.
fn surname_re_mentions(c: &Ctx, st: &mut State) {
    let mut full: FxMap<&str, bool> = FxMap::default();
    for x in st.spans.iter() {
        let firm = x.label == Label::Per
            && x.e - x.s > 1
            && (c.lex.is_given_name(c.w(x.s)) || is_initial(c.w(x.s)));
        if firm {
            full.entry(c.w(x.e - 1)).or_insert(true);
        }
    }
    if full.is_empty() {
        return;
    }
    // A surname that any other span holds (`Ford Motor`, `Fort Auten`) is
    // no evidence.
    for x in st.spans.iter() {
        for t in x.s..x.e {
            let last_of_person = x.label == Label::Per && t == x.e - 1;
            if !last_of_person {
                if let Some(f) = full.get_mut(c.w(t)) {
                    *f = false;
                }
            }
        }
    }
    let mut starts = vec![false; c.n];
    for r in &c.doc.sentences {
        if r.start < c.n {
            starts[r.start] = true;
        }
    }
    let form = |w: &str| {
        let mut ch = w.chars();
        ch.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && w.chars().skip(1).any(char::is_lowercase)
    };
    let mut found = Vec::new();
    for (t, &at_start) in starts.iter().enumerate() {
        let w = c.w(t);
        // Cheap tests first: this runs at every token.
        if !st.spans.is_o(t)
            || !c.name_word(t)
            || !full.get(w).copied().unwrap_or(false)
            || !form(w)
            || crate::engine::positions::is_title_vocabulary(w)
            || words::CALENDAR_NAMES.contains(w)
            || c.lex.is_given_name(w)
            || c.known_place(t, t + 1)
            || c.cap(t + 1)
            || (t + 1 < c.n && c.tight_hyphen(t + 1))
        {
            continue;
        }
        let start = at_start || c.newline(t);
        let fits = if start {
            t + 1 < c.n
                && (matches!(c.lower[t + 1], "'s" | "’s")
                    || words::SPEECH_VERBS.contains(c.w(t + 1)))
        } else {
            !(c.cap(t - 1) || (t >= 2 && c.tight_hyphen(t - 1)))
        };
        if fits {
            found.push(t);
        }
    }
    for t in found {
        st.spans.push(t, t + 1, Label::Per, SURNAME_REMENTIONS.name);
    }
    st.spans.sort();
}

pub(super) static FULL_NAME_HEADS: Pass = Pass {
    name: "full-name-heads",
    reason: "the opening of a person's full name that the article writes whole elsewhere",
    reads: "spans",
    writes: "spans (extended)",
    run: full_name_heads,
};

/// A person's name the tagger read without its first word (`writer Aner
/// Shalev` read as `Shalev`), where the article writes the whole name as a
/// person elsewhere: the capitalised, untagged word right before it on the
/// same line opens the name. Given names the lexicon does not know (`Aner`,
/// `Dries`) are the usual case; the article's own full name is the evidence, so
/// no word list decides it.
fn full_name_heads(c: &Ctx, st: &mut State) {
    let full: crate::engine::lexicon::casing::FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s > 1)
        .map(|x| c.doc.span_text(x.s, x.e))
        .collect();
    if full.is_empty() {
        return;
    }
    let snapshot = st.spans.cover().clone();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label != Label::Per || x.s == 0 {
            continue;
        }
        let b = x.s - 1;
        if c.name_word(b)
            && snapshot.is_o(b)
            && !c.newline(x.s)
            && c.doc.tokens[x.s].space_before
            && full.contains(c.doc.span_text(b, x.e))
        {
            st.spans.set(k, b, x.e, Label::Per, FULL_NAME_HEADS.name);
        }
    }
}

/// A capital and a dot, as an initial (`J.`).
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn surnames_re_mentioned_alone() {
        for (text, expected) in [
            (
                "The board thanked Chief Deputy Ken Varvel. It approved the bond for Varvel on Monday, and Mayor Ann Lowe praised Varvel's work.",
                &[
                    ("Chief Deputy", "position"),
                    ("Ken Varvel", "person"),
                    ("Varvel", "person"),
                    ("Mayor", "position"),
                    ("Ann Lowe", "person"),
                    ("Varvel", "person"),
                ][..],
            ),
            // A surname with a creed's ending is no creed here.
            (
                "Three plans came from Lia Moss and Tomas Quorbism. The one Quorbism wrote won.",
                &[
                    ("Lia Moss", "person"),
                    ("Tomas Quorbism", "person"),
                    ("Quorbism", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

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

    #[test]
    fn tails_known_places() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Loc, Org, Per};
        // A full name opening with no given name turns no place alone into a
        // person; one opening with a given name or an initial does; a word
        // after `of` is the person's place.
        for (text, tagged, expected) in [
            (
                "Tours leave from Zelbo Toledo. Trains run to Toledo.",
                &[(3, 2, Per), (9, 1, Loc)][..],
                &[("Zelbo Toledo", Per), ("Toledo", Loc)][..],
            ),
            (
                "Ana Toledo spoke. Toledo left.",
                &[(0, 2, Per), (4, 1, Org)],
                &[("Ana Toledo", Per), ("Toledo", Per)],
            ),
            (
                "J. Toledo spoke. Toledo left.",
                &[(0, 2, Per), (4, 1, Loc)],
                &[("J. Toledo", Per), ("Toledo", Per)],
            ),
            (
                "Serapion of Tarvenne wrote. Tarvenne grew.",
                &[(0, 3, Per), (5, 1, Loc)],
                &[("Serapion of Tarvenne", Per), ("Tarvenne", Loc)],
            ),
        ] {
            let found = run_pass(&super::FULL_NAME_TAILS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }

    #[test]
    fn full_name_heads() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Loc, Per};
        for (text, tagged, expected) in [
            // The article writes the full name elsewhere: the head joins.
            (
                "The poet Iveta Marsk spoke. Iveta Marsk is a poet.",
                &[(3, 1, Per), (6, 2, Per)][..],
                &[("Iveta Marsk", Per), ("Iveta Marsk", Per)][..],
            ),
            // No full name in the article, another line, a tagged word before: left.
            (
                "The poet Iveta Marsk spoke. Marsk left.",
                &[(3, 1, Per), (6, 1, Per)],
                &[("Marsk", Per), ("Marsk", Per)],
            ),
            (
                "Iveta\nMarsk spoke. Iveta Marsk left.",
                &[(1, 1, Per), (4, 2, Per)],
                &[("Marsk", Per), ("Iveta Marsk", Per)],
            ),
            (
                "In Iveta Marsk spoke. Iveta Marsk left.",
                &[(1, 1, Loc), (2, 1, Per), (5, 2, Per)],
                &[("Iveta", Loc), ("Marsk", Per), ("Iveta Marsk", Per)],
            ),
        ] {
            let found = run_pass(&super::FULL_NAME_HEADS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
