//! The table tests' helper: runs the whole engine on a sentence and compares its
//! mentions with the expected `(text, kind)` pairs.

use std::sync::OnceLock;

use crate::engine::{Engine, Kind};

/// Asserts that the engine finds exactly `expected` (`"person"`, `"place"` or
/// `"position"`) in `text`, in order.
pub(super) fn check(text: &str, expected: &[(&str, &str)]) {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    let ann = ENGINE.get_or_init(Engine::new).annotate(text);
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
