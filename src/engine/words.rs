//! The engine's hand-written word lists, compiled from `data/sources/words/*.txt`
//! by `build.rs` (one list a file; each file's header says what it holds, which
//! passes read it and whether it matches exactly or case-folded).
//!
//! Entries are kept sorted. A short list is scanned; a longer one comes with
//! a static hash table built by `build.rs` ([`slots`]), or else is
//! binary-searched. A very long list, looked up a few times a document (the
//! given names of one sex), is one text of lines instead ([`WordList::joined`]),
//! binary-searched: a hash table and a pointer per entry would take the page
//! several times the bytes of the words. A folded list holds its entries in
//! lower case and folds the word looked up.

pub mod slots;

/// Lists with no hash table this long or shorter are scanned rather than
/// binary-searched (build.rs gives a table to every list over 8 entries:
/// hashing the word beats comparing it with a dozen entries or more).
const SHORT: usize = 48;

/// Folded ASCII words up to this many bytes are lower-cased on the stack.
const FOLD_BUF: usize = 64;

/// One word list.
#[derive(Debug)]
pub struct WordList {
    /// The file's name without `.txt`.
    pub name: &'static str,
    /// Whether entries match in any case (`true`) or exactly.
    pub folded: bool,
    /// The entries, sorted (lower case when folded).
    pub words: &'static [&'static str],
    /// Bit `min(len, 63)` set for each entry's length in bytes.
    lens: u64,
    /// Bit `b % 128` set for each entry's first byte `b`.
    firsts: u128,
    /// The entries' hash table ([`slots`]), or none (binary search).
    slots: &'static [u16],
    /// The entries as one text, sorted lines, for a list built by
    /// [`WordList::joined`] (then `words` is empty); else empty.
    lines: &'static str,
}

impl WordList {
    /// A list of `words` (sorted; lower case when `folded`).
    pub const fn new(name: &'static str, folded: bool, words: &'static [&'static str]) -> WordList {
        WordList::with_slots(name, folded, words, &[])
    }

    /// A list of `words` with their hash table, laid out by
    /// [`slots::table`] (build.rs does, for every list over 8 entries).
    pub const fn with_slots(
        name: &'static str,
        folded: bool,
        words: &'static [&'static str],
        slots: &'static [u16],
    ) -> WordList {
        let (mut lens, mut firsts) = (0u64, 0u128);
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            lens |= 1 << if w.len() < 63 { w.len() } else { 63 };
            if !w.is_empty() {
                firsts |= 1 << (w[0] % 128);
            }
            k += 1;
        }
        WordList {
            name,
            folded,
            words,
            lens,
            firsts,
            slots,
            lines: "",
        }
    }

    /// A list of the entries in `lines`: one a line, sorted by their bytes
    /// (lower case when `folded`), no empty line.
    pub const fn joined(name: &'static str, folded: bool, lines: &'static str) -> WordList {
        let b = lines.as_bytes();
        let (mut lens, mut firsts) = (0u64, 0u128);
        let (mut start, mut k) = (0, 0);
        while k <= b.len() {
            if k == b.len() || b[k] == b'\n' {
                let len = k - start;
                lens |= 1 << if len < 63 { len } else { 63 };
                if len > 0 {
                    firsts |= 1 << (b[start] % 128);
                }
                start = k + 1;
            }
            k += 1;
        }
        WordList {
            name,
            folded,
            words: &[],
            lens,
            firsts,
            slots: &[],
            lines,
        }
    }

    /// Whether some entry opens with the byte `b % 128` (a 64-bit test, not
    /// a shift of all 128 bits).
    #[inline(always)]
    fn may_open(&self, b: u8) -> bool {
        let b = b % 128;
        let half = if b < 64 {
            self.firsts as u64
        } else {
            (self.firsts >> 64) as u64
        };
        half >> (b % 64) & 1 != 0
    }

    /// Whether the entries hold `key` exactly (`key` lower case for folded lists).
    #[inline(always)]
    fn holds(&self, key: &[u8]) -> bool {
        if !self.lines.is_empty() {
            return lines_hold(self.lines.as_bytes(), key);
        }
        if !self.slots.is_empty() {
            return slots::holds(self.slots, self.words, key);
        }
        self.words
            .binary_search_by(|e| e.as_bytes().cmp(key))
            .is_ok()
    }

    /// Whether no entry can be `word` (lower-cased first when `fold`), by its
    /// length and first byte: most words looked up are rejected here.
    #[inline]
    fn surely_not(&self, word: &str, fold: bool) -> bool {
        let w = word.as_bytes();
        let first = w
            .first()
            .map_or(0, |&b| if fold { b.to_ascii_lowercase() } else { b });
        self.lens & (1 << w.len().min(63)) == 0 || (!w.is_empty() && !self.may_open(first))
    }

    /// Whether `word` (or a phrase, words joined by single spaces) is in the list.
    ///
    /// Most words looked up are in no list: this inlined part rejects them by
    /// their first byte (and, for exact lists, their length) before the call.
    #[inline(always)]
    pub fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        if let Some(&b) = w.first() {
            // An ASCII first byte folds to an ASCII first byte, whatever follows.
            if b.is_ascii() {
                let f = if self.folded {
                    b.to_ascii_lowercase()
                } else {
                    b
                };
                if !self.may_open(f) {
                    return false;
                }
            }
            if !self.folded && self.lens & (1 << w.len().min(63)) == 0 {
                return false;
            }
        }
        self.lookup(word)
    }

    /// [`WordList::contains`] past the quick rejection.
    #[inline(never)]
    fn lookup(&self, word: &str) -> bool {
        // A short list is scanned: comparing lengths first beats a binary
        // search's byte comparisons for the few entries most lists hold.
        let short = self.slots.is_empty() && self.lines.is_empty() && self.words.len() <= SHORT;
        if (!self.folded || word.is_ascii()) && self.surely_not(word, self.folded) {
            return false;
        }
        if !self.folded {
            return if short {
                self.words.contains(&word)
            } else {
                self.holds(word.as_bytes())
            };
        }
        if word.is_ascii() {
            if short {
                return self.words.iter().any(|e| e.eq_ignore_ascii_case(word));
            }
            // Already in lower case (most words looked up): as it is.
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return self.holds(word.as_bytes());
            }
            // Lower-case into a stack buffer once, so that the binary search
            // compares plain byte slices (a per-byte folding comparator cost
            // several times more on the long lists).
            let mut buf = [0u8; FOLD_BUF];
            if let Some(lower) = buf.get_mut(..word.len()) {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                return self.holds(lower);
            }
            self.holds(word.to_ascii_lowercase().as_bytes())
        } else {
            self.holds(word.to_lowercase().as_bytes())
        }
    }

    /// The entries (lower case when folded).
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        let lines = self.lines.split('\n').filter(|l| !l.is_empty());
        self.words.iter().copied().chain(lines)
    }
}

