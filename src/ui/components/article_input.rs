//! The article box: the page's one `<textarea>`.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

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
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                cb.emit(area.value());
            }
        })
    };
    html! {
        <>
            <label for="article-text" class="visually-hidden">{ "Article text" }</label>
            <textarea
                id="article-text"
                class="article-input"
                rows="8"
                spellcheck="false"
                placeholder="Paste a news article here…"
                value={AttrValue::from(props.value.clone())}
                {oninput}
            />
        </>
    }
}
