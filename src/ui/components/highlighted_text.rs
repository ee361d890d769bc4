//! The article again, with every mention wrapped in a `<mark>`.
//!
//! Test hooks (other tests rely on them): each mark has `data-kind`
//! (`person|place|position`), `data-entity` (entity index) and `data-mention`
//! (mention index), `data-start`/`data-end` (the engine's code-point offsets),
//! and its text content is exactly the mention.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::ui::state::{kind_index, kind_label, Analysis};

/// Props of [`HighlightedText`].
#[derive(PartialEq, Properties)]
pub struct HighlightedTextProps {
    /// The text and its annotation.
    pub analysis: Rc<Analysis>,
    /// The entity whose mentions are emphasised.
    pub selected: Option<usize>,
    /// The mention the details card is on.
    pub current: Option<usize>,
    /// Kinds not to highlight, indexed by `kind_index`.
    pub hidden: [bool; 3],
    /// Whether the text has changed since the annotation was made.
    pub pending: bool,
    /// Called with a mention index when its mark is clicked or activated.
    pub onopen: Callback<usize>,
    /// Called with +1 or -1 when `n` or `p` is pressed on a mark.
    pub onstep: Callback<isize>,
}

/// The mention index of the mark at or around an event's target.
fn mention_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<Element>().ok()?;
    let mark = el.closest("mark[data-mention]").ok()??;
    mark.get_attribute("data-mention")?.parse().ok()
}

/// The annotated article. Clicks and keys are handled once, on the container.
#[component]
pub fn HighlightedText(props: &HighlightedTextProps) -> Html {
    let onclick = {
        let onopen = props.onopen.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(m) = mention_at(e.target()) {
                onopen.emit(m);
            }
        })
    };
    let onkeydown = {
        let (onopen, onstep) = (props.onopen.clone(), props.onstep.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let Some(m) = mention_at(e.target()) else {
                return;
            };
            match e.key().as_str() {
                "Enter" | " " => onopen.emit(m),
                // Step through the open entity's mentions (the focus moves
                // with them), without going back to the card's buttons.
                "n" => onstep.emit(1),
                "p" => onstep.emit(-1),
                _ => return,
            }
            e.prevent_default();
        })
    };

    // An empty view shows a CSS placeholder, so its text content stays
    // exactly the article's.
    let empty = props.analysis.segments.is_empty();
    html! {
        <div
            class={classes!("annotated", props.pending.then_some("pending"), empty.then_some("empty"))}
            data-testid="annotated-view"
            data-status={if props.pending { "pending" } else { "ready" }}
            aria-busy={if props.pending { "true" } else { "false" }}
            role="region"
            aria-labelledby="annotated-heading"
            {onclick}
            {onkeydown}
        >
            <Runs
                analysis={props.analysis.clone()}
                selected={props.selected}
                current={props.current}
                hidden={props.hidden}
            />
        </div>
    }
}

/// Props of [`Runs`]: only what changes the marks, so that typing (which
/// flips `pending` on the container) does not re-render a long article.
#[derive(PartialEq, Properties)]
struct RunsProps {
    analysis: Rc<Analysis>,
    selected: Option<usize>,
    current: Option<usize>,
    hidden: [bool; 3],
}

/// The text runs and marks themselves.
#[component]
fn Runs(props: &RunsProps) -> Html {
    let a = &props.analysis;
    let runs = a.segments.iter().map(|&seg| {
        let text = a.slice(seg);
        let Some(i) = seg.mention else {
            return html! { { text } };
        };
        let m = &a.annotation.mentions[i];
        if props.hidden[kind_index(m.kind)] {
            return html! { { text } };
        }
        let name = a
            .annotation
            .entities
            .get(m.entity)
            .map_or(text, |e| e.name.as_str());
        let selected = props.selected == Some(m.entity);
        let class = classes!(
            "hl",
            selected.then_some("selected"),
            (selected && props.current == Some(i)).then_some("current")
        );
        html! {
            <mark
                {class}
                data-kind={m.kind.as_str()}
                data-entity={m.entity.to_string()}
                data-mention={i.to_string()}
                data-start={m.start.to_string()}
                data-end={m.end.to_string()}
                tabindex="0"
                role="button"
                aria-label={format!("{}: {}", kind_label(m.kind).0, name)}
                aria-pressed={if selected { "true" } else { "false" }}
                title={m.reason.clone()}
            >{ text }</mark>
        }
    });

    runs.collect::<Html>()
}
