//! What the lexicons and the title list say about the training words, as
//! one number. The trainer records it in `tagger.json`; a test recomputes
//! it, so a model trained before the lexicons changed is caught. Compiled
//! for the trainer (feature `train`) and the tests only.

use super::hash::{feat2, mix, str_hash, FNV_OFFSET};
use crate::engine::lexicon::Lexicon;
use crate::engine::positions::is_title_word;

/// A fingerprint of what the lexicons and the title list say about `words`
/// (lexicon flags and title-word status of each).
pub fn lexicon_fingerprint<'a>(words: impl Iterator<Item = &'a str>, lex: &Lexicon) -> u64 {
    let mut h = FNV_OFFSET;
    let mut lc = String::new();
    for w in words {
        lc.clear();
        lc.extend(w.chars().flat_map(char::to_lowercase));
        let bits = lex.word_flags(w) as u64 | (is_title_word(&lc) as u64) << 32;
        if bits != 0 {
            h = mix(h ^ feat2(0, str_hash(w), bits));
        }
    }
    h
}

/// The words of a CoNLL file (first column), for [`lexicon_fingerprint`].
pub fn conll_words(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .filter(|l| !l.starts_with("-DOCSTART-"))
        .filter_map(|l| l.split_whitespace().next())
}
