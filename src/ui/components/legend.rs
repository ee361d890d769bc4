//! The legend: one toggle per kind, with its marker and counts, and one
//! for quotations (`data-testid="quotes-toggle"`).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Kind;
use crate::ui::format;
use crate::ui::state::{kind_index, kind_label, Analysis};

/// Props of [`Legend`].
#[derive(PartialEq, Properties)]
pub struct LegendProps {
    /// Where the counts come from.
    pub analysis: Rc<Analysis>,
    /// Kinds switched off, indexed by `kind_index`.
    pub hidden: [bool; 3],
    /// Called with a kind when its toggle is pressed.
    pub ontoggle: Callback<Kind>,
    /// Whether quotations are left unmarked.
    pub hide_quotes: bool,
    /// Called when the quotations' toggle is pressed.
    pub ontogglequotes: Callback<()>,
}

/// Kind toggles: pressed means highlighted.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let a = &props.analysis;
    let items = Kind::ALL.iter().map(|&kind| {
        let k = kind_index(kind);
        let shown = !props.hidden[k];
        let onclick = props.ontoggle.reform(move |_: MouseEvent| kind);
        let mentions = a.mention_counts[k];
        let entities = a.entity_count(kind);
        let (one, many) = kind_label(kind);
        html! {
            <li>
                <button
                    type="button"
                    class={classes!("kind-toggle", (!shown).then_some("off"))}
                    data-kind={kind.as_str()}
                    aria-pressed={if shown { "true" } else { "false" }}
                    title={format!("{} {} highlights", if shown { "Hide" } else { "Show" }, one.to_lowercase())}
                    {onclick}
                >
                    <span class="swatch" data-kind={kind.as_str()} aria-hidden="true"></span>
                    <span class="kind-name">{ many }</span>
                    <span class="kind-count">
                        { format::count(entities, &one.to_lowercase(), &many.to_lowercase()) }
                        { " · " }
                        { format::count(mentions, "mention", "mentions") }
                    </span>
                </button>
            </li>
        }
    });
    let shown = !props.hide_quotes;
    let quotes = html! {
        <li>
            <button
                type="button"
                class={classes!("kind-toggle", "quotes-toggle", (!shown).then_some("off"))}
                data-testid="quotes-toggle"
                aria-pressed={if shown { "true" } else { "false" }}
                title={format!("{} quotations", if shown { "Hide" } else { "Show" })}
                onclick={props.ontogglequotes.reform(|_: MouseEvent| ())}
            >
                <span class="swatch quote-swatch" aria-hidden="true">{ "❝" }</span>
                <span class="kind-name">{ "Quotations" }</span>
                <span class="kind-count">{ format::count(a.annotation.quotes.len(), "quotation", "quotations") }</span>
            </button>
        </li>
    };
    html! {
        <section class="legend card" aria-labelledby="legend-heading">
            <h2 id="legend-heading" class="card-title">{ "Highlight" }</h2>
            <ul class="legend-list">{ for items }{ quotes }</ul>
        </section>
    }
}
