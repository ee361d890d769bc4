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

use super::model::Model;
use super::{Label, Tag};
use crate::engine::lexicon::casing::FxMap;
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
    nchars: u32,
    prev_lower: u64,
    next_lower: u64,
    prev2_lower: u64,
    next2_lower: u64,
    /// Index of the word's facts in `Extractor::infos`.
    info: u32,
    /// Index of the word's entry in `Extractor::dwords` (`u32::MAX`: none).
    dw: u32,
}

impl Tok {
    /// Sentence-start and ALL-CAPS-line bits.
    fn ctx(&self) -> u64 {
        (self.sent_start as u64) | (self.caps_line as u64) << 1
    }
}

/// Whether a word of this case counts as capitalised.
fn capitalised(c: Case) -> bool {
    !matches!(c, Case::Lower | Case::Digit | Case::Other)
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
    /// Lower-case word hash -> index into `dwords`.
    words: IdMap<u32>,
    /// How each lower-case word of the document appears.
    dwords: Vec<DocWord>,
    /// Next capitalised occurrence of the same word (`u32::MAX`: none).
    occ_next: Vec<u32>,
    /// Raw word hash -> index into `infos`. Kept from document to document
    /// while tagging with the same model and the embedded lexicon.
    cache: IdMap<u32>,
    /// Facts of each distinct word of the document (and, while tagging, of
    /// recent documents).
    infos: Vec<WordInfo>,
    /// How often each entry of `infos` was used since it was last kept.
    uses: Vec<u32>,
    /// The text of each entry of `infos`, as a range of `arena`.
    spellings: Vec<(u32, u32)>,
    arena: String,
    /// The model id and lexicon address `infos` and `rows` were made for
    /// (`None`: one document only).
    owner: Option<(u64, usize)>,
    /// Tagging only: score rows of each entry of `infos`.
    rows: Vec<WordRows>,
    /// Tagging only: rows that depend on the model alone.
    model_rows: Option<Box<ModelRows>>,
    /// Tagging only: rank of each token among its word's capitalised
    /// occurrences (`u8::MAX`: not among the first seven).
    occ_rank: Vec<u8>,
    /// Tagging only: each ranked occurrence's context-aggregation row.
    occ_row: Vec<Row>,
    /// Tagging only: per `dwords` entry, the context-aggregation rows summed
    /// over its first six and first seven occurrences (`None`: not yet).
    agg: Vec<Option<(Row, Row)>>,
}

/// A score row: one summed weight per tag.
pub type Row = [i32; NUM_TAGS];

#[inline]
fn add_row(row: &mut Row, other: &Row) {
    for t in 0..NUM_TAGS {
        row[t] += other[t];
    }
}

/// Where features go: a list of hashes (the trainer) or a score row (the tagger).
pub trait Sink {
    /// Takes one feature hash.
    fn put(&mut self, h: u64);
}

impl Sink for Vec<u64> {
    #[inline]
    fn put(&mut self, h: u64) {
        self.push(h);
    }
}

/// A score row that adds each feature's weights as the feature comes.
struct RowSink<'m> {
    model: &'m Model,
    row: Row,
}

impl<'m> RowSink<'m> {
    fn new(model: &'m Model) -> RowSink<'m> {
        RowSink {
            model,
            row: [0; NUM_TAGS],
        }
    }
}

impl Sink for RowSink<'_> {
    #[inline]
    fn put(&mut self, h: u64) {
        self.model.add(key32(h), &mut self.row);
    }
}

/// Score rows of one distinct word, each the sum of a fixed set of its
/// features' weights.
#[derive(Clone, Copy, Debug)]
struct WordRows {
    /// [`Extractor::word_feats`] and the word's own [`Extractor::shape_feats`]
    /// outside ALL-CAPS lines.
    core: Row,
    /// [`Extractor::ctx_feats`] in context 0 (not sentence-initial, ordinary line).
    ctx0: Row,
    /// [`Extractor::neighbour_feats`] as the neighbour at -2, -1, +1, +2.
    nb: [Row; 4],
}

