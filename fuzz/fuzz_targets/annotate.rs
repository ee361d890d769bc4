//! `Engine::annotate` on arbitrary UTF-8: never panics, and keeps the
//! invariants of ARCHITECTURE.md (the same checks as `tests/it/main.rs`):
//! mentions in range, sorted, non-overlapping, each `text` exactly the
//! code-point slice `start..end`, a reason, and a consistent entity.
//!
//! From the repository root, on the stable toolchain (cargo-fuzz wants
//! nightly's `-Z` flags; RUSTC_BOOTSTRAP=1 lets stable accept them):
//!
//! ```sh
//! cargo install cargo-fuzz
//! ASAN_OPTIONS=detect_leaks=0 RUSTC_BOOTSTRAP=1 \
//!   cargo fuzz run -O annotate -- -max_total_time=600 -max_len=8192 -timeout=10
//! ```
//!
//! `ASAN_OPTIONS=detect_leaks=0`: `Lexicon::embedded` leaks ~2.5 KB of folded
//! place names (358 strings) once per process (`Box::leak` in
//! `lexicon/places.rs`, pointers not kept), which LeakSanitizer reports at
//! exit as a "crash" of whatever input ran last (libFuzzer's own
//! `-detect_leaks=0` does not silence that exit check).

#![no_main]

use std::sync::OnceLock;

use annotator::engine::Engine;
use libfuzzer_sys::fuzz_target;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ann = ENGINE.get_or_init(Engine::new).annotate(text);
    let chars: Vec<char> = text.chars().collect();
    let mut last_end = 0;
    for (i, m) in ann.mentions.iter().enumerate() {
        assert!(
            m.start < m.end && m.end <= chars.len(),
            "mention {i} out of range (text has {} code points): {m:?}",
            chars.len()
        );
        assert!(
            m.start >= last_end,
            "mention {i} overlaps or precedes the previous one (ending at {last_end}): {m:?}"
        );
        last_end = m.end;
        let slice: String = chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.text, "mention {i} text differs from its slice");
        assert!(!m.reason.is_empty(), "mention {i} has no reason");
        assert!(
            ann.entities
                .get(m.entity)
                .is_some_and(|e| e.mentions.contains(&i) && e.kind == m.kind),
            "mention {i} and its entity {} disagree",
            m.entity
        );
    }
    for (j, e) in ann.entities.iter().enumerate() {
        assert!(!e.mentions.is_empty(), "entity {j} has no mention");
        assert!(
            e.mentions
                .iter()
                .all(|&i| ann.mentions.get(i).is_some_and(|m| m.kind == e.kind)),
            "entity {j} lists a mention that is missing or of another kind"
        );
    }
});
