//! "Mark as": the bar that appears when the reader selects text in the
//! highlighted article, to mark what the engine missed.
//!
//! The DOM selection is turned into UTF-16 offsets into the article (the
//! length of a range from the view's start), and those into a rule's text by
//! [`Analysis::selection_text`] (code points, whole words).
//!
//! Test hooks: `data-testid="mark-toolbar"`, buttons `mark-<kind>`.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

use crate::engine::corrections::{Change, Rule};
use crate::engine::Kind;
use crate::ui::state::{kind_label, Analysis};

/// The annotated view's selector.
const VIEW: &str = "[data-testid=\"annotated-view\"]";

/// Props of [`MarkToolbar`].
#[derive(PartialEq, Properties)]
pub struct MarkToolbarProps {
    /// The text being shown, which the selection is in.
    pub analysis: Rc<Analysis>,
    /// Called with the reader's new rule.
    pub onmark: Callback<Rule>,
}

/// The selection inside the annotated view, as UTF-16 offsets into its text.
fn selected_range() -> Option<(usize, usize)> {
    let document = gloo::utils::document();
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let view: Node = document.query_selector(VIEW).ok()??.unchecked_into();
    let (start, end) = (range.start_container().ok()?, range.end_container().ok()?);
    if !view.contains(Some(&start)) || !view.contains(Some(&end)) {
        return None;
    }
    // Everything from the view's start to a boundary point: its length is
    // the point's UTF-16 offset into the article.
    let upto = document.create_range().ok()?;
    upto.select_node_contents(&view).ok()?;
    upto.set_end(&start, range.start_offset().ok()?).ok()?;
    let u0 = upto.to_string().length() as usize;
    upto.set_end(&end, range.end_offset().ok()?).ok()?;
    let u1 = upto.to_string().length() as usize;
    Some((u0, u1))
}

/// Whether the focus is inside the bar (so a selection change elsewhere,
/// such as tabbing to it, does not take it away).
fn focus_in_bar() -> bool {
    gloo::utils::document()
        .active_element()
        .and_then(|el| el.closest("[data-testid=\"mark-toolbar\"]").ok().flatten())
        .is_some()
}

/// Forgets the page's selection.
fn clear_selection() {
    if let Ok(Some(s)) = gloo::utils::window().get_selection() {
        let _ = s.remove_all_ranges();
    }
}

/// The bar, shown while text in the article is selected.
#[component]
pub fn MarkToolbar(props: &MarkToolbarProps) -> Html {
    // The selected text, as a rule would name it.
    let selected = use_state_eq(|| None::<String>);
    {
        let selected = selected.clone();
        let analysis = props.analysis.clone();
        use_effect_with(analysis, move |analysis| {
            let analysis = analysis.clone();
            let update = {
                let selected = selected.clone();
                move || {
                    let text =
                        selected_range().and_then(|(u0, u1)| analysis.selection_text(u0, u1));
                    if text.is_some() || !focus_in_bar() {
                        selected.set(text);
                    }
                }
            };
            // The text changed under the selection: look again.
            update();
            let listener =
                EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
                    update()
                });
            move || drop(listener)
        });
    }
    let Some(text) = (*selected).clone() else {
        return Html::default();
    };
    let close = {
        let selected = selected.clone();
        move || {
            clear_selection();
            selected.set(None);
        }
    };
    let buttons: Vec<Html> = Kind::ALL
        .iter()
        .map(|&kind| {
            let onclick = {
                let (onmark, text, close) = (props.onmark.clone(), text.clone(), close.clone());
                Callback::from(move |_: MouseEvent| {
                    onmark.emit(Rule::new(text.clone(), Change::Add { kind }));
                    close();
                })
            };
            let label = kind_label(kind).0;
            html! {
                <button
                    type="button"
                    class="button kind-button"
                    data-kind={kind.as_str()}
                    data-testid={format!("mark-{}", kind.as_str())}
                    aria-label={format!("Mark “{text}” as {}", label.to_lowercase())}
                    {onclick}
                >
                    <span class="swatch" data-kind={kind.as_str()} aria-hidden="true"></span>
                    { label }
                </button>
            }
        })
        .collect();
    let onclose = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.stop_propagation();
            close();
        }
    });
    // Pressing a button must not move or drop the selection first.
    let onmousedown = Callback::from(|e: MouseEvent| {
        if e.target_dyn_into::<Element>()
            .and_then(|el| el.closest("button").ok().flatten())
            .is_some()
        {
            e.prevent_default();
        }
    });
    html! {
        <div
            class="mark-toolbar"
            role="toolbar"
            aria-label="Mark the selected text"
            data-testid="mark-toolbar"
            {onkeydown}
            {onmousedown}
        >
            <span class="mark-text">{ "Mark " }<strong>{ format!("“{text}”") }</strong>{ " as" }</span>
            { buttons }
            <button type="button" class="close" aria-label="Close" title="Close (Esc)" onclick={onclose}>{ "×" }</button>
        </div>
    }
}
