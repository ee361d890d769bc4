//! Document features for the perceptron tagger: the [`Extractor`] reads a
//! document's tokens once into per-token and per-document facts, then lists
//! each token's feature hashes ([`templates`](super::templates) says which).
//! Shared by the runtime and the trainer so that both see the same numbers.
//!
//! Takes a [`Doc`] and the [`Lexicon`], creates [`DocFeatures`]: for every
//! token a list of 64-bit feature hashes. The tagger does not list them: it
//! sums their weights through [`super::cache::Scorer`], from the same facts.

use super::hash::IdMap;
use super::tags::{label_slot, tag_index};
use super::templates::{groups, DocFacts, DocWord, Tok, BOUNDARY};
use super::word::{capitalised, Case, Kept, Lookups, WordTable};
use super::Tag;
use crate::engine::lexicon::Lexicon;
use crate::engine::tokenize::Doc;

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
    /// The facts the templates read.
    pub(super) facts: DocFacts,
    /// The distinct words and their facts.
    pub(super) table: WordTable,
    /// Lower-case word hash -> index into `facts.dwords`.
    words: IdMap<u32>,
}

impl Extractor {
    /// An extractor producing the feature groups in `groups`.
    pub fn new(groups: u32) -> Extractor {
        Extractor {
            facts: DocFacts {
                groups,
                ..DocFacts::default()
            },
            ..Extractor::default()
        }
    }

    /// Trainer only: one word type in `n` (by a hash of its lower case) is
    /// read as having no Brown cluster (0: none). Empties the word table.
    pub fn set_cluster_dropout(&mut self, n: u32) {
        self.table.cluster_dropout = n;
        self.table.forget();
    }

    /// The feature groups this extractor produces.
    pub fn groups(&self) -> u32 {
        self.facts.groups
    }

    /// Fills `out` with the first-pass features of every token of `doc`
    /// (everything except [`groups::DOC_LABEL`]).
    pub fn extract(&mut self, doc: &Doc, lex: &Lexicon, out: &mut DocFeatures) {
        self.prepare(doc, lex, None);
        out.offsets.clear();
        out.feats.clear();
        out.offsets.push(0);
        for r in &doc.sentences {
            for i in r.clone() {
                let infos = &self.table.infos;
                (self.facts).token_features(infos, i, r.start, r.end, &mut out.feats);
                out.offsets.push(out.feats.len() as u32);
            }
        }
    }

    /// Fills `out` with the second-pass features: for each token, what the
    /// first pass (`first`) said about the same word elsewhere in the
    /// document. Call after [`Extractor::extract`] (or the scorer) on the
    /// same document.
    pub fn extract_doc_labels(&mut self, first: &[Tag], out: &mut DocFeatures) {
        out.offsets.clear();
        out.feats.clear();
        out.offsets.push(0);
        let facts = &mut self.facts;
        let n = facts.toks.len();
        if !facts.has(groups::DOC_LABEL) || first.len() != n {
            out.offsets.resize(n + 1, 0);
            return;
        }
        for w in &mut facts.dwords {
            w.labels = [0; 5];
            w.places = [0; 16];
        }
        for (i, &t) in first.iter().enumerate() {
            let place = place_in_name(first, i);
            if let Some(w) = facts.dwords.get_mut(facts.toks[i].dw as usize) {
                let slot = label_slot(t);
                w.labels[slot] = w.labels[slot].saturating_add(1);
                if let Some(p) = place {
                    w.places[p] = w.places[p].saturating_add(1);
                }
            }
        }
        for (i, &t) in first.iter().enumerate() {
            if capitalised(facts.toks[i].case) {
                let place = place_in_name(first, i);
                facts.label_feats(i, label_slot(t), place, &mut out.feats);
            }
            out.offsets.push(out.feats.len() as u32);
        }
    }

    /// Per-token facts and the document word table; says what the word
    /// table kept of earlier documents (`owner`: see [`WordTable::start`]).
    pub(super) fn prepare(
        &mut self,
        doc: &Doc,
        lex: &Lexicon,
        owner: Option<(u64, usize)>,
    ) -> Kept {
        let kept = self.table.start(owner);
        self.read_tokens(doc, lex);
        self.mark_caps_lines(doc);
        self.link_neighbours(doc);
        if self
            .facts
            .has(groups::DOC_CASE | groups::DOC_LABEL | groups::DOC_CONTEXT)
        {
            self.count_doc_words();
        }
        kept
    }

