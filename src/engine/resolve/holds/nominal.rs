//! Definite references to a post (`the Oldlandic president`, `the defense
//! minister`, `Oldland’s president`) tied to the one person the article
//! names as holding that post of that country. Nothing is tied when the
//! country disagrees, when two holders fit, or when the reference is not
//! definite (`a presidential aide`, `another minister`). This sets a post
//! mention's holder only: it adds no hold.

use super::Ctx;
use crate::engine::annotation::{Annotation, Kind};
use crate::engine::words::HOLD_DEFINITE_MODIFIERS;

/// Ties each definite post mention without a holder to the one fitting
/// holder of its post. `countries` holds each post mention's country.
pub(super) fn tie(ctx: &Ctx, countries: &[Option<String>], ann: &mut Annotation) {
    for (pi, p) in ctx.cands.iter().enumerate() {
        if p.kind != Kind::Position || ann.mentions[pi].holder.is_some() {
            continue;
        }
        if !is_definite(ctx, p.start) {
            continue;
        }
        let position = ann.mentions[pi].entity;
        let country = &countries[pi];
        let mut fits = ann.entities[position].holders.iter().copied().filter(|&h| {
            let held = ann.entities[h]
                .holds
                .iter()
                .find(|x| x.position == position)
                .and_then(|x| x.country.as_ref());
            match (country, held) {
                (Some(c), Some(hc)) => c == hc,
                (Some(_), None) => false,
                (None, _) => true,
            }
        });
        if let (Some(h), None) = (fits.next(), fits.next()) {
            ann.mentions[pi].holder = Some(h);
        }
    }
}

/// Whether the post starting at token `start` is named definitely: `the`
/// before it, or an owner (`Oldland’s`), past demonyms and country names.
fn is_definite(ctx: &Ctx, start: usize) -> bool {
    let (cands, cover) = (ctx.cands, &ctx.cover);
    let mut t = start;
    while t > 0 {
        let w = ctx.word(t - 1);
        if w.eq_ignore_ascii_case("the") {
            return true;
        }
        if matches!(w, "’s" | "'s") {
            return t >= 2 && cover[t - 2].is_some_and(|m| cands[m].kind == Kind::Place);
        }
        match cover[t - 1] {
            Some(m) if cands[m].kind == Kind::Place => t = cands[m].start,
            None if ctx.lex.demonym_country(w).is_some() || HOLD_DEFINITE_MODIFIERS.contains(w) => {
                t -= 1
            }
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::testing::annotate;

    /// Each post mention's text and its holder's name.
    fn holders(marked: &str) -> Vec<(String, Option<String>)> {
        let ann = annotate(marked);
        ann.mentions
            .iter()
            .filter(|m| m.kind == crate::engine::Kind::Position)
            .map(|m| {
                let holder = m.holder.map(|h| ann.entities[h].name.clone());
                (m.text.clone(), holder)
            })
            .collect()
    }

    #[test]
    fn nominal_ties_a_definite_post_to_its_one_holder() {
        let ruiz = Some("Ana Ruiz");
        for (marked, expected) in [
            (
                "{President} [Ana Ruiz] spoke. Later the {president} left.",
                [ruiz, ruiz],
            ),
            (
                "{President} [Ana Ruiz] spoke. Later the former {president} left.",
                [ruiz, ruiz],
            ),
            (
                "French {President} [Ana Ruiz] spoke. The French {president} left.",
                [ruiz, ruiz],
            ),
            // Not definite.
            (
                "{President} [Ana Ruiz] spoke. Later a {president} left.",
                [ruiz, None],
            ),
            // Another country.
            (
                "French {President} [Ana Ruiz] spoke. The Spanish {president} left.",
                [ruiz, None],
            ),
        ] {
            let got = holders(marked);
            let want: Vec<(String, Option<String>)> = got
                .iter()
                .zip(expected)
                .map(|((text, _), h)| (text.clone(), h.map(String::from)))
                .collect();
            assert_eq!(got, want, "{marked}");
        }
    }

    #[test]
    fn nominal_ties_nothing_when_two_hold_the_post() {
        let got = holders("{Mayor} [Ana Ruiz] met {Mayor} [Tomas Vell]. The {mayor} left.");
        assert_eq!(got[2], ("mayor".to_string(), None));
    }
}