/// What a word's form rows depend on (see [`Extractor::form_rows`]): all
/// its facts but its spelling, lower case and affixes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Form {
    shape: u64,
    short: u64,
    class: u64,
    flags: u32,
    case: u8,
    len: u8,
    title: bool,
}

impl Form {
    fn of(w: &WordInfo) -> Form {
        Form {
            shape: w.shape,
            short: w.short,
            class: w.class,
            flags: w.flags,
            case: w.case as u8,
            len: w.nchars.min(12) as u8,
            title: w.title,
        }
    }
}

/// Forms kept at most (a new word's rows then need only its own features).
const MAX_FORMS: usize = 16384;

/// Score rows that depend only on the model.
struct ModelRows {
    id: u64,
    /// Sentence boundary as the neighbour at -2, -1, +1, +2.
    boundary: [Row; 4],
    /// [`Extractor::case_pair_feats`] by own case and previous (next) case;
    /// index 6 is none.
    case_prev: [[Row; 7]; 6],
    case_next: [[Row; 7]; 6],
    /// Rows of each word form met ([`Extractor::form_rows`]).
    forms: FxMap<Form, WordRows>,
}

/// Distinct words kept from document to document while tagging: before a
/// document, a table this full keeps only its most used half.
const CACHE_WORDS: usize = 8192;