/// Whether `key` is a line of `text` (sorted lines): a binary search over
/// bytes, each probe widened to the line it falls in.
fn lines_hold(text: &[u8], key: &[u8]) -> bool {
    // The lines still in question: `text[lo..hi]`, `hi` the text's end or
    // the newline that ends its last line.
    let (mut lo, mut hi) = (0, text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = text[lo..mid]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = text[mid..hi]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(hi, |p| mid + p);
        match text[start..end].cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater if start == lo => return false,
            std::cmp::Ordering::Greater => hi = start - 1,
        }
    }
    false
}

include!(concat!(env!("OUT_DIR"), "/words.rs"));

#[cfg(test)]
mod tests {
    use super::WordList;

    static EXACT: WordList = WordList::new("t", false, &["Dr.", "Mr", "Sir"]);
    static FOLDED: WordList = WordList::new("t", true, &["de la", "río", "von"]);

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

    /// A list with its hash table finds exactly its entries.
    #[test]
    fn words_hash_tables_hold_exactly_their_entries() {
        let words: Vec<String> = (0..200).map(|i| format!("w{i:03}x")).collect();
        let words: &'static [&'static str] =
            Vec::leak(words.iter().map(|w| &*String::leak(w.clone())).collect());
        let slots: &'static [u16] = Vec::leak(super::slots::table(words));
        let list = WordList::with_slots("t", false, words, slots);
        for w in words {
            assert!(list.contains(w), "{w}");
        }
        for w in ["w200x", "w00x", "w000", "", "x", "w000xx"] {
            assert!(!list.contains(w), "{w}");
        }
        assert!(super::FUNCTION_NOUNS
            .iter()
            .all(|w| super::FUNCTION_NOUNS.contains(w)));
    }

    /// A list kept as one text finds exactly its lines, in any case when
    /// folded, and lists every entry.
    #[test]
    fn words_joined_lists_hold_exactly_their_lines() {
        static ONE: WordList = WordList::joined("t", false, "Ana");
        static NAMES: WordList = WordList::joined("t", false, "Ana\nBeatriz\nCarla\nDana\nÉlise");
        static FOLDED: WordList = WordList::joined("t", true, "ana\nbeatriz\nélise");
        for (list, word, expected) in [
            (&ONE, "Ana", true),
            (&ONE, "An", false),
            (&ONE, "Anab", false),
            (&NAMES, "Ana", true),
            (&NAMES, "Beatriz", true),
            (&NAMES, "Carla", true),
            (&NAMES, "Dana", true),
            (&NAMES, "Élise", true),
            (&NAMES, "Aaron", false),
            (&NAMES, "Bea", false),
            (&NAMES, "Carlos", false),
            (&NAMES, "Zoe", false),
            (&NAMES, "ana", false),
            (&NAMES, "", false),
            (&FOLDED, "BEATRIZ", true),
            (&FOLDED, "Élise", true),
            (&FOLDED, "Carla", false),
        ] {
            assert_eq!(list.contains(word), expected, "{word}");
        }
        assert_eq!(NAMES.iter().count(), 5);
        for list in [&super::FEMALE_GIVEN_NAMES, &super::MALE_GIVEN_NAMES] {
            assert!(list.iter().count() > 1000);
            assert!(list.iter().all(|w| list.contains(w)), "{}", list.name);
        }
    }
}
