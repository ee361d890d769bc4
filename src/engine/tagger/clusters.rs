//! Brown word clusters: which of about a thousand distributional classes a
//! word form falls in (`Nairobi`, `Lagos` and `Reuters` share a class path
//! prefix), a feature that generalises beyond the words of the training set.
//!
//! Data: `data/generated/clusters.txt`, written by `scripts/data/clusters.py`
//! from PyPI `spacy-lookups-data` 1.0.5 (MIT): one line per cluster, its id
//! (the bit path, first bit lowest, so `id & ((1 << k) - 1)` is the path's
//! first `k` bits) and its word forms. Parsed once, on first use.
//!
//! Only with the cargo feature `clusters`: without it no word has a cluster
//! and the table is not embedded (a model trained with the cluster groups
//! then fails to load). Measured and not adopted: `docs/model-training.md`.

#[cfg(feature = "clusters")]
use std::sync::OnceLock;

#[cfg(feature = "clusters")]
use crate::engine::lexicon::casing::FxMap;

/// Whether this build has the cluster table.
pub(super) const AVAILABLE: bool = cfg!(feature = "clusters");

/// The embedded cluster table.
#[cfg(feature = "clusters")]
const CLUSTERS_TXT: &str = include_str!("../../../data/generated/clusters.txt");

/// Word form -> cluster id.
#[cfg(feature = "clusters")]
fn table() -> &'static FxMap<&'static str, u32> {
    static TABLE: OnceLock<FxMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FxMap::default();
        for line in CLUSTERS_TXT.lines().filter(|l| !l.starts_with('#')) {
            let Some((id, words)) = line.split_once('\t') else {
                continue;
            };
            let id: u32 = id.parse().expect("clusters.txt: cluster id");
            map.extend(words.split(' ').map(|w| (w, id)));
        }
        map
    })
}

/// The cluster id of word `w` (0: none). A form not in the table is looked
/// up in title case when it has no lower-case letter (`BRAZIL` as `Brazil`),
/// then in lower case (`lower`, `w` lower-cased); `title` is scratch.
#[cfg(not(feature = "clusters"))]
pub(super) fn cluster_of(_w: &str, _lower: &str, _title: &mut String) -> u32 {
    0
}

/// Whether the table holds lower-case forms only (`clusters.py --lower`, a
/// measured variant): then a word with a capital has no cluster, so a model
/// can read the clusters of context words (`toured`, `mayor`) but never a
/// name's own.
#[cfg(feature = "clusters")]
fn lower_only() -> bool {
    static LOWER_ONLY: OnceLock<bool> = OnceLock::new();
    *LOWER_ONLY.get_or_init(|| {
        CLUSTERS_TXT
            .lines()
            .next()
            .is_some_and(|l| l.contains(" --lower;"))
    })
}

/// The cluster id of word `w` (0: none). A form not in the table is looked
/// up in title case when it has no lower-case letter (`BRAZIL` as `Brazil`),
/// then in lower case (`lower`, `w` lower-cased); `title` is scratch. With a
/// lower-case table only a word without capitals has a cluster.
#[cfg(feature = "clusters")]
pub(super) fn cluster_of(w: &str, lower: &str, title: &mut String) -> u32 {
    lookup(table(), lower_only(), w, lower, title)
}

/// [`cluster_of`] in table `t` (`lower_only`: it holds lower-case forms only).
#[cfg(feature = "clusters")]
fn lookup(
    t: &FxMap<&'static str, u32>,
    lower_only: bool,
    w: &str,
    lower: &str,
    title: &mut String,
) -> u32 {
    if let Some(&c) = t.get(w) {
        return c;
    }
    if lower == w || lower_only {
        return 0;
    }
    if !w.chars().any(char::is_lowercase) {
        let mut cs = lower.chars();
        title.clear();
        if let Some(first) = cs.next() {
            title.extend(first.to_uppercase());
            title.push_str(cs.as_str());
        }
        if let Some(&c) = t.get(title.as_str()) {
            return c;
        }
    }
    t.get(lower).copied().unwrap_or(0)
}

#[cfg(all(test, feature = "clusters"))]
mod tests {
    use super::*;

    #[test]
    fn clusters_prefixes_of_common_words() {
        // (word, its cluster id, its 6-bit path prefix: 0b100110 is a class
        // of place names)
        let mut s = String::new();
        for (w, id, prefix6) in [
            ("Tokyo", 678, 0b100110),
            ("London", 678, 0b100110),
            ("Brazil", 1446, 0b100110),
            ("BRAZIL", 1446, 0b100110), // not in the table: as `Brazil`
            ("Atlanta", 166, 0b100110),
            ("the", 0b1011, 0b1011),
            ("said", 0b111_0100, 0b11_0100),
            ("Said", 446, 0b11_1110), // a name as well
            ("Qwzxkv", 0, 0),
        ] {
            let c = cluster_of(w, &w.to_lowercase(), &mut s);
            assert_eq!(c, id, "{w}: {c:b}");
            assert_eq!(c & 63, prefix6, "{w}: {c:b}");
        }
    }

    #[test]
    fn clusters_lower_case_table_gives_capitalised_words_none() {
        // An invented table of lower-case forms: `vorlan` is also a name.
        let t: FxMap<&'static str, u32> = [("toured", 5), ("mayor", 9), ("vorlan", 38)]
            .into_iter()
            .collect();
        let mut s = String::new();
        for (w, lower_only, id) in [
            ("toured", true, 5),
            ("mayor", true, 9),
            ("Mayor", true, 0),
            ("MAYOR", true, 0),
            ("Vorlan", true, 0),
            ("Vorlan", false, 38), // the mixed-case table's fallback
            ("MAYOR", false, 9),
        ] {
            assert_eq!(
                lookup(&t, lower_only, w, &w.to_lowercase(), &mut s),
                id,
                "{w}"
            );
        }
    }

    #[test]
    fn clusters_file_is_generated_and_small() {
        let first = CLUSTERS_TXT.lines().next().unwrap_or_default();
        assert!(
            first.contains("generated by scripts/data/clusters.py")
                && first.ends_with("do not edit."),
            "{first}"
        );
        // About 150 KB gzip -9 for 40,000 words; the page's budget is 1.5 MB in all.
        assert!(CLUSTERS_TXT.len() < 350_000, "{}", CLUSTERS_TXT.len());
        assert!(table().len() > 30_000, "{}", table().len());
    }
}
