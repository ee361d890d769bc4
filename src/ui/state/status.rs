//! The status line under "Highlighted": what the page is doing, or what it
//! found, and whether a progress bar goes with it. Derived from [`State`]
//! alone, so it is unit-tested natively with the rest of the state.

use super::State;
use crate::ui::format;

/// From this many bytes on, the status says how much is being annotated and
/// shows a progress bar while the engine works.
pub const SHOW_SIZE: usize = 100_000;

/// The bar that goes with the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// No bar.
    None,
    /// The engine is at work on a long article. It gives no progress: an
    /// indeterminate bar.
    Annotating,
    /// The highlighted view is adding a long article's highlights.
    Highlighting {
        /// Bytes shown so far.
        done: usize,
        /// Bytes in all.
        total: usize,
    },
}

/// The status line: its sentence and its bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// What the page says.
    pub text: String,
    /// The bar beside it.
    pub progress: Progress,
}

impl State {
    /// The status line for this state.
    pub fn status(&self) -> Status {
        let pending = !self.is_current();
        let big = self.text.len() >= SHOW_SIZE;
        let progress = match self.rendering {
            _ if pending && big => Progress::Annotating,
            Some((done, total)) => Progress::Highlighting { done, total },
            None => Progress::None,
        };
        Status {
            text: self.status_text(pending, big),
            progress,
        }
    }

    fn status_text(&self, pending: bool, big: bool) -> String {
        let analysis = &self.analysis;
        let mentions = analysis.annotation.mentions.len();
        if !self.engine_ready && !self.text.is_empty() {
            "Loading the annotator…".to_string()
        } else if pending && big {
            format!("Annotating {}…", format::size(self.text.len()))
        } else if pending {
            "Annotating…".to_string()
        } else if let Some((_, total)) = self.rendering {
            format!("Highlighting {}…", format::size(total))
        } else if self.text.trim().is_empty() {
            "Paste or type an article above, or load the sample.".to_string()
        } else if mentions == 0 {
            "No people, places or positions found.".to_string()
        } else {
            let took = analysis
                .elapsed_ms
                .map(|ms| format!(" in {ms:.0} ms"))
                .unwrap_or_default();
            format!(
                "{} of {}, found{took}.",
                format::count(mentions, "highlight", "highlights"),
                format::count(analysis.annotation.entities.len(), "entity", "entities")
            )
        }
    }
}
