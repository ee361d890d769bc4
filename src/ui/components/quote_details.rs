//! The details card of a quotation: its words, who says it and why the
//! engine thinks so, and the correction that gives it another speaker (a
//! person of the article) or none.
//!
//! Test hooks: the card is `data-testid="quote-details"`, the speaker
//! `quote-speaker`, the reason `quote-reason`, the speaker choice
//! `quote-speaker-select` and its button `quote-speaker-apply`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::engine::corrections::{Change, Rule};
use crate::engine::Kind;
use crate::ui::state::{shorten, Analysis};

/// At most this many code points of the quotation are shown.
const QUOTE_WIDTH: usize = 400;

/// Props of [`QuoteDetails`].
#[derive(PartialEq, Properties)]
pub struct QuoteDetailsProps {
    /// The annotation the quotation belongs to.
    pub analysis: Rc<Analysis>,
    /// Index of the quotation.
    pub quote: usize,
    /// Called with the speaker's entity index to open their card.
    pub onselect: Callback<usize>,
    /// Called with the quotation's index to go to it in the text.
    pub ongoto: Callback<usize>,
    /// Called to close the card.
    pub onclose: Callback<()>,
    /// Called with the reader's correction of the speaker.
    pub oncorrect: Callback<Rule>,
}

/// The value of the speaker choice that means "no one".
const NO_ONE: &str = "";

/// The card.
#[component]
pub fn QuoteDetails(props: &QuoteDetailsProps) -> Html {
    let a = &props.analysis;
    let Some(quote) = a.annotation.quotes.get(props.quote) else {
        return Html::default();
    };
    let words = a.quote_text(props.quote).trim().to_string();
    let speaker = quote.speaker.filter(|&e| e < a.annotation.entities.len());
    let choice = use_state(|| None::<String>);
    // The persons of the article, most mentioned first.
    let persons: Vec<usize> = a.order[0]
        .iter()
        .copied()
        .filter(|&e| a.annotation.entities[e].kind == Kind::Person)
        .collect();
    let current_name = speaker.map(|e| a.annotation.entities[e].name.clone());
    let chosen = (*choice)
        .clone()
        .unwrap_or_else(|| current_name.clone().unwrap_or_default());
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                choice.set(Some(select.value()));
            }
        })
    };
    let onapply = {
        let (oncorrect, choice, words) = (props.oncorrect.clone(), choice.clone(), words.clone());
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            let speaker = (chosen != NO_ONE).then(|| chosen.clone());
            choice.set(None);
            oncorrect.emit(Rule::new(words.clone(), Change::Speaker { speaker }));
        })
    };
    let q = props.quote;
    let ongoto = props.ongoto.reform(move |_: MouseEvent| q);
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let options = persons.iter().map(|&e| {
        let name = a.annotation.entities[e].name.clone();
        let selected = name == chosen;
        html! { <option value={name.clone()} {selected}>{ name }</option> }
    });
    html! {
        <section class="details card quote-card" data-testid="quote-details" aria-labelledby="quote-heading">
            <div class="details-head">
                <span class="kind-badge quote-badge"><span aria-hidden="true">{ "❝ " }</span>{ "Quotation" }</span>
                <button type="button" class="close" aria-label="Close quotation details" onclick={onclose}>{ "×" }</button>
            </div>
            <h2 id="quote-heading" class="visually-hidden">{ "Quotation" }</h2>
            <blockquote class="quote-words">
                <button type="button" class="snippet" data-testid="quote-goto" onclick={ongoto}>
                    <span class="visually-hidden">{ "Go to the quotation: " }</span>
                    { format!("“{}”", shorten(&words, QUOTE_WIDTH)) }
                </button>
            </blockquote>
            <dl class="facts">
                <dt>{ "Said by" }</dt>
                <dd data-testid="quote-speaker">
                    {
                        match speaker {
                            Some(e) => {
                                let onclick = props.onselect.reform(move |_: MouseEvent| e);
                                html! { <button type="button" class="link" data-kind="person" {onclick}>{ &a.annotation.entities[e].name }</button> }
                            }
                            None => html! { <span class="muted">{ "No one named in the article" }</span> },
                        }
                    }
                </dd>
                <dt>{ "Why" }</dt>
                <dd data-testid="quote-reason">{ quote.reason.to_string() }</dd>
            </dl>
            <div class="correct" role="group" aria-labelledby="quote-correct-heading">
                <h3 id="quote-correct-heading" class="correct-title">{ "Correct who says it" }</h3>
                <div class="correct-actions">
                    <label for="quote-speaker-select" class="visually-hidden">{ "Speaker" }</label>
                    <select id="quote-speaker-select" data-testid="quote-speaker-select" {onchange}>
                        { for options }
                        <option value={NO_ONE} selected={chosen == NO_ONE}>{ "No one named" }</option>
                    </select>
                    <button type="button" class="button" data-testid="quote-speaker-apply" onclick={onapply}>{ "Change speaker" }</button>
                </div>
                <p class="correct-note">{ "Applies to this quotation wherever its words appear. Undo with Ctrl+Z." }</p>
            </div>
        </section>
    }
}
