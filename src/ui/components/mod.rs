//! The page's view components, one per file.

pub mod article_input;
pub mod corrections_list;
pub mod entity_details;
pub mod entity_list;
pub mod export_bar;
pub mod highlighted_text;
pub mod holds_list;
pub mod legend;
pub mod mark_toolbar;
pub mod place_map;
pub mod quote_details;
pub mod status_line;

use yew::prelude::*;

use crate::engine::Kind;
use crate::ui::state::kind_label;

/// A button for a kind, with its swatch and label: "Change to" in a
/// highlight's details, "Mark as" for a selection.
pub fn kind_button(
    kind: Kind,
    testid: String,
    aria_label: String,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button
            type="button"
            class="button kind-button"
            data-kind={kind.as_str()}
            data-testid={testid}
            aria-label={aria_label}
            {onclick}
        >
            <span class="swatch" data-kind={kind.as_str()} aria-hidden="true"></span>
            { kind_label(kind).0 }
        </button>
    }
}
