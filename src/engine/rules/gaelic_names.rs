//! Irish and Scottish Gaelic surnames open with a capitalised particle (`Ó
//! Ceallaigh`, `Ní Bhriain`, `Mac Giolla`, `Nic Aodha`): the tagger, which
//! reads the particle as a word of its own, cuts the name at it or leaves it
//! out. GUIDELINES.md keeps name particles inside the person's name.

use super::{Ctx, Pass, State};
use crate::engine::positions;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static GAELIC_NAMES: Pass = Pass {
    name: "gaelic-names",
    reason: "a Gaelic surname particle such as Ó, Ní or Mac belongs to the person's name with the given name before it",
    reads: "spans",
    writes: "spans (joined, added)",
    run: gaelic_names,
};

/// Whether the particle at `t` is written with a fada (`Ó`, `Ní`, `Uí`),
/// which no English word shares: it makes a name alone. The others (`Mac`,
/// `Nic`) need a given name before them.
fn marked_particle(c: &Ctx, t: usize) -> bool {
    !c.w(t).is_ascii()
}

/// Whether the capitalised word at `u` can be no given name: a small word,
/// a sentence adverb, a title word, a demonym or a place.
fn no_given_name(c: &Ctx, u: usize) -> bool {
    let w = c.w(u);
    !w.chars().all(char::is_alphabetic)
        || words::TITLE_SMALL_WORDS.contains(c.lower[u])
        || words::SENTENCE_ADVERBS.contains(w)
        || positions::is_title_vocabulary(w)
        || c.lex.is_demonym(w)
        || c.known_place(u, u + 1)
}

/// Where the given name before the particle at `t` starts: a person's span
/// that ends there, or a capitalised word that the lexicon knows as a given
/// name or that is spelled with a fada (`Seán`, `Áine`); before a particle
/// with a fada, any capitalised word that may be a given name (`Caoimhe
/// Ó`). None without one.
fn given_start(c: &Ctx, st: &State, t: usize) -> Option<usize> {
    if t == 0 || c.newline(t) || !c.name_word(t - 1) {
        return None;
    }
    let span = st.spans.iter().find(|x| x.e == t && x.s < t);
    match span {
        Some(x) if x.label == Label::Per => Some(x.s),
        Some(x) if x.e - x.s > 1 => None,
        _ => {
            let w = c.w(t - 1);
            let fada = !w.is_ascii() && w.chars().all(char::is_alphabetic);
            let plain = marked_particle(c, t) && !no_given_name(c, t - 1);
            (c.lex.is_given_name(w) || fada || plain).then_some(t - 1)
        }
    }
}

/// A particle of `gaelic-particles.txt` between a given name and a
/// capitalised surname joins them into one person's name (`Caoimhe Ó
/// Ceallaigh`); one written with a fada also makes a name of the surname
/// alone (`Ó Ceallaigh said`). The surname is the span the tagger read
/// from the word after the particle, else that one word.
fn gaelic_names(c: &Ctx, st: &mut State) {
    let mut joined = Vec::new();
    for t in 0..c.n.saturating_sub(1) {
        // The cheap tests first: this runs at every token.
        if !c.cap(t)
            || !c.cap(t + 1)
            || !words::GAELIC_PARTICLES.contains(c.w(t))
            || c.newline(t + 1)
            || !c.doc.tokens[t + 1].space_before
            || !c.name_word(t + 1)
            || !c.w(t + 1).chars().all(char::is_alphabetic)
        {
            continue;
        }
        let start = match given_start(c, st, t) {
            Some(s) => s,
            None if marked_particle(c, t)
                && (t == 0 || c.newline(t) || !c.name_word(t - 1) || no_given_name(c, t - 1)) =>
            {
                t
            }
            None => continue,
        };
        let after = st
            .spans
            .iter()
            .find(|y| y.s == t + 1 || (y.s == t && y.e > t + 1));
        let end = match after {
            Some(y) if y.e - y.s <= 3 => y.e,
            _ => t + 2,
        };
        joined.push((start, end, Label::Per));
    }
    if !joined.is_empty() {
        st.spans.replace(joined, GAELIC_NAMES.name, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn gaelic_particles_stay_inside_names() {
        for (text, expected) in [
            (
                "Caoimhe Ó Ceallaigh said the school would open.",
                &[("Caoimhe Ó Ceallaigh", "person")][..],
            ),
            (
                "Áine Ní Bhriain and Seán Mac Giolla said nothing.",
                &[("Áine Ní Bhriain", "person"), ("Seán Mac Giolla", "person")],
            ),
            (
                "The mayor, Róisín Nic Aodha, agreed.",
                &[("mayor", "position"), ("Róisín Nic Aodha", "person")],
            ),
            (
                "Minister Ó Ceallaigh said the plan was sound.",
                &[("Minister", "position"), ("Ó Ceallaigh", "person")],
            ),
            (
                "Later Ó Ceallaigh said the plan was sound.",
                &[("Ó Ceallaigh", "person")],
            ),
            // `Mac` without a given name before it is no name.
            ("The new Apple Mac Pro went on sale.", &[]),
        ] {
            check(text, expected);
        }
    }
}
