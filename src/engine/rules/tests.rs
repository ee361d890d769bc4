//! The table tests' helper: runs the whole engine on a sentence and compares its
//! mentions with the expected `(text, kind)` pairs.

use std::sync::OnceLock;

use crate::engine::{Engine, Kind};

/// One engine for all table tests.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::new)
}

/// Asserts that the engine finds exactly `expected` (`"person"`, `"place"` or
/// `"position"`) in `text`, in order.
pub(super) fn check(text: &str, expected: &[(&str, &str)]) {
    let ann = engine().annotate(text);
    let found: Vec<(&str, &str)> = ann
        .mentions
        .iter()
        .map(|m| {
            let kind = match m.kind {
                Kind::Person => "person",
                Kind::Place => "place",
                Kind::Position => "position",
            };
            (m.text.as_str(), kind)
        })
        .collect();
    assert_eq!(found, expected, "in {text:?}");
}

/// Runs the one pass `pass` on `text` with the name spans `tagged` (first word,
/// number of words, label) given by hand instead of the tagger's, and returns
/// the spans it leaves as `(text, label)`: for passes whose input the tagger
/// gives only in long articles.
pub(super) fn run_pass(
    pass: &super::Pass,
    text: &str,
    tagged: &[(usize, usize, crate::engine::tagger::Label)],
) -> Vec<(String, crate::engine::tagger::Label)> {
    use super::{token_flags, Ctx, Spans, State};
    let doc = crate::engine::tokenize::tokenize(text);
    let n = doc.tokens.len();
    let owned: Vec<String> = (0..n).map(|t| doc.word(t).to_lowercase()).collect();
    let lower: Vec<&str> = owned.iter().map(String::as_str).collect();
    let flags = token_flags(&doc);
    let lex = engine().lexicon();
    let ctx = Ctx {
        doc: &doc,
        lex,
        lower: &lower,
        n,
        flags: &flags,
    };
    let spans = tagged.iter().map(|&(s, k, l)| (s, s + k, l)).collect();
    let mut st = State {
        spans: Spans::new(n, spans),
        titles: Vec::new(),
        taken: vec![false; n],
        out: Vec::new(),
    };
    (pass.run)(&ctx, &mut st);
    st.spans
        .iter()
        .map(|x| (doc.span_text(x.s, x.e).to_string(), x.label))
        .collect()
}
