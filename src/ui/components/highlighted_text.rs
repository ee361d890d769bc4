//! The article again, with every mention wrapped in a `<mark>`.
//!
//! Test hooks (other tests rely on them): each mark has `data-kind`
//! (`person|place|position`), `data-entity` (entity index) and `data-mention`
//! (mention index), `data-start`/`data-end` (the engine's code-point offsets),
//! and its text content is exactly the mention.
//!
//! A quotation's runs (text and marks) are wrapped in a
//! `<span class="quote">` with `data-quote` (quotation index) and
//! `data-speaker` (the speaker's name, empty for none); it is focusable, and
//! on hover and focus shows who says it. Its text content is exactly the
//! quoted words (or the part of them in one chunk).
//!
//! A long article is rendered in chunks of about [`CHUNK_BYTES`], cut at line
//! ends: the first chunks at once, the rest a few per task, yielding to the
//! event loop in between, so that no task builds more than a few
//! milliseconds' worth of marks (5 MB of news is ~100,000 marks, seconds of
//! DOM work in one go). Each chunk is its own block with
//! `content-visibility: auto`, so the browser lays out only those on screen.
//! While chunks are still to come, the view's `data-status` is `rendering`
//! and `onprogress` reports (bytes shown, bytes in all).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::ui::state::{kind_index, kind_label, Analysis, Segment};

/// About this many bytes of article per chunk (a typical news article is one).
pub const CHUNK_BYTES: usize = 16 * 1024;

/// How long one rendering step should take at most, in milliseconds: steps
/// grow while they are quicker than this and shrink when slower.
const STEP_BUDGET_MS: f64 = 12.0;

/// At most this many chunks per step, however quick the last step was.
const MAX_STEP: usize = 16;

/// At most this many chunks change their look (a kind hidden or shown, an
/// entity selected) per task: a few ms of DOM work each when every mark of a
/// chunk changes. The rest follow in later tasks, nearest first.
const LOOK_STEP: usize = 6;

/// An article with more segments than this is cut into chunks in a task of
/// its own (a 5 MB paste has ~200,000); a shorter one at once.
const CUT_LATER: usize = 4096;

/// Props of [`HighlightedText`].
#[derive(PartialEq, Properties)]
pub struct HighlightedTextProps {
    /// The text and its annotation.
    pub analysis: Rc<Analysis>,
    /// The entity whose mentions are emphasised.
    pub selected: Option<usize>,
    /// The mention the details card is on.
    pub current: Option<usize>,
    /// Kinds not to highlight, indexed by `kind_index`.
    pub hidden: [bool; 3],
    /// Whether quotations are left unmarked.
    pub hide_quotes: bool,
    /// The quotation whose details are open.
    pub quote: Option<usize>,
    /// Called with a quotation index when it is clicked or activated.
    pub onquote: Callback<usize>,
    /// Whether the text has changed since the annotation was made.
    pub pending: bool,
    /// Called with a mention index when its mark is clicked or activated.
    pub onopen: Callback<usize>,
    /// Called with +1 or -1 when `n` or `p` is pressed on a mark.
    pub onstep: Callback<isize>,
    /// Called with (bytes shown, bytes in all) while a long article is
    /// still being rendered, and with `None` once it all is.
    pub onprogress: Callback<Option<(usize, usize)>>,
}

/// The mention index of the mark at or around an event's target.
fn mention_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<Element>().ok()?;
    let mark = el.closest("mark[data-mention]").ok()??;
    mark.get_attribute("data-mention")?.parse().ok()
}

/// The quotation index of the quotation at or around an event's target.
fn quote_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<Element>().ok()?;
    let quote = el.closest(".quote[data-quote]").ok()??;
    quote.get_attribute("data-quote")?.parse().ok()
}

/// Focuses the details card's first correction button once the card for
/// the mention just opened is drawn (after this task).
fn focus_corrections() {
    Timeout::new(0, || {
        let button = gloo::utils::document()
            .query_selector("[data-testid=\"correct-remove\"]")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(b) = button {
            let _ = b.focus();
        }
    })
    .forget();
}

