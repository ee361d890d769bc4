//! The last article and the reader's corrections, kept in `localStorage` so
//! that they survive a reload. Every function reports failure instead of
//! throwing: private modes, disabled storage and a full quota all leave the
//! page working.

use crate::engine::corrections::{self, Rule};

/// The `localStorage` key of the article.
pub const KEY: &str = "annotator.article";

/// The `localStorage` key of the reader's corrections: versioned JSON
/// ([`corrections::rules_to_json`]).
pub const RULES_KEY: &str = "annotator.rules";
/// Longer articles are not kept: writing megabytes to `localStorage` is one
/// long task on the page's thread (~150 ms for 5 MB), and ~5 MB is over
/// most browsers' quota anyway.
pub const KEEP_MAX: usize = 1_000_000;

/// Why the article could not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn storage() -> Result<web_sys::Storage, Unavailable> {
    web_sys::window()
        .ok_or(Unavailable)?
        .local_storage()
        .map_err(|_| Unavailable)?
        .ok_or(Unavailable)
}

/// The saved article, if there is one.
pub fn load() -> Result<Option<String>, Unavailable> {
    storage()?.get_item(KEY).map_err(|_| Unavailable)
}

/// Saves `text` as the article (an empty text, or one over [`KEEP_MAX`]
/// bytes, removes it). When the text does not fit, the older article is
/// removed too, so that a reload does not bring back something else.
pub fn save(text: &str) -> Result<(), Unavailable> {
    let s = storage()?;
    if text.is_empty() || text.len() > KEEP_MAX {
        return s.remove_item(KEY).map_err(|_| Unavailable);
    }
    s.set_item(KEY, text).map_err(|_| {
        let _ = s.remove_item(KEY);
        Unavailable
    })
}

/// The reader's corrections from an earlier visit. Saved rules this page
/// cannot read (damaged, or from a newer format) count as none.
pub fn load_rules() -> Result<Vec<Rule>, Unavailable> {
    let json = storage()?.get_item(RULES_KEY).map_err(|_| Unavailable)?;
    Ok(json
        .and_then(|j| corrections::rules_from_json(&j).ok())
        .unwrap_or_default())
}

/// Saves the reader's corrections (none removes the key).
pub fn save_rules(rules: &[Rule]) -> Result<(), Unavailable> {
    let s = storage()?;
    if rules.is_empty() {
        return s.remove_item(RULES_KEY).map_err(|_| Unavailable);
    }
    s.set_item(RULES_KEY, &corrections::rules_to_json(rules))
        .map_err(|_| Unavailable)
}
