//! [`use_focus`]: the state asks for the focus or the scroll position to
//! move (`State::reveal`, `State::focus_undo`), and this hook moves it.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::ui::state::State;

/// Scrolls mention `m`'s mark into view (clear of the details sheet on small
/// screens, see `scroll-margin` in the CSS), and focuses it if `focus`.
fn reveal_mark(m: usize, focus: bool) {
    let selector = format!("mark[data-mention=\"{m}\"]");
    let Ok(Some(mark)) = gloo::utils::document().query_selector(&selector) else {
        return;
    };
    if focus {
        if let Some(el) = mark.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Nearest);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls quotation `q` (its first part) into view and focuses it.
fn reveal_quote(q: usize) {
    let selector = format!(".quote[data-quote=\"{q}\"]");
    let Ok(Some(quote)) = gloo::utils::document().query_selector(&selector) else {
        return;
    };
    if let Some(el) = quote.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Nearest);
    quote.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses the element with id `id`, if there is one.
pub fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Some(el) = el.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// After a correction the focus goes to Undo (the card's button may be
/// gone); when `reveal` is bumped, the current mention's mark is scrolled
/// into view, and focused if `focus_mark`.
#[hook]
pub fn use_focus(state: &UseReducerHandle<State>) {
    use_effect_with(state.focus_undo, |&n| {
        if n > 0 {
            focus_by_id("undo-button");
        }
    });
    let quote = state.quote;
    use_effect_with(state.reveal_quote, move |&n| {
        // After this render, which may have just marked the quotations again.
        let later = quote
            .filter(|_| n > 0)
            .map(|q| Timeout::new(0, move || reveal_quote(q)));
        move || drop(later)
    });
    let (current, focus) = (state.current, state.focus_mark);
    use_effect_with(state.reveal, move |&reveal| {
        let mut later = None;
        if let (true, Some(m)) = (reveal > 0, current) {
            if focus {
                reveal_mark(m, true);
            } else {
                // A mark the reader clicked is on screen already (but maybe
                // under the details sheet): scroll in a task of its own, as
                // its layout of a long article takes a while.
                later = Some(Timeout::new(0, move || reveal_mark(m, false)));
            }
        }
        move || drop(later)
    });
}
