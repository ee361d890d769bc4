//! [`use_storage`]: the article and the reader's rules survive a reload
//! ([`crate::ui::storage`]). Any failure shows the storage notice
//! ([`Action::StorageFailed`]).

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::ui::state::{Action, State};
use crate::ui::storage;

/// How long typing must pause before the article is saved for the next visit.
pub const SAVE_MS: u32 = 500;

/// Restores the rules and the article of the last visit, saves the rules
/// whenever the reader changes them, and saves the article once typing
/// pauses (and at once when the page goes away with a save still waiting).
#[hook]
pub fn use_storage(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let failed = Rc::new(move || dispatcher.dispatch(Action::StorageFailed));

    // The reader's corrections and the article of the last visit, if kept.
    {
        let (dispatcher, failed) = (state.dispatcher(), failed.clone());
        use_effect_with((), move |_| {
            match storage::load_rules() {
                Ok(rules) if !rules.is_empty() => dispatcher.dispatch(Action::LoadRules(rules)),
                Ok(_) => {}
                Err(_) => failed(),
            }
            match storage::load() {
                Ok(Some(text)) if !text.is_empty() => dispatcher.dispatch(Action::Load(text)),
                Ok(_) => {}
                Err(_) => failed(),
            }
        });
    }

    // Keep the corrections whenever the reader changes them.
    {
        let (rules, failed) = (state.rules.clone(), failed.clone());
        use_effect_with(state.rules_changed, move |&changed| {
            if changed > 0 && storage::save_rules(&rules).is_err() {
                failed();
            }
        });
    }

    // The text waiting to be saved, if any.
    let unsaved = use_mut_ref(|| None::<Rc<str>>);
    let save = {
        let unsaved = unsaved.clone();
        move || {
            if let Some(text) = unsaved.borrow_mut().take() {
                if storage::save(&text).is_err() {
                    failed();
                }
            }
        }
    };
    {
        let save = save.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "pagehide", move |_| save());
            move || drop(listener)
        });
    }
    let text = state.text.clone();
    use_effect_with(state.revision, move |&revision| {
        let mut timeout = None;
        // Revision 0 is the empty page before anything was loaded.
        if revision > 0 {
            *unsaved.borrow_mut() = Some(text);
            timeout = Some(Timeout::new(SAVE_MS, save));
        }
        move || drop(timeout)
    });
}
