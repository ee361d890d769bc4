//! Tests of the extractor: per-document determinism, ALL-CAPS words and
//! typographic punctuation.

use super::*;
use crate::engine::tagger::hash::{feat, str_hash};
use crate::engine::tagger::templates::T_WORD;
use crate::engine::tokenize::tokenize;

#[test]
fn features_deterministic_per_document() {
    let doc = tokenize("Olena Marchetti flew to Lisbon.\nLISBON TALKS");
    let lex = Lexicon::default();
    let (mut a, mut b) = (DocFeatures::default(), DocFeatures::default());
    Extractor::new(groups::ALL).extract(&doc, &lex, &mut a);
    let mut e = Extractor::new(groups::ALL);
    e.extract(&tokenize("other text first"), &lex, &mut b);
    e.extract(&doc, &lex, &mut b);
    assert_eq!(a.feats, b.feats);
    assert_eq!(a.len(), doc.tokens.len());
    // The ALL-CAPS `LISBON` borrows the cased form's word feature.
    let lisbon = feat(T_WORD, str_hash("Lisbon"));
    assert!(a.token(4).contains(&lisbon));
    assert!(a.token(6).contains(&lisbon));
}

#[test]
fn features_fold_typographic_punctuation() {
    let lex = Lexicon::default();
    let mut e = Extractor::new(groups::ALL);
    for (typographic, ascii) in [
        ("Kyiv’s “deal” – done", "Kyiv's \"deal\" - done"),
        ("Ana’s «plan» — now", "Ana's \"plan\" - now"),
    ] {
        let (mut a, mut b) = (DocFeatures::default(), DocFeatures::default());
        e.extract(&tokenize(typographic), &lex, &mut a);
        e.extract(&tokenize(ascii), &lex, &mut b);
        assert_eq!(a.feats, b.feats, "{typographic}");
    }
}
