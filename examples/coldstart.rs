//! Cold start, natively: how long each lexicon, the model and the first
//! `annotate` take on first use, in one fresh process
//! (`cargo run --release --example coldstart`). The page's worker pays the same
//! steps (slower, in WebAssembly) before its first answer.
//!
//! `coldstart N` stops after step N (1: lexicons, 2: tagger model, 3: position
//! lists, 4: the first annotate of the sample article, 5: a second one), so
//! that instruction counts of runs 0..=5 (the engine is built, from what
//! steps 1-3 loaded, only from step 4) under
//! `valgrind --tool=callgrind` give each step's cost by difference.

use std::time::Instant;

use annotator::engine::lexicon::Lexicon;
use annotator::engine::tagger::perceptron::PerceptronTagger;
use annotator::engine::{positions, Engine};

#[allow(dead_code)]
#[path = "../src/ui/sample.rs"]
mod sample;

fn main() {
    let steps: usize = std::env::args()
        .nth(1)
        .map_or(5, |a| a.parse().expect("steps"));
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    let step = |k: usize, what: &str, f: &mut dyn FnMut() -> usize| {
        if k <= steps {
            let t = Instant::now();
            let n = std::hint::black_box(f());
            println!("{k}. {what}: {:.2} ms ({n})", ms(t));
        }
    };
    step(1, "lexicons", &mut || Lexicon::embedded().places().len());
    step(2, "tagger model", &mut || {
        usize::from(PerceptronTagger::embedded().model().groups as u8)
    });
    step(3, "position lists", &mut || {
        usize::from(positions::is_title_word("minister"))
    });
    if steps < 4 {
        return;
    }
    let e = Engine::new();
    step(4, "first annotate (sample)", &mut || {
        e.annotate(sample::SAMPLE_ARTICLE).mentions.len()
    });
    step(5, "second annotate (sample)", &mut || {
        e.annotate(sample::SAMPLE_ARTICLE).mentions.len()
    });
}
