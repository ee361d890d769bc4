//! Evaluation: tags CoNLL documents through the engine's own path (rebuilt
//! text -> `tokenize` -> tagger) and scores exact-match spans per type.
//!
//! Takes [`ConllDoc`]s and a [`Tagger`], creates a [`Scores`] table of
//! precision, recall and F1 for PER, LOC, ORG and MISC.

use super::conll::ConllDoc;
use crate::engine::lexicon::Lexicon;
use crate::engine::tagger::{spans, Label, Tagger};
use crate::engine::tokenize::tokenize;

/// The four labels in report order.
pub const LABELS: [Label; 4] = [Label::Per, Label::Loc, Label::Org, Label::Misc];

/// Label names in report order.
pub const LABEL_NAMES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// Span counts per label: true positives, predicted, gold.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    /// `[tp, predicted, gold]` for PER, LOC, ORG, MISC.
    pub counts: [[usize; 3]; 4],
}

impl Scores {
    /// Precision, recall and F1 of label `k` (index into [`LABELS`]).
    pub fn prf(&self, k: usize) -> (f64, f64, f64) {
        let [tp, p, g] = self.counts[k];
        prf(tp, p, g)
    }

    /// Micro-averaged precision, recall and F1 over all four labels.
    pub fn overall(&self) -> (f64, f64, f64) {
        let s = |j: usize| self.counts.iter().map(|c| c[j]).sum::<usize>();
        prf(s(0), s(1), s(2))
    }

    /// F1 of each label, in [`LABELS`] order.
    pub fn f1s(&self) -> [f64; 4] {
        [0, 1, 2, 3].map(|k| self.prf(k).2)
    }

    /// A printable table.
    pub fn table(&self) -> String {
        let mut s = String::from("type   P      R      F1     gold\n");
        for (k, name) in LABEL_NAMES.iter().enumerate() {
            let (p, r, f) = self.prf(k);
            s += &format!("{name:<6} {p:.4} {r:.4} {f:.4} {}\n", self.counts[k][2]);
        }
        let (p, r, f) = self.overall();
        s += &format!("all    {p:.4} {r:.4} {f:.4}\n");
        s
    }
}

fn prf(tp: usize, p: usize, g: usize) -> (f64, f64, f64) {
    let pr = if p == 0 { 0.0 } else { tp as f64 / p as f64 };
    let re = if g == 0 { 0.0 } else { tp as f64 / g as f64 };
    let f = if pr + re == 0.0 {
        0.0
    } else {
        2.0 * pr * re / (pr + re)
    };
    (pr, re, f)
}

fn index(l: Label) -> usize {
    LABELS.iter().position(|&x| x == l).unwrap_or(0)
}

/// Tags every document with `tagger` and scores exact byte-span matches.
pub fn evaluate(docs: &[ConllDoc], tagger: &dyn Tagger, lex: &Lexicon) -> Scores {
    evaluate_with_errors(docs, tagger, lex, &mut Vec::new())
}

/// As [`evaluate`], also listing every missed or spurious span as
/// `(kind, "gold"|"pred", text, context)`.
pub fn evaluate_with_errors(
    docs: &[ConllDoc],
    tagger: &dyn Tagger,
    lex: &Lexicon,
    errors: &mut Vec<(&'static str, &'static str, String, String)>,
) -> Scores {
    let mut sc = Scores::default();
    for d in docs {
        let doc = tokenize(&d.text);
        let tags = tagger.tag(&doc, lex);
        let pred: Vec<(usize, usize, Label)> = spans(&tags)
            .into_iter()
            .map(|(s, e, l)| (doc.tokens[s].bstart, doc.tokens[e - 1].bend, l))
            .collect();
        let gold = d.gold_spans();
        for &(_, _, l) in &pred {
            sc.counts[index(l)][1] += 1;
        }
        for g in &gold {
            sc.counts[index(g.2)][2] += 1;
            if pred.contains(g) {
                sc.counts[index(g.2)][0] += 1;
            }
        }
        let context = |s: usize, e: usize| {
            let line_start = d.text[..s].rfind('\n').map_or(0, |i| i + 1);
            let line_end = d.text[e..].find('\n').map_or(d.text.len(), |i| e + i);
            format!(
                "{}[[{}]]{}",
                &d.text[line_start..s],
                &d.text[s..e],
                &d.text[e..line_end]
            )
        };
        for (which, a, b) in [("gold", &gold, &pred), ("pred", &pred, &gold)] {
            for x in a.iter().filter(|x| !b.contains(x)) {
                let kind = LABEL_NAMES[index(x.2)];
                errors.push((kind, which, d.text[x.0..x.1].to_string(), context(x.0, x.1)));
            }
        }
    }
    sc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eval_prf() {
        assert_eq!(prf(1, 2, 4), (0.5, 0.25, 1.0 / 3.0));
        assert_eq!(prf(0, 0, 0), (0.0, 0.0, 0.0));
    }
}
