//! Stage 5: candidates -> the [`Annotation`]: mentions grouped into entities,
//! who holds which post, and which country a place or a post belongs to.
//!
//! Takes the [`Doc`] and the rules' [`Candidate`]s; creates the annotation
//! with code-point offsets (the only stage that leaves token units).
//!
//! - [`group`]: people group by name structure (`Putin` joins `Vladimir
//!   Putin`, before or after it; a surname shared by two people goes to the
//!   one named most recently; different given names stay apart); places by
//!   their gazetteer name (`U.S.` and `United States`); positions by their
//!   lower-case text.
//! - [`holds`]: who holds what, from syntax, never mere proximity: one named
//!   pattern a file, in one table ([`holds::PATTERNS`]), each hold recording
//!   the pattern that found it. Each post mention records its holder: the
//!   person of those patterns, or, for a definite reference (`the Ukrainian
//!   president`), the one person the article names as holding that post of
//!   that country.

mod group;
pub mod holds;

use crate::engine::annotation::Annotation;
use crate::engine::lexicon::Lexicon;
use crate::engine::rules::Candidate;
use crate::engine::tokenize::Doc;

/// Groups candidates into entities and finds who holds what.
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>, lex: &Lexicon) -> Annotation {
    let mut ann = Annotation::default();
    let mention_at_token = group::group(doc, &candidates, lex, &mut ann);
    group::name_entities(&mut ann);
    holds::find(doc, &candidates, &mention_at_token, lex, &mut ann);
    ann.sentences = doc
        .sentences
        .iter()
        .filter(|r| !r.is_empty())
        .map(|r| (doc.tokens[r.start].start, doc.tokens[r.end - 1].end))
        .collect();
    ann
}
