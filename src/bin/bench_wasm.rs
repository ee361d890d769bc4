//! The engine for `scripts/bench-browser.mjs`: not part of the page.
//!
//! Built by Trunk from `benches/browser/index.html` exactly as the page's
//! worker is (release profile, feature `web`, `wasm-opt -Oz`, wasm-bindgen's
//! no-modules output), into `target/bench-dist/`. It only exports two
//! functions to call `Engine::annotate` from a benchmark page.

use std::cell::OnceCell;

use annotator::engine::Engine;
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    static ENGINE: OnceCell<Engine> = const { OnceCell::new() };
}

fn with_engine<T>(f: impl FnOnce(&Engine) -> T) -> T {
    ENGINE.with(|cell| f(cell.get_or_init(Engine::new)))
}

/// Builds the engine (as the worker does at start); returns the milliseconds
/// it took.
#[wasm_bindgen]
pub fn bench_init() -> f64 {
    let t0 = js_sys::Date::now();
    with_engine(|_| ());
    js_sys::Date::now() - t0
}

/// Annotates `text`; returns the number of mentions (nothing else crosses the
/// boundary).
#[wasm_bindgen]
pub fn bench_annotate_count(text: &str) -> u32 {
    with_engine(|e| e.annotate(text).mentions.len() as u32)
}

/// Annotates `text`; returns the whole annotation as JSON (the page's result,
/// ready for `JSON.parse`).
#[wasm_bindgen]
pub fn bench_annotate_json(text: &str) -> String {
    with_engine(|e| serde_json::to_string(&e.annotate(text)).unwrap_or_default())
}

fn main() {}
