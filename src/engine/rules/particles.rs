//! Name particles: lower-case particles inside a person's name (`Adrián de la
//! Garza`), capitalised ones before it (`De la Cruz`, `Al-Nasri`), `al-` before
//! a surname alone (`al-Nasri said`) and hyphenated
//! given names (`Jean-` + `Luc Moreau`).

use super::{glued, Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static PARTICLES: Pass = Pass {
    name: "particles",
    reason: "name particles such as de la, von or Al belong to the person's name",
    reads: "spans",
    writes: "spans (extended, joined)",
    run: particles,
};

/// Particles inside and before person names.
fn particles(c: &Ctx, st: &mut State) {
    let n = c.n;
    let particle = |t: usize| words::NAME_PARTICLES.contains(c.w(t));
    let mut i = 0;
    while i < st.spans.len() {
        let x = st.spans[i];
        let (mut s, mut e) = (x.s, x.e);
        if x.label == Label::Per {
            // `Adrián` + `de la` + `Garza`.
            let mut j = e;
            while j < n && particle(j) && c.doc.tokens[j].space_before {
                j += 1;
            }
            if j > e && c.cap(j) {
                let next = st.spans.iter().position(|y| y.s == j);
                e = match next {
                    Some(k) => st.spans.remove(k).e,
                    None => j + 1,
                };
            }
            // `De la` + `Garza`, `Al-` + `Naimat`, `Jean-` + `Pierre Roux`.
            loop {
                let mut b = s;
                while b > 0 && particle(b - 1) && st.spans.is_o(b - 1) {
                    b -= 1;
                }
                if b > 0 && words::OPENING_PARTICLES.contains(c.w(b - 1)) && st.spans.is_o(b - 1) {
                    s = b - 1;
                } else if s >= 2
                    && c.tight_hyphen(s - 1)
                    && c.name_word(s - 2)
                    && c.w(s - 2).chars().any(char::is_lowercase)
                    && st.spans.is_o(s - 2)
                {
                    s -= 2;
                } else if s >= 2
                    && c.tight_hyphen(s - 1)
                    && matches!(c.w(s - 2), "al" | "el")
                    && st.spans.is_o(s - 2)
                    && !(s >= 3 && glued(c.doc, s - 2))
                {
                    // `al-` + `Naimat`: the article particle in lower case,
                    // which the tagger leaves out where no given name comes first.
                    s -= 2;
                } else {
                    break;
                }
            }
            st.spans.set(i, s, e, x.label, PARTICLES.name);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn particles_stay_in_names() {
        for (text, expected) in [
            (
                "Mayor Adriana de la Garza opened the bridge.",
                &[("Mayor", "position"), ("Adriana de la Garza", "person")][..],
            ),
            (
                "Critics said Hendrik van der Berg had resigned.",
                &[("Hendrik van der Berg", "person")],
            ),
            (
                "Maria Santos de Oliveira spoke.",
                &[("Maria Santos de Oliveira", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn particles_lower_case_al_before_a_surname() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::Per;
        // Tokens: Ministers quit al - Hakimi 's cabinet .
        for (text, tagged, expected) in [
            (
                "Ministers quit al-Hakimi's cabinet.",
                &[(4, 1, Per)][..],
                &[("al-Hakimi", Per)][..],
            ),
            // Glued to a word before: part of a longer compound.
            (
                "The Jaish-al-Hakimi unit left.",
                &[(5, 1, Per)],
                &[("Hakimi", Per)],
            ),
        ] {
            let found = run_pass(&super::PARTICLES, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
