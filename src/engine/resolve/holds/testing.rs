//! Test helper for the hold patterns: resolves a sentence whose mentions are
//! marked by hand (`[Ana Ruiz]` a person, `{mayor}` a position, `<Oldland>`
//! a place), so a pattern's tests do not depend on the tagger or the rules.

use crate::engine::annotation::{Annotation, Kind};
use crate::engine::lexicon::Lexicon;
use crate::engine::resolve::resolve;
use crate::engine::rules::Candidate;
use crate::engine::tokenize::tokenize;

/// The annotation of `marked` with its marks as the only candidates.
pub fn annotate(marked: &str) -> Annotation {
    let mut text = String::new();
    // (first code point, one past the last, kind)
    let mut spans: Vec<(usize, usize, Kind)> = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for ch in marked.chars() {
        let at = text.chars().count();
        match ch {
            '[' => open = Some((at, Kind::Person)),
            '{' => open = Some((at, Kind::Position)),
            '<' => open = Some((at, Kind::Place)),
            ']' | '}' | '>' => {
                let (start, kind) = open.take().expect("a mark opened");
                spans.push((start, at, kind));
            }
            _ => text.push(ch),
        }
    }
    let doc = tokenize(&text);
    let token = |cp: usize| {
        doc.tokens
            .iter()
            .position(|t| t.start == cp)
            .unwrap_or_else(|| panic!("a token starts at {cp} in {text:?}"))
    };
    let candidates: Vec<Candidate> = spans
        .iter()
        .map(|&(start, end, kind)| Candidate {
            start: token(start),
            end: doc
                .tokens
                .iter()
                .rposition(|t| t.end == end)
                .expect("a token ends there")
                + 1,
            kind,
            reason: "test".into(),
        })
        .collect();
    resolve(&doc, candidates, Lexicon::embedded())
}

/// The holds of `marked`: `(person, post, reason)`, by person, in the order
/// found.
pub fn holds(marked: &str) -> Vec<(String, String, String)> {
    let ann = annotate(marked);
    let mut out = Vec::new();
    for e in &ann.entities {
        for h in &e.holds {
            let post = ann.entities[h.position].name.clone();
            out.push((e.name.clone(), post, h.reason.to_string()));
        }
    }
    out
}

/// Checks a table of `(marked sentence, expected holds)`, holds as
/// `(person, post)`, each found by the pattern whose reason is `reason`.
pub fn check(reason: &str, table: &[(&str, &[(&str, &str)])]) {
    for &(marked, expected) in table {
        let got = holds(marked);
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|&(person, post)| (person.into(), post.into(), reason.into()))
            .collect();
        assert_eq!(got, want, "{marked}");
    }
}
