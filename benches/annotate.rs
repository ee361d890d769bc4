//! Throughput of each engine stage and of the whole pipeline, on the CoNLL-2003
//! test text (read-only use of evaluation text: speed only, nothing learnt).
//!
//! `cargo bench --bench annotate` (set `ANNOTATOR_BENCH_TEXT` to another file
//! to measure on it).

use std::hint::black_box;
use std::time::Duration;

use annotator::engine::{resolve, rules, tokenize, Engine};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "support/bench_text.rs"]
mod bench_text;
use bench_text::bench_text;

fn stages(c: &mut Criterion) {
    let text = bench_text();
    let engine = Engine::new();
    // Documents, as the page and CLI see them.
    let docs: Vec<&str> = text
        .split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    let mut g = c.benchmark_group("conll-test");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| tokenize::tokenize(black_box(d)).tokens.len())
                .sum::<usize>()
        })
    });
    let tokenized: Vec<_> = docs.iter().map(|d| tokenize::tokenize(d)).collect();
    g.bench_function("tag", |b| {
        b.iter(|| {
            tokenized
                .iter()
                .map(|d| engine.tag(black_box(d)).len())
                .sum::<usize>()
        })
    });
    let tagged: Vec<_> = tokenized.iter().map(|d| engine.tag(d)).collect();
    g.bench_function("rules+resolve", |b| {
        b.iter(|| {
            tokenized
                .iter()
                .zip(&tagged)
                .map(|(d, t)| {
                    resolve::resolve(d, rules::apply(d, t, engine.lexicon()), engine.lexicon())
                        .mentions
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("annotate", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| engine.annotate(black_box(d)).mentions.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
