//! Stage 4: tags + lexicons -> candidate mentions, each with the reason it fired.
//!
//! Takes the [`Doc`], the tagger's tags and the [`Lexicon`]; creates
//! `Vec<Candidate>` sorted by start, non-overlapping, in token units.

use crate::engine::annotation::Kind;
use crate::engine::lexicon::Lexicon;
use crate::engine::tagger::{spans, Label, Tag};
use crate::engine::tokenize::Doc;

/// A mention before resolution, in token indexes.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it names.
    pub kind: Kind,
    /// Why it was recognised.
    pub reason: String,
}

/// Turns the tagger's spans into person and place candidates.
pub fn apply(doc: &Doc, tags: &[Tag], _lex: &Lexicon) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (s, e, label) in spans(tags) {
        let kind = match label {
            Label::Per => Kind::Person,
            Label::Loc => Kind::Place,
            _ => continue,
        };
        let _ = doc;
        out.push(Candidate { start: s, end: e, kind, reason: "tagged by the model".into() });
    }
    out
}
