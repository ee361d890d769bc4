//! The engine's cost grows linearly with the text.
//!
//! Passes that scan every span for every token (or every entity for every
//! entity) are invisible on one article and take seconds on an archive pasted
//! whole. This test times a dense 16 KiB text and the same kind of text at
//! 64 times the length, each by the CPU time it takes (the short one over many runs), and fails when the long
//! one costs more than three times its linear share: a pass that spends even
//! a few per cent of the short text's time quadratically exceeds that. Two
//! shapes: paragraphs of names, posts and quotations, and one endless list
//! with no full stop (a table or a roll of officials pasted whole).

use super::engine;
use std::time::Duration;

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

/// One item of a list with no full stop anywhere: a table or a roll of
/// officials pasted as one endless sentence.
fn list_item(i: usize) -> String {
    format!(
        "{} {}, {} of {}, and ",
        FIRST[i % 8],
        surname(i),
        POSTS[i % 6],
        PLACES[(i / 6) % 6]
    )
}

/// Words that wake many passes (titles, given names, kin of places, party
/// tags, quotation marks, brackets), drawn in a fixed pseudo-random order:
/// text no pass was written for, where a pass that rescans the spans at each
/// of its triggers shows.
const MIXED: [&str; 40] = [
    "President",
    "Governor",
    "Minister",
    "King",
    "Mr",
    "Dr.",
    "Ana",
    "Tomas",
    "Jean",
    "Billie",
    "of",
    "and",
    "the",
    "said",
    ",",
    ",",
    ".",
    "\"",
    "(",
    ")",
    "R-",
    "D-",
    "Kenya",
    "Ohio",
    "Lisbon",
    "province",
    "district",
    "mayor",
    "deputy",
    "former",
    "Senator",
    "MP",
    "for",
    "Ministry",
    "Health",
    "Police",
    "who",
    "as",
    "–",
    "-",
];

/// Twelve pseudo-random words (a fixed linear congruential sequence) and a
/// new surname.
fn mixed(i: usize) -> String {
    let mut x = (i as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut s = String::new();
    for _ in 0..12 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let w = MIXED[(x >> 33) as usize % MIXED.len()];
        s.push_str(w);
        if !w.ends_with('-') {
            s.push(' ');
        }
    }
    s.push_str(&surname(i));
    s.push(' ');
    s
}

fn text_of(bytes: usize, piece: fn(usize) -> String) -> String {
    let mut s = String::with_capacity(bytes + 512);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&piece(i));
        i += 1;
    }
    s
}

/// The CPU time this thread has run, from Linux's scheduler statistics
/// (nanoseconds; not wall time, so other work on the machine does not
/// count), or `None` elsewhere.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        stat.split_whitespace().next()?.parse().ok()?,
    ))
}

/// The CPU time of `runs` annotations of `text`, together and at least.
/// The scheduler counts a thread's time at its ticks (a few milliseconds),
/// so a short text is timed over many runs together.
fn cpu_of(runs: usize, text: &str) -> Option<(Duration, Duration)> {
    let (mut all, mut least) = (Duration::ZERO, Duration::MAX);
    for _ in 0..runs {
        let t = thread_cpu()?;
        let ann = engine().annotate(text);
        let took = thread_cpu()? - t;
        (all, least) = (all + took, least.min(took));
        assert!(!ann.mentions.is_empty());
    }
    Some((all, least))
}

fn assert_linear(name: &str, piece: fn(usize) -> String) {
    let short = text_of(16 << 10, piece);
    let long = text_of(1 << 20, piece);
    let factor = long.len() as f64 / short.len() as f64;
    cpu_of(2, &short); // warm the engine's tables
    let (Some((all_short, _)), Some((_, t_long))) = (cpu_of(48, &short), cpu_of(3, &long)) else {
        eprintln!("no per-thread CPU time here: scaling not measured");
        return;
    };
    let t_short = all_short / 48;
    let ratio = t_long.as_secs_f64() / t_short.as_secs_f64();
    eprintln!(
        "{name}: {factor:.0}x the text, {ratio:.1}x the CPU time ({t_short:?} -> {t_long:?})"
    );
    assert!(
        ratio < 3.0 * factor,
        "{name}: annotating {factor:.0}x the text took {ratio:.0}x the CPU time \
         ({t_short:?} -> {t_long:?}): some pass grows faster than the text"
    );
}

/// One test, so the two shapes never run at once.
#[test]
fn annotate_cost_grows_linearly() {
    assert_linear("paragraphs", paragraph);
    assert_linear("one endless sentence", list_item);
    assert_linear("mixed words", mixed);
}
