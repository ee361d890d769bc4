//! The tagger's score rows: sums of feature weights kept per distinct word,
//! per word form and per model, so that a token costs a few lookups.
//!
//! Takes a [`Doc`], the [`Lexicon`] and a [`Model`]; creates one score row
//! per token ([`Scorer::score`]), exactly the sum of the weights of the
//! features [`Extractor::extract`] lists for it. The rows of each word
//! outlive the document while the same model tags with the embedded
//! lexicon (see [`super::word::WordTable`]).

use super::features::Extractor;
use super::hash::{feat, feat2, key32};
use super::model::Model;
use super::tags::{add_row, Row, NUM_TAGS};
use super::templates::{
    groups, Sink, Tok, BOUNDARY, NEIGHBOURS, T_CASE_NEXT, T_CASE_PREV, T_LOWER, T_LOWER_AT,
    T_SHAPE, T_SHORT, T_SHORT_AT, T_WORD,
};
use super::word::{capitalised, Kept, WordInfo};
use crate::engine::lexicon::casing::FxMap;
use crate::engine::lexicon::Lexicon;
use crate::engine::tokenize::Doc;

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
    /// The word, lower-case, short-shape and affix features, and the word's
    /// own shape feature outside ALL-CAPS lines.
    core: Row,
    /// The context features in context 0 (not sentence-initial, ordinary line).
    ctx0: Row,
    /// The neighbour features as the neighbour at -2, -1, +1, +2.
    nb: [Row; 4],
}

/// What a word's form rows depend on (see [`Scorer::form_rows`]): all its
/// facts but its spelling, lower case and affixes.
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
    /// The case-pair features by own case and previous (next) case; index
    /// 6 is none.
    case_prev: [[Row; 7]; 6],
    case_next: [[Row; 7]; 6],
    /// Rows of each word form met ([`Scorer::form_rows`]).
    forms: FxMap<Form, WordRows>,
}

/// Sums feature weights into score rows; holds the extractor and the rows
/// kept from document to document.
#[derive(Default)]
pub struct Scorer {
    /// The extractor whose facts the rows are read from.
    ex: Extractor,
    /// Score rows of each entry of the extractor's word table.
    rows: Vec<WordRows>,
    /// Rows that depend on the model alone.
    model_rows: Option<Box<ModelRows>>,
    /// Rank of each token among its word's capitalised occurrences
    /// (`u8::MAX`: not among the first seven).
    occ_rank: Vec<u8>,
    /// Each ranked occurrence's context-aggregation row.
    occ_row: Vec<Row>,
    /// Per document word, the context-aggregation rows summed over its
    /// first six and first seven occurrences (`None`: not yet).
    agg: Vec<Option<(Row, Row)>>,
}

impl Scorer {
    /// A scorer for the feature groups in `groups`.
    pub fn new(groups: u32) -> Scorer {
        Scorer {
            ex: Extractor::new(groups),
            ..Scorer::default()
        }
    }

    /// The feature groups it scores.
    pub fn groups(&self) -> u32 {
        self.ex.groups()
    }

    /// The extractor (for the second pass's features of the same document).
    pub fn extractor(&mut self) -> &mut Extractor {
        &mut self.ex
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
        if self.rows.len() != self.ex.table.infos.len() {
            self.ex.table.forget();
        }
        match self.ex.prepare(doc, lex, owner) {
            Kept::All => {}
            Kept::None => self.rows.clear(),
            Kept::Some(kept) => self.rows = kept.iter().map(|&k| self.rows[k as usize]).collect(),
        }
        if self.model_rows.as_ref().is_none_or(|m| m.id != model.id()) {
            self.model_rows = Some(Box::new(self.model_rows_of(model)));
        }
        self.add_word_rows(model);
        let n = self.ex.facts.toks.len();
        self.occ_rank.clear();
        self.occ_rank.resize(n, u8::MAX);
        self.occ_row.resize(n, [0; NUM_TAGS]);
        self.agg.clear();
        self.agg.resize(self.ex.facts.dwords.len(), None);
        scores.clear();
        scores.reserve(n);
        for r in &doc.sentences {
            for i in r.clone() {
                let row = self.token_row(model, i, r.start, r.end);
                scores.push(row);
            }
        }
    }

    /// Rows for the words new in the word table.
    fn add_word_rows(&mut self, model: &Model) {
        let mr = self.model_rows.as_mut().expect("set before");
        let mut forms = std::mem::take(&mut mr.forms);
        if forms.len() > MAX_FORMS {
            forms.clear();
        }
        let mut rows = std::mem::take(&mut self.rows);
        for w in &self.ex.table.infos[rows.len()..] {
            let form = forms
                .entry(Form::of(w))
                .or_insert_with(|| self.form_rows(w, model));
            rows.push(self.word_rows(w, form, model));
        }
        self.rows = rows;
        self.model_rows.as_mut().expect("set before").forms = forms;
    }

