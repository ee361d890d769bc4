//! The text the speed measurements run on, shared by `benches/annotate.rs`
//! and `examples/speed.rs` (included with `#[path]`).

/// The CoNLL test documents as plain text: tokens joined by spaces, sentences
/// by newlines, documents by blank lines.
pub fn bench_text() -> String {
    let path = std::env::var("ANNOTATOR_BENCH_TEXT").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/conll2003/test.txt"
        )
        .to_string()
    });
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    if !raw.starts_with("-DOCSTART-") {
        return raw;
    }
    let mut text = String::new();
    let mut line = Vec::new();
    for l in raw.lines() {
        if l.starts_with("-DOCSTART-") {
            text.push('\n');
        } else if l.trim().is_empty() {
            if !line.is_empty() {
                text.push_str(&line.join(" "));
                text.push('\n');
                line.clear();
            }
        } else if let Some(w) = l.split(' ').next() {
            line.push(w.to_string());
        }
    }
    text
}
