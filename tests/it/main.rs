//! Integration tests of the engine through its public API only.
//!
//! Names in these tests are invented, so they test patterns rather than
//! memorised words.

mod cli;
mod holds;
mod names;
mod offsets;
mod properties;
mod robustness;
mod scaling;

use annotator::engine::{Annotation, Engine, Kind};
use std::sync::OnceLock;

/// One engine for all tests.
pub fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::new)
}

/// `(kind, text)` of every mention, in order.
pub fn mentions(ann: &Annotation) -> Vec<(&'static str, String)> {
    ann.mentions
        .iter()
        .map(|m| (m.kind.as_str(), m.text.clone()))
        .collect()
}

/// Annotates and asserts the invariants every annotation must keep.
pub fn annotate(text: &str) -> Annotation {
    let ann = engine().annotate(text);
    let chars: Vec<char> = text.chars().collect();
    let mut last_end = 0;
    for m in &ann.mentions {
        assert!(
            m.start < m.end && m.end <= chars.len(),
            "span out of range: {m:?}"
        );
        assert!(m.start >= last_end, "spans overlap or are unsorted: {m:?}");
        last_end = m.end;
        let slice: String = chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.text, "mention text differs from its slice");
        assert!(!m.reason.is_empty());
        assert!(ann.entities[m.entity]
            .mentions
            .iter()
            .any(|&i| ann.mentions[i] == *m));
    }
    for e in &ann.entities {
        assert!(!e.mentions.is_empty());
        assert!(e.mentions.iter().all(|&i| ann.mentions[i].kind == e.kind));
    }
    ann
}

/// Whether `ann` has a mention of `kind` with exactly `text`.
pub fn has(ann: &Annotation, kind: Kind, text: &str) -> bool {
    ann.mentions
        .iter()
        .any(|m| m.kind == kind && m.text == text)
}
