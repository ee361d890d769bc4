//! The root component: the reducer, the page's hooks ([`crate::ui::hooks`]),
//! then the view. Every callback here only dispatches an [`Action`] (and, for
//! a button that goes away or disables itself, moves the focus on).

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
use super::components::quote_details::QuoteDetails;
use super::components::status_line::StatusLine;
use super::hooks::{focus_by_id, use_annotator, use_focus, use_storage, use_undo_key};
use super::sample::SAMPLE_ARTICLE;
use super::state::{Action, Notice, State};
use crate::engine::Kind;

/// The page's reducer, as the views get it.
type Page = UseReducerHandle<State>;

/// A callback that dispatches the action `action` makes of its argument.
fn send<T: 'static>(state: &Page, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |x| dispatcher.dispatch(action(x)))
}

/// A callback that dispatches `action`, then focuses the element with id
/// `focus` (the button pressed disables itself or goes away).
fn send_then_focus<T: 'static>(state: &Page, action: Action, focus: &'static str) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |_| {
        dispatcher.dispatch(action.clone());
        focus_by_id(focus);
    })
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    use_storage(&state);
    use_undo_key(&state);
    use_annotator(&state);
    use_focus(&state);

    html! {
        <div class="app" data-engine={if state.engine_ready { "ready" } else { "loading" }} onkeydown={on_escape(&state)}>
            { masthead(&state) }
            if state.show_rules {
                <div class="corrections-frame">
                    <CorrectionsList
                        rules={state.rules.clone()}
                        ondelete={send(&state, Action::DeleteRule)}
                        ondeleteall={send(&state, |()| Action::DeleteAllRules)}
                        onclose={send_then_focus(&state, Action::CloseRules, "corrections-toggle")}
                    />
                </div>
            }
            <main class="layout">
                { article(&state) }
                { panel(&state) }
            </main>
        </div>
    }
}

/// Esc closes the details card. The focus goes back to the card's mark,
/// unless it is in the article box or on a map dot: there it stays. With no
/// entity's card open, Esc closes a quotation's.
fn on_escape(state: &Page) -> Callback<KeyboardEvent> {
    let state = state.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" && state.selected.is_none() && state.quote.is_some() {
            state.dispatch(Action::CloseQuote);
        } else if e.key() == "Escape" && state.selected.is_some() {
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
}

/// The title, the tagline and the "Your corrections" button.
fn masthead(state: &Page) -> Html {
    html! {
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
                aria-expanded={if state.show_rules { "true" } else { "false" }}
                aria-controls="corrections"
                onclick={send(state, |_: MouseEvent| Action::ToggleRules)}
            >
                { "Your corrections" }
                <span class="count">{ state.rules.len() }</span>
            </button>
        </header>
    }
}

/// The article column: the box, its buttons, the status line, Undo, the
/// highlighted view, the "Mark as" bars and the export buttons.
fn article(state: &Page) -> Html {
    let analysis = state.analysis.clone();
    let pending = !state.is_current();
    let oncorrect = send(state, Action::Correct);
    let onstep = send(state, Action::Step);
    html! {
        <section class="article" aria-labelledby="article-heading">
            <div class="toolbar">
                <h2 id="article-heading">{ "Article" }</h2>
                <div class="actions">
                    <button type="button" class="button primary" onclick={send(state, |_: MouseEvent| Action::Load(SAMPLE_ARTICLE.to_string()))}>{ "Sample article" }</button>
                    <button type="button" class="button" onclick={send_then_focus(state, Action::Load(String::new()), "article-text")} disabled={state.text.is_empty()}>{ "Clear" }</button>
                </div>
            </div>
            if state.notice == Notice::Shown {
                <div class="notice" role="alert" data-testid="storage-notice">
                    <p>{ "This browser will not keep your article or your corrections, so they will be gone after a reload. Everything else works." }</p>
                    <button type="button" class="button" onclick={send_then_focus(state, Action::DismissNotice, "article-text")}>{ "Dismiss" }</button>
                </div>
            }
            <ArticleInput value={state.text.clone()} oninput={send(state, Action::Edit)} />
            // Right after the box: Tab from a selection there reaches it.
            <MarkToolbar source={Source::Article} analysis={analysis.clone()} current={!pending} onmark={oncorrect.clone()} />
            <div class="toolbar">
                <h2 id="annotated-heading">{ "Highlighted" }</h2>
                <StatusLine status={state.status()} />
            </div>
            { correction_bar(state) }
            <HighlightedText
                analysis={analysis.clone()}
                selected={state.selected}
                current={state.current}
                hidden={state.hidden}
                hide_quotes={state.hide_quotes}
                quote={state.quote}
                onquote={send(state, Action::OpenQuote)}
                {pending}
                onopen={send(state, Action::OpenMention)}
                {onstep}
                onprogress={send(state, Action::Rendering)}
            />
            <MarkToolbar source={Source::View} analysis={analysis.clone()} current={!pending} onmark={oncorrect} />
            <ExportBar
                analysis={analysis.clone()}
                enabled={!pending && state.rendering.is_none() && !analysis.segments.is_empty()}
            />
        </section>
    }
}

/// What the last correction did, and Undo.
fn correction_bar(state: &Page) -> Html {
    html! {
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
                onclick={send(state, |_: MouseEvent| Action::Undo)}
            >{ "Undo" }</button>
        </div>
    }
}

/// The side panel: legend, details card (or a hint), map, posts, entities.
fn panel(state: &Page) -> Html {
    let analysis = state.analysis.clone();
    let onselect = send(state, Action::Select);
    let details = match state.selected {
        Some(entity) => html! {
            <EntityDetails
                analysis={analysis.clone()}
                {entity}
                current={state.current}
                position={state.position()}
                onstep={send(state, Action::Step)}
                ongoto={send(state, Action::GoToMention)}
                onselect={onselect.clone()}
                ongotoquote={send(state, Action::GoToQuote)}
                onclose={send(state, |()| Action::Close { refocus: true })}
                oncorrect={send(state, Action::Correct)}
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
    let quote = state.quote.map(|quote| {
        html! {
            <QuoteDetails
                analysis={analysis.clone()}
                {quote}
                onselect={onselect.clone()}
                ongoto={send(state, Action::GoToQuote)}
                onclose={send(state, |()| Action::CloseQuote)}
                oncorrect={send(state, Action::Correct)}
            />
        }
    });
    html! {
        <aside class="panel" aria-label="Entities">
            <Legend
                analysis={analysis.clone()}
                hidden={state.hidden}
                ontoggle={send(state, Action::ToggleKind)}
                hide_quotes={state.hide_quotes}
                ontogglequotes={send(state, |()| Action::ToggleQuotes)}
            />
            { for quote }
            { details }
            if state.shows(Kind::Place) {
                <PlaceMap analysis={analysis.clone()} selected={state.selected} onselect={onselect.clone()} />
            }
            <HoldsList analysis={analysis.clone()} onselect={onselect.clone()} />
            <EntityList analysis={analysis} hidden={state.hidden} selected={state.selected} {onselect} />
        </aside>
    }
}
