//! Demonyms and national adjectives (`Turkish`, `South Korean`) and the
//! country each belongs to.
//!
//! Data: `data/generated/demonyms.tsv` (demonym, ISO country code), built by
//! `scripts/data/build.mjs` from npm `world-countries` (ODbL) plus the fixes in
//! `data/sources/demonyms-extra.tsv`. Adjectives only: no plurals (`Russians`).

use super::casing::FxMap;

/// The embedded demonym table.
pub const DEMONYMS_TSV: &str = include_str!("../../../data/generated/demonyms.tsv");

/// Demonym -> ISO 3166-1 alpha-2 code of its country.
pub fn parse(tsv: &'static str) -> FxMap<&'static str, &'static str> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(d, cc)| !d.is_empty() && !cc.is_empty())
        .collect()
}
