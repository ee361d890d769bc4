//! Stage 6: quotations and who says them ("who said what").
//!
//! Takes the [`Doc`] and the resolved [`Annotation`] (mentions, entities, post
//! holders); creates [`Quote`]s: [`marks`] finds the quoted spans,
//! [`attribution`] each one's speaker (a person entity) and the reason.

pub mod attribution;
pub mod marks;

use crate::engine::annotation::{Annotation, Quote};
use crate::engine::tokenize::Doc;

/// Every quotation of `doc`, with its speaker from `ann`.
pub fn find(doc: &Doc, ann: &Annotation) -> Vec<Quote> {
    let spans = marks::find(doc);
    if spans.is_empty() {
        return Vec::new();
    }
    let paragraphs = marks::paragraphs(doc);
    let cx = attribution::Context::new(doc, ann, &spans);
    let speakers = attribution::attribute(&cx, &spans, &paragraphs);
    spans
        .iter()
        .zip(speakers)
        .map(|(s, (speaker, reason))| Quote {
            start: s.start,
            end: s.end,
            speaker,
            reason,
        })
        .collect()
}

#[cfg(test)]
mod tests;
