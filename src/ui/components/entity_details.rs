//! The details card of the selected entity: kind, fullest name, facts, who
//! holds what, every mention with a stepper through them, and the buttons
//! that correct the highlight (remove it, or change its kind).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::corrections::{Change, Rule};
use crate::engine::{Entity, Kind, Mention};
use crate::ui::components::kind_button;
use crate::ui::components::place_map::{place_point, DetailsMap};
use crate::ui::format;
use crate::ui::state::{kind_label, Analysis};

/// At most this many code points of a mention's sentence either side of it.
const CONTEXT_WIDTH: usize = 160;

/// At most this many mentions are listed, around the current one (an entity
/// of a huge paste can have thousands; Previous and Next reach them all).
const MAX_LISTED: usize = 60;

/// Props of [`EntityDetails`].
#[derive(PartialEq, Properties)]
pub struct EntityDetailsProps {
    /// The annotation the entity belongs to.
    pub analysis: Rc<Analysis>,
    /// Index of the entity to show.
    pub entity: usize,
    /// The mention the card is on.
    pub current: Option<usize>,
    /// The current mention's (1-based ordinal, total) among the entity's.
    pub position: Option<(usize, usize)>,
    /// Called with -1 or +1 to step to the previous or next mention.
    pub onstep: Callback<isize>,
    /// Called with a mention index to jump to it.
    pub ongoto: Callback<usize>,
    /// Called with an entity index to show another entity (a holder, a post).
    pub onselect: Callback<usize>,
    /// Called with a quotation index to go to it (a person's quotations).
    pub ongotoquote: Callback<usize>,
    /// Called to close the card.
    pub onclose: Callback<()>,
    /// Called with the reader's correction of the current mention's text.
    pub oncorrect: Callback<Rule>,
}

/// "Not a person" and "Change to" buttons for every mention reading `text`.
///
/// Test hooks: `data-testid="correct-remove"` and `correct-<kind>`.
fn corrections(text: &str, kind: Kind, oncorrect: &Callback<Rule>) -> Html {
    let rule = |change: Change| {
        let text = text.to_string();
        oncorrect.reform(move |_: MouseEvent| Rule::new(text.clone(), change.clone()))
    };
    let others = Kind::ALL.iter().filter(|&&k| k != kind).map(|&k| {
        kind_button(
            k,
            format!("correct-{}", k.as_str()),
            format!("Change “{text}” to {}", kind_label(k).0.to_lowercase()),
            rule(Change::Retype { kind: k }),
        )
    });
    html! {
        <div class="correct" role="group" aria-labelledby="correct-heading" aria-describedby="correct-note">
            <h3 id="correct-heading" class="correct-title">{ format!("Correct “{text}”") }</h3>
            <div class="correct-actions">
                <button
                    type="button"
                    class="button"
                    data-testid="correct-remove"
                    onclick={rule(Change::Remove)}
                >{ format!("Not a {}", kind.as_str()) }</button>
                <span class="correct-or" aria-hidden="true">{ "Change to:" }</span>
                { for others }
            </div>
            <p id="correct-note" class="correct-note">
                { format!("Applies to every “{text}”, in this article and later ones. Undo with Ctrl+Z.") }
            </p>
        </div>
    }
}

/// A button that opens another entity's card, with a note (a country) and
/// why the engine ties it to this one (a hold's reason: `title before the
/// name`).
///
/// Test hook: the reason carries `data-testid="hold-reason"`.
fn entity_link(
    a: &Analysis,
    e: usize,
    onselect: &Callback<usize>,
    note: Option<&str>,
    why: Option<&str>,
) -> Html {
    let Some(entity) = a.annotation.entities.get(e) else {
        return Html::default();
    };
    let onclick = onselect.reform(move |_: MouseEvent| e);
    html! {
        <li>
            <button type="button" class="link" data-kind={entity.kind.as_str()} {onclick}>{ &entity.name }</button>
            if let Some(note) = note {
                <span class="note">{ format!(" ({note})") }</span>
            }
            if let Some(why) = why.filter(|w| !w.is_empty()) {
                <span class="note why" data-testid="hold-reason">{ format!(" — {why}") }</span>
            }
        </li>
    }
}

/// One `<dt>`/`<dd>` pair.
fn fact(term: &str, value: Html) -> Html {
    html! {
        <>
            <dt>{ term.to_string() }</dt>
            <dd>{ value }</dd>
        </>
    }
}

