//! News article annotator: finds the people, places and positions (titles and
//! offices) in an article, groups their mentions into entities and says who
//! holds which post.
//!
//! Crate map:
//! - [`engine`]: the extraction pipeline, plain Rust with no web dependencies.
//!   One entry point, [`engine::Engine::annotate`].
//! - `ui` (feature `web`): the Yew front end; it calls only `engine`'s public API.
//! - `train` (feature `train`): the offline trainer for the tagger model.
//!
//! Binaries: `annotate` (command line), `app` (the page, built by Trunk),
//! `train` (writes `data/model/`).
#![deny(missing_docs)]

pub mod engine;

#[cfg(feature = "train")]
pub mod train;

#[cfg(feature = "web")]
pub mod ui;
