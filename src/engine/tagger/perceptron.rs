//! The trained tagger: an averaged structured perceptron over hashed token
//! features, decoded with Viterbi under BIO constraints, in two passes when
//! the model uses document-level label features.
//!
//! Takes a [`Doc`] and the [`Lexicon`], creates one [`Tag`] per token. The
//! model is `data/model/tagger.bin`, embedded with `include_bytes!` and parsed
//! once ([`PerceptronTagger::embedded`]). Retrain with
//! `cargo run --release --features train --bin train`.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::cache::Scorer;
use super::decode::{decode, history, History, Trans32};
use super::features::DocFeatures;
use super::hash::key32;
use super::model::{Model, ModelError};
use super::tags::{allowed, tag_from_index, Row, NUM_TAGS};
use super::templates::groups;
use super::{Tag, Tagger};
use crate::engine::lexicon::Lexicon;
use crate::engine::tokenize::Doc;

const EMBEDDED: &[u8] = include_bytes!("../../../data/model/tagger.bin");

/// Tagger backed by a perceptron [`Model`]. Cheap to clone.
#[derive(Clone)]
pub struct PerceptronTagger {
    model: Arc<Model>,
}

thread_local! {
    /// The feature extractor and feature buffer of the last document.
    static BUFS: RefCell<Option<Bufs>> = const { RefCell::new(None) };
}

/// Buffers reused from document to document.
#[derive(Default)]
struct Bufs {
    scorer: Scorer,
    f: DocFeatures,
    scores: Vec<Row>,
    best: Vec<usize>,
    back: Vec<[u8; NUM_TAGS]>,
    /// The forward scores of each token ([`decode`]).
    hist: History,
}

impl Bufs {
    /// Decodes sentence `r` from its score rows into `best`; with `lanes`,
    /// in 32-bit lanes from token `r.start + from` on (the rows before it
    /// unchanged since the sentence was last decoded so).
    fn decode(&mut self, r: Range<usize>, from: usize, m: &Model, lanes: Option<&Trans32>) {
        let (scores, best) = (&self.scores[r.clone()], &mut self.best[r.clone()]);
        match lanes {
            Some(tr) => decode(scores, tr, &mut self.hist[r], from, best),
            None => viterbi_tr(
                scores,
                &m.start,
                &constrained(&m.trans),
                &mut self.back,
                best,
            ),
        }
    }
}

impl PerceptronTagger {
    /// The tagger with the embedded model, parsed once on first use.
    pub fn embedded() -> PerceptronTagger {
        static MODEL: OnceLock<Arc<Model>> = OnceLock::new();
        let model = MODEL.get_or_init(|| {
            Arc::new(Model::from_bytes(EMBEDDED).expect("embedded tagger model is valid"))
        });
        PerceptronTagger {
            model: Arc::clone(model),
        }
    }

    /// A tagger over a model read from `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<PerceptronTagger, ModelError> {
        Ok(PerceptronTagger::new(Model::from_bytes(bytes)?))
    }

    /// A tagger over `model`.
    pub fn new(model: Model) -> PerceptronTagger {
        PerceptronTagger {
            model: Arc::new(model),
        }
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }
}

impl Tagger for PerceptronTagger {
    fn tag(&self, doc: &Doc, lex: &Lexicon) -> Vec<Tag> {
        let n = doc.tokens.len();
        let m = &*self.model;
        let mut b = match BUFS.with(|b| b.borrow_mut().take()) {
            Some(b) if b.scorer.groups() == m.groups => b,
            _ => Bufs {
                scorer: Scorer::new(m.groups),
                ..Bufs::default()
            },
        };
        b.scorer.score(doc, lex, m, &mut b.scores);
        b.best.clear();
        b.best.resize(n, 0);
        history(&mut b.hist, n);
        let lanes = Trans32::new(&m.start, &m.trans);
        for r in &doc.sentences {
            b.decode(r.clone(), 0, m, lanes.as_ref());
        }
        if m.groups & groups::DOC_LABEL != 0 {
            let first: Vec<Tag> = b.best.iter().map(|&t| tag_from_index(t)).collect();
            b.scorer.extractor().extract_doc_labels(&first, &mut b.f);
            // Only sentences whose scores changed are decoded again, from
            // their first changed token: a feature the model does not store
            // changes nothing.
            for r in &doc.sentences {
                let mut changed = None;
                for i in r.clone() {
                    for &h in b.f.token(i) {
                        if let Some(w) = m.weights(key32(h)) {
                            for (s, &x) in b.scores[i].iter_mut().zip(w) {
                                *s += x as i32;
                            }
                            changed = changed.or(Some(i - r.start));
                        }
                    }
                }
                if let Some(from) = changed {
                    b.decode(r.clone(), from, m, lanes.as_ref());
                }
            }
        }
        let tags: Vec<Tag> = b.best.iter().map(|&t| tag_from_index(t)).collect();
        BUFS.with(|c| *c.borrow_mut() = Some(b));
        tags
    }
}

/// Transitions with forbidden moves at NEG; `tr[t][p]` for `p` -> `t`.
fn constrained(trans: &[[i32; NUM_TAGS]; NUM_TAGS]) -> [[i64; NUM_TAGS]; NUM_TAGS] {
    let mut tr = [[NEG; NUM_TAGS]; NUM_TAGS];
    for (t, row) in tr.iter_mut().enumerate() {
        for (p, x) in row.iter_mut().enumerate() {
            if allowed(Some(p), t) {
                *x = trans[p][t] as i64;
            }
        }
    }
    tr
}

