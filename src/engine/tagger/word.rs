//! Facts about one word that do not depend on where it stands (hashes of
//! its spelling, lower case, shape and affixes; its case, lexicon flags and
//! suffix class), and the table of distinct words that computes them once
//! per word: per document, and while tagging, across documents.

use super::clusters::cluster_of;
use super::hash::{bytes_hash, fnv_step, premix, IdMap, FNV_OFFSET};
use crate::engine::lexicon::Lexicon;
use crate::engine::positions::is_title_word;

/// Capitalisation class of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    Lower,
    Init,
    Upper,
    Mixed,
    Digit,
    Other,
}

/// Whether a word of this case counts as capitalised.
pub(super) fn capitalised(c: Case) -> bool {
    !matches!(c, Case::Lower | Case::Digit | Case::Other)
}

/// Facts about a word that do not depend on where it stands.
#[derive(Clone, Copy, Debug)]
pub(super) struct WordInfo {
    pub(super) word: u64,
    pub(super) lower: u64,
    pub(super) shape: u64,
    pub(super) short: u64,
    /// `premix(lower)` and `premix(short)` (see [`super::hash::premix`]).
    pub(super) lower_mixed: u64,
    pub(super) short_mixed: u64,
    pub(super) case: Case,
    pub(super) flags: u32,
    pub(super) title: bool,
    pub(super) prefix: [u64; 4],
    pub(super) suffix: [u64; 4],
    pub(super) nchars: u32,
    pub(super) class: u64,
    /// Brown cluster id (0: none; see [`super::clusters`]).
    pub(super) cluster: u32,
}

/// Which facts need the lexicons (the feature groups that are on).
#[derive(Clone, Copy, Debug)]
pub(super) struct Lookups {
    /// Look up the lexicon flags.
    pub(super) flags: bool,
    /// Look up whether the word is a title word.
    pub(super) title: bool,
    /// Look up the word's Brown cluster.
    pub(super) cluster: bool,
}

/// Distinct words kept from document to document while tagging: before a
/// document, a table this full keeps only its most used half. At 8192 the
/// ~9,500 distinct words of the CoNLL test documents, annotated one by one,
/// evicted half the table every few documents and recomputed it; at most
/// ~6 MB at this size (a word's facts and the scorer's rows of it).
pub(super) const CACHE_WORDS: usize = 16384;

/// What [`WordTable::start`] kept of the previous documents' words.
pub(super) enum Kept {
    /// Every entry, at the same index.
    All,
    /// Nothing.
    None,
    /// These entries (old indexes), now at indexes 0, 1, ….
    Some(Vec<u32>),
}

/// The distinct words of a document (and, while tagging, of recent
/// documents), each with its [`WordInfo`].
#[derive(Default)]
pub(super) struct WordTable {
    /// Raw word hash -> index into `infos`.
    index: IdMap<u32>,
    /// Facts of each distinct word.
    pub(super) infos: Vec<WordInfo>,
    /// How often each entry of `infos` was used since it was last kept.
    uses: Vec<u32>,
    /// The text of each entry of `infos`, as a range of `arena`.
    spellings: Vec<(u32, u32)>,
    arena: String,
    /// The model id and lexicon address the table was kept for (`None`:
    /// one document only).
    owner: Option<(u64, usize)>,
    /// Scratch: the lower-case word being read.
    lc: Vec<char>,
    lc_str: String,
    /// Scratch: the title-case word for a cluster look-up.
    title: String,
    /// One word type in this many has no cluster (trainer only; 0: none).
    pub(super) cluster_dropout: u32,
}

impl WordTable {
    /// Readies the table for a document. The words outlive the document
    /// only while tagging with the same model and the (static) embedded
    /// lexicon (`owner`, as before); when full, the less used half is dropped.
    pub(super) fn start(&mut self, owner: Option<(u64, usize)>) -> Kept {
        let kept = if owner.is_none() || owner != self.owner {
            self.index.clear();
            self.infos.clear();
            self.uses.clear();
            self.spellings.clear();
            self.arena.clear();
            Kept::None
        } else if self.infos.len() >= CACHE_WORDS {
            Kept::Some(self.evict())
        } else {
            Kept::All
        };
        self.owner = owner;
        kept
    }

