//! Token features for the perceptron tagger, shared by the runtime and the
//! trainer so that both see exactly the same numbers.
//!
//! Takes a [`Doc`] and the [`Lexicon`], creates [`DocFeatures`]: for every
//! token a list of 64-bit feature hashes (template id mixed with the value).
//! Hashing uses explicit `u64` arithmetic with fixed constants (FNV-1a over
//! code points, then a splitmix64 finaliser), so the numbers are identical on
//! wasm32 and x86_64 and from run to run.
//!
//! Feature groups (bits of [`groups`]) can be switched off for ablations; the
//! model file records which were on.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{Label, Tag};
use crate::engine::lexicon::Lexicon;
use crate::engine::positions::is_title_word;
use crate::engine::tokenize::Doc;

/// Version of the feature templates; bump when any template changes meaning.
pub const FEATURE_VERSION: u32 = 1;

/// Number of BIO tags: `O`, then `B`/`I` for PER, LOC, ORG, MISC.
pub const NUM_TAGS: usize = 9;

/// Feature groups, as bits.
pub mod groups {
    /// Prefixes and suffixes 1-4 of the lower-case word.
    pub const AFFIX: u32 = 1;
    /// Words and shapes of the neighbours ±2, and word bigrams.
    pub const CONTEXT: u32 = 2;
    /// Gazetteer flags of the word and its neighbours.
    pub const LEXICON: u32 = 4;
    /// Title words (`President`, `minister`) before the word.
    pub const TITLE: u32 = 8;
    /// How the same word is written elsewhere in the document; cased form
    /// of ALL-CAPS words.
    pub const DOC_CASE: u32 = 16;
    /// Labels the first pass gave the same word elsewhere in the document.
    pub const DOC_LABEL: u32 = 32;
    /// Suffix classes of the word and coarse word-length buckets.
    pub const CLASS: u32 = 64;
    /// Neighbouring words of the same word's other capitalised occurrences
    /// in the document (context aggregation).
    pub const DOC_CONTEXT: u32 = 128;
    /// Words two to the left and right of the other occurrences.
    pub const DOC_CONTEXT2: u32 = 256;
    /// Every group.
    pub const ALL: u32 = 511;
}

/// Names of the groups in bit order, for reports.
pub const GROUP_NAMES: [&str; 9] = [
    "affix",
    "context",
    "lexicon",
    "title",
    "doc_case",
    "doc_label",
    "class",
    "doc_context",
    "doc_context2",
];

/// Index of a tag in `0..NUM_TAGS`.
pub fn tag_index(t: Tag) -> usize {
    let l = |l: Label| match l {
        Label::Per => 0,
        Label::Loc => 1,
        Label::Org => 2,
        Label::Misc => 3,
    };
    match t {
        Tag::O => 0,
        Tag::B(x) => 1 + 2 * l(x),
        Tag::I(x) => 2 + 2 * l(x),
    }
}

/// The tag with index `i` (see [`tag_index`]).
pub fn tag_from_index(i: usize) -> Tag {
    const L: [Label; 4] = [Label::Per, Label::Loc, Label::Org, Label::Misc];
    match i {
        0 => Tag::O,
        i if i % 2 == 1 => Tag::B(L[(i - 1) / 2 % 4]),
        i => Tag::I(L[(i - 2) / 2 % 4]),
    }
}

/// Whether tag `to` may follow tag `from` (`None` = sentence start) in BIO.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    if to == 0 || to % 2 == 1 {
        return true;
    }
    // `to` is I-x: only after B-x or I-x.
    matches!(from, Some(f) if f != 0 && f.div_ceil(2) == to / 2)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv_step(h: u64, c: u32) -> u64 {
    (h ^ c as u64).wrapping_mul(FNV_PRIME)
}

/// splitmix64 finaliser.
#[inline]
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash of a string (FNV-1a over code points).
pub fn str_hash(s: &str) -> u64 {
    s.chars().fold(FNV_OFFSET, |h, c| fnv_step(h, c as u32))
}

