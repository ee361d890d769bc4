//! Stage 5: candidates -> the [`Annotation`]: mentions grouped into entities,
//! who holds which post.

use crate::engine::annotation::{Annotation, Entity, Mention};
use crate::engine::lexicon::Lexicon;
use crate::engine::rules::Candidate;
use crate::engine::tokenize::Doc;

/// Groups candidates into entities and builds the annotation.
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>, _lex: &Lexicon) -> Annotation {
    let map = crate::engine::text::OffsetMap::new(doc.text);
    let mut ann = Annotation::default();
    for c in candidates {
        let (s, e) = (doc.tokens[c.start].start, doc.tokens[c.end - 1].end);
        let text = doc.span_text(c.start, c.end).to_string();
        let _ = &map;
        let entity = match ann.entities.iter().position(|en| en.kind == c.kind && en.name == text) {
            Some(x) => x,
            None => {
                ann.entities.push(Entity {
                    kind: c.kind,
                    name: text.clone(),
                    aliases: vec![text.clone()],
                    mentions: vec![],
                    holds: vec![],
                    holders: vec![],
                    country: None,
                    place: None,
                });
                ann.entities.len() - 1
            }
        };
        ann.entities[entity].mentions.push(ann.mentions.len());
        ann.mentions.push(Mention { start: s, end: e, kind: c.kind, text, entity, reason: c.reason });
    }
    ann
}
