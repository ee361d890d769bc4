//! CoNLL-2003 reader: a four-column IOB file -> whole documents rebuilt as
//! text, with gold spans and gold tags projected onto our tokens.
//!
//! Takes the path of a CoNLL file, creates [`ConllDoc`]s. Each document (split
//! on `-DOCSTART-`) becomes text the way `bench/conll2jsonl.py` builds it:
//! tokens joined by single spaces, each sentence followed by `\n`. The engine's
//! tokenizer then runs on that text, and [`ConllDoc::project`] gives each of
//! its tokens the tag of the CoNLL token holding it (a later piece of a split
//! token, as in `Israeli-Palestinian`, continues the name with `I`).

use std::io;

use crate::engine::tagger::{Label, Tag};
use crate::engine::tokenize::Doc;

/// One CoNLL document.
#[derive(Clone, Debug, Default)]
pub struct ConllDoc {
    /// Sentences joined by `\n`, tokens by spaces.
    pub text: String,
    /// Byte range and tag of every CoNLL token.
    pub tokens: Vec<(usize, usize, Tag)>,
    /// Index of the document in its file (the same for both text forms).
    pub source: usize,
}

fn label(s: &str) -> Option<Label> {
    match s {
        "PER" => Some(Label::Per),
        "LOC" => Some(Label::Loc),
        "ORG" => Some(Label::Org),
        "MISC" => Some(Label::Misc),
        _ => None,
    }
}

fn parse_tag(s: &str) -> Tag {
    match s.split_once('-') {
        Some(("B", l)) => label(l).map_or(Tag::O, Tag::B),
        Some(("I", l)) => label(l).map_or(Tag::O, Tag::I),
        _ => Tag::O,
    }
}

/// Reads every document of a CoNLL file (tokens joined by spaces).
pub fn read(path: &str) -> io::Result<Vec<ConllDoc>> {
    Ok(parse(&std::fs::read_to_string(path)?, false))
}

/// Whether CoNLL token `word` is a clitic that running text writes attached
/// to the word before (`'s`, `n't`, `'re`; `'` after a plural in `s`).
fn is_clitic(word: &str, prev: &str) -> bool {
    let w = word.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "'s" | "n't" | "'re" | "'ve" | "'ll" | "'m" | "'d"
    ) || (w == "'" && prev.ends_with(['s', 'S']))
}

/// Parses CoNLL text into documents. With `attach_clitics`, possessives and
/// contractions join the word before as in running text (`Burma's`,
/// `didn't`), which the engine's tokenizer splits the way it does in news;
/// otherwise every token is separated by a space, as `conll2jsonl.py` does.
pub fn parse(src: &str, attach_clitics: bool) -> Vec<ConllDoc> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut in_sentence = false;
    for line in src.lines() {
        if line.starts_with("-DOCSTART-") {
            if in_sentence {
                doc.text.push('\n');
                in_sentence = false;
            }
            if !doc.tokens.is_empty() {
                docs.push(std::mem::take(&mut doc));
                doc.source = docs.len();
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else {
            if in_sentence {
                doc.text.push('\n');
                in_sentence = false;
            }
            continue;
        };
        let tag = parse_tag(cols.last().unwrap_or("O"));
        let prev = doc.tokens.last().map_or("", |&(s, e, _)| &doc.text[s..e]);
        if in_sentence && !(attach_clitics && is_clitic(word, prev)) {
            doc.text.push(' ');
        }
        let start = doc.text.len();
        doc.text.push_str(word);
        doc.tokens.push((start, doc.text.len(), tag));
        in_sentence = true;
    }
    if in_sentence {
        doc.text.push('\n');
    }
    if !doc.tokens.is_empty() {
        docs.push(doc);
    }
    docs
}

impl ConllDoc {
    /// Gold names as `(start_byte, end_byte, label)`; an `I` that does not
    /// continue a name of its type starts one.
    pub fn gold_spans(&self) -> Vec<(usize, usize, Label)> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, usize, Label)> = None;
        for &(s, e, t) in &self.tokens {
            match t {
                Tag::I(l) if cur.is_some_and(|c| c.2 == l) => {
                    if let Some(c) = cur.as_mut() {
                        c.1 = e;
                    }
                }
                Tag::B(l) | Tag::I(l) => {
                    out.extend(cur.take());
                    cur = Some((s, e, l));
                }
                Tag::O => out.extend(cur.take()),
            }
        }
        out.extend(cur);
        out
    }

    /// Gold tags for the tokens of `doc`, which must be the tokenisation of
    /// `self.text`.
    pub fn project(&self, doc: &Doc) -> Vec<Tag> {
        let mut out = Vec::with_capacity(doc.tokens.len());
        let mut k = 0;
        let mut prev_k = usize::MAX;
        for t in &doc.tokens {
            while k < self.tokens.len() && self.tokens[k].1 <= t.bstart {
                k += 1;
            }
            let tag = match self.tokens.get(k) {
                Some(&(s, e, tag)) if s <= t.bstart && t.bend <= e => {
                    if k == prev_k {
                        match tag {
                            Tag::B(l) | Tag::I(l) => Tag::I(l),
                            Tag::O => Tag::O,
                        }
                    } else {
                        tag
                    }
                }
                _ => Tag::O,
            };
            prev_k = k;
            out.push(tag);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokenize::tokenize;

    const SAMPLE: &str = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\
        Israeli-Palestinian JJ B-NP B-MISC\ntalks NN I-NP O\n\nPeter NNP B-NP B-PER\n\
        Blackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nLISBON NNP B-NP B-LOC\n";

    #[test]
    fn conll_attached_clitics() {
        let src = "Burma X X B-LOC\n's X X O\nleader X X O\ndid X X O\nn't X X O\n\
                   go X X O\nplayers X X O\n' X X O\nunion X X O\n";
        let d = &parse(src, true)[0];
        assert_eq!(d.text, "Burma's leader didn't go players' union\n");
        let doc = tokenize(&d.text);
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
        assert_eq!(
            words,
            ["Burma", "'s", "leader", "didn't", "go", "players", "'", "union"]
        );
        assert_eq!(d.project(&doc)[..2], [Tag::B(Label::Loc), Tag::O]);
        assert_eq!(d.gold_spans(), [(0, 5, Label::Loc)]);
    }

    #[test]
    fn conll_documents_text_and_projection() {
        let docs = parse(SAMPLE, false);
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0].text,
            "EU rejects Israeli-Palestinian talks\nPeter Blackburn\n"
        );
        assert_eq!(docs[1].text, "LISBON\n");
        let spans: Vec<(&str, Label)> = docs[0]
            .gold_spans()
            .into_iter()
            .map(|(s, e, l)| (&docs[0].text[s..e], l))
            .collect();
        assert_eq!(
            spans,
            [
                ("EU", Label::Org),
                ("Israeli-Palestinian", Label::Misc),
                ("Peter Blackburn", Label::Per)
            ]
        );
        let doc = tokenize(&docs[0].text);
        let tags = docs[0].project(&doc);
        use Label::*;
        use Tag::*;
        assert_eq!(
            tags,
            [B(Org), O, B(Misc), I(Misc), I(Misc), O, B(Per), I(Per)]
        );
    }
}