/// Offsets of the neighbour slots.
const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

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
        self.prepare(doc, lex, None);
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
        for w in &mut self.dwords {
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
            let k = self.toks[i].dw;
            let slot = match *t {
                Tag::O => 0,
                Tag::B(l) | Tag::I(l) => 1 + tag_index(Tag::B(l)) / 2,
            };
            let place = place_of(i);
            if let Some(w) = self.dwords.get_mut(k as usize) {
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
            if let Some(w) = self.dwords.get(tok.dw as usize) {
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
    fn prepare(&mut self, doc: &Doc, lex: &Lexicon, owner: Option<(u64, usize)>) {
        let n = doc.tokens.len();
        self.toks.clear();
        self.words.clear();
        let mut sent_start = vec![false; n];
        for r in &doc.sentences {
            if r.start < n {
                sent_start[r.start] = true;
            }
        }
        // The word table outlives the document only while tagging with the
        // same model and the (static) embedded lexicon; when full, the
        // less used half is dropped.
        if owner.is_none() || owner != self.owner || self.rows.len() != self.infos.len() {
            self.cache.clear();
            self.infos.clear();
            self.uses.clear();
            self.spellings.clear();
            self.arena.clear();
            self.rows.clear();
        } else if self.infos.len() >= CACHE_WORDS {
            self.evict();
        }
        self.owner = owner;
        for (i, &sent_start) in sent_start.iter().enumerate() {
            let w = doc.word(i);
            // Everything but the position facts depends on the word alone:
            // compute it once per distinct word of the document.
            let key = bytes_hash(w.as_bytes());
            let k = match self.cache.get(&key).copied() {
                Some(k) if self.spelling(k) == w => {
                    self.uses[k as usize] = self.uses[k as usize].saturating_add(1);
                    k
                }
                hit => {
                    let info = self.word_info(w, lex);
                    let k = self.infos.len() as u32;
                    if hit.is_none() {
                        self.cache.insert(key, k);
                    }
                    self.infos.push(info);
                    self.uses.push(1);
                    let a = self.arena.len() as u32;
                    self.arena.push_str(w);
                    self.spellings.push((a, self.arena.len() as u32));
                    k
                }
            };
            let info = &self.infos[k as usize];
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
                nchars: info.nchars,
                prev_lower: BOUNDARY,
                next_lower: BOUNDARY,
                prev2_lower: BOUNDARY,
                next2_lower: BOUNDARY,
                info: k,
                dw: u32::MAX,
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
            self.dwords.clear();
            for (i, t) in self.toks.iter_mut().enumerate().rev() {
                let fresh = self.dwords.len() as u32;
                let d = *self.words.entry(t.lower).or_insert(fresh);
                if d == fresh {
                    self.dwords.push(DocWord::default());
                }
                t.dw = d;
                let e = &mut self.dwords[d as usize];
                if capitalised(t.case) {
                    self.occ_next[i] = e.first;
                    e.first = i as u32;
                }
            }
            for t in &self.toks {
                let e = &mut self.dwords[t.dw as usize];
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

    /// Token `j`, if it lies in the sentence `s0..s1`.
    #[inline]
    fn at(&self, j: isize, s0: usize, s1: usize) -> Option<&Tok> {
        if j < s0 as isize || j >= s1 as isize {
            None
        } else {
            Some(&self.toks[j as usize])
        }
    }

    /// How token `t`'s word appears across the document.
    #[inline]
    fn doc_word(&self, t: &Tok) -> DocWord {
        self.dwords.get(t.dw as usize).copied().unwrap_or_default()
    }

    /// The word and shape hashes token `t` is seen with: the document's
    /// cased form for a word in an ALL-CAPS line, else its own.
    fn word_shape(&self, t: &Tok) -> (u64, u64) {
        match self.doc_word(t).cased {
            Some((w, s)) if self.has(groups::DOC_CASE) && t.caps_line => (w, s),
            _ => (t.word, t.shape),
        }
    }

    /// All the features of token `i` of sentence `s0..s1`.
    fn token_features<S: Sink>(&self, i: usize, s0: usize, s1: usize, out: &mut S) {
        let t = &self.toks[i];
        let w = &self.infos[t.info as usize];
        self.ctx_feats(w, t.ctx(), out);
        let (word, shape) = self.word_shape(t);
        self.shape_feats(word, shape, t.caps_line, out);
        self.word_feats(w, out);
        for (slot, d) in NEIGHBOURS.into_iter().enumerate() {
            match self.at(i as isize + d, s0, s1) {
                Some(o) => self.neighbour_feats(slot, o.lower, o.short, out),
                None => self.neighbour_feats(slot, BOUNDARY ^ d as u64, BOUNDARY ^ d as u64, out),
            }
        }
        let case_of = |o: Option<&Tok>| o.map_or(9, |o| o.case as u64);
        self.case_pair_feats(
            t.case as u64,
            case_of(self.at(i as isize - 1, s0, s1)),
            case_of(self.at(i as isize + 1, s0, s1)),
            out,
        );
        if self.has(groups::DOC_CONTEXT) && capitalised(t.case) {
            let mut j = self.doc_word(t).first;
            let mut seen = 0;
            while j != u32::MAX && seen < 6 {
                if j as usize != i {
                    self.occurrence_feats(j as usize, out);
                    seen += 1;
                }
                j = self.occ_next[j as usize];
            }
        }
        self.local_feats(i, s0, s1, out);
    }

    /// Features of the word alone, in context `ctx` (sentence start, ALL-CAPS line).
    fn ctx_feats<S: Sink>(&self, w: &WordInfo, ctx: u64, out: &mut S) {
        out.put(feat(T_BIAS, 0));
        out.put(feat2(T_SHORT_CTX, w.short, ctx));
        out.put(feat2(T_CASE_CTX, w.case as u64, ctx));
        if self.has(groups::LEXICON) && w.flags != 0 {
            out.put(feat2(T_FLAGS_ALL, w.flags as u64, ctx));
        }
    }

    /// The word and shape features (`caps_line`: in an ALL-CAPS line).
    fn shape_feats<S: Sink>(&self, word: u64, shape: u64, caps_line: bool, out: &mut S) {
        out.put(feat(T_WORD, word));
        out.put(feat2(T_SHAPE, shape, caps_line as u64));
    }

    /// Features of the word alone, wherever it stands.
    fn word_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        out.put(feat(T_LOWER, w.lower));
        out.put(feat(T_SHORT, w.short));
        self.affix_feats(w, out);
        self.form_feats(w, out);
    }

    /// The word's prefix and suffix features.
    fn affix_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        if self.has(groups::AFFIX) {
            for k in 0..4 {
                if (k as u32) + 1 < w.nchars {
                    out.put(feat(T_PREFIX + k as u32, w.prefix[k]));
                    out.put(feat(T_SUFFIX + k as u32, w.suffix[k]));
                }
            }
        }
    }

    /// The features of [`Extractor::word_feats`] that depend only on the
    /// word's [`Form`] (and not on its short shape).
    fn form_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        let case = w.case as u64;
        if self.has(groups::CLASS) {
            out.put(feat2(T_SUFFIX_CLASS, w.class, case));
            out.put(feat2(T_LEN, w.nchars.min(12) as u64, case));
        }
        if self.has(groups::LEXICON) {
            for bit in 0..8 {
                if w.flags & (1 << bit) != 0 {
                    out.put(feat(T_FLAG + bit, case));
                }
            }
        }
        if self.has(groups::TITLE) && w.title {
            out.put(feat(T_TITLE, case));
        }
    }

    /// Features of a neighbour (lower-case word and short shape hashes) in
    /// neighbour slot `slot` (offsets -2, -1, +1, +2).
    fn neighbour_feats<S: Sink>(&self, slot: usize, lower: u64, short: u64, out: &mut S) {
        if self.has(groups::CONTEXT) {
            out.put(feat(T_LOWER_AT + slot as u32, lower));
            out.put(feat(T_SHORT_AT + slot as u32, short));
        }
    }

    /// The case of the word with that of the previous and next word (9: none).
    fn case_pair_feats<S: Sink>(&self, case: u64, prev: u64, next: u64, out: &mut S) {
        if self.has(groups::CONTEXT) {
            out.put(feat2(T_CASE_NEXT, case, next));
            out.put(feat2(T_CASE_PREV, case, prev));
        }
    }

    /// The context of capitalised occurrence `j`, as other occurrences of
    /// the same word see it.
    fn occurrence_feats<S: Sink>(&self, j: usize, out: &mut S) {
        let o = &self.toks[j];
        out.put(feat(T_AGG_PREV, o.prev_lower));
        out.put(feat(T_AGG_NEXT, o.next_lower));
        if self.has(groups::DOC_CONTEXT2) {
            out.put(feat(T_AGG_PREV2, o.prev2_lower));
            out.put(feat(T_AGG_NEXT2, o.next2_lower));
        }
    }

    /// The features of token `i` that depend on its neighbours' words
    /// together with its own, and on the document.
    fn local_feats<S: Sink>(&self, i: usize, s0: usize, s1: usize, out: &mut S) {
        let t = &self.toks[i];
        let ctx = t.ctx();
        let case = t.case as u64;
        let prev = self.at(i as isize - 1, s0, s1);
        let next = self.at(i as isize + 1, s0, s1);
        if self.has(groups::CONTEXT) {
            let pl = prev.map_or(BOUNDARY, |o| o.lower);
            let nl = next.map_or(BOUNDARY, |o| o.lower);
            out.put(feat2(T_BIGRAM_L, pl, t.lower));
            out.put(feat2(T_BIGRAM_R, t.lower, nl));
            let ps = prev.map_or(BOUNDARY, |o| o.short);
            let ns = next.map_or(BOUNDARY, |o| o.short);
            out.put(feat2(T_SHAPE3, feat2(0, ps, t.short), ns));
            out.put(feat2(T_WORD_PREV_CASE, pl, case));
            out.put(feat2(T_WORD_NEXT_CASE, nl, case));
        }
        if self.has(groups::LEXICON) {
            for (slot, o) in [(1, prev), (2, next)] {
                let f = o.map_or(0, |o| o.flags);
                for bit in 0..8 {
                    if f & (1 << bit) != 0 {
                        out.put(feat(T_FLAG + slot * 8 + bit, case));
                    }
                }
            }
        }
        if self.has(groups::TITLE) {
            if prev.is_some_and(|o| o.title) {
                out.put(feat(T_TITLE_PREV, case));
            }
            if self.at(i as isize - 2, s0, s1).is_some_and(|o| o.title) {
                out.put(feat(T_TITLE_PREV2, case));
            }
        }
        if self.has(groups::DOC_CASE) && capitalised(t.case) {
            let dw = self.doc_word(t);
            let seen = (dw.cap > 0) as u64 | ((dw.low > 0) as u64) << 1;
            out.put(feat2(T_DOC_CASE, seen, ctx));
            if t.caps_line || t.sent_start {
                if let Some((w, s)) = dw.cased {
                    out.put(feat(T_DOC_CASED_WORD, w));
                    out.put(feat(T_DOC_CASED_SHAPE, s));
                }
            }
        }
    }

    /// Adds the weights in `model` of every first-pass feature (those of
    /// [`Extractor::extract`]) of every token of `doc` into one row per
    /// token. The sums are exactly those of looking up each feature
    /// [`Extractor::extract`] lists, but the features of each distinct word,
    /// of each word as a neighbour and of each repeated name's contexts are
    /// looked up once per document.
    pub fn score(&mut self, doc: &Doc, lex: &Lexicon, model: &Model, scores: &mut Vec<Row>) {
        let owner = std::ptr::eq(lex, Lexicon::embedded())
            .then(|| (model.id(), lex as *const Lexicon as usize));
        self.prepare(doc, lex, owner);
        let n = self.toks.len();
        if self.model_rows.as_ref().is_none_or(|m| m.id != model.id()) {
            self.model_rows = Some(Box::new(self.model_rows_of(model)));
        }
        let mut rows = std::mem::take(&mut self.rows);
        let mut forms = std::mem::take(&mut self.model_rows.as_mut().expect("set above").forms);
        if forms.len() > MAX_FORMS {
            forms.clear();
        }
        for w in &self.infos[rows.len()..] {
            let form = forms
                .entry(Form::of(w))
                .or_insert_with(|| self.form_rows(w, model));
            rows.push(self.word_rows(w, form, model));
        }
        self.rows = rows;
        self.model_rows.as_mut().expect("set above").forms = forms;
        self.occ_rank.clear();
        self.occ_rank.resize(n, u8::MAX);
        self.occ_row.resize(n, [0; NUM_TAGS]);
        self.agg.clear();
        self.agg.resize(self.dwords.len(), None);
        let agg_on = self.has(groups::DOC_CONTEXT);
        scores.clear();
        scores.reserve(n);
        for r in &doc.sentences {
            let (s0, s1) = (r.start, r.end);
            for i in r.clone() {
                let t = &self.toks[i];
                let w = &self.infos[t.info as usize];
                let wr = &self.rows[t.info as usize];
                let mut row = RowSink::new(model);
                if t.caps_line {
                    let (word, shape) = self.word_shape(t);
                    self.shape_feats(word, shape, true, &mut row);
                    self.word_feats(w, &mut row);
                } else {
                    row.row = wr.core;
                }
                let ctx = t.ctx();
                if ctx == 0 {
                    add_row(&mut row.row, &wr.ctx0);
                } else {
                    self.ctx_feats(w, ctx, &mut row);
                }
                let mr = self.model_rows.as_deref().expect("set above");
                for (slot, d) in NEIGHBOURS.into_iter().enumerate() {
                    match self.at(i as isize + d, s0, s1) {
                        Some(o) => add_row(&mut row.row, &self.rows[o.info as usize].nb[slot]),
                        None => add_row(&mut row.row, &mr.boundary[slot]),
                    }
                }
                let case_ix = |o: Option<&Tok>| o.map_or(6, |o| o.case as usize);
                let prev_case = case_ix(self.at(i as isize - 1, s0, s1));
                let next_case = case_ix(self.at(i as isize + 1, s0, s1));
                add_row(&mut row.row, &mr.case_prev[t.case as usize][prev_case]);
                add_row(&mut row.row, &mr.case_next[t.case as usize][next_case]);
                if agg_on && capitalised(t.case) {
                    let d = t.dw as usize;
                    let (s6, s7) = match self.agg[d] {
                        Some(x) => x,
                        None => {
                            let x = self.agg_rows(d, model);
                            self.agg[d] = Some(x);
                            x
                        }
                    };
                    if self.occ_rank[i] < 6 {
                        for (k, x) in row.row.iter_mut().enumerate() {
                            *x += s7[k] - self.occ_row[i][k];
                        }
                    } else {
                        add_row(&mut row.row, &s6);
                    }
                }
                self.local_feats(i, s0, s1, &mut row);
                scores.push(row.row);
            }
        }
    }

    /// Keeps the most used entries of the word table (at most half of
    /// [`CACHE_WORDS`]), in their order, with their uses halved.
    fn evict(&mut self) {
        let mut order = self.uses.clone();
        order.sort_unstable_by(|a, b| b.cmp(a));
        let threshold = order[CACHE_WORDS / 2];
        let (infos, uses, spellings, arena, rows) = (
            std::mem::take(&mut self.infos),
            std::mem::take(&mut self.uses),
            std::mem::take(&mut self.spellings),
            std::mem::take(&mut self.arena),
            std::mem::take(&mut self.rows),
        );
        self.cache.clear();
        for k in (0..infos.len()).filter(|&k| uses[k] > threshold) {
            let (a, b) = spellings[k];
            let w = &arena[a as usize..b as usize];
            self.cache
                .insert(bytes_hash(w.as_bytes()), self.infos.len() as u32);
            self.infos.push(infos[k]);
            self.uses.push(uses[k] / 2);
            let a = self.arena.len() as u32;
            self.arena.push_str(w);
            self.spellings.push((a, self.arena.len() as u32));
            self.rows.push(rows[k]);
        }
    }

    /// The spelling of `infos[k]`.
    fn spelling(&self, k: u32) -> &str {
        let (a, b) = self.spellings[k as usize];
        &self.arena[a as usize..b as usize]
    }

    /// The rows of one distinct word: those of its form (`form`, from
    /// [`Extractor::form_rows`]) plus its own word, affix and neighbour
    /// features. The same sums as [`Extractor::shape_feats`] (not in an
    /// ALL-CAPS line) with [`Extractor::word_feats`], [`Extractor::ctx_feats`]
    /// in context 0, and [`Extractor::neighbour_feats`].
    fn word_rows(&self, w: &WordInfo, form: &WordRows, model: &Model) -> WordRows {
        let mut core = RowSink {
            model,
            row: form.core,
        };
        core.put(feat(T_WORD, w.word));
        core.put(feat(T_LOWER, w.lower));
        self.affix_feats(w, &mut core);
        WordRows {
            core: core.row,
            ctx0: form.ctx0,
            nb: self.neighbour_rows(model, form.nb, T_LOWER_AT, w.lower),
        }
    }

    /// `base`, each slot's row plus the weights of neighbour template
    /// `template + slot` with value `v` (when the context group is on).
    fn neighbour_rows(&self, model: &Model, base: [Row; 4], template: u32, v: u64) -> [Row; 4] {
        let mut slot = 0;
        base.map(|row| {
            let mut r = RowSink { model, row };
            if self.has(groups::CONTEXT) {
                r.put(feat(template + slot, v));
            }
            slot += 1;
            r.row
        })
    }

    /// The rows of every word of `w`'s form: the rest of [`WordRows`].
    fn form_rows(&self, w: &WordInfo, model: &Model) -> WordRows {
        let mut core = RowSink::new(model);
        core.put(feat2(T_SHAPE, w.shape, false as u64));
        core.put(feat(T_SHORT, w.short));
        self.form_feats(w, &mut core);
        let mut ctx0 = RowSink::new(model);
        self.ctx_feats(w, 0, &mut ctx0);
        WordRows {
            core: core.row,
            ctx0: ctx0.row,
            nb: self.neighbour_rows(model, [[0; NUM_TAGS]; 4], T_SHORT_AT, w.short),
        }
    }

    /// The rows that depend only on `model` (and the feature groups).
    fn model_rows_of(&self, model: &Model) -> ModelRows {
        let boundary = [0, 1, 2, 3].map(|slot| {
            let b = BOUNDARY ^ NEIGHBOURS[slot] as u64;
            let mut r = RowSink::new(model);
            self.neighbour_feats(slot, b, b, &mut r);
            r.row
        });
        let mut case_prev = [[[0; NUM_TAGS]; 7]; 6];
        let mut case_next = [[[0; NUM_TAGS]; 7]; 6];
        for case in 0..6 {
            for other in 0..7 {
                let o = if other == 6 { 9 } else { other as u64 };
                // Pairs are looked up one at a time: (case, none) for one side only.
                let mut p = RowSink::new(model);
                let mut x = RowSink::new(model);
                if self.has(groups::CONTEXT) {
                    p.put(feat2(T_CASE_PREV, case as u64, o));
                    x.put(feat2(T_CASE_NEXT, case as u64, o));
                }
                case_prev[case][other] = p.row;
                case_next[case][other] = x.row;
            }
        }
        ModelRows {
            id: model.id(),
            boundary,
            case_prev,
            case_next,
            forms: FxMap::default(),
        }
    }

    /// The context-aggregation rows of `dwords[d]`'s first six and first
    /// seven capitalised occurrences; records each one's rank and row.
    fn agg_rows(&mut self, d: usize, model: &Model) -> (Row, Row) {
        let (mut s6, mut s7) = ([0; NUM_TAGS], [0; NUM_TAGS]);
        let mut j = self.dwords[d].first;
        let mut rank = 0u8;
        while j != u32::MAX && rank < 7 {
            let mut r = RowSink::new(model);
            self.occurrence_feats(j as usize, &mut r);
            if rank < 6 {
                add_row(&mut s6, &r.row);
            }
            add_row(&mut s7, &r.row);
            self.occ_rank[j as usize] = rank;
            self.occ_row[j as usize] = r.row;
            rank += 1;
            j = self.occ_next[j as usize];
        }
        (s6, s7)
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
        let lisbon = feat(T_WORD, str_hash("Lisbon"));
        assert!(a.token(4).contains(&lisbon));
        assert!(a.token(6).contains(&lisbon));
    }

    #[test]
    fn features_scores_equal_sums_of_listed_features() {
        // The tagger's shortcuts (rows per word, per neighbour and per
        // repeated name, the word table kept between documents) give the
        // same sums as looking up every listed feature.
        let tagger = crate::engine::tagger::perceptron::PerceptronTagger::embedded();
        let model = tagger.model();
        let lex = Lexicon::embedded();
        let mut story = String::from("MARCHETTI WINS IN LISBON\n");
        for k in 0..9 {
            story += &format!(
                "Marchetti met President Dorsky in Lisbon on day {k}. Olena Marchetti, \
                 a Portuguese minister, said Lisbon's mayor agreed.\n"
            );
        }
        // Documents of invented words fill the kept word table past
        // CACHE_WORDS, so that its eviction runs too.
        let invented: Vec<String> = (0..3)
            .map(|d| {
                (0..CACHE_WORDS / 2)
                    .map(|k| format!("Vel{}ka{k} said ", d * CACHE_WORDS + k % (1 + d * 700)))
                    .collect()
            })
            .collect();
        let texts = [
            story.as_str(),
            "Kyiv’s “deal” – done. KYIV TALKS\nThe talks in Kyiv ended.",
            "",
            "A",
            &invented[0],
            &invented[1],
            &invented[2],
            story.as_str(),
            &invented[0],
        ];
        let mut fast = Extractor::new(model.groups);
        let mut rows = Vec::new();
        for text in texts {
            let doc = tokenize(text);
            let mut f = DocFeatures::default();
            Extractor::new(model.groups).extract(&doc, lex, &mut f);
            fast.score(&doc, lex, model, &mut rows);
            assert_eq!(rows.len(), doc.tokens.len());
            for (i, row) in rows.iter().enumerate() {
                let mut want = [0; NUM_TAGS];
                for &h in f.token(i) {
                    model.add(key32(h), &mut want);
                }
                assert_eq!(*row, want, "token {i} {:?} of {text:?}", doc.word(i));
            }
        }
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
