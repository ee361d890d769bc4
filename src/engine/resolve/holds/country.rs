//! The country of each post mention: a demonym or place right before it
//! (`the Oldlandic minister`, `Oldland’s former minister`), or `of` + a
//! place after it (`President of Oldland`).

use super::Ctx;
use crate::engine::annotation::{Annotation, Kind};
use crate::engine::rules::Candidate;
use crate::engine::words::HOLD_COUNTRY_SKIPS;

/// The country of every post mention (None for other mentions).
pub(super) fn of_posts(ctx: &Ctx, ann: &Annotation) -> Vec<Option<String>> {
    ctx.cands
        .iter()
        .map(|c| {
            (c.kind == Kind::Position)
                .then(|| of_post(ctx, ann, c))
                .flatten()
        })
        .collect()
}

/// The country of post `p`, where the article says it.
fn of_post(ctx: &Ctx, ann: &Annotation, p: &Candidate) -> Option<String> {
    let mut t = p.start;
    while t > 0 && HOLD_COUNTRY_SKIPS.contains(ctx.word(t - 1)) {
        t -= 1;
    }
    if t > 0 {
        let w = ctx.word(t - 1);
        if let Some(c) = ctx.lex.demonym_country(w) {
            return Some(c.to_string());
        }
        if let Some(m) = (0..t).rev().take(4).find_map(|s| {
            ctx.at[s].filter(|&m| ctx.cands[m].kind == Kind::Place && ctx.cands[m].end == t)
        }) {
            return Some(place_country(ann, m));
        }
    }
    if p.end + 1 < ctx.n && ctx.word(p.end) == "of" {
        if let Some(m) = ctx.at_kind(p.end + 1, Kind::Place) {
            return Some(place_country(ann, m));
        }
    }
    None
}

/// The country a place mention belongs to: the gazetteer's, or its own name.
fn place_country(ann: &Annotation, m: usize) -> String {
    let e = &ann.entities[ann.mentions[m].entity];
    e.country.clone().unwrap_or_else(|| e.name.clone())
}

#[cfg(test)]
mod tests {
    use super::super::testing::annotate;

    #[test]
    fn country_of_a_post_before_or_after_it() {
        for (marked, expected) in [
            ("The French {ambassador}, [Ana Ruiz], left.", Some("France")),
            (
                "<Spain>’s former {foreign minister}, [Ana Ruiz], left.",
                Some("Spain"),
            ),
            ("{President} of <Oldland> [Ana Ruiz] left.", Some("Oldland")),
            ("{Mayor} [Ana Ruiz] left.", None),
            // Too far from the post.
            ("<Spain> and the rest: {Mayor} [Ana Ruiz] left.", None),
        ] {
            let ann = annotate(marked);
            let person = ann.entities.iter().find(|e| !e.holds.is_empty());
            let got = person.and_then(|p| p.holds[0].country.as_deref());
            assert_eq!(got, expected, "{marked}");
            // A person without a country of their own takes their post's.
            assert_eq!(
                person.and_then(|p| p.country.as_deref()),
                expected,
                "{marked}"
            );
        }
    }
}
