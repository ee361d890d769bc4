//! The Yew front end: one page with the article box, the highlighted article
//! and a side panel (legend, details card, entity list).
//!
//! | file | what it holds |
//! |---|---|
//! | [`state`] | `State`, `Action`, `impl Reducible`: all the page's state, no web APIs |
//! | [`app`] | the root component: the reducer, the hooks, then the view |
//! | [`hooks`] | what the page does besides rendering: storage, the worker, keys, focus |
//! | [`components`] | one view component per file, fed by props and `on<verb>` callbacks |
//! | [`storage`] | the last article and the reader's corrections in `localStorage` |
//! | [`sample`] | the invented sample article behind the "Sample article" button |
//! | [`worker`] | the engine in a web worker, and the page's handle on it |
//!
//! Architecture invariant: user text only ever reaches the DOM as text nodes
//! (no `inner_html`), and after load the page makes no network request.

pub mod app;
pub mod components;
pub mod export;
pub mod format;
pub mod hooks;
pub mod sample;
pub mod state;
pub mod storage;
pub mod worker;

/// Mounts the page on `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
