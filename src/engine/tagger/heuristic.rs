//! A tagger without a trained model: runs of capitalised words, typed by the
//! gazetteer and the given-name list. The baseline the trained model is
//! measured against, and the fallback when no model is embedded.

use super::{Label, Tag, Tagger};
use crate::engine::lexicon::Lexicon;
use crate::engine::tokenize::Doc;

/// Capitalised-run tagger over the lexicons.
pub struct HeuristicTagger;

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

impl Tagger for HeuristicTagger {
    fn tag(&self, doc: &Doc, lex: &Lexicon) -> Vec<Tag> {
        let n = doc.tokens.len();
        let mut tags = vec![Tag::O; n];
        let words: Vec<&str> = (0..n).map(|i| doc.word(i)).collect();
        let sent_start: Vec<bool> = {
            let mut v = vec![false; n];
            for r in &doc.sentences {
                if r.start < n {
                    v[r.start] = true;
                }
            }
            v
        };
        let mut i = 0;
        while i < n {
            if let Some((len, _)) = lex.longest_place(&words[i..]) {
                tags[i] = Tag::B(Label::Loc);
                for t in &mut tags[i + 1..i + len] {
                    *t = Tag::I(Label::Loc);
                }
                i += len;
                continue;
            }
            if !is_cap(words[i]) || lex.is_honorific(words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && is_cap(words[j]) && !doc.tokens[j].newline_before {
                j += 1;
            }
            let first_is_name = lex.is_given_name(words[i]);
            if j - i >= 2 || first_is_name || !sent_start[i] {
                tags[i] = Tag::B(Label::Per);
                for t in &mut tags[i + 1..j] {
                    *t = Tag::I(Label::Per);
                }
            }
            i = j;
        }
        tags
    }
}
