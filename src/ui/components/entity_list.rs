//! Every entity, grouped by kind, most mentioned first.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Kind;
use crate::ui::state::{kind_index, kind_label, Analysis};

/// Props of [`EntityList`].
#[derive(PartialEq, Properties)]
pub struct EntityListProps {
    /// The entities to list.
    pub analysis: Rc<Analysis>,
    /// Kinds switched off in the legend (left out here too).
    pub hidden: [bool; 3],
    /// The entity whose details are open.
    pub selected: Option<usize>,
    /// Called with an entity index when its name is pressed.
    pub onselect: Callback<usize>,
}

/// The entity index, grouped by kind.
#[component]
pub fn EntityList(props: &EntityListProps) -> Html {
    let a = &props.analysis;
    let groups = Kind::ALL.iter().filter(|&&k| !props.hidden[kind_index(k)]).map(|&kind| {
        let order = &a.order[kind_index(kind)];
        let heading = format!("{}-heading", kind.as_str());
        let items = order.iter().map(|&e| {
            let entity = &a.annotation.entities[e];
            let selected = props.selected == Some(e);
            let onclick = props.onselect.reform(move |_: MouseEvent| e);
            html! {
                <li>
                    <button
                        type="button"
                        class={classes!("entity", selected.then_some("selected"))}
                        data-kind={kind.as_str()}
                        data-entity={e.to_string()}
                        aria-current={selected.then_some("true")}
                        {onclick}
                    >
                        <span class="swatch" data-kind={kind.as_str()} aria-hidden="true"></span>
                        <span class="entity-name">{ &entity.name }</span>
                        <span class="entity-count" title="mentions">
                            { entity.mentions.len() }
                            <span class="visually-hidden">{ if entity.mentions.len() == 1 { " mention" } else { " mentions" } }</span>
                        </span>
                    </button>
                </li>
            }
        });
        html! {
            <section class="entity-group" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{ kind_label(kind).1 } <span class="group-count">{ order.len() }</span></h3>
                if order.is_empty() {
                    <p class="none">{ "None found." }</p>
                } else {
                    <ul class="entity-list">{ for items }</ul>
                }
            </section>
        }
    });
    html! {
        <section class="entities card" aria-labelledby="entities-heading">
            <h2 id="entities-heading" class="card-title">{ "In this article" }</h2>
            { for groups }
        </section>
    }
}
