//! Best-of-N wall-clock throughput of each engine stage on the CoNLL-2003 test
//! text (speed only, nothing learnt), for machines where other work makes
//! criterion's means noisy: `cargo run --release --example speed [RUNS]`.
//! The text is the criterion bench's (`benches/support/bench_text.rs`); the last
//! row is the browser benchmark's: its documents repeated to 1 MiB, as one text.

use std::hint::black_box;
use std::time::Instant;

use annotator::engine::{resolve, rules, tokenize, Engine};

#[path = "../benches/support/bench_text.rs"]
mod bench_text;
use bench_text::bench_text;

fn main() {
    let text = bench_text();
    let docs: Vec<&str> = text
        .split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    let runs: usize = std::env::args()
        .nth(1)
        .map_or(30, |a| a.parse().expect("RUNS"));
    let e = Engine::new();
    let lex = e.lexicon();
    // `SPEED_ONLY_WHOLE=1`: time only that (for a profiler).
    let only_whole = std::env::var_os("SPEED_ONLY_WHOLE").is_some();
    // `SPEED_ONLY_DOCS=1`: time only `annotate` document by document;
    // with `SPEED_JSON=1` each result also serialised to JSON, as the
    // browser benchmark's `bench_annotate_json` does.
    let only_docs = std::env::var_os("SPEED_ONLY_DOCS").is_some();
    let json = std::env::var_os("SPEED_JSON").is_some();
    // The stage inputs (not built for a profiler's run of one mode).
    let (toks, tags): (Vec<_>, Vec<_>) = if only_whole || only_docs {
        (Vec::new(), Vec::new())
    } else {
        let toks: Vec<_> = docs.iter().map(|d| tokenize::tokenize(d)).collect();
        let tags = toks.iter().map(|d| e.tag(d)).collect();
        (toks, tags)
    };
    // The browser benchmark's text: whole documents repeated to 1 MiB, as one string.
    let mut whole = String::new();
    for d in docs.iter().cycle() {
        if whole.len() >= 1 << 20 {
            break;
        }
        if !whole.is_empty() {
            whole.push_str("\n\n");
        }
        whole.push_str(d);
    }
    let mut best = [f64::INFINITY; 5];
    for _ in 0..runs {
        let mut time = |k: usize, f: &mut dyn FnMut() -> usize| {
            let t = Instant::now();
            black_box(f());
            best[k] = best[k].min(t.elapsed().as_secs_f64());
        };
        if only_docs && json {
            time(3, &mut || {
                docs.iter()
                    .map(|d| serde_json::to_string(&e.annotate(d)).map_or(0, |s| s.len()))
                    .sum()
            });
            continue;
        }
        if only_docs {
            time(3, &mut || {
                docs.iter().map(|d| e.annotate(d).mentions.len()).sum()
            });
            continue;
        }
        if !only_whole {
            time(0, &mut || {
                docs.iter()
                    .map(|d| tokenize::tokenize(d).tokens.len())
                    .sum()
            });
            time(1, &mut || toks.iter().map(|d| e.tag(d).len()).sum());
            time(2, &mut || {
                toks.iter()
                    .zip(&tags)
                    .map(|(d, t)| {
                        resolve::resolve(d, rules::apply(d, t, lex), lex)
                            .mentions
                            .len()
                    })
                    .sum()
            });
            time(3, &mut || {
                docs.iter().map(|d| e.annotate(d).mentions.len()).sum()
            });
        }
        time(4, &mut || e.annotate(&whole).mentions.len());
    }
    let mb = text.len() as f64 / 1e6;
    let names = [
        "tokenize",
        "tag",
        "rules+resolve",
        "annotate",
        "annotate 1 MiB",
    ];
    for (i, (name, b)) in names.iter().zip(best).enumerate() {
        if b.is_infinite() {
            continue;
        }
        let mb = if i == 4 { whole.len() as f64 / 1e6 } else { mb };
        println!(
            "{name:<14} {:7.2} MB/s  ({:.2} ms, best of {runs})",
            mb / b,
            b * 1e3
        );
    }
}
