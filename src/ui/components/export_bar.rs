//! Export buttons under the highlighted article: download the annotation as
//! JSON, CSV or HTML, or copy the JSON or CSV to the clipboard.
//!
//! Test hooks: the buttons have `data-testid="download-json|csv|html"` and
//! `data-testid="copy-json|csv"`.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::export::{self, Format};
use crate::ui::state::Analysis;

/// Props of [`ExportBar`].
#[derive(PartialEq, Properties)]
pub struct ExportBarProps {
    /// What to export.
    pub analysis: Rc<Analysis>,
    /// Whether the buttons work (there is a current annotation).
    pub enabled: bool,
}

/// The row of export buttons, with a line saying what happened.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let message = use_state(String::new);
    let buttons = Format::ALL.iter().map(|&format| {
        let onclick = {
            let (analysis, message) = (props.analysis.clone(), message.clone());
            Callback::from(move |_: MouseEvent| {
                let content = format.render(&analysis);
                message.set(
                    match export::download(format.file_name(), format.mime(), &content) {
                        Ok(()) => format!("Saved {}.", format.file_name()),
                        Err(_) => "This browser would not save the file.".to_string(),
                    },
                );
            })
        };
        let id = format.label().to_lowercase();
        html! {
            <button
                type="button"
                class="button"
                data-testid={format!("download-{id}")}
                title={format!("Download {}", format.file_name())}
                aria-label={format!("Download {}", format.label())}
                disabled={!props.enabled}
                {onclick}
            >{ format.label() }</button>
        }
    });
    let copies = [Format::Json, Format::Csv].into_iter().map(|format| {
        let onclick = {
            let (analysis, message) = (props.analysis.clone(), message.clone());
            Callback::from(move |_: MouseEvent| {
                let content = format.render(&analysis);
                let message = message.clone();
                export::copy(&content, move |ok| {
                    message.set(if ok {
                        format!("Copied the {} to the clipboard.", format.label())
                    } else {
                        "The clipboard is not available here; use the download instead.".to_string()
                    })
                });
            })
        };
        let id = format.label().to_lowercase();
        html! {
            <button
                type="button"
                class="button"
                data-testid={format!("copy-{id}")}
                aria-label={format!("Copy {}", format.label())}
                disabled={!props.enabled}
                {onclick}
            >{ format.label() }</button>
        }
    });
    html! {
        <div class="export" role="group" aria-labelledby="export-heading">
            <span id="export-heading" class="export-label">{ "Export" }</span>
            <span class="export-set">
                <span class="export-verb" aria-hidden="true">{ "Download" }</span>
                { for buttons }
            </span>
            <span class="export-set">
                <span class="export-verb" aria-hidden="true">{ "Copy" }</span>
                { for copies }
            </span>
            <span class="export-message" role="status" aria-live="polite">{ (*message).clone() }</span>
        </div>
    }
}
