//! The engine's hand-written word lists, compiled from `data/sources/words/*.txt`
//! by `build.rs` (one list a file; each file's header says what it holds, which
//! passes read it and whether it matches exactly or case-folded).
//!
//! Entries are kept sorted, so a lookup is a binary search. A folded list holds
//! its entries in lower case and folds the word looked up.

/// One word list.
#[derive(Debug)]
pub struct WordList {
    /// The file's name without `.txt`.
    pub name: &'static str,
    /// Whether entries match in any case (`true`) or exactly.
    pub folded: bool,
    /// The entries, sorted (lower case when folded).
    pub words: &'static [&'static str],
}

impl WordList {
    /// Whether `word` (or a phrase, words joined by single spaces) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        if !self.folded {
            return self.words.binary_search(&word).is_ok();
        }
        if word.is_ascii() {
            self.words
                .binary_search_by(|e| e.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase())))
                .is_ok()
        } else {
            self.words
                .binary_search(&word.to_lowercase().as_str())
                .is_ok()
        }
    }

    /// The entries (lower case when folded).
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.words.iter().copied()
    }
}

include!(concat!(env!("OUT_DIR"), "/words.rs"));

#[cfg(test)]
mod tests {
    use super::WordList;

    const EXACT: WordList = WordList {
        name: "t",
        folded: false,
        words: &["Dr.", "Mr", "Sir"],
    };
    const FOLDED: WordList = WordList {
        name: "t",
        folded: true,
        words: &["de la", "río", "von"],
    };

    #[test]
    fn words_exact_and_folded_lookups() {
        for (list, word, expected) in [
            (&EXACT, "Mr", true),
            (&EXACT, "mr", false),
            (&EXACT, "Dr.", true),
            (&EXACT, "Dr", false),
            (&FOLDED, "Von", true),
            (&FOLDED, "VON", true),
            (&FOLDED, "De La", true),
            (&FOLDED, "Río", true),
            (&FOLDED, "RÍO", true),
            (&FOLDED, "van", false),
        ] {
            assert_eq!(
                list.contains(word),
                expected,
                "{} in {:?}",
                word,
                list.words
            );
        }
    }
}