    /// Each token's word facts (looked up once per distinct word) and
    /// whether it starts a sentence.
    fn read_tokens(&mut self, doc: &Doc, lex: &Lexicon) {
        let n = doc.tokens.len();
        let toks = &mut self.facts.toks;
        toks.clear();
        let look = Lookups {
            flags: self.facts.groups & groups::LEXICON != 0,
            title: self.facts.groups & groups::TITLE != 0,
            cluster: self.facts.groups & (groups::CLUSTER | groups::CLUSTER_CONTEXT) != 0,
        };
        for i in 0..n {
            // Everything but the position facts depends on the word alone.
            let k = self.table.index_of(doc.word(i), lex, look);
            let info = &self.table.infos[k as usize];
            toks.push(Tok {
                word: info.word,
                lower: info.lower,
                shape: info.shape,
                short: info.short,
                lower_mixed: info.lower_mixed,
                short_mixed: info.short_mixed,
                case: info.case,
                flags: info.flags,
                title: info.title,
                sent_start: false,
                caps_line: false,
                nchars: info.nchars,
                cluster: info.cluster,
                prev_lower: BOUNDARY,
                next_lower: BOUNDARY,
                prev2_lower: BOUNDARY,
                next2_lower: BOUNDARY,
                info: k,
                dw: u32::MAX,
            });
        }
        for r in &doc.sentences {
            if r.start < n {
                toks[r.start].sent_start = true;
            }
        }
    }

    /// Marks ALL-CAPS lines: no lower-case letter, some word of 2+ capitals.
    fn mark_caps_lines(&mut self, doc: &Doc) {
        let n = doc.tokens.len();
        let mut a = 0;
        while a < n {
            let mut b = a + 1;
            while b < n && !doc.tokens[b].newline_before {
                b += 1;
            }
            let toks = &mut self.facts.toks[a..b];
            let caps = toks
                .iter()
                .all(|t| !matches!(t.case, Case::Lower | Case::Init | Case::Mixed))
                && toks.iter().any(|t| t.case == Case::Upper && t.nchars >= 2);
            if caps {
                for t in toks {
                    t.caps_line = true;
                }
            }
            a = b;
        }
    }

    /// Each token's neighbours' lower-case words within its sentence.
    fn link_neighbours(&mut self, doc: &Doc) {
        let toks = &mut self.facts.toks;
        for r in &doc.sentences {
            for i in r.clone() {
                if i > r.start {
                    toks[i].prev_lower = toks[i - 1].lower;
                }
                if i > r.start + 1 {
                    toks[i].prev2_lower = toks[i - 2].lower;
                }
                if i + 2 < r.end {
                    toks[i].next2_lower = toks[i + 2].lower;
                }
                if i + 1 < r.end {
                    toks[i].next_lower = toks[i + 1].lower;
                }
            }
        }
    }

    /// The document word table: how each lower-case word appears, and the
    /// chain of its capitalised occurrences.
    fn count_doc_words(&mut self) {
        let facts = &mut self.facts;
        let n = facts.toks.len();
        self.words.clear();
        facts.occ_next.clear();
        facts.occ_next.resize(n, u32::MAX);
        facts.dwords.clear();
        for (i, t) in facts.toks.iter_mut().enumerate().rev() {
            let fresh = facts.dwords.len() as u32;
            let d = *self.words.entry(t.lower).or_insert(fresh);
            if d == fresh {
                facts.dwords.push(DocWord::default());
            }
            t.dw = d;
            let e = &mut facts.dwords[d as usize];
            if capitalised(t.case) {
                facts.occ_next[i] = e.first;
                e.first = i as u32;
            }
        }
        for t in &facts.toks {
            let e = &mut facts.dwords[t.dw as usize];
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

/// (label, place in its name) of token `i` of the first-pass tags, as
/// `label * 4 + place` (single, first, inner, last); `None` for O.
fn place_in_name(first: &[Tag], i: usize) -> Option<usize> {
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
}

#[cfg(test)]
mod tests;