    /// The score row of token `i` of sentence `s0..s1`.
    fn token_row(&mut self, model: &Model, i: usize, s0: usize, s1: usize) -> Row {
        let facts = &self.ex.facts;
        let t = &facts.toks[i];
        let w = &self.ex.table.infos[t.info as usize];
        let wr = &self.rows[t.info as usize];
        let mut row = RowSink::new(model);
        if t.caps_line {
            let (word, shape) = facts.word_shape(t);
            facts.shape_feats(word, shape, true, &mut row);
            facts.word_feats(w, &mut row);
        } else {
            row.row = wr.core;
        }
        let ctx = t.ctx();
        if ctx == 0 {
            add_row(&mut row.row, &wr.ctx0);
        } else {
            facts.ctx_feats(w, ctx, &mut row);
        }
        let mr = self.model_rows.as_deref().expect("set before");
        for (slot, d) in NEIGHBOURS.into_iter().enumerate() {
            match facts.at(i as isize + d, s0, s1) {
                Some(o) => add_row(&mut row.row, &self.rows[o.info as usize].nb[slot]),
                None => add_row(&mut row.row, &mr.boundary[slot]),
            }
        }
        let case_ix = |o: Option<&Tok>| o.map_or(6, |o| o.case as usize);
        let prev_case = case_ix(facts.at(i as isize - 1, s0, s1));
        let next_case = case_ix(facts.at(i as isize + 1, s0, s1));
        add_row(&mut row.row, &mr.case_prev[t.case as usize][prev_case]);
        add_row(&mut row.row, &mr.case_next[t.case as usize][next_case]);
        let (aggregate, dw) = (facts.has(groups::DOC_CONTEXT) && capitalised(t.case), t.dw);
        if aggregate {
            self.add_agg_row(model, i, dw as usize, &mut row.row);
        }
        self.ex.facts.local_feats(i, s0, s1, &mut row);
        row.row
    }

    /// Adds the context-aggregation row of token `i` (of document word
    /// `d`): the other occurrences' contexts, the first six of them.
    fn add_agg_row(&mut self, model: &Model, i: usize, d: usize, row: &mut Row) {
        let (s6, s7) = match self.agg[d] {
            Some(x) => x,
            None => {
                let x = self.agg_rows(d, model);
                self.agg[d] = Some(x);
                x
            }
        };
        if self.occ_rank[i] < 6 {
            for (k, x) in row.iter_mut().enumerate() {
                *x += s7[k] - self.occ_row[i][k];
            }
        } else {
            add_row(row, &s6);
        }
    }

    /// The rows of one distinct word: those of its form (`form`, from
    /// [`Scorer::form_rows`]) plus its own word, affix and neighbour
    /// features. The same sums as the shape features (not in an ALL-CAPS
    /// line) with the word features, the context features in context 0,
    /// and the neighbour features.
    fn word_rows(&self, w: &WordInfo, form: &WordRows, model: &Model) -> WordRows {
        let mut core = RowSink {
            model,
            row: form.core,
        };
        core.put(feat(T_WORD, w.word));
        core.put(feat(T_LOWER, w.lower));
        self.ex.facts.affix_feats(w, &mut core);
        self.ex.facts.cluster_feats(w, &mut core);
        let mut nb = self.neighbour_rows(model, form.nb, T_LOWER_AT, w.lower);
        for (slot, row) in nb.iter_mut().enumerate() {
            let mut r = RowSink { model, row: *row };
            self.ex
                .facts
                .neighbour_cluster_feats(slot, w.cluster, &mut r);
            *row = r.row;
        }
        WordRows {
            core: core.row,
            ctx0: form.ctx0,
            nb,
        }
    }

    /// `base`, each slot's row plus the weights of neighbour template
    /// `template + slot` with value `v` (when the context group is on).
    fn neighbour_rows(&self, model: &Model, base: [Row; 4], template: u32, v: u64) -> [Row; 4] {
        let mut slot = 0;
        base.map(|row| {
            let mut r = RowSink { model, row };
            if self.ex.facts.has(groups::CONTEXT) {
                r.put(feat(template + slot, v));
            }
            slot += 1;
            r.row
        })
    }

    /// The rows of every word of `w`'s form: the rest of [`WordRows`].
    fn form_rows(&self, w: &WordInfo, model: &Model) -> WordRows {
        let facts = &self.ex.facts;
        let mut core = RowSink::new(model);
        core.put(feat2(T_SHAPE, w.shape, false as u64));
        core.put(feat(T_SHORT, w.short));
        facts.form_feats(w, &mut core);
        let mut ctx0 = RowSink::new(model);
        facts.ctx_feats(w, 0, &mut ctx0);
        WordRows {
            core: core.row,
            ctx0: ctx0.row,
            nb: self.neighbour_rows(model, [[0; NUM_TAGS]; 4], T_SHORT_AT, w.short),
        }
    }

    /// The rows that depend only on `model` (and the feature groups).
    fn model_rows_of(&self, model: &Model) -> ModelRows {
        let facts = &self.ex.facts;
        let boundary = [0, 1, 2, 3].map(|slot| {
            let b = BOUNDARY ^ NEIGHBOURS[slot] as u64;
            let mut r = RowSink::new(model);
            facts.neighbour_feats(slot, b, b, &mut r);
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
                if facts.has(groups::CONTEXT) {
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

    /// The context-aggregation rows of document word `d`'s first six and
    /// first seven capitalised occurrences; records each one's rank and row.
    fn agg_rows(&mut self, d: usize, model: &Model) -> (Row, Row) {
        let (mut s6, mut s7) = ([0; NUM_TAGS], [0; NUM_TAGS]);
        let facts = &self.ex.facts;
        let mut j = facts.dwords[d].first;
        let mut rank = 0u8;
        while j != u32::MAX && rank < 7 {
            let mut r = RowSink::new(model);
            facts.occurrence_feats(j as usize, &mut r);
            if rank < 6 {
                add_row(&mut s6, &r.row);
            }
            add_row(&mut s7, &r.row);
            self.occ_rank[j as usize] = rank;
            self.occ_row[j as usize] = r.row;
            rank += 1;
            j = facts.occ_next[j as usize];
        }
        (s6, s7)
    }
}

#[cfg(test)]
mod tests;
