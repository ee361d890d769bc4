//! The root component: owns the reducer, runs the engine when the text
//! settles, and moves the focus when the state asks for it.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::components::article_input::ArticleInput;
use super::components::corrections_list::CorrectionsList;
use super::components::entity_details::EntityDetails;
use super::components::entity_list::EntityList;
use super::components::export_bar::ExportBar;
use super::components::highlighted_text::HighlightedText;
use super::components::holds_list::HoldsList;
use super::components::legend::Legend;
use super::components::mark_toolbar::{MarkToolbar, Source};
use super::components::place_map::PlaceMap;
use super::format;
use super::sample::SAMPLE_ARTICLE;
use super::state::{Action, Analysis, State};
use super::storage;
use super::worker::Annotator;
use crate::engine::corrections::Rule;
use crate::engine::{Annotation, Kind};

/// How long typing must pause before the article is annotated again.
pub const DEBOUNCE_MS: u32 = 200;

/// How long typing must pause before the article is saved for the next visit.
pub const SAVE_MS: u32 = 500;

/// From this many bytes on, the status says how much is being annotated and
/// shows a progress bar while the engine works.
pub const SHOW_SIZE: usize = 100_000;

/// Lets the browser run what waits (input, painting) before going on.
async fn yield_now() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// Whether the "cannot keep your article" notice is due, showing or done with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Notice {
    /// Storage has worked so far.
    None,
    /// Storage failed: the notice is showing.
    Shown,
    /// The reader dismissed it; it does not come back.
    Dismissed,
}

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

