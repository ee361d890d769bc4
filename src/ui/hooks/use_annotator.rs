//! [`use_annotator`]: the engine's web worker ([`Annotator`]), started once,
//! and the effect that hands it the text whenever the text changes. The
//! worker keeps one request in flight and folds edits made meanwhile into
//! the next one; a long answer arrives in parts, and is indexed and rendered
//! in tasks of their own.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::engine::Annotation;
use crate::ui::state::{Action, Analysis, State, SHOW_SIZE};
use crate::ui::worker::Annotator;

/// How long typing must pause before the article is annotated again.
pub const DEBOUNCE_MS: u32 = 200;

/// Lets the browser run what waits (input, painting) before going on.
async fn yield_now() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// Starts the worker, whose answers come back as [`Action::Annotated`].
fn spawn(dispatcher: UseReducerDispatcher<State>) -> Annotator {
    Annotator::spawn(Box::new(move |revision, text, annotation, ms| {
        let dispatcher = dispatcher.clone();
        let small = text.len() < SHOW_SIZE;
        let apply = move || {
            let mut analysis = Analysis::new(revision, text, annotation);
            analysis.elapsed_ms = Some(ms);
            Rc::new(analysis)
        };
        if small {
            dispatcher.dispatch(Action::Annotated(apply()));
            return;
        }
        // A long article: reading the worker's answer, indexing the text and
        // rendering are each a task of their own, so that none of them keeps
        // the page busy for long.
        yew::platform::spawn_local(async move {
            yield_now().await;
            let analysis = apply();
            yield_now().await;
            dispatcher.dispatch(Action::Annotated(analysis));
        });
    }))
}

/// Annotates the text whenever it changes: after a pause while typing
/// (`State::debounce`), at once for a loaded text. Dropping the timeout (next
/// change) cancels it. An empty text needs no worker.
#[hook]
pub fn use_annotator(state: &UseReducerHandle<State>) {
    let annotator = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| spawn(dispatcher))
    };
    let dispatcher = state.dispatcher();
    let (text, debounce) = (state.text.clone(), state.debounce);
    use_effect_with(state.revision, move |&revision| {
        let mut timeout = None;
        if text.is_empty() {
            // Nothing to find: no need to wake the worker.
            let empty = Analysis::new(revision, text, Annotation::default());
            dispatcher.dispatch(Action::Annotated(Rc::new(empty)));
        } else if debounce {
            timeout = Some(Timeout::new(DEBOUNCE_MS, move || {
                annotator.annotate(revision, text)
            }));
        } else {
            annotator.annotate(revision, text);
        }
        move || drop(timeout)
    });
}
