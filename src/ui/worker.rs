//! The engine in a web worker, so annotating a long article never blocks the
//! page. `src/bin/worker.rs` registers [`AnnotateWorker`]; the page talks to
//! it through [`Annotator`], which keeps at most one request in flight and
//! coalesces edits made meanwhile into one follow-up request.
//!
//! A long article's answer comes in several messages ([`Output`]), so that the
//! page decodes it in several short tasks rather than one long one (10 MB of
//! news: ~190,000 mentions, ~140 ms to decode in one go).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::worker::{HandlerId, Spawnable, Worker, WorkerBridge, WorkerScope};
use serde::{Deserialize, Serialize};

use crate::engine::{Annotation, Engine, Mention};

/// At most this many mentions per message from the worker.
pub const MENTIONS_PER_MESSAGE: usize = 16_384;

/// The worker's loader (`src/ui/worker_loader.js`, copied by Trunk),
/// relative to the page.
pub const WORKER_LOADER: &str = "worker_loader.js";

/// A text to annotate.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Request {
    /// The page's revision of the text.
    pub revision: u64,
    /// The text.
    pub text: String,
}

/// The engine's answer to a [`Request`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Response {
    /// The request's revision.
    pub revision: u64,
    /// What the engine found.
    pub annotation: Annotation,
    /// How long `annotate` took, in milliseconds.
    pub elapsed_ms: f64,
}

/// What the worker sends back for one request: any number of `Mentions`,
/// then `Done`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Output {
    /// The answer's first mentions (more follow, then `Done`).
    Mentions {
        /// The request's revision.
        revision: u64,
        /// The next mentions, in order.
        mentions: Vec<Mention>,
    },
    /// The answer, its mentions after those sent before.
    Done(Response),
}

/// A short invented report the worker annotates once at start (see
/// [`AnnotateWorker::create`]): a dateline, posts, a quotation, places.
const WARM_UP: &str = "Oslo — Veloria's Trade Minister Mira Kastel said on Monday that the \
port deal would “open new routes.” Prime Minister Johan Brek of Norway met her in Bergen.";

/// The worker: one engine, built once, answering requests in order.
pub struct AnnotateWorker {
    engine: Engine,
}

impl Worker for AnnotateWorker {
    type Message = ();
    type Input = Request;
    type Output = Output;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        mark("engine-new-start");
        let engine = Engine::new();
        mark("engine-new-end");
        // The first call's one-time costs (the browser compiles the engine's
        // code on first use) are paid now, while the page is still loading
        // (loader.js starts this worker first), not on the page's first text.
        engine.annotate(WARM_UP);
        mark("engine-warm-end");
        AnnotateWorker { engine }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, req: Request, id: HandlerId) {
        let t0 = js_sys::Date::now();
        mark(&format!("annotate-start-{}", req.revision));
        let mut annotation = self.engine.annotate(&req.text);
        mark(&format!("annotate-end-{}", req.revision));
        let elapsed_ms = js_sys::Date::now() - t0;
        let mut mentions = std::mem::take(&mut annotation.mentions).into_iter();
        while mentions.len() > MENTIONS_PER_MESSAGE {
            let part = mentions.by_ref().take(MENTIONS_PER_MESSAGE).collect();
            let revision = req.revision;
            scope.respond(
                id,
                Output::Mentions {
                    revision,
                    mentions: part,
                },
            );
        }
        annotation.mentions = mentions.collect();
        scope.respond(
            id,
            Output::Done(Response {
                revision: req.revision,
                annotation,
                elapsed_ms,
            }),
        );
    }
}

/// A `performance.mark` in the worker, for the cold-start probe of
/// `scripts/bench-browser.mjs` (nothing when the API is missing).
fn mark(name: &str) {
    use wasm_bindgen::JsCast;
    let perf = js_sys::Reflect::get(&js_sys::global(), &"performance".into());
    let Ok(perf) = perf else { return };
    let Ok(f) = js_sys::Reflect::get(&perf, &"mark".into()) else {
        return;
    };
    if let Some(f) = f.dyn_ref::<js_sys::Function>() {
        let _ = f.call1(&perf, &name.into());
    }
}

