//! The page's hooks: what `App` does besides rendering, one concern each.
//! Each takes the page's reducer and talks to it only through [`Action`]s.
//!
//! | hook | what it does |
//! |---|---|
//! | [`use_storage`] | restores the article and the rules at start, saves them as they change |
//! | [`use_annotator`] | the engine's web worker: annotates the text when it settles |
//! | [`use_undo_key`] | Ctrl+Z (⌘Z) outside text fields undoes the last correction |
//! | [`use_focus`] | scrolls to and focuses the mark, or the Undo button, when the state asks |
//!
//! [`Action`]: crate::ui::state::Action

mod use_annotator;
mod use_focus;
mod use_storage;
mod use_undo_key;

pub use use_annotator::{use_annotator, DEBOUNCE_MS};
pub use use_focus::{focus_by_id, use_focus};
pub use use_storage::{use_storage, SAVE_MS};
pub use use_undo_key::use_undo_key;
