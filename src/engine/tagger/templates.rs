//! The feature templates: which features a token has, as hashes of a
//! template id and values. The runtime and the trainer both read these, so
//! both see exactly the same numbers.
//!
//! Takes the per-token and per-document facts ([`DocFacts`], filled by
//! [`super::features::Extractor`]) and the words' [`WordInfo`]s; gives each
//! feature hash to a [`Sink`] (a list for the trainer, a score row for the
//! tagger). Feature groups (bits of [`groups`]) can be switched off for
//! ablations; the model file records which were on.

use super::hash::{feat, feat2, feat2_mixed, premix};
use super::word::{capitalised, Case, WordInfo};

/// Version of the feature templates; bump when any template changes meaning.
pub const FEATURE_VERSION: u32 = 1;

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
    /// Brown-cluster path prefixes of the word (see [`super::super::clusters`]).
    pub const CLUSTER: u32 = 512;
    /// Brown-cluster path prefixes of the neighbours ±1.
    pub const CLUSTER_CONTEXT: u32 = 1024;
    /// Every group.
    pub const ALL: u32 = 2047;
    /// The groups the trainer uses unless told otherwise: all but the
    /// cluster groups (measured, not adopted: docs/model-training.md).
    pub const DEFAULT: u32 = ALL & !(CLUSTER | CLUSTER_CONTEXT);
}

/// Names of the groups in bit order, for reports.
pub const GROUP_NAMES: [&str; 11] = [
    "affix",
    "context",
    "lexicon",
    "title",
    "doc_case",
    "doc_label",
    "class",
    "doc_context",
    "doc_context2",
    "cluster",
    "cluster_context",
];
/// Lengths of the cluster path prefixes of the word itself (bits; 32: the
/// whole path).
pub(super) const CLUSTER_BITS: [u32; 4] = [4, 6, 10, 32];
/// Lengths of the cluster path prefixes of the neighbours ±1.
pub(super) const CLUSTER_BITS_AT: [u32; 2] = [6, 32];
/// Offsets of the neighbour slots.
pub(super) const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

// Template ids. Values never change meaning within one FEATURE_VERSION.
pub(super) const T_BIAS: u32 = 0;
pub(super) const T_WORD: u32 = 1;
pub(super) const T_LOWER: u32 = 2;
pub(super) const T_SHAPE: u32 = 3;
pub(super) const T_SHORT: u32 = 4;
pub(super) const T_SHORT_CTX: u32 = 5;
pub(super) const T_CASE_CTX: u32 = 6;
pub(super) const T_PREFIX: u32 = 10;
pub(super) const T_SUFFIX: u32 = 14;
pub(super) const T_LOWER_AT: u32 = 20; // +0..4 for offsets -2,-1,+1,+2
pub(super) const T_SHORT_AT: u32 = 25;
pub(super) const T_BIGRAM_L: u32 = 30;
pub(super) const T_BIGRAM_R: u32 = 31;
pub(super) const T_SHAPE3: u32 = 32;
pub(super) const T_CASE_NEXT: u32 = 33;
pub(super) const T_CASE_PREV: u32 = 34;
pub(super) const T_WORD_PREV_CASE: u32 = 35;
pub(super) const T_WORD_NEXT_CASE: u32 = 36;
pub(super) const T_FLAG: u32 = 40; // + offset slot * 8 + bit
pub(super) const T_FLAGS_ALL: u32 = 80;
pub(super) const T_TITLE: u32 = 90;
pub(super) const T_TITLE_PREV: u32 = 91;
pub(super) const T_TITLE_PREV2: u32 = 92;
pub(super) const T_DOC_CASE: u32 = 100;
pub(super) const T_DOC_CASED_WORD: u32 = 101;
pub(super) const T_DOC_CASED_SHAPE: u32 = 102;
pub(super) const T_DOC_LABEL: u32 = 110;
pub(super) const T_DOC_LABEL_MAJ: u32 = 111;
pub(super) const T_DOC_LABEL_CASE: u32 = 112;
pub(super) const T_DOC_LABEL_PLACE: u32 = 113;
pub(super) const T_SUFFIX_CLASS: u32 = 120;
pub(super) const T_LEN: u32 = 121;
pub(super) const T_AGG_PREV: u32 = 130;
pub(super) const T_AGG_NEXT: u32 = 131;
pub(super) const T_AGG_PREV2: u32 = 132;
pub(super) const T_AGG_NEXT2: u32 = 133;
pub(super) const T_CLUSTER: u32 = 140; // + index into CLUSTER_BITS
pub(super) const T_CLUSTER_AT: u32 = 145; // + slot * 2 + index into CLUSTER_BITS_AT