    /// Forgets the owner: the next [`WordTable::start`] empties the table.
    pub(super) fn forget(&mut self) {
        self.owner = None;
    }

    /// The index of word `w`'s entry, added if new.
    pub(super) fn index_of(&mut self, w: &str, lex: &Lexicon, look: Lookups) -> u32 {
        let key = bytes_hash(w.as_bytes());
        match self.index.get(&key).copied() {
            Some(k) if self.spelling(k) == w => {
                self.uses[k as usize] = self.uses[k as usize].saturating_add(1);
                k
            }
            hit => {
                let scratch = (&mut self.lc, &mut self.lc_str, &mut self.title);
                let mut info = WordInfo::of(w, lex, look, scratch);
                let d = self.cluster_dropout as u64;
                if d > 0 && bytes_hash(self.lc_str.as_bytes()) % d == 0 {
                    info.cluster = 0;
                }
                let k = self.infos.len() as u32;
                if hit.is_none() {
                    self.index.insert(key, k);
                }
                self.push(w, info, 1);
                k
            }
        }
    }

    fn push(&mut self, w: &str, info: WordInfo, uses: u32) {
        self.infos.push(info);
        self.uses.push(uses);
        let a = self.arena.len() as u32;
        self.arena.push_str(w);
        self.spellings.push((a, self.arena.len() as u32));
    }

    /// Keeps the most used entries (at most half of [`CACHE_WORDS`]), in
    /// their order, with their uses halved; returns their old indexes.
    fn evict(&mut self) -> Vec<u32> {
        let mut order = self.uses.clone();
        order.sort_unstable_by(|a, b| b.cmp(a));
        let threshold = order[CACHE_WORDS / 2];
        let (infos, uses, spellings, arena) = (
            std::mem::take(&mut self.infos),
            std::mem::take(&mut self.uses),
            std::mem::take(&mut self.spellings),
            std::mem::take(&mut self.arena),
        );
        self.index.clear();
        let kept: Vec<u32> = (0..infos.len() as u32)
            .filter(|&k| uses[k as usize] > threshold)
            .collect();
        for &k in &kept {
            let (a, b) = spellings[k as usize];
            let w = &arena[a as usize..b as usize];
            self.index
                .insert(bytes_hash(w.as_bytes()), self.infos.len() as u32);
            self.push(w, infos[k as usize], uses[k as usize] / 2);
        }
        kept
    }

    /// The spelling of `infos[k]`.
    fn spelling(&self, k: u32) -> &str {
        let (a, b) = self.spellings[k as usize];
        &self.arena[a as usize..b as usize]
    }
}

impl WordInfo {
    /// The facts about `w` (`scratch`: buffers for its lower case as
    /// characters and as a string, and for a title-case form).
    fn of(
        w: &str,
        lex: &Lexicon,
        look: Lookups,
        scratch: (&mut Vec<char>, &mut String, &mut String),
    ) -> WordInfo {
        let (lc, lc_str, title_buf) = scratch;
        lc.clear();
        lc_str.clear();
        let (mut word, mut lower, mut shape, mut short) =
            (FNV_OFFSET, FNV_OFFSET, FNV_OFFSET, FNV_OFFSET);
        let mut last_shape = 0u32;
        let mut prefix = [0u64; 4];
        let mut nchars = 0u32;
        for c in w.chars().map(fold_punct) {
            word = fnv_step(word, c as u32);
            let sc = shape_char(c);
            if nchars < 8 {
                shape = fnv_step(shape, sc);
            }
            if sc != last_shape {
                short = fnv_step(short, sc);
                last_shape = sc;
            }
            for l in c.to_lowercase() {
                lower = fnv_step(lower, l as u32);
                lc.push(l);
                lc_str.push(l);
                let k = lc.len();
                if k <= 4 {
                    prefix[k - 1] = lower;
                }
            }
            nchars += 1;
        }
        if nchars > 8 {
            shape = fnv_step(shape, '+' as u32);
        }
        let mut suffix = [0u64; 4];
        let mut h = FNV_OFFSET;
        for (k, &c) in lc.iter().rev().take(4).enumerate() {
            h = fnv_step(h, c as u32);
            suffix[k] = h;
        }
        let case = case_of(w);
        let flags = if look.flags { lex.word_flags(w) } else { 0 };
        let title = look.title
            && matches!(case, Case::Lower | Case::Init | Case::Upper | Case::Mixed)
            && is_title_word(lc_str);
        let cluster = if look.cluster {
            cluster_of(w, lc_str, title_buf)
        } else {
            0
        };
        WordInfo {
            word,
            lower,
            shape,
            short,
            lower_mixed: premix(lower),
            short_mixed: premix(short),
            case,
            flags,
            title,
            prefix,
            suffix,
            nchars,
            class: suffix_class(lc),
            cluster,
        }
    }
}