/// The annotated article. Clicks and keys are handled once, on the container.
#[component]
pub fn HighlightedText(props: &HighlightedTextProps) -> Html {
    let onclick = {
        let (onopen, onquote) = (props.onopen.clone(), props.onquote.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(m) = mention_at(e.target()) {
                onopen.emit(m);
            } else if let Some(q) = quote_at(e.target()) {
                onquote.emit(q);
            }
        })
    };
    let onkeydown = {
        let (onopen, onstep) = (props.onopen.clone(), props.onstep.clone());
        let onquote = props.onquote.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let Some(m) = mention_at(e.target()) else {
                // On a quotation itself: Enter or Space opens its details.
                if let (Some(q), "Enter" | " ") = (quote_at(e.target()), e.key().as_str()) {
                    onquote.emit(q);
                    e.prevent_default();
                }
                return;
            };
            match e.key().as_str() {
                "Enter" | " " => onopen.emit(m),
                // Step through the open entity's mentions (the focus moves
                // with them), without going back to the card's buttons.
                "n" => onstep.emit(1),
                "p" => onstep.emit(-1),
                // Straight to the card's corrections ("Not a …", "Change to").
                "c" => {
                    onopen.emit(m);
                    focus_corrections();
                }
                _ => return,
            }
            e.prevent_default();
        })
    };

    // The revision whose chunks are all shown (reported by `Runs`).
    let rendered = use_state_eq(|| None::<u64>);
    let ondone = {
        let rendered = rendered.clone();
        Callback::from(move |revision| rendered.set(Some(revision)))
    };

    // An empty view shows a CSS placeholder, so its text content stays
    // exactly the article's.
    let empty = props.analysis.segments.is_empty();
    let status = if props.pending {
        "pending"
    } else if *rendered != Some(props.analysis.revision) {
        "rendering"
    } else {
        "ready"
    };
    html! {
        <div
            class={classes!("annotated", props.pending.then_some("pending"), empty.then_some("empty"))}
            data-testid="annotated-view"
            data-status={status}
            aria-busy={if status == "ready" { "false" } else { "true" }}
            role="region"
            aria-labelledby="annotated-heading"
            {onclick}
            {onkeydown}
        >
            <Runs
                analysis={props.analysis.clone()}
                selected={props.selected}
                current={props.current}
                hidden={props.hidden}
                hide_quotes={props.hide_quotes}
                quote={props.quote}
                onprogress={props.onprogress.clone()}
                {ondone}
            />
        </div>
    }
}

/// A run of the article rendered as one element: `segments[range]`.
#[derive(Debug)]
struct Chunk {
    /// Which of [`Chunks::segments`] it holds.
    range: std::ops::Range<usize>,
    /// Whether it starts and ends at a line end (or the article's ends), and
    /// so can be a block of its own without changing how the text wraps.
    block: bool,
    /// The entities with a mention in it, sorted.
    entities: Vec<usize>,
    /// The quotations with a run in it, sorted.
    quotes: Vec<usize>,
    /// The mention indexes before its end (its mentions are those from the
    /// previous chunk's `mentions_end`).
    mentions_end: usize,
    /// Bytes of the article up to its end.
    end: usize,
}

/// The analysis's segments cut into chunks (a plain run may be split at a
/// line end, so segments here may be shorter than the analysis's).
#[derive(Debug, Default)]
struct Chunks {
    segments: Vec<Segment>,
    chunks: Vec<Chunk>,
}