pub(super) const BOUNDARY: u64 = 0x5bd1_e995_1234_5678;
/// `premix(BOUNDARY)`.
const BOUNDARY_MIXED: u64 = premix(BOUNDARY);

/// The first `bits` bits of a cluster's path (its id holds the path's
/// first bit lowest).
#[inline]
fn prefix(cluster: u32, bits: u32) -> u64 {
    (cluster as u64) & ((1u64 << bits) - 1)
}

/// The set bits among the low eight of `flags` (the lexicon flags the
/// templates read), lowest first.
#[inline]
fn low_bits(flags: u32) -> impl Iterator<Item = u32> {
    let mut f = flags & 0xff;
    std::iter::from_fn(move || {
        let bit = (f != 0).then(|| f.trailing_zeros())?;
        f &= f - 1;
        Some(bit)
    })
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

/// Facts about one token computed once.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) word: u64,
    pub(super) lower: u64,
    pub(super) shape: u64,
    pub(super) short: u64,
    /// The word's `premix(lower)` and `premix(short)`.
    pub(super) lower_mixed: u64,
    pub(super) short_mixed: u64,
    pub(super) case: Case,
    pub(super) flags: u32,
    pub(super) title: bool,
    pub(super) sent_start: bool,
    pub(super) caps_line: bool,
    pub(super) nchars: u32,
    /// Brown cluster id (0: none).
    pub(super) cluster: u32,
    pub(super) prev_lower: u64,
    pub(super) next_lower: u64,
    pub(super) prev2_lower: u64,
    pub(super) next2_lower: u64,
    /// Index of the word's facts in the [`super::word::WordTable`].
    pub(super) info: u32,
    /// Index of the word's entry in [`DocFacts::dwords`] (`u32::MAX`: none).
    pub(super) dw: u32,
}

impl Tok {
    /// Sentence-start and ALL-CAPS-line bits.
    pub(super) fn ctx(&self) -> u64 {
        (self.sent_start as u64) | (self.caps_line as u64) << 1
    }
}

/// How one lower-case word appears across a document.
#[derive(Clone, Copy, Debug)]
pub(super) struct DocWord {
    /// Capitalised, not sentence-initial, in an ordinary line.
    pub(super) cap: u16,
    /// Lower case in an ordinary line.
    pub(super) low: u16,
    /// The first capitalised form's word and shape hashes.
    pub(super) cased: Option<(u64, u64)>,
    /// First-pass label counts (O, PER, LOC, ORG, MISC).
    pub(super) labels: [u16; 5],
    /// First-pass (label, place in its name) counts: PER..MISC x single,
    /// first, inner, last.
    pub(super) places: [u16; 16],
    /// First capitalised occurrence (`u32::MAX`: none).
    pub(super) first: u32,
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

/// What the templates read about a document besides its words' facts.
#[derive(Default)]
pub(super) struct DocFacts {
    /// The feature groups on.
    pub(super) groups: u32,
    /// Each token's facts.
    pub(super) toks: Vec<Tok>,
    /// How each lower-case word of the document appears.
    pub(super) dwords: Vec<DocWord>,
    /// Next capitalised occurrence of the same word (`u32::MAX`: none).
    pub(super) occ_next: Vec<u32>,
}

impl DocFacts {
    /// Whether a feature group of `g` is on.
    #[inline]
    pub(super) fn has(&self, g: u32) -> bool {
        self.groups & g != 0
    }

    /// Token `j`, if it lies in the sentence `s0..s1`.
    #[inline]
    pub(super) fn at(&self, j: isize, s0: usize, s1: usize) -> Option<&Tok> {
        if j < s0 as isize || j >= s1 as isize {
            None
        } else {
            Some(&self.toks[j as usize])
        }
    }

    /// How token `t`'s word appears across the document.
    #[inline]
    pub(super) fn doc_word(&self, t: &Tok) -> DocWord {
        self.dwords.get(t.dw as usize).copied().unwrap_or_default()
    }

