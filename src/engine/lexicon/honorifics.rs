//! Honorifics that are not offices (`Mr.`, `Dr.`, `Sir`, `Sheikh`): they stand
//! before a person's name but stay outside the person span and are not
//! position mentions (`../shared/bench/GUIDELINES.md`).
//!
//! Data: `data/generated/honorifics.txt`, copied by `scripts/data/build.mjs`
//! from the hand-written `data/sources/honorifics.txt`. Filed in the lexicon's
//! word-flag map only.

/// The embedded honorific list.
pub const HONORIFICS_TXT: &str = include_str!("../../../data/generated/honorifics.txt");

/// The entries, one per line (`#` lines are comments); the caller files them
/// under [`super::flags`] bits.
pub fn parse(txt: &'static str) -> impl Iterator<Item = &'static str> {
    txt.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}
