//! [`use_undo_key`]: Ctrl+Z (or ⌘Z) undoes the last correction, except where
//! it undoes typing.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::state::{Action, State};

/// Whether `e` is Ctrl+Z or ⌘Z, with no other modifier.
fn is_undo(e: &KeyboardEvent) -> bool {
    (e.ctrl_key() || e.meta_key())
        && !e.shift_key()
        && !e.alt_key()
        && e.key().eq_ignore_ascii_case("z")
}

/// Whether `e` happened in a text field, whose own undo it is.
fn in_editable(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| {
            el.closest("textarea, input, [contenteditable]")
                .ok()
                .flatten()
        })
        .is_some()
}

/// Listens for Ctrl+Z (⌘Z) on the whole document, and dispatches
/// [`Action::Undo`] when it is not meant for a text field.
#[hook]
pub fn use_undo_key(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        // Not passive: the browser's own undo must not run as well.
        let options = EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener = EventListener::new_with_options(&document, "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if is_undo(e) && !in_editable(e) {
                e.prevent_default();
                dispatcher.dispatch(Action::Undo);
            }
        });
        move || drop(listener)
    });
}
