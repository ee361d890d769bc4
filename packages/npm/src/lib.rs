//! The annotator engine for JavaScript: one wasm-bindgen export, `annotate_json`.
//!
//! It returns `Annotation::to_json` serialised, the very line `annotate --jsonl`
//! writes, so the npm package's objects have exactly the CLI's schema (the
//! JavaScript wrapper in `core.js` parses it and checks arguments).

use std::sync::OnceLock;

use annotator::engine::Engine;
use wasm_bindgen::prelude::*;

/// The one engine of the module (built on first use).
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::new)
}

/// One text's `annotate --jsonl` output line (with `"id": null`), as a JSON string.
#[wasm_bindgen]
pub fn annotate_json(text: &str) -> String {
    engine()
        .annotate(text)
        .to_json(serde_json::Value::Null)
        .to_string()
}

/// The crate version (the npm package's version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
