//! Demonyms and national adjectives (`Turkish`, `South Korean`) and the
//! country each belongs to; regional adjectives (`European`, `Arab`) with none.
//!
//! Data: `data/generated/demonyms.tsv` (demonym, ISO country code or `*`),
//! built by `scripts/data/build.mjs` from npm `world-countries` (ODbL) plus the
//! fixes in `data/sources/demonyms-extra.tsv`. Adjectives only: no plurals
//! (`Russians`).

use super::casing::FxMap;
use crate::engine::tokenize::tokenize;

/// The embedded demonym table.
pub const DEMONYMS_TSV: &str = include_str!("../../../data/generated/demonyms.tsv");

/// The words after the first of a multi-word demonym, and its country code.
type Tail = (Vec<&'static str>, Option<&'static str>);

/// Demonyms, whole and by first word.
#[derive(Debug, Default)]
pub struct Demonyms {
    /// Demonym as written (`Turkish`, `South Korean`) -> country code, or
    /// `None` for a regional adjective (`European`).
    pub whole: FxMap<&'static str, Option<&'static str>>,
    /// First word of a multi-word demonym -> (its other words, country code),
    /// longest first.
    multi: FxMap<&'static str, Vec<Tail>>,
}

impl Demonyms {
    /// Parses a table in the format of `data/generated/demonyms.tsv`.
    pub fn parse(tsv: &'static str) -> Demonyms {
        let mut d = Demonyms::default();
        for (name, cc) in tsv
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(d, cc)| !d.is_empty() && !cc.is_empty())
        {
            let cc = (cc != "*").then_some(cc);
            d.whole.insert(name, cc);
            if name.contains(' ') || name.contains('-') {
                let doc = tokenize(name);
                let words: Vec<&'static str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
                if let Some((first, rest)) = words.split_first() {
                    d.multi.entry(first).or_default().push((rest.to_vec(), cc));
                }
            }
        }
        for v in d.multi.values_mut() {
            v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        }
        d
    }

    /// The longest demonym starting at `words[0]`: how many words, and its
    /// country code (`None` for `European`). Exact case.
    pub fn longest(&self, words: &[&str]) -> Option<(usize, Option<&'static str>)> {
        let first = *words.first()?;
        if let Some(v) = self.multi.get(first) {
            for (rest, cc) in v {
                if words.len() > rest.len() && words[1..=rest.len()] == rest[..] {
                    return Some((1 + rest.len(), *cc));
                }
            }
        }
        self.whole.get(first).map(|&cc| (1, cc))
    }

    /// Words that [`super::flags::DEMONYM`] marks: single-word demonyms and
    /// the last word of multi-word ones (`Korean` in `South Korean`).
    pub fn flagged_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.whole
            .keys()
            .filter(|k| !k.contains(' ') && !k.contains('-'))
            .copied()
            .chain(
                self.multi
                    .values()
                    .flatten()
                    .filter_map(|(rest, _)| rest.last().copied()),
            )
    }
}
