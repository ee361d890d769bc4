//! Who holds which post, as the article says: one line per person and post.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::state::Analysis;

/// Props of [`HoldsList`].
#[derive(PartialEq, Properties)]
pub struct HoldsListProps {
    /// Where the holds come from (the person entities' `holds`).
    pub analysis: Rc<Analysis>,
    /// Called with an entity index when a person or a post is pressed.
    pub onselect: Callback<usize>,
}

/// The "Who holds what" card; nothing when the article names no holder.
#[component]
pub fn HoldsList(props: &HoldsListProps) -> Html {
    let entities = &props.analysis.annotation.entities;
    let link = |e: usize| -> Html {
        let Some(entity) = entities.get(e) else {
            return Html::default();
        };
        let onclick = props.onselect.reform(move |_: MouseEvent| e);
        html! {
            <button type="button" class="link" data-kind={entity.kind.as_str()} {onclick}>{ &entity.name }</button>
        }
    };
    let rows: Vec<Html> = entities
        .iter()
        .enumerate()
        .flat_map(|(p, person)| person.holds.iter().map(move |h| (p, h)))
        .map(|(p, h)| {
            html! {
                <li>
                    { link(p) }
                    <span class="holds-sep" aria-hidden="true">{ " — " }</span>
                    <span class="visually-hidden">{ " holds " }</span>
                    { link(h.position) }
                    if let Some(c) = &h.country {
                        <span class="note">{ format!(" ({c})") }</span>
                    }
                </li>
            }
        })
        .collect();
    if rows.is_empty() {
        return Html::default();
    }
    html! {
        <section class="holds card" aria-labelledby="holds-heading">
            <h2 id="holds-heading" class="card-title">{ "Who holds what" }</h2>
            <ul class="holds-list">{ for rows }</ul>
        </section>
    }
}
