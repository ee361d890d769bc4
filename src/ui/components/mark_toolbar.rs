//! "Mark as": the bar that appears when the reader selects text, to mark
//! what the engine missed.
//!
//! Two sources of a selection ([`Source`]), one bar each, placed in the page
//! right after its source so that Tab reaches it next:
//! - the highlighted view (a mouse drag, or caret browsing): the DOM
//!   selection is turned into UTF-16 offsets into the article (the length of
//!   a range from the view's start);
//! - the article box (Shift+arrows): the `<textarea>`'s `selectionStart` and
//!   `selectionEnd`, UTF-16 offsets already, read while the box has the focus
//!   and describes the text the analysis is of.
//!
//! Either way [`Analysis::selection_text`] turns the offsets into a rule's
//! text (code points through `OffsetMap`, widened to whole words). Alt+M
//! moves the focus to the bar; Esc closes it (and hands the focus back to
//! the article box when the selection was there).
//!
//! Test hooks: `data-testid="mark-toolbar"` with `data-source="view"` or
//! `"article"`, buttons `mark-<kind>`.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, Node};
use yew::prelude::*;

use crate::engine::corrections::{Change, Rule};
use crate::engine::Kind;
use crate::ui::components::kind_button;
use crate::ui::state::{kind_label, Analysis};

/// The annotated view's selector.
const VIEW: &str = "[data-testid=\"annotated-view\"]";

/// The article box's id.
const ARTICLE: &str = "article-text";

/// Where the selection a bar offers to mark is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The highlighted view.
    View,
    /// The article box (`<textarea>`).
    Article,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::View => "view",
            Source::Article => "article",
        }
    }

    /// The selection, as UTF-16 offsets into the article, when there is one
    /// this bar should offer to mark.
    fn range(self) -> Option<(usize, usize)> {
        match self {
            Source::View => selected_range(),
            Source::Article => article_range(),
        }
    }
}