/// A person's posts named without their name (`the Ukrainian president`)
/// that the engine ties to them: post mentions in sentences where the
/// person is not named. Each opens that mention.
fn nominal_references(a: &Analysis, own: usize, ongoto: &Callback<usize>) -> Option<Html> {
    let ann = &a.annotation;
    // In text order (mentions are), so searchable.
    let mut named_in: Vec<(usize, usize)> = ann.entities[own]
        .mentions
        .iter()
        .filter_map(|&m| ann.sentence_at(ann.mentions[m].start))
        .collect();
    named_in.dedup();
    let items: Vec<Html> = ann
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Kind::Position && m.holder == Some(own))
        .filter(|(_, m)| {
            ann.sentence_at(m.start)
                .is_none_or(|s| named_in.binary_search(&s).is_err())
        })
        .take(12)
        .map(|(i, _)| {
            let (before, hit, after) = a.context(i, CONTEXT_WIDTH / 2);
            let onclick = ongoto.reform(move |_: MouseEvent| i);
            html! {
                <li>
                    <button type="button" class="snippet" {onclick}>
                        <span class="context">{ before }<strong data-kind="position">{ hit }</strong>{ after }</span>
                    </button>
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| html! { <ul class="links references">{ for items }</ul> })
}

/// At most this many code points of each quotation in a person's list.
const QUOTE_WIDTH: usize = 140;

/// A person's quotations, each a button that goes to it in the article.
///
/// Test hook: the list is `data-testid="entity-quotes"`.
fn quotations(a: &Analysis, own: usize, ongoto: &Callback<usize>) -> Option<Html> {
    let quotes = a.quotes_of(own);
    let items = quotes.iter().take(MAX_LISTED).map(|&q| {
        let onclick = ongoto.reform(move |_: MouseEvent| q);
        let words = crate::ui::state::shorten(a.quote_text(q).trim(), QUOTE_WIDTH);
        html! {
            <li>
                <button type="button" class="snippet" data-quote={q.to_string()} {onclick}>
                    <span class="visually-hidden">{ "Go to the quotation: " }</span>
                    <span class="context">{ format!("“{words}”") }</span>
                </button>
            </li>
        }
    });
    (!quotes.is_empty())
        .then(|| html! { <ul class="links quotes" data-testid="entity-quotes">{ for items }</ul> })
}

/// The facts that depend on the entity's kind.
fn kind_facts(
    a: &Analysis,
    entity: &Entity,
    onselect: &Callback<usize>,
    (ongoto, ongotoquote): (&Callback<usize>, &Callback<usize>),
    own: usize,
    current: Option<&Mention>,
) -> Html {
    let mut out: Vec<Html> = Vec::new();
    match entity.kind {
        Kind::Person => {
            let posts = entity
                .holds
                .iter()
                .map(|h| {
                    let (country, why) = (h.country.as_deref(), Some(h.reason.as_ref()));
                    entity_link(a, h.position, onselect, country, why)
                })
                .collect::<Html>();
            out.push(fact(
                "Position",
                if entity.holds.is_empty() {
                    html! { <span class="muted">{ "None given in the article" }</span> }
                } else {
                    html! { <ul class="links">{ posts }</ul> }
                },
            ));
            if let Some(refs) = nominal_references(a, own, ongoto) {
                out.push(fact("Also called", refs));
            }
            if let Some(quotes) = quotations(a, own, ongotoquote) {
                out.push(fact("Quotations", quotes));
            }
        }
        Kind::Position => {
            // Who this very mention is about, when the article ties it to someone.
            if let Some(h) = current.and_then(|m| m.holder) {
                out.push(fact(
                    "Here",
                    html! { <ul class="links" data-testid="mention-holder">{ entity_link(a, h, onselect, None, None) }</ul> },
                ));
            }
            let holders = entity
                .holders
                .iter()
                .map(|&p| {
                    let hold = a
                        .annotation
                        .entities
                        .get(p)
                        .and_then(|person| person.holds.iter().find(|h| h.position == own));
                    let country = hold.and_then(|h| h.country.as_deref());
                    entity_link(a, p, onselect, country, hold.map(|h| h.reason.as_ref()))
                })
                .collect::<Html>();
            out.push(fact(
                "Held by",
                if entity.holders.is_empty() {
                    html! { <span class="muted">{ "No one named in the article" }</span> }
                } else {
                    html! { <ul class="links">{ holders }</ul> }
                },
            ));
        }
        Kind::Place => match &entity.place {
            Some(p) => {
                out.push(fact("Category", html! { { capitalise(&p.category) } }));
                if let Some(c) = &p.country {
                    if entity.country.as_ref() != Some(c) {
                        out.push(fact("Country", html! { { c } }));
                    }
                }
                if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
                    out.push(fact(
                        "Coordinates",
                        html! { { format::coordinates(lat, lon) } },
                    ));
                }
                if let Some(n) = p.population {
                    out.push(fact("Population", html! { { format::thousands(n) } }));
                }
            }
            None => out.push(fact(
                "Gazetteer",
                html! { <span class="muted">{ "Not found" }</span> },
            )),
        },
    }
    out.into_iter().collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The card. Carries `data-testid="entity-details"`.
#[component]
pub fn EntityDetails(props: &EntityDetailsProps) -> Html {
    let a = &props.analysis;
    let Some(entity) = a.annotation.entities.get(props.entity) else {
        return Html::default();
    };
    let kind = entity.kind;
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let onprev = props.onstep.reform(|_: MouseEvent| -1);
    let onnext = props.onstep.reform(|_: MouseEvent| 1);
    let many = entity.mentions.len() > 1;

    let aliases: Vec<&str> = entity
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|&s| s != entity.name)
        .collect();
    let current = props.current.and_then(|m| a.annotation.mentions.get(m));
    let reason = current.map(|m| m.reason.to_string());
    let surface = current.map_or(entity.name.as_str(), |m| m.text.as_str());

    let total = entity.mentions.len();
    let at = props
        .current
        .and_then(|c| entity.mentions.iter().position(|&m| m == c))
        .unwrap_or(0);
    let first = at
        .saturating_sub(MAX_LISTED / 2)
        .min(total.saturating_sub(MAX_LISTED));
    let listed = first..(first + MAX_LISTED).min(total);
    let window_note = (listed.len() < total).then(|| {
        format!(
            "Mentions {}–{} of {total} listed; Previous and Next go through all.",
            listed.start + 1,
            listed.end
        )
    });
    let mentions = entity.mentions[listed.clone()].iter().enumerate().map(|(k, &m)| {
        let n = listed.start + k;
        let (before, hit, after) = a.context(m, CONTEXT_WIDTH);
        let current = props.current == Some(m);
        let onclick = props.ongoto.reform(move |_: MouseEvent| m);
        html! {
            <li>
                <button
                    type="button"
                    class={classes!("snippet", current.then_some("current"))}
                    aria-current={current.then_some("true")}
                    {onclick}
                >
                    // The sentence is the button's name: screen readers read
                    // the mention in context, after its number.
                    <span class="visually-hidden">{ format!("Go to mention {} of {}: ", n + 1, entity.mentions.len()) }</span>
                    <span class="context">{ before }<strong data-kind={kind.as_str()}>{ hit }</strong>{ after }</span>
                </button>
            </li>
        }
    });

    html! {
        <section
            class="details card"
            data-testid="entity-details"
            data-kind={kind.as_str()}
            aria-labelledby="details-name"
        >
            <div class="details-head">
                <span class="kind-badge" data-kind={kind.as_str()}>
                    <span class="swatch" data-kind={kind.as_str()} aria-hidden="true"></span>
                    { kind_label(kind).0 }
                </span>
                <button type="button" class="close" aria-label="Close details" title="Close (Esc)" onclick={onclose}>{ "×" }</button>
            </div>
            <h2 id="details-name" class="details-name">{ &entity.name }</h2>
            if !aliases.is_empty() {
                <p class="aliases">{ "Also written " }{ aliases.iter().map(|s| format!("“{s}”")).collect::<Vec<_>>().join(", ") }</p>
            }
            <dl class="facts">
                // (A country's own country is itself: not worth a line.)
                if let Some(c) = entity.country.as_ref().filter(|&c| *c != entity.name) {
                    { fact("Country", html! { { c } }) }
                }
                { kind_facts(a, entity, &props.onselect, (&props.ongoto, &props.ongotoquote), props.entity, current) }
            </dl>
            if let Some(point) = place_point(entity) {
                <DetailsMap name={entity.name.clone()} {point} />
            }
            <div class="stepper">
                <button type="button" class="button" onclick={onprev} disabled={!many} aria-label="Previous mention">{ "‹ Previous" }</button>
                <span class="stepper-pos" aria-live="polite">
                    {
                        match props.position {
                            Some((i, n)) => format!("Mention {i} of {n}"),
                            None => format::count(entity.mentions.len(), "mention", "mentions"),
                        }
                    }
                </span>
                <button type="button" class="button" onclick={onnext} disabled={!many} aria-label="Next mention">{ "Next ›" }</button>
            </div>
            <ol class="mentions" start={(listed.start + 1).to_string()}>{ for mentions }</ol>
            if let Some(note) = window_note {
                <p class="muted listed-note" data-testid="listed-note">{ note }</p>
            }
            if let Some(reason) = reason {
                <p class="reason"><span class="muted">{ "Why highlighted: " }</span>{ reason }</p>
            }
            { corrections(surface, kind, &props.oncorrect) }
            <p class="keys muted">{ "On a highlight: N, P next and previous mention · C corrections · Esc close" }</p>
        </section>
    }
}