    /// The word and shape hashes token `t` is seen with: the document's
    /// cased form for a word in an ALL-CAPS line, else its own.
    pub(super) fn word_shape(&self, t: &Tok) -> (u64, u64) {
        match self.doc_word(t).cased {
            Some((w, s)) if self.has(groups::DOC_CASE) && t.caps_line => (w, s),
            _ => (t.word, t.shape),
        }
    }

    /// All the first-pass features of token `i` of sentence `s0..s1`
    /// (`infos`: the facts of the words `toks` refer to).
    pub(super) fn token_features<S: Sink>(
        &self,
        infos: &[WordInfo],
        i: usize,
        s0: usize,
        s1: usize,
        out: &mut S,
    ) {
        let t = &self.toks[i];
        let w = &infos[t.info as usize];
        self.ctx_feats(w, t.ctx(), out);
        let (word, shape) = self.word_shape(t);
        self.shape_feats(word, shape, t.caps_line, out);
        self.word_feats(w, out);
        for (slot, d) in NEIGHBOURS.into_iter().enumerate() {
            match self.at(i as isize + d, s0, s1) {
                Some(o) => {
                    self.neighbour_feats(slot, o.lower, o.short, out);
                    self.neighbour_cluster_feats(slot, o.cluster, out);
                }
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
    pub(super) fn ctx_feats<S: Sink>(&self, w: &WordInfo, ctx: u64, out: &mut S) {
        out.put(feat(T_BIAS, 0));
        out.put(feat2(T_SHORT_CTX, w.short, ctx));
        out.put(feat2(T_CASE_CTX, w.case as u64, ctx));
        if self.has(groups::LEXICON) && w.flags != 0 {
            out.put(feat2(T_FLAGS_ALL, w.flags as u64, ctx));
        }
    }

    /// The word and shape features (`caps_line`: in an ALL-CAPS line).
    pub(super) fn shape_feats<S: Sink>(&self, word: u64, shape: u64, caps_line: bool, out: &mut S) {
        out.put(feat(T_WORD, word));
        out.put(feat2(T_SHAPE, shape, caps_line as u64));
    }

    /// Features of the word alone, wherever it stands.
    pub(super) fn word_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        out.put(feat(T_LOWER, w.lower));
        out.put(feat(T_SHORT, w.short));
        self.affix_feats(w, out);
        self.cluster_feats(w, out);
        self.form_feats(w, out);
    }

    /// The word's cluster path prefixes (none when it has no cluster).
    pub(super) fn cluster_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        if !self.has(groups::CLUSTER) || w.cluster == 0 {
            return;
        }
        for (k, bits) in CLUSTER_BITS.into_iter().enumerate() {
            out.put(feat(T_CLUSTER + k as u32, prefix(w.cluster, bits)));
        }
    }

    /// A neighbour's cluster path prefixes in neighbour slot `slot` (only
    /// the neighbours ±1, slots 1 and 2).
    pub(super) fn neighbour_cluster_feats<S: Sink>(&self, slot: usize, cluster: u32, out: &mut S) {
        if self.has(groups::CLUSTER_CONTEXT) && cluster != 0 && (slot == 1 || slot == 2) {
            for (k, bits) in CLUSTER_BITS_AT.into_iter().enumerate() {
                let t = T_CLUSTER_AT + (slot as u32) * 2 + k as u32;
                out.put(feat(t, prefix(cluster, bits)));
            }
        }
    }

    /// The word's prefix and suffix features.
    pub(super) fn affix_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        if self.has(groups::AFFIX) {
            for k in 0..4 {
                if (k as u32) + 1 < w.nchars {
                    out.put(feat(T_PREFIX + k as u32, w.prefix[k]));
                    out.put(feat(T_SUFFIX + k as u32, w.suffix[k]));
                }
            }
        }
    }

    /// The features of [`DocFacts::word_feats`] that depend only on the
    /// word's form (see `cache::Form`; not on its short shape).
    pub(super) fn form_feats<S: Sink>(&self, w: &WordInfo, out: &mut S) {
        let case = w.case as u64;
        if self.has(groups::CLASS) {
            out.put(feat2(T_SUFFIX_CLASS, w.class, case));
            out.put(feat2(T_LEN, w.nchars.min(12) as u64, case));
        }
        if self.has(groups::LEXICON) {
            for bit in low_bits(w.flags) {
                out.put(feat(T_FLAG + bit, case));
            }
        }
        if self.has(groups::TITLE) && w.title {
            out.put(feat(T_TITLE, case));
        }
    }

