//! Stage 3: tokens -> one BIO tag per token (`B-PER`, `I-LOC`, `O`, …).
//!
//! Takes a [`Doc`] and the [`Lexicon`], creates `Vec<Tag>`. The tagger is a
//! trait so that models can be swapped; the engine holds a `Box<dyn Tagger>`.
//!
//! | module | what |
//! |---|---|
//! | [`perceptron`] | the trained tagger `Engine::new` uses: averaged perceptron, Viterbi, two passes |
//! | `decode` | the tagger's Viterbi in 32-bit lanes (the same paths, fewer instructions) |
//! | [`tags`] | tag indexes `0..NUM_TAGS`, allowed transitions, score rows |
//! | [`hash`] | the fixed feature hashes and the model's 32-bit keys |
//! | `word` | facts about one word, and the table of a document's distinct words |
//! | `clusters` | Brown word clusters (`data/generated/clusters.txt`), looked up once per distinct word |
//! | [`templates`] | the feature templates and groups (`FEATURE_VERSION`) |
//! | [`features`] | the [`features::Extractor`]: a document's tokens -> facts -> feature hashes; shared with the trainer |
//! | [`cache`] | the tagger's score rows per word, word form and model ([`cache::Scorer`]) |
//! | [`model`] | the embedded model `data/model/tagger.bin`: i8 weights, read and written |
//! | `fingerprint` | (trainer and tests) what the lexicons say about the training words |
//!
//! Imports run one way: `tags`, `hash` <- `word` <- `templates` <- `features`
//! <- `cache` <- `perceptron`; `model` needs only `tags` and `templates`;
//! `decode` (needs only `tags`) <- `perceptron`.
//!
//! Retrain the model (after the lexicons or features change) with
//! `cargo run --release --features train --bin train`.

pub mod cache;
mod clusters;
mod decode;
pub mod features;
#[cfg(any(test, feature = "train"))]
pub mod fingerprint;
pub mod hash;
pub mod model;
pub mod perceptron;
pub mod tags;
pub mod templates;
mod word;

use crate::engine::lexicon::Lexicon;
use crate::engine::tokenize::Doc;

/// The entity types the tagger knows (CoNLL-2003's four).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    /// A person.
    Per,
    /// A location.
    Loc,
    /// An organisation.
    Org,
    /// Anything else named (events, nationalities, works).
    Misc,
}

/// One token's tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any name.
    O,
    /// First token of a name.
    B(Label),
    /// A later token of a name.
    I(Label),
}

/// Assigns a BIO tag to each token of a document.
pub trait Tagger: Send + Sync {
    /// One tag per token of `doc`, in order.
    fn tag(&self, doc: &Doc, lex: &Lexicon) -> Vec<Tag>;
}

/// Spans `(start_token, end_token, label)` read off a BIO sequence. An `I`
/// without a matching `B` before it starts a new span.
pub fn spans(tags: &[Tag]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, Label)> = None;
    for (i, t) in tags.iter().enumerate() {
        match *t {
            Tag::O => {
                if let Some((s, l)) = cur.take() {
                    out.push((s, i, l));
                }
            }
            Tag::B(l) => {
                if let Some((s, pl)) = cur.take() {
                    out.push((s, i, pl));
                }
                cur = Some((i, l));
            }
            Tag::I(l) => match cur {
                Some((_, pl)) if pl == l => {}
                _ => {
                    if let Some((s, pl)) = cur.take() {
                        out.push((s, i, pl));
                    }
                    cur = Some((i, l));
                }
            },
        }
    }
    if let Some((s, l)) = cur {
        out.push((s, tags.len(), l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;
    use Tag::*;

    #[test]
    fn tagger_spans_from_bio() {
        let tags = [B(Per), I(Per), O, I(Loc), B(Loc), B(Loc), I(Org)];
        assert_eq!(
            spans(&tags),
            vec![
                (0, 2, Per),
                (3, 4, Loc),
                (4, 5, Loc),
                (5, 6, Loc),
                (6, 7, Org)
            ]
        );
    }
}
