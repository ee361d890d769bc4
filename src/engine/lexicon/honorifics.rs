//! Honorifics that are not offices (`Mr.`, `Dr.`, `Sir`, `Sheikh`): they stand
//! before a person's name but stay outside the person span and are not
//! position mentions (`../shared/bench/GUIDELINES.md`).
//!
//! Data: `data/generated/honorifics.txt`, copied by `scripts/data/build.mjs`
//! from the hand-written `data/sources/honorifics.txt`.

use super::casing::FxSet;

/// The embedded honorific list.
pub const HONORIFICS_TXT: &str = include_str!("../../../data/generated/honorifics.txt");

/// One honorific per line, exact case; `#` lines are comments.
pub fn parse(txt: &'static str) -> FxSet<&'static str> {
    let mut set = FxSet::default();
    set.reserve(txt.len() / 7);
    set.extend(txt.lines().filter(|l| !l.starts_with('#') && !l.is_empty()));
    set
}