/// Focuses the element with id `id`, if there is one.
fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Some(el) = el.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let notice = use_state(|| Notice::None);
    // (bytes shown, bytes in all) while a long article's highlights are
    // still being added to the page.
    let rendering = use_state_eq(|| None::<(usize, usize)>);
    // A notice that storage failed, shown once per visit.
    let storage_failed = {
        let notice = notice.clone();
        Rc::new(move || {
            if *notice == Notice::None {
                notice.set(Notice::Shown);
            }
        })
    };

    // The reader's corrections and the article of the last visit, if kept.
    {
        let dispatcher = state.dispatcher();
        let storage_failed = storage_failed.clone();
        use_effect_with((), move |_| {
            match storage::load_rules() {
                Ok(rules) if !rules.is_empty() => dispatcher.dispatch(Action::LoadRules(rules)),
                Ok(_) => {}
                Err(_) => storage_failed(),
            }
            match storage::load() {
                Ok(Some(text)) if !text.is_empty() => dispatcher.dispatch(Action::Load(text)),
                Ok(_) => {}
                Err(_) => storage_failed(),
            }
        });
    }

    // Keep the corrections whenever the reader changes them.
    {
        let rules = state.rules.clone();
        let storage_failed = storage_failed.clone();
        use_effect_with(state.rules_changed, move |&changed| {
            if changed > 0 && storage::save_rules(&rules).is_err() {
                storage_failed();
            }
        });
    }

    // Ctrl+Z (or ⌘Z) undoes the last correction, except where it undoes typing.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            // Not passive: the browser's own undo must not run as well.
            let options = EventListenerOptions::enable_prevent_default();
            let document = gloo::utils::document();
            let listener =
                EventListener::new_with_options(&document, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if !(e.ctrl_key() || e.meta_key())
                        || e.shift_key()
                        || e.alt_key()
                        || !e.key().eq_ignore_ascii_case("z")
                    {
                        return;
                    }
                    let editable = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| {
                            el.closest("textarea, input, [contenteditable]")
                                .ok()
                                .flatten()
                        })
                        .is_some();
                    if !editable {
                        e.prevent_default();
                        dispatcher.dispatch(Action::Undo);
                    }
                });
            move || drop(listener)
        });
    }
    // After a correction, the focus goes to Undo (the card's button may be gone).
    use_effect_with(state.focus_undo, |&n| {
        if n > 0 {
            focus_by_id("undo-button");
        }
    });
    let show_rules = use_state(|| false);

    // Keep the article once typing pauses, and at once when the page goes
    // away with a save still waiting.
    let unsaved = use_mut_ref(|| None::<Rc<str>>);
    {
        let unsaved = unsaved.clone();
        let storage_failed = storage_failed.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                if let Some(text) = unsaved.borrow_mut().take() {
                    if storage::save(&text).is_err() {
                        storage_failed();
                    }
                }
            });
            move || drop(listener)
        });
    }
    {
        let text = state.text.clone();
        use_effect_with(state.revision, move |&revision| {
            let mut timeout = None;
            // Revision 0 is the empty page before anything was loaded.
            if revision > 0 {
                *unsaved.borrow_mut() = Some(text);
                timeout = Some(Timeout::new(SAVE_MS, move || {
                    if let Some(text) = unsaved.borrow_mut().take() {
                        if storage::save(&text).is_err() {
                            storage_failed();
                        }
                    }
                }));
            }
            move || drop(timeout)
        });
    }

    // The engine runs in a web worker, started once.
    let annotator = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
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
                // A long article: reading the worker's answer, indexing the
                // text and rendering are each a task of their own, so that
                // none of them keeps the page busy for long.
                yew::platform::spawn_local(async move {
                    yield_now().await;
                    let analysis = apply();
                    yield_now().await;
                    dispatcher.dispatch(Action::Annotated(analysis));
                });
            }))
        })
    };

    // Annotate whenever the text changes: after a pause while typing, at once
    // for the sample. Dropping the timeout (next change) cancels it.
    {
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

    {
        let (current, focus) = (state.current, state.focus_mark);
        use_effect_with(state.reveal, move |&reveal| {
            let mut later = None;
            if let (true, Some(m)) = (reveal > 0, current) {
                if focus {
                    reveal_mark(m, true);
                } else {
                    // A mark the reader clicked is on screen already (but
                    // maybe under the details sheet): scroll in a task of its
                    // own, as its layout of a long article takes a while.
                    later = Some(Timeout::new(0, move || reveal_mark(m, false)));
                }
            }
            move || drop(later)
        });
    }

    let onsample = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Load(SAMPLE_ARTICLE.to_string()))
        })
    };
    let onclear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Load(String::new()));
            // The button disables itself: leave the focus somewhere useful.
            focus_by_id("article-text");
        })
    };
    let oninput = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Edit(text)))
    };
    let onopen = {
        let state = state.clone();
        Callback::from(move |m: usize| state.dispatch(Action::OpenMention(m)))
    };
    let ongoto = {
        let state = state.clone();
        Callback::from(move |m: usize| state.dispatch(Action::GoToMention(m)))
    };
    let onselect = {
        let state = state.clone();
        Callback::from(move |e: usize| state.dispatch(Action::Select(e)))
    };
    let onstep = {
        let state = state.clone();
        Callback::from(move |d: isize| state.dispatch(Action::Step(d)))
    };
    let onclose = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Close { refocus: true }))
    };
    let ontoggle = {
        let state = state.clone();
        Callback::from(move |k| state.dispatch(Action::ToggleKind(k)))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && state.selected.is_some() {
                // Leave the focus in the textarea, or on a map dot, if that
                // is where it is.
                let in_textarea = e
                    .target_dyn_into::<web_sys::HtmlTextAreaElement>()
                    .is_some();
                let on_dot = e
                    .target_dyn_into::<web_sys::Element>()
                    .and_then(|el| el.closest("[data-testid=\"map-dot\"]").ok().flatten())
                    .is_some();
                state.dispatch(Action::Close {
                    refocus: !in_textarea && !on_dot,
                });
            }
        })
    };

    let oncorrect = {
        let state = state.clone();
        Callback::from(move |rule: Rule| state.dispatch(Action::Correct(rule)))
    };
    let onundo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    let ondelete = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::DeleteRule(text)))
    };
    let ondeleteall = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DeleteAllRules))
    };
    let ontogglerules = {
        let show_rules = show_rules.clone();
        Callback::from(move |_: MouseEvent| show_rules.set(!*show_rules))
    };
    let oncloserules = {
        let show_rules = show_rules.clone();
        Callback::from(move |()| {
            show_rules.set(false);
            focus_by_id("corrections-toggle");
        })
    };

    let onprogress = {
        let rendering = rendering.clone();
        Callback::from(move |progress| rendering.set(progress))
    };
    let ondismiss = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            notice.set(Notice::Dismissed);
            focus_by_id("article-text");
        })
    };

    let analysis = state.analysis.clone();
    let pending = !state.is_current();
    let mentions = analysis.annotation.mentions.len();
    let big = state.text.len() >= SHOW_SIZE;
    let status = if !state.engine_ready && !state.text.is_empty() {
        "Loading the annotator…".to_string()
    } else if pending && big {
        format!("Annotating {}…", format::size(state.text.len()))
    } else if pending {
        "Annotating…".to_string()
    } else if let Some((_, total)) = *rendering {
        format!("Highlighting {}…", format::size(total))
    } else if state.text.trim().is_empty() {
        "Paste or type an article above, or load the sample.".to_string()
    } else if mentions == 0 {
        "No people, places or positions found.".to_string()
    } else {
        let took = analysis
            .elapsed_ms
            .map(|ms| format!(" in {ms:.0} ms"))
            .unwrap_or_default();
        format!(
            "{} of {}, found{took}.",
            format::count(mentions, "highlight", "highlights"),
            format::count(analysis.annotation.entities.len(), "entity", "entities")
        )
    };

    let details = match state.selected {
        Some(entity) => html! {
            <EntityDetails
                analysis={analysis.clone()}
                {entity}
                current={state.current}
                position={state.position()}
                onstep={onstep.clone()}
                {ongoto}
                onselect={onselect.clone()}
                {onclose}
                oncorrect={oncorrect.clone()}
            />
        },
        None => html! {
            <p class="hint" id="details-hint">
                { "Select a highlight or a name in the list to see its details. " }
                { "Keyboard: Tab to a highlight, Enter to open it, N and P for the next and previous mention, Esc to close. " }
                { "To mark missed text, select it in the article box (Shift+arrows), then Tab or Alt+M to the Mark buttons." }
            </p>
        },
    };

    html! {
        <div class="app" data-engine={if state.engine_ready { "ready" } else { "loading" }} {onkeydown}>
            <header class="masthead">
                <h1>{ "News annotator" }</h1>
                <p class="tagline">
                    { "Finds the people, places and positions in an article. Everything runs in your browser; nothing is sent anywhere." }
                </p>
                <button
                    type="button"
                    class="button corrections-toggle"
                    id="corrections-toggle"
                    data-testid="corrections-toggle"
                    aria-expanded={if *show_rules { "true" } else { "false" }}
                    aria-controls="corrections"
                    onclick={ontogglerules}
                >
                    { "Your corrections" }
                    <span class="count">{ state.rules.len() }</span>
                </button>
            </header>
            if *show_rules {
                <div class="corrections-frame">
                    <CorrectionsList rules={state.rules.clone()} {ondelete} {ondeleteall} onclose={oncloserules} />
                </div>
            }
            <main class="layout">
                <section class="article" aria-labelledby="article-heading">
                    <div class="toolbar">
                        <h2 id="article-heading">{ "Article" }</h2>
                        <div class="actions">
                            <button type="button" class="button primary" onclick={onsample}>{ "Sample article" }</button>
                            <button type="button" class="button" onclick={onclear} disabled={state.text.is_empty()}>{ "Clear" }</button>
                        </div>
                    </div>
                    if *notice == Notice::Shown {
                        <div class="notice" role="alert" data-testid="storage-notice">
                            <p>{ "This browser will not keep your article or your corrections, so they will be gone after a reload. Everything else works." }</p>
                            <button type="button" class="button" onclick={ondismiss}>{ "Dismiss" }</button>
                        </div>
                    }
                    <ArticleInput value={state.text.clone()} {oninput} />
                    // Right after the box: Tab from a selection there reaches it.
                    <MarkToolbar source={Source::Article} analysis={analysis.clone()} current={!pending} onmark={oncorrect.clone()} />
                    <div class="toolbar">
                        <h2 id="annotated-heading">{ "Highlighted" }</h2>
                        <p class="status" role="status" aria-live="polite">{ status }</p>
                        if pending && big {
                            // The engine gives no progress: an indeterminate bar.
                            <progress class="progress" aria-label="Annotating" data-testid="progress" />
                        } else if let Some((done, total)) = *rendering {
                            <progress
                                class="progress"
                                aria-label="Highlighting"
                                data-testid="progress"
                                max={total.to_string()}
                                value={done.to_string()}
                            />
                        }
                    </div>
                    <div class="correction-bar">
                        <p class="correction-message" role="status" aria-live="polite" data-testid="correction-message">
                            { state.message.as_deref().unwrap_or_default() }
                        </p>
                        <button
                            type="button"
                            class="button"
                            id="undo-button"
                            data-testid="undo"
                            disabled={state.undo.is_empty()}
                            title="Undo the last correction (Ctrl+Z)"
                            aria-label={match state.undo.last() {
                                Some(u) => format!("Undo: {}", u.what),
                                None => "Undo (nothing to undo)".to_string(),
                            }}
                            onclick={onundo}
                        >{ "Undo" }</button>
                    </div>
                    <HighlightedText
                        analysis={analysis.clone()}
                        selected={state.selected}
                        current={state.current}
                        hidden={state.hidden}
                        {pending}
                        {onopen}
                        {onstep}
                        {onprogress}
                    />
                    <MarkToolbar source={Source::View} analysis={analysis.clone()} current={!pending} onmark={oncorrect} />
                    <ExportBar
                        analysis={analysis.clone()}
                        enabled={!pending && rendering.is_none() && !analysis.segments.is_empty()}
                    />
                </section>
                <aside class="panel" aria-label="Entities">
                    <Legend analysis={analysis.clone()} hidden={state.hidden} {ontoggle} />
                    { details }
                    if state.shows(Kind::Place) {
                        <PlaceMap analysis={analysis.clone()} selected={state.selected} onselect={onselect.clone()} />
                    }
                    <HoldsList analysis={analysis.clone()} onselect={onselect.clone()} />
                    <EntityList analysis={analysis} hidden={state.hidden} selected={state.selected} {onselect} />
                </aside>
            </main>
        </div>
    }
}