/// Props of [`MarkToolbar`].
#[derive(PartialEq, Properties)]
pub struct MarkToolbarProps {
    /// Which selection this bar is for.
    pub source: Source,
    /// The text being shown, which the selection is in.
    pub analysis: Rc<Analysis>,
    /// Whether `analysis` is of the article box's text as it stands (not of
    /// an earlier revision): only then do the box's offsets fit it.
    pub current: bool,
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

/// The article box.
fn article() -> Option<HtmlTextAreaElement> {
    gloo::utils::document()
        .get_element_by_id(ARTICLE)?
        .dyn_into()
        .ok()
}

/// The selection in the article box, as UTF-16 offsets, while the box has
/// the focus.
fn article_range() -> Option<(usize, usize)> {
    let area = article()?;
    let active = gloo::utils::document().active_element()?;
    if !area.is_same_node(Some(&active)) {
        return None;
    }
    let (s, e) = (area.selection_start().ok()??, area.selection_end().ok()??);
    (s < e).then_some((s as usize, e as usize))
}

/// Whether the focus is inside the bar (so a selection change elsewhere,
/// such as tabbing to it, does not take it away).
fn focus_in_bar() -> bool {
    gloo::utils::document()
        .active_element()
        .and_then(|el| el.closest("[data-testid=\"mark-toolbar\"]").ok().flatten())
        .is_some()
}

/// Forgets the selection `source` holds. The article box keeps a caret at
/// the selection's end, and gets the focus back if `refocus`.
fn clear_selection(source: Source, refocus: bool) {
    match (source, article()) {
        (Source::Article, Some(area)) => {
            if let Ok(Some(end)) = area.selection_end() {
                let _ = area.set_selection_range(end, end);
            }
            if refocus {
                let _ = area.focus();
            }
        }
        _ => {
            if let Ok(Some(s)) = gloo::utils::window().get_selection() {
                let _ = s.remove_all_ranges();
            }
        }
    }
}

/// The selected text, as a rule would name it, kept up to date as the
/// selection moves, the focus moves or the text changes under it.
#[hook]
fn use_selected_text(
    source: Source,
    analysis: Rc<Analysis>,
    current: bool,
) -> UseStateHandle<Option<String>> {
    let selected = use_state_eq(|| None::<String>);
    {
        let selected = selected.clone();
        use_effect_with((analysis, current), move |(analysis, current)| {
            // The article box's offsets fit only the text the analysis is of.
            let usable = source == Source::View || *current;
            let analysis = analysis.clone();
            let update = Rc::new(move || {
                let text = source
                    .range()
                    .filter(|_| usable)
                    .and_then(|(u0, u1)| analysis.selection_text(u0, u1));
                if text.is_some() || !focus_in_bar() {
                    selected.set(text);
                }
            });
            // The text changed under the selection: look again.
            update();
            // A selection moves (a textarea's too: "select" where
            // "selectionchange" is not sent for it), or the focus does.
            let document = gloo::utils::document();
            let listeners: Vec<EventListener> = ["selectionchange", "select", "focusin"]
                .into_iter()
                .map(|event| {
                    let update = update.clone();
                    EventListener::new(&document, event, move |_| update())
                })
                .collect();
            move || drop(listeners)
        });
    }
    selected
}

/// While the bar shows: Alt+M takes the focus to its first button; Esc in
/// the article box drops the box's selection (and so the bar).
#[hook]
fn use_bar_keys(source: Source, bar: NodeRef, selected: UseStateHandle<Option<String>>) {
    use_effect_with(selected.is_some(), move |&shown| {
        // Not passive: Alt+M's own meaning (if any) must not run as well.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = shown.then(|| {
            EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if e.alt_key() && !e.ctrl_key() && !e.meta_key() && e.code() == "KeyM" {
                        let first = bar
                            .cast::<Element>()
                            .and_then(|b| b.query_selector("button").ok().flatten())
                            .and_then(|b| b.dyn_into::<HtmlElement>().ok());
                        if let Some(first) = first {
                            e.prevent_default();
                            let _ = first.focus();
                        }
                    } else if e.key() == "Escape"
                        && source == Source::Article
                        && article_range().is_some()
                    {
                        clear_selection(source, true);
                        selected.set(None);
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// The bar, shown while text in the article is selected.
#[component]
pub fn MarkToolbar(props: &MarkToolbarProps) -> Html {
    let source = props.source;
    let selected = use_selected_text(source, props.analysis.clone(), props.current);
    let bar = use_node_ref();
    use_bar_keys(source, bar.clone(), selected.clone());
    // A screen reader hears that the bar came (the region stays in the page,
    // so a change of its text is announced).
    let announce = html! {
        <span class="visually-hidden" role="status" aria-live="polite" data-testid="mark-announce" data-source={source.as_str()}>
            { (*selected).as_ref().map(|t| format!("“{t}” selected. Alt+M: mark it as a person, place or position.")).unwrap_or_default() }
        </span>
    };
    let Some(text) = (*selected).clone() else {
        return announce;
    };
    // Closes the bar; the article box gets the focus back if `refocus`.
    let close = {
        let selected = selected.clone();
        move |refocus: bool| {
            clear_selection(source, refocus);
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
                    // The page moves the focus to Undo.
                    close(false);
                })
            };
            kind_button(
                kind,
                format!("mark-{}", kind.as_str()),
                format!("Mark “{text}” as {}", kind_label(kind).0.to_lowercase()),
                onclick,
            )
        })
        .collect();
    let onclose = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close(true))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.stop_propagation();
            close(true);
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
        <>
        { announce }
        <div
            ref={bar}
            class="mark-toolbar"
            role="toolbar"
            aria-label="Mark the selected text"
            aria-keyshortcuts="Alt+M"
            data-testid="mark-toolbar"
            data-source={source.as_str()}
            {onkeydown}
            {onmousedown}
        >
            <span class="mark-text">{ "Mark " }<strong>{ format!("“{text}”") }</strong>{ " as" }</span>
            { buttons }
            <button type="button" class="close" aria-label="Close" title="Close (Esc)" onclick={onclose}>{ "×" }</button>
        </div>
        </>
    }
}
