//! Averaged structured perceptron training over whole CoNLL documents.
//!
//! Takes [`ConllDoc`]s (training set) and a [`Config`], creates a quantised
//! [`Model`]. Each document is tokenised by the engine's tokenizer, gold tags
//! are projected onto its tokens, and features come from the runtime's own
//! [`Extractor`], so training and tagging see the same numbers.
//!
//! With document-label features on, training needs first-pass labels for the
//! training documents that are as wrong as they will be at run time: they come
//! from `folds`-way jackknifing (a base model trained on the other folds tags
//! each fold). The final model learns both passes at once: every sentence is
//! seen once with base features only (pass 1) and once with the document-label
//! features added (pass 2), so one set of weights serves both.
//!
//! `ensemble` perceptrons trained on different shuffles are summed before
//! quantisation (less variance, one model's size), and features whose largest
//! quantised weight is below `prune` are dropped.
//!
//! The caller may pass each document in several text forms (see
//! `conll::Form`); copies of one document share its jackknife fold.
//!
//! Deterministic: features get ids in order of first appearance, documents are
//! shuffled by a seeded xorshift generator, and no hash-map order is observed.

use std::ops::Range;

use super::conll::ConllDoc;
use crate::engine::lexicon::Lexicon;
use crate::engine::tagger::features::{DocFeatures, Extractor};
use crate::engine::tagger::hash::{key32, IdMap};
use crate::engine::tagger::model::Model;
use crate::engine::tagger::perceptron::{viterbi, PerceptronTagger};
use crate::engine::tagger::tags::{tag_index, NUM_TAGS};
use crate::engine::tagger::templates::groups;
use crate::engine::tagger::Tagger;
use crate::engine::tokenize::tokenize;

/// Training settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Feature groups (see `templates::groups`).
    pub groups: u32,
    /// Passes over the training set.
    pub epochs: usize,
    /// Seed of the document shuffle.
    pub seed: u64,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// Jackknife folds for first-pass labels (document-label features).
    pub folds: usize,
    /// Epochs of each jackknife model.
    pub fold_epochs: usize,
    /// Quantile of the absolute averaged weights mapped to ±127 (1.0 = max).
    pub clip_quantile: f64,
    /// Perceptrons trained with different shuffles whose averaged weights
    /// are summed (1 = a single model).
    pub ensemble: usize,
    /// Features whose largest quantised weight (in absolute value) is below
    /// this are left out of the final model (1 = keep every non-zero one).
    pub prune: u8,
    /// While training, one word type in this many (by a hash of its lower
    /// case) is read as having no Brown cluster, so that the weights of rare
    /// words, which have none, do not rest on the clusters (0: none).
    pub cluster_dropout: u32,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            groups: groups::DEFAULT,
            epochs: 10,
            seed: 0x5eed_2003,
            min_count: 1,
            folds: 5,
            fold_epochs: 6,
            clip_quantile: 1.0,
            ensemble: 5,
            cluster_dropout: 0,
            prune: 5,
            verbose: false,
        }
    }
}

/// One training document: per-token feature ids (two passes) and gold tags.
struct Sample {
    base_off: Vec<u32>,
    base: Vec<u64>,
    doc_off: Vec<u32>,
    doc: Vec<u64>,
    gold: Vec<u8>,
    sentences: Vec<Range<usize>>,
}

impl Sample {
    fn base(&self, i: usize) -> &[u64] {
        &self.base[self.base_off[i] as usize..self.base_off[i + 1] as usize]
    }
    fn doc(&self, i: usize) -> &[u64] {
        if self.doc_off.len() <= i + 1 {
            return &[];
        }
        &self.doc[self.doc_off[i] as usize..self.doc_off[i + 1] as usize]
    }
}

/// Feature hash -> dense id, built from the training data.
struct Index {
    ids: IdMap<u32>,
    hashes: Vec<u64>,
}