const NEG: i64 = i64::MIN / 4;

/// Best BIO-valid tag sequence for one sentence's score rows. Ties go to
/// the lower tag index.
pub fn viterbi(
    scores: &[[i32; NUM_TAGS]],
    start: &[i32; NUM_TAGS],
    trans: &[[i32; NUM_TAGS]; NUM_TAGS],
    back: &mut Vec<[u8; NUM_TAGS]>,
    out: &mut [usize],
) {
    if scores.is_empty() {
        return;
    }
    viterbi_tr(scores, start, &constrained(trans), back, out);
}

fn viterbi_tr(
    scores: &[[i32; NUM_TAGS]],
    start: &[i32; NUM_TAGS],
    tr: &[[i64; NUM_TAGS]; NUM_TAGS],
    back: &mut Vec<[u8; NUM_TAGS]>,
    out: &mut [usize],
) {
    let n = scores.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0; NUM_TAGS]);
    let mut cur = [NEG; NUM_TAGS];
    for (t, c) in cur.iter_mut().enumerate() {
        if allowed(None, t) {
            *c = start[t] as i64 + scores[0][t] as i64;
        }
    }
    for i in 1..n {
        let mut next = [NEG; NUM_TAGS];
        for t in 0..NUM_TAGS {
            // `I-x` may only follow `B-x` (index t - 1) or `I-x`; `B-x` is
            // always reachable, so the other (forbidden, near-NEG) moves
            // never win and need not be looked at.
            let (best, arg) = if t != 0 && t % 2 == 0 {
                let (b, i) = (cur[t - 1] + tr[t][t - 1], cur[t] + tr[t][t]);
                if i > b {
                    (i, t as u8)
                } else {
                    (b, (t - 1) as u8)
                }
            } else {
                let mut best = cur[0] + tr[t][0];
                let mut arg = 0u8;
                for p in 1..NUM_TAGS {
                    let s = cur[p] + tr[t][p];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                (best, arg)
            };
            next[t] = best.max(NEG) + scores[i][t] as i64;
            back[i][t] = arg;
        }
        cur = next;
    }
    let mut t = 0;
    for k in 1..NUM_TAGS {
        if cur[k] > cur[t] {
            t = k;
        }
    }
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t] as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tagger::fingerprint::{conll_words, lexicon_fingerprint};
    use crate::engine::tagger::{spans, Label};
    use crate::engine::tokenize::tokenize;

    #[test]
    fn perceptron_embedded_model_tags_invented_sentence() {
        let text = "Olena Marchetti flew to Lisbon on Monday.";
        let doc = tokenize(text);
        let tags = PerceptronTagger::embedded().tag(&doc, Lexicon::embedded());
        assert_eq!(tags.len(), doc.tokens.len());
        let found: Vec<(&str, Label)> = spans(&tags)
            .into_iter()
            .map(|(s, e, l)| (doc.span_text(s, e), l))
            .collect();
        assert!(
            found.contains(&("Olena Marchetti", Label::Per)),
            "{found:?}"
        );
        assert!(found.contains(&("Lisbon", Label::Loc)), "{found:?}");
    }

    #[test]
    fn perceptron_model_is_not_stale() {
        // The model must be retrained when the lexicons or title words change.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/conll2003/train.txt"
        );
        let Ok(src) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} not found");
            return;
        };
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../../../data/model/tagger.json")).unwrap();
        let now = format!(
            "{:016x}",
            lexicon_fingerprint(conll_words(&src), Lexicon::embedded())
        );
        assert_eq!(
            json["lexicon_fingerprint"].as_str(),
            Some(now.as_str()),
            "the lexicons changed since the tagger was trained: run \
             `cargo run --release --features train --bin train`"
        );
        let sha = json["sha256"].as_str().unwrap();
        assert_eq!(sha.len(), 64);
        assert_eq!(json["size_bytes"].as_u64(), Some(EMBEDDED.len() as u64));
    }

    #[test]
    fn perceptron_viterbi_respects_bio() {
        // Emissions prefer I-PER twice; BIO forbids it first, so B-PER I-PER.
        let scores = [[0, 0, 50, 0, 0, 0, 0, 0, 0], [0, 0, 50, 0, 0, 0, 0, 0, 0]];
        let mut out = [0; 2];
        viterbi(
            &scores,
            &[0; NUM_TAGS],
            &[[0; NUM_TAGS]; NUM_TAGS],
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(out, [1, 2]);
        // I-LOC may not follow B-PER.
        let scores = [[0, 9, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 50, 0, 0, 0, 0]];
        viterbi(
            &scores,
            &[0; NUM_TAGS],
            &[[0; NUM_TAGS]; NUM_TAGS],
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(out, [3, 4]);
    }

    #[test]
    fn perceptron_empty_and_odd_input() {
        let t = PerceptronTagger::embedded();
        for text in ["", " \n ", "...", "👍🏽", "A", "ALL CAPS HEADLINE\nx"] {
            let doc = tokenize(text);
            assert_eq!(t.tag(&doc, Lexicon::embedded()).len(), doc.tokens.len());
        }
    }
}