    /// Features of a neighbour (lower-case word and short shape hashes) in
    /// neighbour slot `slot` (offsets -2, -1, +1, +2).
    pub(super) fn neighbour_feats<S: Sink>(
        &self,
        slot: usize,
        lower: u64,
        short: u64,
        out: &mut S,
    ) {
        if self.has(groups::CONTEXT) {
            out.put(feat(T_LOWER_AT + slot as u32, lower));
            out.put(feat(T_SHORT_AT + slot as u32, short));
        }
    }

    /// The case of the word with that of the previous and next word (9: none).
    pub(super) fn case_pair_feats<S: Sink>(&self, case: u64, prev: u64, next: u64, out: &mut S) {
        if self.has(groups::CONTEXT) {
            out.put(feat2(T_CASE_NEXT, case, next));
            out.put(feat2(T_CASE_PREV, case, prev));
        }
    }

    /// The context of capitalised occurrence `j`, as other occurrences of
    /// the same word see it.
    pub(super) fn occurrence_feats<S: Sink>(&self, j: usize, out: &mut S) {
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
    pub(super) fn local_feats<S: Sink>(&self, i: usize, s0: usize, s1: usize, out: &mut S) {
        let t = &self.toks[i];
        let ctx = t.ctx();
        let case = t.case as u64;
        let prev = self.at(i as isize - 1, s0, s1);
        let next = self.at(i as isize + 1, s0, s1);
        if self.has(groups::CONTEXT) {
            // `feat2` with the words' first values premixed (the same hashes).
            let pl = prev.map_or(BOUNDARY_MIXED, |o| o.lower_mixed);
            let nl = next.map_or(BOUNDARY, |o| o.lower);
            let nl_mixed = next.map_or(BOUNDARY_MIXED, |o| o.lower_mixed);
            out.put(feat2_mixed(T_BIGRAM_L, pl, t.lower));
            out.put(feat2_mixed(T_BIGRAM_R, t.lower_mixed, nl));
            let ps = prev.map_or(BOUNDARY_MIXED, |o| o.short_mixed);
            let ns = next.map_or(BOUNDARY, |o| o.short);
            out.put(feat2(T_SHAPE3, feat2_mixed(0, ps, t.short), ns));
            out.put(feat2_mixed(T_WORD_PREV_CASE, pl, case));
            out.put(feat2_mixed(T_WORD_NEXT_CASE, nl_mixed, case));
        }
        if self.has(groups::LEXICON) {
            for (slot, o) in [(1, prev), (2, next)] {
                for bit in low_bits(o.map_or(0, |o| o.flags)) {
                    out.put(feat(T_FLAG + slot * 8 + bit, case));
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

    /// The second-pass features of token `i`: the first-pass labels of the
    /// same word's other occurrences (`own`: its own label slot, 0 for O;
    /// `place`: its own (label, place in its name) slot). Call after the
    /// counts in `dwords` are filled.
    pub(super) fn label_feats<S: Sink>(
        &self,
        i: usize,
        own: usize,
        place: Option<usize>,
        out: &mut S,
    ) {
        let tok = &self.toks[i];
        let Some(w) = self.dwords.get(tok.dw as usize) else {
            return;
        };
        let mut other = w.labels;
        other[own] -= 1;
        let total: u16 = other.iter().sum();
        if total == 0 {
            return;
        }
        let mut best = 0;
        for (l, &c) in other.iter().enumerate() {
            if c > 0 {
                out.put(feat(T_DOC_LABEL, l as u64));
            }
            if c > other[best] {
                best = l;
            }
        }
        out.put(feat(T_DOC_LABEL_MAJ, best as u64));
        out.put(feat2(T_DOC_LABEL_CASE, best as u64, tok.ctx()));
        let mut places = w.places;
        if let Some(p) = place {
            places[p] -= 1;
        }
        for (p, &c) in places.iter().enumerate() {
            if c > 0 {
                out.put(feat(T_DOC_LABEL_PLACE, p as u64));
            }
        }
    }
}