impl Chunks {
    fn new(a: &Analysis) -> Chunks {
        let bytes_of = a.text.as_bytes();
        let mut out = Chunks {
            segments: Vec::with_capacity(a.segments.len() + a.text.len() / CHUNK_BYTES + 1),
            chunks: Vec::new(),
        };
        let mut entities = Vec::new();
        let mut quotes = Vec::new();
        let mut mentions_end = 0;
        let mut bytes = 0; // in the chunk being filled
        let mut after_line_end = true; // where the chunk being filled starts
        for &seg in &a.segments {
            if let Some(q) = seg.quote {
                if quotes.last() != Some(&q) {
                    quotes.push(q);
                }
            }
            if let Some(m) = seg.mention {
                if let Some(mention) = a.annotation.mentions.get(m) {
                    entities.push(mention.entity);
                }
                mentions_end = m + 1;
                out.segments.push(seg);
                bytes += seg.end - seg.start;
                continue;
            }
            // A plain run: end the chunk in it once the chunk is full.
            let mut from = seg.start;
            while from < seg.end {
                let room = CHUNK_BYTES.saturating_sub(bytes);
                if seg.end - from <= room {
                    bytes += seg.end - from;
                    out.segments.push(Segment {
                        start: from,
                        end: seg.end,
                        ..seg
                    });
                    break;
                }
                let want = from + room;
                let line_end = bytes_of[want..seg.end].iter().position(|&b| b == b'\n');
                let (cut, at_line_end) = match line_end {
                    Some(i) => (want + i + 1, true),
                    // No line end in sight and the chunk far too long: end
                    // it anyway, inline.
                    None if bytes + (seg.end - from) >= 4 * CHUNK_BYTES => {
                        let mut cut = want.max(from + 1);
                        while cut < seg.end && !a.text.is_char_boundary(cut) {
                            cut += 1;
                        }
                        (cut, false)
                    }
                    None => (seg.end, false),
                };
                out.segments.push(Segment {
                    start: from,
                    end: cut,
                    ..seg
                });
                let len = cut - from;
                from = cut;
                if at_line_end || cut < seg.end {
                    out.close(
                        (&mut entities, &mut quotes),
                        mentions_end,
                        after_line_end && at_line_end,
                        cut,
                    );
                    after_line_end = at_line_end;
                    bytes = 0;
                    // The quotation goes on into the next chunk.
                    quotes.extend(seg.quote.filter(|_| cut < seg.end));
                } else {
                    bytes += len;
                }
            }
        }
        let last = out.chunks.last().map_or(0, |c| c.range.end);
        if out.segments.len() > last || out.chunks.is_empty() {
            out.close(
                (&mut entities, &mut quotes),
                mentions_end,
                after_line_end,
                a.text.len(),
            );
        }
        out
    }

    /// Ends the chunk being filled (the segments not in a chunk yet).
    fn close(
        &mut self,
        (entities, quotes): (&mut Vec<usize>, &mut Vec<usize>),
        mentions_end: usize,
        block: bool,
        end: usize,
    ) {
        let start = self.chunks.last().map_or(0, |c| c.range.end);
        entities.sort_unstable();
        entities.dedup();
        quotes.dedup();
        self.chunks.push(Chunk {
            range: start..self.segments.len(),
            block,
            entities: std::mem::take(entities),
            quotes: std::mem::take(quotes),
            mentions_end,
            end,
        });
    }

    /// The chunk holding mention `m`.
    fn of_mention(&self, m: usize) -> usize {
        self.chunks.partition_point(|c| c.mentions_end <= m)
    }

    /// Bytes of the article in the first `n` chunks.
    fn bytes(&self, n: usize) -> usize {
        n.checked_sub(1)
            .and_then(|i| self.chunks.get(i))
            .map_or(0, |c| c.end)
    }
}

/// The chunks, compared by identity (they never change in place).
#[derive(Clone)]
struct Shared(Rc<Chunks>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`Runs`]: only what changes the marks, so that typing (which
/// flips `pending` on the container) does not re-render a long article.
#[derive(PartialEq, Properties)]
struct RunsProps {
    analysis: Rc<Analysis>,
    selected: Option<usize>,
    current: Option<usize>,
    hidden: [bool; 3],
    hide_quotes: bool,
    quote: Option<usize>,
    onprogress: Callback<Option<(usize, usize)>>,
    /// Called with the revision once all its chunks are shown.
    ondone: Callback<u64>,
}

/// What a chunk shows of the page's state: the hidden kinds, and the
/// selected entity and current mention if it has a mention of that entity.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Look {
    hidden: [bool; 3],
    selected: Option<usize>,
    current: Option<usize>,
    hide_quotes: bool,
    /// The open quotation, if it has a run in the chunk.
    quote: Option<usize>,
}

impl Look {
    /// The look `props` asks of chunk `i` (the current mention only
    /// matters to the chunk that holds it).
    fn of(props: &RunsProps, chunks: &Chunks, i: usize) -> Look {
        let c = &chunks.chunks[i];
        let first = i
            .checked_sub(1)
            .map_or(0, |p| chunks.chunks[p].mentions_end);
        let selected = props
            .selected
            .filter(|e| c.entities.binary_search(e).is_ok());
        Look {
            hidden: props.hidden,
            hide_quotes: props.hide_quotes,
            quote: props.quote.filter(|q| c.quotes.binary_search(q).is_ok()),
            selected,
            current: selected
                .and(props.current)
                .filter(|m| (first..c.mentions_end).contains(m)),
        }
    }
}