/// Weights being trained, with sums for averaging.
struct Weights {
    w: Vec<i32>,
    u: Vec<i64>,
    start: [i32; NUM_TAGS],
    start_u: [i64; NUM_TAGS],
    trans: [[i32; NUM_TAGS]; NUM_TAGS],
    trans_u: [[i64; NUM_TAGS]; NUM_TAGS],
    c: i64,
}

impl Weights {
    fn new(n: usize) -> Weights {
        Weights {
            w: vec![0; n * NUM_TAGS],
            u: vec![0; n * NUM_TAGS],
            start: [0; NUM_TAGS],
            start_u: [0; NUM_TAGS],
            trans: [[0; NUM_TAGS]; NUM_TAGS],
            trans_u: [[0; NUM_TAGS]; NUM_TAGS],
            c: 1,
        }
    }

    #[inline]
    fn bump(&mut self, f: usize, t: usize, d: i32) {
        self.w[f * NUM_TAGS + t] += d;
        self.u[f * NUM_TAGS + t] += self.c * d as i64;
    }
}

fn xorshift(s: &mut u64) -> u64 {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *s
}

fn shuffle<T>(v: &mut [T], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        let j = (xorshift(seed) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

/// What training produced.
pub struct Trained {
    /// The quantised model.
    pub model: Model,
    /// Distinct features seen in training (before pruning).
    pub features_seen: usize,
}

/// Trains a model on `docs`. `on_epoch(epoch, model)` is called after each
/// epoch of the final training with the averaged, quantised model so far.
pub fn train(
    docs: &[ConllDoc],
    lex: &Lexicon,
    cfg: &Config,
    mut on_epoch: impl FnMut(usize, &Model),
) -> Trained {
    let base_groups = cfg.groups & !groups::DOC_LABEL;
    let mut samples = featurise(docs, lex, base_groups, cfg.cluster_dropout);
    if cfg.groups & groups::DOC_LABEL != 0 {
        first_pass_labels(docs, lex, cfg, &mut samples);
    }
    let index = build_index(&samples, cfg.min_count);
    let ids: Vec<SampleIds> = samples.iter().map(|s| SampleIds::new(s, &index)).collect();
    let use_doc = cfg.groups & groups::DOC_LABEL != 0;
    let members = cfg.ensemble.max(1);
    let mut sum: Option<Averaged> = None;
    for member in 0..members {
        let mut w = Weights::new(index.hashes.len());
        let mut seed = cfg.seed.wrapping_add(member as u64 * 0x9e37_79b9_7f4a_7c15) | 1;
        for epoch in 1..=cfg.epochs {
            run_epoch(&ids, &mut w, &mut seed, use_doc);
            if member == 0 {
                let model = export(&w, &index, cfg.groups, cfg.clip_quantile);
                if cfg.verbose {
                    eprintln!(
                        "epoch {epoch}: {} features kept of {}",
                        model.len(),
                        index.hashes.len()
                    );
                }
                on_epoch(epoch, &model);
            }
        }
        let avg = Averaged::of(&w);
        match sum.as_mut() {
            None => sum = Some(avg),
            Some(s) => s.add(&avg, 1.0),
        }
        if cfg.verbose && members > 1 {
            eprintln!("ensemble member {}/{members} done", member + 1);
        }
    }
    let sum = sum.expect("at least one member");
    Trained {
        model: quantise(&sum, &index, cfg.groups, cfg.clip_quantile, cfg.prune),
        features_seen: index.hashes.len(),
    }
}

/// Tokenises each document, projects gold tags and extracts base features.
fn featurise(docs: &[ConllDoc], lex: &Lexicon, base_groups: u32, dropout: u32) -> Vec<Sample> {
    let mut ex = Extractor::new(base_groups);
    ex.set_cluster_dropout(dropout);
    let mut f = DocFeatures::default();
    docs.iter()
        .map(|d| {
            let doc = tokenize(&d.text);
            let gold = d
                .project(&doc)
                .into_iter()
                .map(|t| tag_index(t) as u8)
                .collect();
            ex.extract(&doc, lex, &mut f);
            Sample {
                base_off: f.offsets.clone(),
                base: f.feats.clone(),
                doc_off: Vec::new(),
                doc: Vec::new(),
                gold,
                sentences: doc.sentences.clone(),
            }
        })
        .collect()
}

/// Jackknifed first-pass tags -> document-label features for every sample.
fn first_pass_labels(docs: &[ConllDoc], lex: &Lexicon, cfg: &Config, samples: &mut [Sample]) {
    let k = cfg.folds.max(2);
    let base_groups = cfg.groups & !groups::DOC_LABEL;
    let mut ex = Extractor::new(cfg.groups);
    let mut f = DocFeatures::default();
    for fold in 0..k {
        let train_idx: Vec<usize> = (0..samples.len())
            .filter(|&i| docs[i].source % k != fold)
            .collect();
        let sub: Vec<&Sample> = train_idx.iter().map(|&i| &samples[i]).collect();
        let index = build_index_refs(&sub, cfg.min_count);
        let ids: Vec<SampleIds> = sub.iter().map(|s| SampleIds::new(s, &index)).collect();
        let mut w = Weights::new(index.hashes.len());
        let mut seed = cfg.seed ^ (fold as u64 + 1).wrapping_mul(0x9e37_79b9);
        for _ in 0..cfg.fold_epochs {
            run_epoch(&ids, &mut w, &mut seed, false);
        }
        let tagger = PerceptronTagger::new(export(&w, &index, base_groups, cfg.clip_quantile));
        for i in (0..samples.len()).filter(|&i| docs[i].source % k == fold) {
            let doc = tokenize(&docs[i].text);
            let first = tagger.tag(&doc, lex);
            ex.extract(&doc, lex, &mut f);
            ex.extract_doc_labels(&first, &mut f);
            samples[i].doc_off = f.offsets.clone();
            samples[i].doc = f.feats.clone();
        }
        if cfg.verbose {
            eprintln!("jackknife fold {}/{k} done", fold + 1);
        }
    }
}

fn build_index(samples: &[Sample], min_count: u32) -> Index {
    let refs: Vec<&Sample> = samples.iter().collect();
    build_index_refs(&refs, min_count)
}

fn build_index_refs(samples: &[&Sample], min_count: u32) -> Index {
    let mut counts: IdMap<u32> = IdMap::default();
    let mut order: Vec<u64> = Vec::new();
    for s in samples {
        for &h in s.base.iter().chain(&s.doc) {
            let c = counts.entry(h).or_insert(0);
            if *c == 0 {
                order.push(h);
            }
            *c += 1;
        }
    }
    let mut ids = IdMap::default();
    let mut hashes = Vec::new();
    for h in order {
        if counts[&h] >= min_count {
            ids.insert(h, hashes.len() as u32);
            hashes.push(h);
        }
    }
    Index { ids, hashes }
}

/// A sample with features as dense ids.
struct SampleIds {
    base_off: Vec<u32>,
    base: Vec<u32>,
    doc_off: Vec<u32>,
    doc: Vec<u32>,
    gold: Vec<u8>,
    sentences: Vec<Range<usize>>,
}

impl SampleIds {
    fn new(s: &Sample, index: &Index) -> SampleIds {
        let n = s.gold.len();
        let (mut base_off, mut base, mut doc_off, mut doc) =
            (vec![0], Vec::new(), vec![0], Vec::new());
        for i in 0..n {
            base.extend(s.base(i).iter().filter_map(|h| index.ids.get(h)));
            base_off.push(base.len() as u32);
            doc.extend(s.doc(i).iter().filter_map(|h| index.ids.get(h)));
            doc_off.push(doc.len() as u32);
        }
        SampleIds {
            base_off,
            base,
            doc_off,
            doc,
            gold: s.gold.clone(),
            sentences: s.sentences.clone(),
        }
    }
}

/// One pass over all samples in a shuffled order.
fn run_epoch(samples: &[SampleIds], w: &mut Weights, seed: &mut u64, use_doc: bool) {
    let mut order: Vec<usize> = (0..samples.len()).collect();
    shuffle(&mut order, seed);
    let mut rows: Vec<[i32; NUM_TAGS]> = Vec::new();
    let mut back = Vec::new();
    let mut pred = Vec::new();
    for &d in &order {
        let s = &samples[d];
        for r in &s.sentences {
            let passes: &[bool] = if use_doc { &[false, true] } else { &[false] };
            for &with_doc in passes {
                rows.clear();
                for i in r.clone() {
                    let mut row = [0i32; NUM_TAGS];
                    let base = &s.base[s.base_off[i] as usize..s.base_off[i + 1] as usize];
                    let doc: &[u32] = if with_doc {
                        &s.doc[s.doc_off[i] as usize..s.doc_off[i + 1] as usize]
                    } else {
                        &[]
                    };
                    for &f in base.iter().chain(doc) {
                        let ws = &w.w[f as usize * NUM_TAGS..f as usize * NUM_TAGS + NUM_TAGS];
                        for t in 0..NUM_TAGS {
                            row[t] += ws[t];
                        }
                    }
                    rows.push(row);
                }
                pred.clear();
                pred.resize(rows.len(), 0usize);
                viterbi(&rows, &w.start, &w.trans, &mut back, &mut pred);
                let gold = &s.gold[r.clone()];
                if pred.iter().zip(gold).any(|(&p, &g)| p != g as usize) {
                    for (k, i) in r.clone().enumerate() {
                        let (p, g) = (pred[k], gold[k] as usize);
                        if p != g {
                            let base = &s.base[s.base_off[i] as usize..s.base_off[i + 1] as usize];
                            let doc: &[u32] = if with_doc {
                                &s.doc[s.doc_off[i] as usize..s.doc_off[i + 1] as usize]
                            } else {
                                &[]
                            };
                            for &f in base.iter().chain(doc) {
                                w.bump(f as usize, g, 1);
                                w.bump(f as usize, p, -1);
                            }
                        }
                        let c = w.c;
                        if k == 0 {
                            w.start[g] += 1;
                            w.start_u[g] += c;
                            w.start[p] -= 1;
                            w.start_u[p] -= c;
                        } else {
                            let (pp, gp) = (pred[k - 1], gold[k - 1] as usize);
                            w.trans[gp][g] += 1;
                            w.trans_u[gp][g] += c;
                            w.trans[pp][p] -= 1;
                            w.trans_u[pp][p] -= c;
                        }
                    }
                }
                w.c += 1;
            }
        }
    }
}

/// Averaged weights in real numbers.
struct Averaged {
    w: Vec<f64>,
    start: [f64; NUM_TAGS],
    trans: [[f64; NUM_TAGS]; NUM_TAGS],
}

impl Averaged {
    /// The average of every weight over all updates so far.
    fn of(w: &Weights) -> Averaged {
        let c = w.c as f64;
        let avg = |x: i32, u: i64| x as f64 - u as f64 / c;
        let mut a = Averaged {
            w: w.w.iter().zip(&w.u).map(|(&x, &u)| avg(x, u)).collect(),
            start: [0.0; NUM_TAGS],
            trans: [[0.0; NUM_TAGS]; NUM_TAGS],
        };
        for t in 0..NUM_TAGS {
            a.start[t] = avg(w.start[t], w.start_u[t]);
            for p in 0..NUM_TAGS {
                a.trans[p][t] = avg(w.trans[p][t], w.trans_u[p][t]);
            }
        }
        a
    }

    /// Adds `other * k` to these weights.
    fn add(&mut self, other: &Averaged, k: f64) {
        for (x, y) in self.w.iter_mut().zip(&other.w) {
            *x += y * k;
        }
        for t in 0..NUM_TAGS {
            self.start[t] += other.start[t] * k;
            for p in 0..NUM_TAGS {
                self.trans[p][t] += other.trans[p][t] * k;
            }
        }
    }
}

/// Averages and quantises the weights into a model.
fn export(w: &Weights, index: &Index, groups: u32, clip_quantile: f64) -> Model {
    quantise(&Averaged::of(w), index, groups, clip_quantile, 1)
}

/// Quantises averaged weights to `i8` (transitions to `i32`) on one scale:
/// the `clip_quantile` quantile of the absolute weights maps to 127.
/// Features whose largest quantised weight is below `prune` are dropped.
fn quantise(a: &Averaged, index: &Index, groups: u32, clip_quantile: f64, prune: u8) -> Model {
    let mut abs: Vec<f64> = a.w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    let top = if abs.is_empty() {
        1.0
    } else if clip_quantile >= 1.0 {
        abs.iter().cloned().fold(0.0, f64::max)
    } else {
        let k = ((abs.len() - 1) as f64 * clip_quantile) as usize;
        let (_, v, _) = abs.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
        *v
    };
    let scale = top / 127.0;
    let q = |v: f64| (v / scale).round().clamp(-127.0, 127.0) as i8;
    let mut feats = Vec::new();
    for (f, &h) in index.hashes.iter().enumerate() {
        let mut row = [0i8; NUM_TAGS];
        for (t, r) in row.iter_mut().enumerate() {
            *r = q(a.w[f * NUM_TAGS + t]);
        }
        if row.iter().any(|&x| x.unsigned_abs() >= prune.max(1)) {
            feats.push((key32(h), row));
        }
    }
    let qi = |v: f64| (v / scale).round() as i32;
    let start = a.start.map(qi);
    let trans = a.trans.map(|row| row.map(qi));
    Model::from_parts(groups, scale as f32, start, trans, feats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tagger::{spans, Label};
    use crate::train::conll::parse;

    fn sentence(words: &[(&str, &str)]) -> String {
        words
            .iter()
            .map(|(w, t)| format!("{w} X X {t}\n"))
            .collect::<String>()
            + "\n"
    }

    #[test]
    fn trainer_learns_invented_names() {
        let mut src = String::new();
        let people = ["Orvel", "Tamsin", "Quillon", "Bexley", "Marrow", "Idris"];
        let places = ["Drevno", "Kalmora", "Zentha", "Porvik", "Ulmsted", "Carrow"];
        for k in 0..24 {
            let p = people[k % 6];
            let l = places[(k * 5) % 6];
            src += "-DOCSTART- -X- -X- O\n\n";
            src += &sentence(&[
                (p, "B-PER"),
                ("Vance", "I-PER"),
                ("flew", "O"),
                ("to", "O"),
                (l, "B-LOC"),
                (".", "O"),
            ]);
            src += &sentence(&[
                ("They", "O"),
                ("met", "O"),
                ("in", "O"),
                (l, "B-LOC"),
                ("with", "O"),
                (p, "B-PER"),
                (".", "O"),
            ]);
        }
        let docs = parse(&src, crate::train::conll::Form::SPACED);
        let lex = Lexicon::default();
        let cfg = Config {
            epochs: 4,
            folds: 2,
            fold_epochs: 2,
            ensemble: 2,
            prune: 1,
            ..Config::default()
        };
        let trained = train(&docs, &lex, &cfg, |_, _| {});
        let tagger = PerceptronTagger::new(trained.model);
        let text = "Tamsin Vance flew to Zentha .";
        let doc = tokenize(text);
        let got: Vec<_> = spans(&tagger.tag(&doc, &lex))
            .into_iter()
            .map(|(s, e, l)| (doc.span_text(s, e), l))
            .collect();
        assert_eq!(got, [("Tamsin Vance", Label::Per), ("Zentha", Label::Loc)]);
        // Deterministic: a second run gives the same bytes.
        let again = train(&docs, &lex, &cfg, |_, _| {});
        assert_eq!(again.model.to_bytes(), tagger.model().to_bytes());
    }
}
