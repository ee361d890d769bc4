//! The status line under "Highlighted": what the page is doing or what it
//! found ([`State::status`]), with a progress bar while a long article is
//! annotated or highlighted.
//!
//! Test hooks: `data-testid="progress"` on the bar.
//!
//! [`State::status`]: crate::ui::state::State::status

use yew::prelude::*;

use crate::ui::state::{Progress, Status};

/// Props of [`StatusLine`].
#[derive(PartialEq, Properties)]
pub struct StatusLineProps {
    /// The sentence and the bar to show.
    pub status: Status,
}

/// The status sentence (a polite live region) and its bar, if any.
#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let bar = match props.status.progress {
        Progress::None => html! {},
        // The engine gives no progress: an indeterminate bar.
        Progress::Annotating => html! {
            <progress class="progress" aria-label="Annotating" data-testid="progress" />
        },
        Progress::Highlighting { done, total } => html! {
            <progress
                class="progress"
                aria-label="Highlighting"
                data-testid="progress"
                max={total.to_string()}
                value={done.to_string()}
            />
        },
    };
    html! {
        <>
            <p class="status" role="status" aria-live="polite">{ props.status.text.clone() }</p>
            { bar }
        </>
    }
}
