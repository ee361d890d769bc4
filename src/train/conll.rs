//! CoNLL-2003 reader: a four-column IOB file -> whole documents rebuilt as
//! text, with gold spans and gold tags projected onto our tokens.
//!
//! Takes the path or text of a CoNLL file, creates [`ConllDoc`]s. Each
//! document (split on `-DOCSTART-`) becomes text in a chosen [`Form`]:
//! [`Form::SPACED`] is the way `bench/conll2jsonl.py` builds it (tokens joined
//! by single spaces, each sentence followed by `\n`); [`Form::NEWS`] attaches
//! possessives and contractions and writes ALL-CAPS headlines in title case,
//! so that training also sees text shaped like the news the engine reads. The
//! engine's tokenizer then runs on that text, and [`ConllDoc::project`] gives
//! each of its tokens the tag of the CoNLL token holding it (a later piece of
//! a split token, as in `Israeli-Palestinian`, continues the name with `I`).

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
    Ok(parse(&std::fs::read_to_string(path)?, Form::SPACED))
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

/// How CoNLL tokens are written out as text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Form {
    /// Possessives and contractions join the word before as in running text
    /// (`Burma's`, `didn't`), which the engine's tokenizer splits the way it
    /// does in news. Otherwise every token is separated by a space, as
    /// `conll2jsonl.py` writes it.
    pub attach_clitics: bool,
    /// ALL-CAPS lines (CoNLL headlines) are rewritten in title case, as news
    /// headlines are: each word takes its cased form from elsewhere in the
    /// document with a capital first letter, small words stay lower case, and
    /// short unknown words (`NFL`) keep their capitals.
    pub title_case_headlines: bool,
}

impl Form {
    /// Tokens joined by spaces, unchanged.
    pub const SPACED: Form = Form {
        attach_clitics: false,
        title_case_headlines: false,
    };
    /// Clitics attached, headlines in title case: CoNLL made to look like news.
    pub const NEWS: Form = Form {
        attach_clitics: true,
        title_case_headlines: true,
    };
}

/// Parses CoNLL text into documents, written out in `form`.
pub fn parse(src: &str, form: Form) -> Vec<ConllDoc> {
    let mut raw: Vec<Vec<Vec<(&str, Tag)>>> = vec![Vec::new()];
    let mut sent: Vec<(&str, Tag)> = Vec::new();
    for line in src.lines() {
        let mut cols = line.split_whitespace();
        let first = cols.next();
        if line.starts_with("-DOCSTART-") || first.is_none() {
            let doc = raw.last_mut().expect("one document");
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            if line.starts_with("-DOCSTART-") && !doc.is_empty() {
                raw.push(Vec::new());
            }
            continue;
        }
        sent.push((first.unwrap_or(""), parse_tag(cols.last().unwrap_or("O"))));
    }
    if !sent.is_empty() {
        raw.last_mut().expect("one document").push(sent);
    }
    raw.retain(|d| !d.is_empty());
    raw.iter()
        .enumerate()
        .map(|(source, d)| build(d, form, source))
        .collect()
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the", "to",
    "vs", "with",
];

fn is_caps_line(sent: &[(&str, Tag)]) -> bool {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    sent.iter().all(|(w, _)| !w.chars().any(char::is_lowercase))
        && sent.iter().any(|(w, _)| letters(w) >= 2)
}

/// The title-case form of ALL-CAPS `word` at position `k` of its line.
fn title_case(word: &str, k: usize, cased: &std::collections::HashMap<String, &str>) -> String {
    let lower = word.to_lowercase();
    if k > 0 && (SMALL_WORDS.contains(&lower.as_str()) || is_clitic(&lower, "")) {
        return lower;
    }
    let base = match cased.get(&lower) {
        Some(w) => w.to_string(),
        None if word.chars().filter(|c| c.is_alphabetic()).count() <= 3 || word.contains('.') => {
            return word.to_string();
        }
        None => lower,
    };
    let mut cs = base.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => base,
    }
}

fn build(sents: &[Vec<(&str, Tag)>], form: Form, source: usize) -> ConllDoc {
    let mut cased = std::collections::HashMap::new();
    if form.title_case_headlines {
        for sent in sents.iter().filter(|s| !is_caps_line(s)) {
            for &(w, _) in sent.iter().skip(1) {
                if w.chars().any(char::is_lowercase) {
                    cased.entry(w.to_lowercase()).or_insert(w);
                }
            }
        }
    }
    let mut doc = ConllDoc {
        source,
        ..ConllDoc::default()
    };
    for sent in sents {
        let caps = form.title_case_headlines && is_caps_line(sent);
        for (k, &(w, tag)) in sent.iter().enumerate() {
            let word = if caps {
                title_case(w, k, &cased)
            } else {
                w.to_string()
            };
            let prev = doc.tokens.last().map_or("", |&(s, e, _)| &doc.text[s..e]);
            if k > 0 && !(form.attach_clitics && is_clitic(&word, prev)) {
                doc.text.push(' ');
            }
            let start = doc.text.len();
            doc.text.push_str(&word);
            doc.tokens.push((start, doc.text.len(), tag));
        }
        doc.text.push('\n');
    }
    doc
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
    /// `self.text`. A token takes the tag of the CoNLL token it starts in
    /// (`Ain't` written from `Ai` + `n't` takes the tag of `Ai`).
    pub fn project(&self, doc: &Doc) -> Vec<Tag> {
        let mut out = Vec::with_capacity(doc.tokens.len());
        let mut k = 0;
        let mut prev_k = usize::MAX;
        for t in &doc.tokens {
            while k < self.tokens.len() && self.tokens[k].1 <= t.bstart {
                k += 1;
            }
            let tag = match self.tokens.get(k) {
                Some(&(s, e, tag)) if s <= t.bstart && t.bstart < e => {
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
        let form = Form {
            attach_clitics: true,
            title_case_headlines: false,
        };
        let d = &parse(src, form)[0];
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
    fn conll_projection_keeps_every_gold_name() {
        // On the real training file, in both forms, the names read off the
        // projected tags are exactly the gold names.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/conll2003/train.txt"
        );
        let Ok(src) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} not found");
            return;
        };
        for form in [Form::SPACED, Form::NEWS] {
            let docs = parse(&src, form);
            assert_eq!(docs.len(), 946);
            for d in &docs {
                let doc = tokenize(&d.text);
                let got: Vec<_> = crate::engine::tagger::spans(&d.project(&doc))
                    .into_iter()
                    .map(|(s, e, l)| (doc.tokens[s].bstart, doc.tokens[e - 1].bend, l))
                    .collect();
                assert_eq!(
                    got,
                    d.gold_spans(),
                    "{form:?} {}",
                    &d.text[..80.min(d.text.len())]
                );
            }
        }
    }

    #[test]
    fn conll_title_case_headlines() {
        let src = "-DOCSTART- X X O\n\nRUSSIA X X B-LOC\n'S X X O\nLEBED X X B-PER\nSAYS X X O\n\
                   TO X X O\nQUIT X X O\nNFL X X B-ORG\n\nLebed X X B-PER\nsays X X O\n.\tX X O\n";
        let d = &parse(src, Form::NEWS)[0];
        assert_eq!(d.text, "Russia's Lebed Says to Quit NFL\nLebed says .\n");
        assert_eq!(d.tokens.len(), 10);
        assert_eq!(
            d.gold_spans()[..2],
            [(0, 6, Label::Loc), (9, 14, Label::Per)]
        );
    }

    #[test]
    fn conll_documents_text_and_projection() {
        let docs = parse(SAMPLE, Form::SPACED);
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
