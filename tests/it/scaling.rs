//! The engine's cost grows linearly with the text.
//!
//! Passes that scan every span for every token (or every entity for every
//! entity) are invisible on one article and take seconds on an archive pasted
//! whole. This test times a dense 16 KiB text and the same kind of text at
//! 64 times the length, each the best of several runs, and fails when the long
//! one costs more than three times its linear share. A pass that spends even a
//! few per cent of the short text's time quadratically exceeds that.

use super::engine;
use std::time::{Duration, Instant};

/// Invented syllables: every name in the text is new, so entities, holds and
/// quotations keep growing with the text as they would in an archive.
const FIRST: [&str; 8] = [
    "Ana", "Tomas", "Mira", "Odel", "Brisa", "Kofi", "Ilse", "Ravi",
];
const SYL: [&str; 8] = ["var", "dun", "mel", "kos", "tri", "bel", "zan", "lor"];
const POSTS: [&str; 6] = [
    "Finance Minister",
    "the deputy governor",
    "Chief Justice",
    "the county commissioner",
    "Secretary of State",
    "the mayor of Lisbon",
];
const PLACES: [&str; 6] = ["Kenya", "Ohio", "Punjab", "Bavaria", "Chile", "Queensland"];

fn surname(i: usize) -> String {
    let a = SYL[i % 8];
    let b = SYL[(i / 8) % 8];
    let c = SYL[(i / 64) % 8];
    let mut s = format!("{a}{b}{c}");
    s[..1].make_ascii_uppercase();
    s
}

/// One paragraph with names, posts, places, a quotation and a hold.
fn paragraph(i: usize) -> String {
    let first = FIRST[i % 8];
    let last = surname(i);
    let post = POSTS[i % 6];
    let place = PLACES[(i / 6) % 6];
    let other = surname(i + 101);
    format!(
        "{first} {last}, {post}, arrived in {place} on Monday. \"We will build the road,\" \
         {last} said, after talks with {other} in {place}. Mr {other} was named {post} \
         last year.\n\n"
    )
}

fn text_of(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 512);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&paragraph(i));
        i += 1;
    }
    s
}

fn best_of(runs: usize, text: &str) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let ann = engine().annotate(text);
            let took = t.elapsed();
            assert!(!ann.mentions.is_empty());
            took
        })
        .min()
        .unwrap()
}

#[test]
fn annotate_cost_grows_linearly() {
    let short = text_of(16 << 10);
    let long = text_of(1 << 20);
    let factor = long.len() as f64 / short.len() as f64;
    best_of(2, &short); // warm the engine's tables
    let t_short = best_of(15, &short);
    let t_long = best_of(3, &long);
    let ratio = t_long.as_secs_f64() / t_short.as_secs_f64();
    assert!(
        ratio < 3.0 * factor,
        "annotating {factor:.0}x the text took {ratio:.0}x the time \
         ({t_short:?} -> {t_long:?}): some pass grows faster than the text"
    );
}