/// What the page gets back: the revision, its text and the annotation.
pub type Done = Box<dyn Fn(u64, Rc<str>, Annotation, f64)>;

#[derive(Default)]
struct Queue {
    /// The request the worker is working on.
    in_flight: Option<(u64, Rc<str>)>,
    /// The newest text that arrived while one was in flight.
    waiting: Option<(u64, Rc<str>)>,
}

struct Inner {
    bridge: RefCell<Option<WorkerBridge<AnnotateWorker>>>,
    queue: RefCell<Queue>,
    /// The mentions received so far of the answer in flight.
    parts: RefCell<Vec<Mention>>,
}

impl Inner {
    fn send(&self, revision: u64, text: Rc<str>) {
        if let Some(bridge) = self.bridge.borrow().as_ref() {
            bridge.send(Request {
                revision,
                text: text.to_string(),
            });
        }
        self.queue.borrow_mut().in_flight = Some((revision, text));
    }

    /// Part of an answer arrived: keep its mentions if it is for the request
    /// in flight.
    fn part(&self, revision: u64, mentions: Vec<Mention>) {
        let in_flight = self.queue.borrow().in_flight.as_ref().map(|r| r.0);
        if in_flight == Some(revision) {
            self.parts.borrow_mut().extend(mentions);
        }
    }

    /// The worker answered: pass the answer on if it is for the request in
    /// flight (its mentions after the parts received before), and send the
    /// text that waited, if any.
    fn answered(&self, mut res: Response) -> Option<(u64, Rc<str>, Response)> {
        // The warm-up's answer after a real request overtook it: that
        // request is still in flight.
        let warm_up_overtaken = res.revision == 0
            && self
                .queue
                .borrow()
                .in_flight
                .as_ref()
                .is_some_and(|r| r.0 != 0);
        if warm_up_overtaken {
            return None;
        }
        let mut parts = self.parts.take();
        if !parts.is_empty() {
            parts.append(&mut res.annotation.mentions);
            res.annotation.mentions = parts;
        }
        let (in_flight, waiting) = {
            let mut q = self.queue.borrow_mut();
            (q.in_flight.take(), q.waiting.take())
        };
        if let Some((revision, text)) = waiting {
            self.send(revision, text);
        }
        let (revision, text) = in_flight?;
        (res.revision == revision).then_some((revision, text, res))
    }
}

/// The page's handle on the worker. Dropping it stops the worker.
pub struct Annotator {
    inner: Rc<Inner>,
}

impl Annotator {
    /// Starts the worker; `done` is called with each result.
    pub fn spawn(done: Done) -> Annotator {
        let inner = Rc::new(Inner {
            bridge: RefCell::default(),
            queue: RefCell::default(),
            parts: RefCell::default(),
        });
        let weak = Rc::downgrade(&inner);
        let bridge = AnnotateWorker::spawner()
            .callback(move |out: Output| {
                let Some(inner) = weak.upgrade() else { return };
                match out {
                    Output::Mentions { revision, mentions } => inner.part(revision, mentions),
                    Output::Done(res) => {
                        if let Some((revision, text, res)) = inner.answered(res) {
                            done(revision, text, res.annotation, res.elapsed_ms);
                        }
                    }
                }
            })
            .spawn_with_loader(WORKER_LOADER);
        *inner.bridge.borrow_mut() = Some(bridge);
        // Warm up: load the engine now rather than on the first keystroke.
        // The answer (revision 0, empty) tells the page the engine is ready.
        inner.send(0, Rc::from(""));
        Annotator { inner }
    }

    /// Asks for `text` at `revision` to be annotated. If the worker is busy,
    /// it is sent when the worker is free, replacing any older waiting text.
    pub fn annotate(&self, revision: u64, text: Rc<str>) {
        // The warm-up (revision 0) does not hold the first text back: the
        // worker answers both in order, without a round trip between them.
        let busy = self
            .inner
            .queue
            .borrow()
            .in_flight
            .as_ref()
            .is_some_and(|r| r.0 != 0);
        if busy {
            self.inner.queue.borrow_mut().waiting = Some((revision, text));
        } else {
            self.inner.send(revision, text);
        }
    }
}
