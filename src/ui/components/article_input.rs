//! The article box: the page's one `<textarea>`.
//!
//! A very long article (over [`LARGE_TEXT`] bytes, a 5 MB paste) is not
//! shown in the box: laying out megabytes of text in a `<textarea>` is one
//! long task of the browser's own (about 1.2 s for 5 MB), which would freeze
//! the page. The box is hidden in the same task as the paste's input event,
//! before the browser lays it out, and a note offers to show it anyway.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::{format, storage};

/// Above this many bytes the text is not shown in the box unless asked for
/// (a textarea lays out about 4 MB a second: this is ~50 ms).
pub const LARGE_TEXT: usize = 200_000;

/// Props of [`ArticleInput`].
#[derive(PartialEq, Properties)]
pub struct ArticleInputProps {
    /// The text to show.
    pub value: Rc<str>,
    /// Called with the whole new text on every edit.
    pub oninput: Callback<String>,
}

/// A plain-text box: pasted HTML arrives as its text, never as markup.
#[component]
pub fn ArticleInput(props: &ArticleInputProps) -> Html {
    let node = use_node_ref();
    // The text the box holds (as it last reported it, or as last set): when
    // the page hands it back as `value`, the box is left alone (setting a
    // long value again costs a copy into JavaScript and a relayout).
    let reported = use_mut_ref(String::new);
    let large = props.value.len() > LARGE_TEXT;
    // The reader asked to see a large text; forgotten once it is small again.
    let show_large = use_state(|| false);

    {
        let (node, reported) = (node.clone(), reported.clone());
        use_effect_with(props.value.clone(), move |value| {
            if let Some(area) = node.cast::<HtmlTextAreaElement>() {
                if *reported.borrow().as_str() != **value {
                    area.set_value(value);
                    reported.borrow_mut().replace_range(.., value);
                }
            }
        });
    }
    {
        let show_large = show_large.clone();
        use_effect_with(large, move |&large| {
            if !large {
                show_large.set(false);
            }
        });
    }

    // Whether a long text's input is waiting to be read (see below).
    let waiting = use_mut_ref(|| false);
    let oninput = {
        let cb = props.oninput.clone();
        // The reader asked to see the long text: no hiding, no deferring.
        let shown = *show_large;
        Callback::from(move |e: InputEvent| {
            let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() else {
                return;
            };
            let read = {
                let (cb, reported, area) = (cb.clone(), reported.clone(), area.clone());
                move || {
                    let text = area.value();
                    reported.borrow_mut().clone_from(&text);
                    cb.emit(text);
                }
            };
            if area.text_length() as usize <= LARGE_TEXT || shown {
                read();
            } else {
                // A long paste: hide the box now, before the browser lays
                // it out, and copy the text into the page in the next task,
                // so that this one (which also inserted the text) stays short.
                let _ = area.class_list().add_1("collapsed");
                if !waiting.replace(true) {
                    let waiting = waiting.clone();
                    Timeout::new(0, move || {
                        waiting.replace(false);
                        read();
                    })
                    .forget();
                }
            }
        })
    };
    let onshow = {
        let show_large = show_large.clone();
        Callback::from(move |_: MouseEvent| show_large.set(true))
    };
    let collapsed = large && !*show_large;
    {
        // The input handler may have hidden the box itself, ahead of the
        // page: show it again whenever the page says so.
        let node = node.clone();
        use_effect_with(collapsed, move |&collapsed| {
            if let (false, Some(area)) = (collapsed, node.cast::<HtmlTextAreaElement>()) {
                let _ = area.class_list().remove_1("collapsed");
            }
        });
    }
    html! {
        <>
            <label for="article-text" class="visually-hidden">{ "Article text" }</label>
            <textarea
                ref={node}
                id="article-text"
                class={classes!("article-input", collapsed.then_some("collapsed"))}
                rows="8"
                spellcheck="false"
                placeholder="Paste a news article here…"
                {oninput}
            />
            if collapsed {
                <div class="large-note" data-testid="large-article">
                    <p>
                        { format!(
                            "This article is {}: too long to show in the box without freezing the page. Its highlights are below.{}",
                            format::size(props.value.len()),
                            if props.value.len() > storage::KEEP_MAX { " It will not be kept for your next visit." } else { "" }
                        ) }
                    </p>
                    <button type="button" class="button" onclick={onshow}>{ "Show the text anyway (slow)" }</button>
                </div>
            }
        </>
    }
}
