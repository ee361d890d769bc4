//! Places whose names join their parts with lower-case particles, as Spanish,
//! Portuguese, Italian, French and German place names do (`Lanao del Sur`,
//! `Santiago del Estero`, `Mato Grosso do Sul`, `Frankfurt am Main`): the
//! tagger reads the first part as the place and the rest as nothing, or as a
//! second name (`Norte` a person).

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static PLACE_PARTICLES: Pass = Pass {
    name: "place-particles",
    reason: "particles such as del, do or am and the capitalised words after them, right after a place, are part of the place's name",
    reads: "titles, spans",
    writes: "spans (extended, removed)",
    run: place_particles,
};

/// Before a compass word read as a place, a particle and a capitalised word
/// (`Lanao del Sur`). After a place span, one or two particles (`del`, `de la`) and one or two
/// capitalised words on the same line, none opening a post (`Lanao del Sur
/// Governor`), make one place; spans inside the added words go.
fn place_particles(c: &Ctx, st: &mut State) {
    let title_starts: FxSet<usize> = st.titles.iter().map(|f| f.start).collect();
    let name_word = |t: usize| {
        t < c.n
            && c.cap(t)
            && c.w(t).chars().any(char::is_lowercase)
            && !c.newline(t)
            && !title_starts.contains(&t)
            && !words::SENTENCE_ADVERBS.contains(c.w(t))
    };
    let span_at = st.spans.last_at(c.n);
    let mut new = Vec::new();
    for x in st.spans.iter().filter(|x| x.label == Label::Loc) {
        // A compass word read alone as the place (`Lanao del [Sur]`): the
        // free capitalised word and particle before it open the name.
        let compass = x.e == x.s + 1 && words::PLACE_COMPASS_TAILS.contains(c.w(x.s));
        if compass
            && x.s >= 2
            && words::PLACE_PARTICLES.contains(c.w(x.s - 1))
            && name_word(x.s - 2)
            && span_at[x.s - 2] == usize::MAX
            && !c.newline(x.s - 1)
        {
            new.push((x.s - 2, x.e, Label::Loc));
            continue;
        }
        let mut t = x.e;
        while t < c.n && t - x.e < 2 && words::PLACE_PARTICLES.contains(c.w(t)) && !c.newline(t) {
            t += 1;
        }
        if t == x.e || !name_word(t) {
            continue;
        }
        let mut e = t + 1;
        if name_word(e) {
            e += 1;
        }
        // The words after must be free or whole spans of their own.
        let whole = (t..e).all(|u| match span_at[u] {
            usize::MAX => true,
            k => st.spans[k].s >= t && st.spans[k].e <= e,
        });
        if whole {
            new.push((x.s, e, Label::Loc));
        }
    }
    if !new.is_empty() {
        st.spans.replace(new, PLACE_PARTICLES.name, true);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn place_particles_join_places() {
        for (text, expected) in [
            (
                "The clashes in Lanao del Sur displaced 300 families.",
                &[("Lanao del Sur", "place")][..],
            ),
            (
                "Floods hit Santiago del Estero on Sunday.",
                &[("Santiago del Estero", "place")],
            ),
            (
                "He moved to Mato Grosso do Sul in 2010.",
                &[("Mato Grosso do Sul", "place")],
            ),
            // A post after the place's name stays out of it.
            (
                "Lanao del Sur Governor Ana Cruz spoke.",
                &[
                    ("Lanao del Sur", "place"),
                    ("Governor", "position"),
                    ("Ana Cruz", "person"),
                ],
            ),
            // No capitalised word after the particle: nothing added.
            (
                "Troops left Manila de facto on Monday.",
                &[("Manila", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