/// Index of the first of the view's chunk elements that reaches into the
/// window (0 if none is found).
fn first_on_screen() -> usize {
    let Ok(nodes) = gloo::utils::document().query_selector_all(".annotated > .chunk") else {
        return 0;
    };
    let bottom = |i: u32| {
        nodes
            .item(i)
            .and_then(|n| n.dyn_into::<Element>().ok())
            .map_or(0.0, |e| e.get_bounding_client_rect().bottom())
    };
    let (mut lo, mut hi) = (0, nodes.length());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if bottom(mid) < 0.0 {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo as usize
}

/// The chunks of the article rendered so far.
#[component]
fn Runs(props: &RunsProps) -> Html {
    // The analysis cut into chunks: at once for a short article, in a task
    // of its own (the effect below) for a long one.
    let cut = use_mut_ref(|| None::<(Rc<Analysis>, Rc<Chunks>)>);
    let chunks = {
        let mut cut = cut.borrow_mut();
        match &*cut {
            Some((a, c)) if a == &props.analysis => Some(c.clone()),
            _ if props.analysis.segments.len() <= CUT_LATER => {
                let c = Rc::new(Chunks::new(&props.analysis));
                *cut = Some((props.analysis.clone(), c.clone()));
                Some(c)
            }
            _ => None,
        }
    };
    let refresh = use_force_update();
    let total = chunks.as_ref().map_or(0, |c| c.chunks.len());
    // (revision, chunks shown, chunks to add per step)
    let shown = use_state(|| (props.analysis.revision, 1usize, 1usize));
    let (revision, shown_n, step) = *shown;
    // A new text starts again from its first chunk.
    let n = if revision == props.analysis.revision {
        shown_n
    } else {
        1
    }
    .min(total);
    // The progress last reported, in twentieths (fewer re-renders upstream).
    let reported = use_mut_ref(|| None::<usize>);

    {
        let (shown, chunks) = (shown.clone(), chunks.clone());
        let (onprogress, ondone) = (props.onprogress.clone(), props.ondone.clone());
        let analysis = props.analysis.clone();
        let analysis_len = analysis.text.len();
        let ready = chunks.is_some();
        use_effect_with(
            (props.analysis.revision, n, ready),
            move |&(revision, n, _)| {
                let mut timeout = None;
                match chunks {
                    None => {
                        // Cut the long article into chunks in the next task.
                        timeout = Some(Timeout::new(0, move || {
                            let c = Rc::new(Chunks::new(&analysis));
                            *cut.borrow_mut() = Some((analysis, c));
                            refresh.force_update();
                        }));
                        *reported.borrow_mut() = Some(0);
                        onprogress.emit(Some((0, analysis_len)));
                    }
                    Some(chunks) => {
                        let total = chunks.chunks.len();
                        let (done, all) = (chunks.bytes(n), chunks.bytes(total));
                        let twentieths = (n < total).then(|| 20 * done / all.max(1));
                        if *reported.borrow() != twentieths {
                            *reported.borrow_mut() = twentieths;
                            onprogress.emit(twentieths.map(|_| (done, all)));
                        }
                        if n < total {
                            // Yield to the event loop (input, paint) before the
                            // next step. Grow or shrink the step so that each
                            // takes about the budget: the last one took from its
                            // start until its last chunk was rendered.
                            timeout = Some(Timeout::new(0, move || {
                                let took = STEP.with(|s| s.get().1 - s.get().0);
                                let step = if took < STEP_BUDGET_MS / 2.0 {
                                    (step * 2).min(MAX_STEP)
                                } else if took > STEP_BUDGET_MS {
                                    (step / 2).max(1)
                                } else {
                                    step
                                };
                                STEP.with(|s| s.set((now(), 0.0)));
                                shown.set((revision, (n + step).min(total), step));
                            }));
                        } else {
                            ondone.emit(revision);
                        }
                    }
                }
                move || drop(timeout)
            },
        );
    }

    // Each shown chunk's look. A new chunk takes the asked look at once; a
    // change of look reaches the chunks nearest the current mention (or the
    // window) first, [`LOOK_STEP`] per task, so that a click on a 5 MB
    // article is no long task. A chunk sees the selection only if it has a
    // mention of the selected entity, so selecting changes only those.
    let looks = use_mut_ref(|| (u64::MAX, Vec::<Look>::new()));
    let refresh_looks = use_force_update();
    let behind = chunks.as_ref().is_some_and(|chunks| {
        let mut looks = looks.borrow_mut();
        if looks.0 != props.analysis.revision {
            *looks = (props.analysis.revision, Vec::new());
        }
        let shown = looks.1.len().min(n);
        looks.1.truncate(shown);
        looks
            .1
            .extend((shown..n).map(|i| Look::of(props, chunks, i)));
        let stale: Vec<usize> = (0..n)
            .filter(|&i| looks.1[i] != Look::of(props, chunks, i))
            .collect();
        let behind = stale.len() > LOOK_STEP;
        let mut near = stale;
        if behind {
            let center = props
                .current
                .map(|m| chunks.of_mention(m))
                .unwrap_or_else(first_on_screen);
            near.sort_by_key(|&i| i.abs_diff(center));
            near.truncate(LOOK_STEP);
        }
        for i in near {
            looks.1[i] = Look::of(props, chunks, i);
        }
        behind
    });
    use_effect(move || {
        let next = behind.then(|| Timeout::new(0, move || refresh_looks.force_update()));
        move || drop(next)
    });
    let Some(chunks) = chunks else {
        return Html::default();
    };
    let many = total > 1;
    let looks = looks.borrow();
    let views = chunks.chunks[..n].iter().enumerate().map(|(i, _)| {
        let look = looks.1[i];
        html! {
            <ChunkView
                key={i}
                analysis={props.analysis.clone()}
                chunks={Shared(chunks.clone())}
                index={i}
                {many}
                selected={look.selected}
                current={look.current}
                hidden={look.hidden}
                hide_quotes={look.hide_quotes}
                quote={look.quote}
            />
        }
    });
    views.collect::<Html>()
}

thread_local! {
    /// When the current rendering step started, and when it last rendered a
    /// chunk (milliseconds on the page's clock).
    static STEP: std::cell::Cell<(f64, f64)> = const { std::cell::Cell::new((0.0, 0.0)) };
}

/// Milliseconds on the page's clock.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Props of [`ChunkView`].
#[derive(PartialEq, Properties)]
struct ChunkProps {
    analysis: Rc<Analysis>,
    chunks: Shared,
    index: usize,
    /// Whether the article has more than one chunk.
    many: bool,
    selected: Option<usize>,
    current: Option<usize>,
    hidden: [bool; 3],
    hide_quotes: bool,
    quote: Option<usize>,
}

/// Quotation `q`'s runs, wrapped: focusable, with its speaker in
/// `data-speaker` and, on hover and focus, in words (`data-says`, shown by
/// the CSS).
fn quote_view(a: &Analysis, q: usize, open: bool, runs: Vec<Html>) -> Html {
    let speaker = a.quote_speaker(q);
    let says = match speaker {
        Some(name) => format!("Said by {name}"),
        None => "No named speaker".to_string(),
    };
    html! {
        <span
            class={classes!("quote", open.then_some("open"))}
            data-quote={q.to_string()}
            data-speaker={speaker.unwrap_or_default().to_string()}
            data-says={says.clone()}
            tabindex="0"
            role="group"
            aria-roledescription="quotation"
            aria-label={format!("Quotation. {says}")}
            title={format!("Quotation. {says}")}
        >{ for runs }</span>
    }
}

/// One chunk's text runs and marks.
#[component]
fn ChunkView(props: &ChunkProps) -> Html {
    use_effect_with((), |_| STEP.with(|s| s.set((s.get().0, now()))));
    let a = &props.analysis;
    let chunk = &props.chunks.0.chunks[props.index];
    let segments = &props.chunks.0.segments[chunk.range.clone()];
    let runs = segments.iter().map(|&seg| {
        let text = a.slice(seg);
        let Some(i) = seg.mention else {
            return html! { { text } };
        };
        let m = &a.annotation.mentions[i];
        if props.hidden[kind_index(m.kind)] {
            return html! { { text } };
        }
        let name = a
            .annotation
            .entities
            .get(m.entity)
            .map_or(text, |e| e.name.as_str());
        let selected = props.selected == Some(m.entity);
        let class = classes!(
            "hl",
            selected.then_some("selected"),
            (selected && props.current == Some(i)).then_some("current")
        );
        html! {
            <mark
                {class}
                data-kind={m.kind.as_str()}
                data-entity={m.entity.to_string()}
                data-mention={i.to_string()}
                data-start={m.start.to_string()}
                data-end={m.end.to_string()}
                tabindex="0"
                role="button"
                aria-label={format!("{}: {}", kind_label(m.kind).0, name)}
                aria-pressed={if selected { "true" } else { "false" }}
                title={m.reason.to_string()}
            >{ text }</mark>
        }
    });
    // Runs of one quotation go into one wrapper.
    let mut out: Vec<Html> = Vec::new();
    let mut group: (Option<usize>, Vec<Html>) = (None, Vec::new());
    for (seg, run) in segments.iter().zip(runs) {
        let quote = seg.quote.filter(|_| !props.hide_quotes);
        if quote != group.0 {
            let (q, runs) = std::mem::replace(&mut group, (quote, Vec::new()));
            match q {
                Some(q) => out.push(quote_view(a, q, props.quote == Some(q), runs)),
                None => out.extend(runs),
            }
        }
        group.1.push(run);
    }
    match group.0 {
        Some(q) => out.push(quote_view(a, q, props.quote == Some(q), group.1)),
        None => out.extend(group.1),
    }
    let runs = out.into_iter().collect::<Html>();
    if !props.many {
        // One chunk: the runs straight in the view, as ever.
        runs
    } else if chunk.block {
        html! { <div class="chunk">{ runs }</div> }
    } else {
        html! { <span class="chunk inline">{ runs }</span> }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Annotation, Kind, Mention};

    /// An analysis of `text` with a mention on every occurrence of `name`.
    fn analysis(text: &str, name: &str) -> Analysis {
        let mut mentions = Vec::new();
        for (b, _) in text.match_indices(name) {
            let start = text[..b].chars().count();
            mentions.push(Mention {
                start,
                end: start + name.chars().count(),
                kind: Kind::Person,
                text: name.to_string(),
                entity: mentions.len() % 3,
                reason: "".into(),
                holder: None,
            });
        }
        let annotation = Annotation {
            mentions,
            ..Annotation::default()
        };
        Analysis::new(1, Rc::from(text), annotation)
    }

    /// The chunks cover the text in order; blocks start and end at line ends.
    fn check(text: &str, name: &str) -> Chunks {
        let a = analysis(text, name);
        let c = Chunks::new(&a);
        let mut at = 0;
        for (i, chunk) in c.chunks.iter().enumerate() {
            let segs = &c.segments[chunk.range.clone()];
            for s in segs {
                assert_eq!(s.start, at, "chunk {i} continues the text");
                at = s.end;
            }
            assert_eq!(chunk.end, at);
            let (start, end) = (segs.first().map_or(at, |s| s.start), at);
            if chunk.block {
                assert!(
                    start == 0 || text.as_bytes()[start - 1] == b'\n',
                    "chunk {i} starts a line"
                );
                assert!(
                    end == text.len() || text.as_bytes()[end - 1] == b'\n',
                    "chunk {i} ends a line"
                );
            }
        }
        assert_eq!(at, text.len());
        // Mentions are never cut.
        let marks = c.segments.iter().filter(|s| s.mention.is_some()).count();
        assert_eq!(marks, a.annotation.mentions.len());
        // Each chunk knows its mentions; a mention finds its chunk.
        for (i, chunk) in c.chunks.iter().enumerate() {
            for m in c.segments[chunk.range.clone()]
                .iter()
                .filter_map(|s| s.mention)
            {
                assert_eq!(c.of_mention(m), i, "mention {m} is in chunk {i}");
            }
        }
        c
    }

    #[test]
    fn chunks_short_text_is_one() {
        let c = check("Anna Berg met Anna Berg.\nThen she left.", "Anna Berg");
        assert_eq!(c.chunks.len(), 1);
        assert!(c.chunks[0].block);
    }

    #[test]
    fn chunks_long_text_cut_at_line_ends() {
        let line = "Foreign Minister Anna Berg flew to Lisbon on Monday, said “José”.\n";
        let text = line.repeat(2000);
        let c = check(&text, "Anna Berg");
        assert!(c.chunks.len() > 5, "{} chunks", c.chunks.len());
        assert!(c.chunks.iter().all(|c| c.block));
        for w in c.chunks.windows(2) {
            assert!(w[1].end - w[0].end <= CHUNK_BYTES + line.len() * 2);
        }
        assert_eq!(c.chunks[0].entities, vec![0, 1, 2]);
    }

    #[test]
    fn chunks_without_line_ends_cut_inline() {
        // One 200 KB line: cut anyway (inline chunks), never inside a character.
        let text = "Anna Berg sagte: “Ja” – ".repeat(8000);
        let c = check(&text, "Anna Berg");
        assert!(c.chunks.len() > 2);
        assert!(c.chunks.iter().all(|c| !c.block));
        for s in &c.segments {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}
