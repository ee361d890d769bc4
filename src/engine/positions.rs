//! Positions: titles, offices, ranks and jobs (`Defense Minister`, `presidential
//! aide`, `Lt. Gen.`), found by a lexicon of heads and modifiers plus patterns.
//!
//! PLACEHOLDER: being written. `is_title_word` is the contract the tagger uses.

/// Whether `word` is the head word of a title (`President`, `minister`, `Gen.`),
/// in any case.
pub fn is_title_word(_word: &str) -> bool {
    false
}
