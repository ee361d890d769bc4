//! Stage 2: lexicons. Gazetteers of places (with facts), demonyms, given names
//! and honorifics, embedded at build time from `data/generated/`.
//!
//! PLACEHOLDER INTERFACE: the data files and loaders are being written; the
//! method signatures here are the contract other stages use.

use crate::engine::annotation::PlaceFacts;

/// Bits returned by [`Lexicon::word_flags`].
pub mod flags {
    /// The word begins a place name in the gazetteer.
    pub const PLACE_FIRST: u32 = 1;
    /// The word is inside (not first in) a multi-word place name.
    pub const PLACE_INNER: u32 = 2;
    /// The word alone is a country name or alias.
    pub const COUNTRY: u32 = 4;
    /// The word alone is a city name.
    pub const CITY: u32 = 8;
    /// The word alone is a region, state, continent or other place.
    pub const REGION: u32 = 16;
    /// A common given name.
    pub const GIVEN_NAME: u32 = 32;
    /// A demonym or national adjective (`Turkish`).
    pub const DEMONYM: u32 = 64;
    /// An honorific (`Mr.`, `Sheikh`).
    pub const HONORIFIC: u32 = 128;
}

/// A place known to the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Its usual English name.
    pub name: String,
    /// Facts shown to the reader.
    pub facts: PlaceFacts,
}

/// All embedded lexicons.
#[derive(Debug, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicons embedded in the binary, parsed once.
    pub fn embedded() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(Lexicon::default)
    }

    /// The longest place name starting at `words[0]`: how many words it spans
    /// and the best-known place of that name. Matches case-insensitively when
    /// the words are all capitals, exactly otherwise.
    pub fn longest_place(&self, _words: &[&str]) -> Option<(usize, &Place)> {
        None
    }

    /// The country for a demonym or adjective: `Turkish` -> `Turkey`.
    pub fn demonym_country(&self, _word: &str) -> Option<&str> {
        None
    }

    /// Whether `word` is a common given name (`Marco`, `Olena`).
    pub fn is_given_name(&self, _word: &str) -> bool {
        false
    }

    /// Lexicon evidence about one word, as bits (see [`flags`]), for the
    /// tagger's features. Case-sensitive except for ALL-CAPS words.
    pub fn word_flags(&self, _word: &str) -> u32 {
        0
    }

    /// Whether `word` is an honorific that is not an office (`Mr.`, `Sheikh`).
    pub fn is_honorific(&self, _word: &str) -> bool {
        false
    }
}
