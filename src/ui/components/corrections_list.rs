//! "Your corrections": the reader's rules, each with what it does and a
//! Delete button, Delete all, and Download (the rules file `annotate --rules`
//! reads). Shown as a panel under the masthead.
//!
//! Test hooks: `data-testid="corrections"` on the panel, `data-testid="rule"`
//! on each item (with `data-text`), `data-testid="delete-all-rules"`,
//! `data-testid="download-rules"`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::engine::corrections::{rules_to_json, Change, Rule};
use crate::ui::export;
use crate::ui::format;
use crate::ui::state::describe;

/// Props of [`CorrectionsList`].
#[derive(PartialEq, Properties)]
pub struct CorrectionsListProps {
    /// The reader's rules, oldest first.
    pub rules: Rc<[Rule]>,
    /// Called with a rule's text to delete it.
    pub ondelete: Callback<String>,
    /// Called to delete every rule.
    pub ondeleteall: Callback<()>,
    /// Called to close the panel.
    pub onclose: Callback<()>,
}

/// Focuses the element with id `id`, if there is one.
fn focus(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Some(el) = el.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The panel. Its heading takes the focus when it opens; after a delete the
/// focus moves to the next rule's button (or the heading).
#[component]
pub fn CorrectionsList(props: &CorrectionsListProps) -> Html {
    use_effect_with((), |_| focus("corrections-heading"));
    // Where the focus goes once a deleted rule has gone from the list.
    let refocus = use_mut_ref(|| None::<usize>);
    {
        let refocus = refocus.clone();
        use_effect_with(props.rules.len(), move |&n| {
            if let Some(i) = refocus.borrow_mut().take() {
                if n == 0 {
                    focus("corrections-heading");
                } else {
                    focus(&format!("delete-rule-{}", i.min(n - 1)));
                }
            }
        });
    }
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let ondeleteall = {
        let (cb, refocus) = (props.ondeleteall.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = Some(0);
            cb.emit(());
        })
    };
    let onkeydown = {
        let onclose = props.onclose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                onclose.emit(());
            }
        })
    };
    let items = props.rules.iter().enumerate().map(|(i, rule)| {
        let onclick = {
            let (cb, refocus, text) = (props.ondelete.clone(), refocus.clone(), rule.text.clone());
            Callback::from(move |_: MouseEvent| {
                *refocus.borrow_mut() = Some(i);
                cb.emit(text.clone());
            })
        };
        let kind = match rule.change {
            Change::Remove | Change::Speaker { .. } => None,
            Change::Retype { kind } | Change::Add { kind } => Some(kind.as_str()),
        };
        html! {
            <li class="rule" data-testid="rule" data-text={rule.text.clone()}>
                <span class="rule-text">{ format!("“{}”", rule.text) }</span>
                <span class="rule-does" data-kind={kind}>
                    if kind.is_some() {
                        <span class="swatch" data-kind={kind} aria-hidden="true"></span>
                    }
                    { describe(&rule.change) }
                </span>
                <button
                    type="button"
                    class="button"
                    id={format!("delete-rule-{i}")}
                    aria-label={format!("Delete the correction of “{}”", rule.text)}
                    {onclick}
                >{ "Delete" }</button>
            </li>
        }
    });
    let ondownload = {
        let rules = props.rules.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = export::download(
                "annotator-corrections.json",
                "application/json",
                &rules_to_json(&rules),
            );
        })
    };
    html! {
        <section
            class="corrections card"
            id="corrections"
            data-testid="corrections"
            aria-labelledby="corrections-heading"
            {onkeydown}
        >
            <div class="corrections-head">
                <h2 id="corrections-heading" class="corrections-title" tabindex="-1">{ "Your corrections" }</h2>
                <button type="button" class="close" aria-label="Close your corrections" title="Close (Esc)" onclick={onclose}>{ "×" }</button>
            </div>
            <p class="corrections-note">
                { "Your corrections apply to every article you annotate here, and are kept in this browser. " }
                { "To make one, select a highlight and use the buttons in its details, or select missed text in the article." }
            </p>
            if props.rules.is_empty() {
                <p class="none">{ "No corrections yet." }</p>
            } else {
                <ul class="rules" aria-label={format::count(props.rules.len(), "correction", "corrections")}>{ for items }</ul>
                <div class="rules-actions">
                    <button type="button" class="button" data-testid="delete-all-rules" onclick={ondeleteall}>{ "Delete all" }</button>
                    <button
                        type="button"
                        class="button"
                        data-testid="download-rules"
                        title="For the command line: annotate --rules annotator-corrections.json"
                        onclick={ondownload}
                    >{ "Download" }</button>
                </div>
            }
        </section>
    }
}