/// A feature from a template id and one value hash.
#[inline]
pub fn feat(template: u32, v: u64) -> u64 {
    mix(v ^ (template as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A feature from a template id and two value hashes.
#[inline]
pub fn feat2(template: u32, a: u64, b: u64) -> u64 {
    feat(template, mix(a).rotate_left(23) ^ b)
}

/// The 32-bit key a feature is stored under in the model (never 0).
#[inline]
pub fn key32(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Capitalisation class of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Lower,
    Init,
    Upper,
    Mixed,
    Digit,
    Other,
}

/// Facts about one token computed once.
#[derive(Clone, Copy, Debug)]
struct Tok {
    word: u64,
    lower: u64,
    shape: u64,
    short: u64,
    case: Case,
    flags: u32,
    title: bool,
    sent_start: bool,
    caps_line: bool,
    prefix: [u64; 4],
    suffix: [u64; 4],
    nchars: u32,
    class: u64,
    prev_lower: u64,
    next_lower: u64,
    prev2_lower: u64,
    next2_lower: u64,
}

/// Facts about a word that do not depend on where it stands.
#[derive(Clone, Copy, Debug)]
struct WordInfo {
    word: u64,
    lower: u64,
    shape: u64,
    short: u64,
    case: Case,
    flags: u32,
    title: bool,
    prefix: [u64; 4],
    suffix: [u64; 4],
    nchars: u32,
    class: u64,
}

/// A quick 64-bit hash of raw bytes (cache key only; hits are verified).
#[inline]
fn bytes_hash(b: &[u8]) -> u64 {
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    let mut v = 0u64;
    for (k, &x) in chunks.remainder().iter().enumerate() {
        v |= (x as u64) << (8 * k);
    }
    mix((h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95))
}

/// Identity hasher for keys that are already hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fnv_step(self.0, b as u32);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature hashes (no re-hashing).
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// How one lower-case word appears across a document.
#[derive(Clone, Copy, Debug)]
struct DocWord {
    /// Capitalised, not sentence-initial, in an ordinary line.
    cap: u16,
    /// Lower case in an ordinary line.
    low: u16,
    /// The first capitalised form's word and shape hashes.
    cased: Option<(u64, u64)>,
    /// First-pass label counts (O, PER, LOC, ORG, MISC).
    labels: [u16; 5],
    /// First-pass (label, place in its name) counts: PER..MISC x single,
    /// first, inner, last.
    places: [u16; 16],
    /// First capitalised occurrence (`u32::MAX`: none).
    first: u32,
}

impl Default for DocWord {
    fn default() -> DocWord {
        DocWord {
            cap: 0,
            low: 0,
            cased: None,
            labels: [0; 5],
            places: [0; 16],
            first: u32::MAX,
        }
    }
}

/// Features of every token of a document, flattened.
#[derive(Clone, Debug, Default)]
pub struct DocFeatures {
    /// Token `i`'s features are `feats[offsets[i]..offsets[i + 1]]`.
    pub offsets: Vec<u32>,
    /// Feature hashes.
    pub feats: Vec<u64>,
}

impl DocFeatures {
    /// The features of token `i`.
    pub fn token(&self, i: usize) -> &[u64] {
        &self.feats[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Computes features; holds buffers reused from document to document.
#[derive(Default)]
pub struct Extractor {
    groups: u32,
    toks: Vec<Tok>,
    lc: Vec<char>,
    lc_str: String,
    words: IdMap<DocWord>,
    /// Next capitalised occurrence of the same word (`u32::MAX`: none).
    occ_next: Vec<u32>,
    /// Raw word hash -> index into `infos`.
    cache: IdMap<u32>,
    /// Facts of each distinct word of the document, with a token index
    /// where it occurs.
    infos: Vec<(WordInfo, u32)>,
}

// Template ids. Values never change meaning within one FEATURE_VERSION.
const T_BIAS: u32 = 0;
const T_WORD: u32 = 1;
const T_LOWER: u32 = 2;
const T_SHAPE: u32 = 3;
const T_SHORT: u32 = 4;
const T_SHORT_CTX: u32 = 5;
const T_CASE_CTX: u32 = 6;
const T_PREFIX: u32 = 10;
const T_SUFFIX: u32 = 14;
const T_LOWER_AT: u32 = 20; // +0..4 for offsets -2,-1,+1,+2
const T_SHORT_AT: u32 = 25;
const T_BIGRAM_L: u32 = 30;
const T_BIGRAM_R: u32 = 31;
const T_SHAPE3: u32 = 32;
const T_CASE_NEXT: u32 = 33;
const T_CASE_PREV: u32 = 34;
const T_WORD_PREV_CASE: u32 = 35;
const T_WORD_NEXT_CASE: u32 = 36;
const T_FLAG: u32 = 40; // + offset slot * 8 + bit
const T_FLAGS_ALL: u32 = 80;
const T_TITLE: u32 = 90;
const T_TITLE_PREV: u32 = 91;
const T_TITLE_PREV2: u32 = 92;
const T_DOC_CASE: u32 = 100;
const T_DOC_CASED_WORD: u32 = 101;
const T_DOC_CASED_SHAPE: u32 = 102;
const T_DOC_LABEL: u32 = 110;
const T_DOC_LABEL_MAJ: u32 = 111;
const T_DOC_LABEL_CASE: u32 = 112;
const T_DOC_LABEL_PLACE: u32 = 113;
const T_SUFFIX_CLASS: u32 = 120;
const T_LEN: u32 = 121;
const T_AGG_PREV: u32 = 130;
const T_AGG_NEXT: u32 = 131;
const T_AGG_PREV2: u32 = 132;
const T_AGG_NEXT2: u32 = 133;

const BOUNDARY: u64 = 0x5bd1_e995_1234_5678;

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

impl Extractor {
    /// An extractor producing the feature groups in `groups`.
    pub fn new(groups: u32) -> Extractor {
        Extractor {
            groups,
            ..Extractor::default()
        }
    }

    /// The feature groups this extractor produces.
    pub fn groups(&self) -> u32 {
        self.groups
    }

    fn has(&self, g: u32) -> bool {
        self.groups & g != 0
    }

    /// Fills `out` with the first-pass features of every token of `doc`
    /// (everything except [`groups::DOC_LABEL`]).
    pub fn extract(&mut self, doc: &Doc, lex: &Lexicon, out: &mut DocFeatures) {
        self.prepare(doc, lex);
        out.offsets.clear();
        out.feats.clear();
        out.offsets.push(0);
        for s in 0..doc.sentences.len() {
            let r = doc.sentences[s].clone();
            for i in r.clone() {
                self.token_features(i, r.start, r.end, &mut out.feats);
                out.offsets.push(out.feats.len() as u32);
            }
        }
    }

    /// Fills `out` with the second-pass features: for each token, what the
    /// first pass (`first`) said about the same word elsewhere in the
    /// document. Call after [`Extractor::extract`] on the same document.
    pub fn extract_doc_labels(&mut self, doc: &Doc, first: &[Tag], out: &mut DocFeatures) {
        out.offsets.clear();
        out.feats.clear();
        out.offsets.push(0);
        let n = self.toks.len();
        if !self.has(groups::DOC_LABEL) || first.len() != n {
            out.offsets.resize(n + 1, 0);
            return;
        }
        let _ = doc;
        for w in self.words.values_mut() {
            w.labels = [0; 5];
            w.places = [0; 16];
        }
        // (label, place in its name) of token `i`, as `label * 4 + place`.
        let place_of = |i: usize| -> Option<usize> {
            let label = match first[i] {
                Tag::O => return None,
                Tag::B(l) | Tag::I(l) => l,
            };
            let same = |t: Tag| matches!(t, Tag::B(l) | Tag::I(l) if l == label);
            let begins = matches!(first[i], Tag::B(_)) || i == 0 || !same(first[i - 1]);
            let goes_on = first.get(i + 1) == Some(&Tag::I(label));
            let place = match (begins, goes_on) {
                (true, false) => 0,
                (true, true) => 1,
                (false, true) => 2,
                (false, false) => 3,
            };
            Some(tag_index(Tag::B(label)) / 2 * 4 + place)
        };
        for (i, t) in first.iter().enumerate() {
            let k = self.toks[i].lower;
            let slot = match *t {
                Tag::O => 0,
                Tag::B(l) | Tag::I(l) => 1 + tag_index(Tag::B(l)) / 2,
            };
            let place = place_of(i);
            if let Some(w) = self.words.get_mut(&k) {
                w.labels[slot] = w.labels[slot].saturating_add(1);
                if let Some(p) = place {
                    w.places[p] = w.places[p].saturating_add(1);
                }
            }
        }
        for (i, t) in first.iter().enumerate() {
            let tok = self.toks[i];
            if matches!(tok.case, Case::Lower | Case::Digit | Case::Other) {
                out.offsets.push(out.feats.len() as u32);
                continue;
            }
            let own = match *t {
                Tag::O => 0,
                Tag::B(l) | Tag::I(l) => 1 + tag_index(Tag::B(l)) / 2,
            };
            if let Some(w) = self.words.get(&tok.lower) {
                let mut other = w.labels;
                other[own] -= 1;
                let total: u16 = other.iter().sum();
                if total > 0 {
                    let mut best = 0;
                    for (l, &c) in other.iter().enumerate() {
                        if c > 0 {
                            out.feats.push(feat(T_DOC_LABEL, l as u64));
                        }
                        if c > other[best] {
                            best = l;
                        }
                    }
                    out.feats.push(feat(T_DOC_LABEL_MAJ, best as u64));
                    let ctx = (tok.sent_start as u64) | (tok.caps_line as u64) << 1;
                    out.feats.push(feat2(T_DOC_LABEL_CASE, best as u64, ctx));
                    let mut places = w.places;
                    if let Some(p) = place_of(i) {
                        places[p] -= 1;
                    }
                    for (p, &c) in places.iter().enumerate() {
                        if c > 0 {
                            out.feats.push(feat(T_DOC_LABEL_PLACE, p as u64));
                        }
                    }
                }
            }
            out.offsets.push(out.feats.len() as u32);
        }
    }

    /// The facts about `w` that do not depend on its position.
    fn word_info(&mut self, w: &str, lex: &Lexicon) -> WordInfo {
        self.lc.clear();
        self.lc_str.clear();
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
                self.lc.push(l);
                self.lc_str.push(l);
                let k = self.lc.len();
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
        for (k, &c) in self.lc.iter().rev().take(4).enumerate() {
            h = fnv_step(h, c as u32);
            suffix[k] = h;
        }
        let case = case_of(w);
        let flags = if self.has(groups::LEXICON) {
            lex.word_flags(w)
        } else {
            0
        };
        let title = self.has(groups::TITLE)
            && matches!(case, Case::Lower | Case::Init | Case::Upper | Case::Mixed)
            && is_title_word(&self.lc_str);
        WordInfo {
            word,
            lower,
            shape,
            short,
            case,
            flags,
            title,
            prefix,
            suffix,
            nchars,
            class: suffix_class(&self.lc),
        }
    }

    /// Per-token facts and the document word table.
    fn prepare(&mut self, doc: &Doc, lex: &Lexicon) {
        let n = doc.tokens.len();
        self.toks.clear();
        self.words.clear();
        let mut sent_start = vec![false; n];
        for r in &doc.sentences {
            if r.start < n {
                sent_start[r.start] = true;
            }
        }
        self.cache.clear();
        self.infos.clear();
        for (i, &sent_start) in sent_start.iter().enumerate() {
            let w = doc.word(i);
            // Everything but the position facts depends on the word alone:
            // compute it once per distinct word of the document.
            let key = bytes_hash(w.as_bytes());
            let k = match self.cache.get(&key).copied() {
                Some(k) if doc.word(self.infos[k as usize].1 as usize) == w => k,
                hit => {
                    let info = self.word_info(w, lex);
                    let k = self.infos.len() as u32;
                    if hit.is_none() {
                        self.cache.insert(key, k);
                    }
                    self.infos.push((info, i as u32));
                    k
                }
            };
            let info = &self.infos[k as usize].0;
            self.toks.push(Tok {
                word: info.word,
                lower: info.lower,
                shape: info.shape,
                short: info.short,
                case: info.case,
                flags: info.flags,
                title: info.title,
                sent_start,
                caps_line: false,
                prefix: info.prefix,
                suffix: info.suffix,
                nchars: info.nchars,
                class: info.class,
                prev_lower: BOUNDARY,
                next_lower: BOUNDARY,
                prev2_lower: BOUNDARY,
                next2_lower: BOUNDARY,
            });
        }
        // ALL-CAPS lines: no lower-case letter, some word of 2+ capitals.
        let mut a = 0;
        while a < n {
            let mut b = a + 1;
            while b < n && !doc.tokens[b].newline_before {
                b += 1;
            }
            let toks = &self.toks[a..b];
            let caps = toks
                .iter()
                .all(|t| !matches!(t.case, Case::Lower | Case::Init | Case::Mixed))
                && toks.iter().any(|t| t.case == Case::Upper && t.nchars >= 2);
            if caps {
                for t in &mut self.toks[a..b] {
                    t.caps_line = true;
                }
            }
            a = b;
        }
        for r in &doc.sentences {
            for i in r.clone() {
                if i > r.start {
                    self.toks[i].prev_lower = self.toks[i - 1].lower;
                }
                if i > r.start + 1 {
                    self.toks[i].prev2_lower = self.toks[i - 2].lower;
                }
                if i + 2 < r.end {
                    self.toks[i].next2_lower = self.toks[i + 2].lower;
                }
                if i + 1 < r.end {
                    self.toks[i].next_lower = self.toks[i + 1].lower;
                }
            }
        }
        if self.has(groups::DOC_CASE | groups::DOC_LABEL | groups::DOC_CONTEXT) {
            self.occ_next.clear();
            self.occ_next.resize(n, u32::MAX);
            for (i, t) in self.toks.iter().enumerate().rev() {
                let e = self.words.entry(t.lower).or_default();
                if !matches!(t.case, Case::Lower | Case::Digit | Case::Other) {
                    self.occ_next[i] = e.first;
                    e.first = i as u32;
                }
            }
            for t in &self.toks {
                let e = self.words.entry(t.lower).or_default();
                if t.caps_line {
                    continue;
                }
                match t.case {
                    Case::Init | Case::Mixed if !t.sent_start => {
                        e.cap = e.cap.saturating_add(1);
                        if e.cased.is_none() {
                            e.cased = Some((t.word, t.shape));
                        }
                    }
                    Case::Lower => e.low = e.low.saturating_add(1),
                    _ => {}
                }
            }
        }
    }

    fn token_features(&self, i: usize, s0: usize, s1: usize, out: &mut Vec<u64>) {
        let t = &self.toks[i];
        let at = |d: isize| -> Option<&Tok> {
            let j = i as isize + d;
            if j < s0 as isize || j >= s1 as isize {
                None
            } else {
                Some(&self.toks[j as usize])
            }
        };
        let ctx = (t.sent_start as u64) | (t.caps_line as u64) << 1;
        let case = t.case as u64;
        // Doc-cased form of ALL-CAPS or sentence-initial words.
        let dw = self.words.get(&t.lower).copied().unwrap_or_default();
        let use_cased = self.has(groups::DOC_CASE) && (t.caps_line || t.sent_start);
        let (word, shape) = match dw.cased {
            Some((w, s)) if use_cased && t.caps_line => (w, s),
            _ => (t.word, t.shape),
        };
        out.push(feat(T_BIAS, 0));
        out.push(feat(T_WORD, word));
        out.push(feat(T_LOWER, t.lower));
        out.push(feat2(T_SHAPE, shape, t.caps_line as u64));
        out.push(feat(T_SHORT, t.short));
        out.push(feat2(T_SHORT_CTX, t.short, ctx));
        out.push(feat2(T_CASE_CTX, case, ctx));
        if self.has(groups::AFFIX) {
            for k in 0..4 {
                if (k as u32) + 1 < t.nchars {
                    out.push(feat(T_PREFIX + k as u32, t.prefix[k]));
                    out.push(feat(T_SUFFIX + k as u32, t.suffix[k]));
                }
            }
        }
        if self.has(groups::CLASS) {
            out.push(feat2(T_SUFFIX_CLASS, t.class, case));
            out.push(feat2(T_LEN, t.nchars.min(12) as u64, case));
        }
        let prev = at(-1);
        let next = at(1);
        if self.has(groups::CONTEXT) {
            for (slot, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                let (l, s) = match at(d) {
                    Some(o) => (o.lower, o.short),
                    None => (BOUNDARY ^ d as u64, BOUNDARY ^ d as u64),
                };
                out.push(feat(T_LOWER_AT + slot as u32, l));
                out.push(feat(T_SHORT_AT + slot as u32, s));
            }
            let pl = prev.map_or(BOUNDARY, |o| o.lower);
            let nl = next.map_or(BOUNDARY, |o| o.lower);
            out.push(feat2(T_BIGRAM_L, pl, t.lower));
            out.push(feat2(T_BIGRAM_R, t.lower, nl));
            let ps = prev.map_or(BOUNDARY, |o| o.short);
            let ns = next.map_or(BOUNDARY, |o| o.short);
            out.push(feat2(T_SHAPE3, feat2(0, ps, t.short), ns));
            out.push(feat2(T_CASE_NEXT, case, next.map_or(9, |o| o.case as u64)));
            out.push(feat2(T_CASE_PREV, case, prev.map_or(9, |o| o.case as u64)));
            out.push(feat2(T_WORD_PREV_CASE, pl, case));
            out.push(feat2(T_WORD_NEXT_CASE, nl, case));
        }
        if self.has(groups::LEXICON) {
            for (slot, o) in [Some(t), prev, next].into_iter().enumerate() {
                let f = o.map_or(0, |o| o.flags);
                for bit in 0..8 {
                    if f & (1 << bit) != 0 {
                        out.push(feat(T_FLAG + slot as u32 * 8 + bit, case));
                    }
                }
            }
            if t.flags != 0 {
                out.push(feat2(T_FLAGS_ALL, t.flags as u64, ctx));
            }
        }
        if self.has(groups::TITLE) {
            if t.title {
                out.push(feat(T_TITLE, case));
            }
            if prev.is_some_and(|o| o.title) {
                out.push(feat(T_TITLE_PREV, case));
            }
            if at(-2).is_some_and(|o| o.title) {
                out.push(feat(T_TITLE_PREV2, case));
            }
        }
        let capitalised = !matches!(t.case, Case::Lower | Case::Digit | Case::Other);
        if self.has(groups::DOC_CONTEXT) && capitalised {
            let mut j = dw.first;
            let mut seen = 0;
            while j != u32::MAX && seen < 6 {
                if j as usize != i {
                    let o = &self.toks[j as usize];
                    out.push(feat(T_AGG_PREV, o.prev_lower));
                    out.push(feat(T_AGG_NEXT, o.next_lower));
                    if self.has(groups::DOC_CONTEXT2) {
                        out.push(feat(T_AGG_PREV2, o.prev2_lower));
                        out.push(feat(T_AGG_NEXT2, o.next2_lower));
                    }
                    seen += 1;
                }
                j = self.occ_next[j as usize];
            }
        }
        if self.has(groups::DOC_CASE) && capitalised {
            let seen = (dw.cap > 0) as u64 | ((dw.low > 0) as u64) << 1;
            out.push(feat2(T_DOC_CASE, seen, ctx));
            if use_cased {
                if let Some((w, s)) = dw.cased {
                    out.push(feat(T_DOC_CASED_WORD, w));
                    out.push(feat(T_DOC_CASED_SHAPE, s));
                }
            }
        }
    }
}

/// A fingerprint of what the lexicons and the title list say about `words`
/// (lexicon flags and title-word status of each). The trainer records it
/// for the CoNLL training words; a test recomputes it, so a model trained
/// before the lexicons changed is caught.
pub fn lexicon_fingerprint<'a>(words: impl Iterator<Item = &'a str>, lex: &Lexicon) -> u64 {
    let mut h = FNV_OFFSET;
    let mut lc = String::new();
    for w in words {
        lc.clear();
        lc.extend(w.chars().flat_map(char::to_lowercase));
        let bits = lex.word_flags(w) as u64 | (is_title_word(&lc) as u64) << 32;
        if bits != 0 {
            h = mix(h ^ feat2(0, str_hash(w), bits));
        }
    }
    h
}

/// The words of a CoNLL file (first column), for [`lexicon_fingerprint`].
pub fn conll_words(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .filter(|l| !l.starts_with("-DOCSTART-"))
        .filter_map(|l| l.split_whitespace().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokenize::tokenize;

    #[test]
    fn features_hashing_is_fixed() {
        // These constants must not change between platforms or runs.
        assert_eq!(str_hash(""), FNV_OFFSET);
        assert_eq!(str_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(mix(0), 0);
        assert_eq!(feat(1, str_hash("Lisbon")), feat(1, str_hash("Lisbon")));
        assert_ne!(feat(1, str_hash("Lisbon")), feat(2, str_hash("Lisbon")));
        assert_ne!(key32(0), 0);
    }

    #[test]
    fn features_deterministic_per_document() {
        let doc = tokenize("Olena Marchetti flew to Lisbon.\nLISBON TALKS");
        let lex = Lexicon::default();
        let (mut a, mut b) = (DocFeatures::default(), DocFeatures::default());
        Extractor::new(groups::ALL).extract(&doc, &lex, &mut a);
        let mut e = Extractor::new(groups::ALL);
        e.extract(&tokenize("other text first"), &lex, &mut b);
        e.extract(&doc, &lex, &mut b);
        assert_eq!(a.feats, b.feats);
        assert_eq!(a.len(), doc.tokens.len());
        // The ALL-CAPS `LISBON` borrows the cased form's word feature.
        let lisbon = a.token(4)[1];
        assert!(a.token(6).contains(&lisbon));
    }

    #[test]
    fn features_fold_typographic_punctuation() {
        let lex = Lexicon::default();
        let (mut a, mut b) = (DocFeatures::default(), DocFeatures::default());
        let mut e = Extractor::new(groups::ALL);
        e.extract(&tokenize("Kyiv’s “deal” – done"), &lex, &mut a);
        e.extract(&tokenize("Kyiv's \"deal\" - done"), &lex, &mut b);
        assert_eq!(a.feats, b.feats);
    }

    #[test]
    fn features_tag_indexes_round_trip() {
        for i in 0..NUM_TAGS {
            assert_eq!(tag_index(tag_from_index(i)), i);
        }
        assert!(
            allowed(Some(1), 2)
                && !allowed(Some(3), 2)
                && !allowed(None, 2)
                && !allowed(Some(0), 4)
        );
        assert!(allowed(Some(2), 2) && allowed(None, 1));
    }

    #[test]
    fn features_suffix_classes() {
        let class = |w: &str| suffix_class(&w.to_lowercase().chars().collect::<Vec<_>>());
        assert_eq!(class("Ukrainian"), 1);
        assert_eq!(class("Kazakhstan"), 10);
        assert_eq!(class("an"), 0);
    }
}