fn case_of(w: &str) -> Case {
    let (mut up, mut low, mut digit, mut other) = (0, 0, 0, 0);
    let mut first_up = false;
    for (k, c) in w.chars().enumerate() {
        if c.is_uppercase() {
            up += 1;
            if k == 0 {
                first_up = true;
            }
        } else if c.is_lowercase() {
            low += 1;
        } else if c.is_numeric() {
            digit += 1;
        } else {
            other += 1;
        }
    }
    let _ = other;
    if up == 0 && low == 0 {
        if digit > 0 {
            Case::Digit
        } else {
            Case::Other
        }
    } else if up == 0 {
        Case::Lower
    } else if low == 0 {
        Case::Upper
    } else if first_up && up == 1 {
        Case::Init
    } else {
        Case::Mixed
    }
}

/// Typographic quotes and dashes as their ASCII forms (CoNLL is ASCII;
/// news writes `’s`, `“`, `–`).
#[inline]
fn fold_punct(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' | '´' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '–' | '—' | '‐' | '‑' => '-',
        c => c,
    }
}

fn shape_char(c: char) -> u32 {
    if c.is_uppercase() {
        'X' as u32
    } else if c.is_lowercase() {
        'x' as u32
    } else if c.is_numeric() {
        'd' as u32
    } else if c.is_alphabetic() {
        'a' as u32
    } else {
        c as u32
    }
}

/// A coarse class of the word ending: agentive, demonym, place-like, etc.
fn suffix_class(lc: &[char]) -> u64 {
    const CLASSES: &[(&str, u64)] = &[
        ("ians", 1),
        ("ian", 1),
        ("ese", 2),
        ("ish", 3),
        ("ans", 4),
        ("an", 4),
        ("ers", 5),
        ("er", 5),
        ("son", 6),
        ("sen", 6),
        ("ski", 7),
        ("sky", 7),
        ("ov", 8),
        ("ova", 8),
        ("ev", 8),
        ("ic", 9),
        ("land", 10),
        ("stan", 10),
        ("ia", 11),
        ("burg", 12),
        ("ton", 12),
        ("ville", 12),
        ("ford", 12),
        ("ing", 13),
        ("ed", 14),
        ("ly", 15),
        ("tion", 16),
        ("ment", 16),
        ("ness", 16),
        ("ist", 17),
        ("ists", 17),
        ("co", 18),
        ("corp", 18),
        ("inc", 18),
        ("ez", 19),
        ("es", 20),
        ("s", 21),
    ];
    // The longest matching ending wins.
    let mut best = (0, 0);
    for &(suf, id) in CLASSES {
        let n = suf.len();
        if n > best.0 && lc.len() > n + 1 && lc[lc.len() - n..].iter().copied().eq(suf.chars()) {
            best = (n, id);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_suffix_classes() {
        for (w, class) in [("Ukrainian", 1), ("Kazakhstan", 10), ("an", 0)] {
            let lc: Vec<char> = w.to_lowercase().chars().collect();
            assert_eq!(suffix_class(&lc), class, "{w}");
        }
    }

    #[test]
    fn word_cases() {
        for (w, case) in [
            ("kyiv", Case::Lower),
            ("Kyiv", Case::Init),
            ("KYIV", Case::Upper),
            ("McKay", Case::Mixed),
            ("2024", Case::Digit),
            ("—", Case::Other),
        ] {
            assert_eq!(case_of(w), case, "{w}");
        }
    }
}
