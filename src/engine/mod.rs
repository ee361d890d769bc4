//! The extraction engine: plain Rust, no web dependencies.
//!
//! | stage | module | takes | creates |
//! |---|---|---|---|
//! | 1 | [`tokenize`] | `&str` | [`tokenize::Doc`]: tokens, sentences, offsets |
//! | 2 | [`lexicon`] | words | gazetteer, demonym, given-name, honorific hits |
//! | 3 | [`tagger`] | `Doc`, `Lexicon` | one BIO [`tagger::Tag`] per token |
//! | 4 | [`rules`] | `Doc`, tags, `Lexicon` | [`rules::Candidate`] mentions with reasons |
//! | 5 | [`resolve`] | candidates | [`Annotation`]: mentions, entities, holds |
//! | 6 | [`quotes`] | `Doc`, `Annotation` | [`Quote`]s: quotations and their speakers |
//!
//! [`Engine::annotate`] runs them in order. It never fails or panics on any
//! `&str`; offsets in its output are Unicode code points. Afterwards,
//! [`corrections::apply`] applies the reader's own rules to an annotation.

pub mod annotation;
pub mod corrections;
pub mod lexicon;
pub mod output;
pub mod positions;
pub mod quotes;
pub mod resolve;
pub mod rules;
pub mod tagger;
#[cfg(test)]
pub(crate) mod test_fixture;
pub mod text;
pub mod tokenize;
pub mod words;

pub use annotation::{Annotation, Entity, Hold, Kind, Mention, PlaceFacts, Quote};

use lexicon::Lexicon;
use tagger::Tagger;

/// The annotator: a tagger plus the lexicons. Cheap to share; build it once.
pub struct Engine {
    tagger: Box<dyn Tagger>,
    lexicon: &'static Lexicon,
}

impl Engine {
    /// An engine using the embedded model and lexicons.
    pub fn new() -> Engine {
        Engine::with_tagger(Box::new(tagger::perceptron::PerceptronTagger::embedded()))
    }

    /// An engine using another tagger (for evaluation and tests).
    pub fn with_tagger(tagger: Box<dyn Tagger>) -> Engine {
        Engine {
            tagger,
            lexicon: Lexicon::embedded(),
        }
    }

    /// Stage 3 alone: the tagger's BIO tags for a tokenised text (for
    /// benchmarks and evaluation).
    pub fn tag(&self, doc: &tokenize::Doc) -> Vec<tagger::Tag> {
        self.tagger.tag(doc, self.lexicon)
    }

    /// The lexicons this engine uses.
    pub fn lexicon(&self) -> &'static Lexicon {
        self.lexicon
    }

    /// Finds the people, places and positions in `text`.
    pub fn annotate(&self, text: &str) -> Annotation {
        let doc = tokenize::tokenize(text);
        let tags = self.tagger.tag(&doc, self.lexicon);
        let candidates = rules::apply(&doc, &tags, self.lexicon);
        let mut annotation = resolve::resolve(&doc, candidates, self.lexicon);
        annotation.quotes = quotes::find(&doc, &annotation);
        annotation
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}
