//! Stage 4: tags + lexicons -> candidate mentions, each with the reason it fired.
//!
//! Takes the [`Doc`], the tagger's BIO tags and the [`Lexicon`]; creates
//! `Vec<Candidate>` in token units, sorted by start and never overlapping.
//!
//! Passes, in order:
//! 1. `positions`: titles and offices from the position lexicon; they win over
//!    person and place spans (`President Putin` -> position + person).
//! 2. `names`: the tagger's person and place spans, trimmed of titles,
//!    honorifics and a leading `the`; hyphenated pairs split
//!    (`Zelenskyy-Putin`); names inside `X-led` compounds dropped.
//! 3. `document`: a name the article uses once as a person or place is that
//!    everywhere in it (`Putin` after `Vladimir Putin`), and countries the
//!    tagger missed are added from the gazetteer.

use std::collections::HashMap;

use crate::engine::annotation::Kind;
use crate::engine::lexicon::Lexicon;
use crate::engine::positions;
use crate::engine::tagger::{spans, Label, Tag};
use crate::engine::tokenize::Doc;

/// A mention before resolution, in token indexes.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it names.
    pub kind: Kind,
    /// Why it was recognised.
    pub reason: String,
}

/// Honorifics that are not offices; they stay outside person spans.
const HONORIFICS: &[&str] = &[
    "Dame", "Dr", "Dr.", "Lady", "Lord", "Madam", "Madame", "Messrs.", "Miss", "Mme", "Mme.",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof.", "Professor", "Sheikh", "Sir",
];

fn is_honorific(lex: &Lexicon, w: &str) -> bool {
    HONORIFICS.contains(&w) || lex.is_honorific(w)
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_hyphen(w: &str) -> bool {
    matches!(w, "-" | "‐" | "‑")
}

/// Whether token `t` is glued to the one before it (no space).
fn glued(doc: &Doc, t: usize) -> bool {
    t < doc.tokens.len() && !doc.tokens[t].space_before
}

/// Runs all rule passes.
pub fn apply(doc: &Doc, tags: &[Tag], lex: &Lexicon) -> Vec<Candidate> {
    let n = doc.tokens.len();
    let lower: Vec<String> = (0..n).map(|i| doc.word(i).to_lowercase()).collect();
    let tagged = spans(tags);

    // Tokens inside organisation or other names cannot hold a title, unless the
    // whole name is title vocabulary (the tagger mistook `Foreign Minister`).
    let mut blocked = vec![false; n];
    for &(s, e, label) in &tagged {
        if matches!(label, Label::Org | Label::Misc)
            && !(s..e).all(|t| positions::is_title_vocabulary(doc.word(t)))
        {
            blocked[s..e].iter_mut().for_each(|b| *b = true);
        }
    }

    // Pass 1: positions.
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    for f in positions::find(doc, &lower, &blocked) {
        taken[f.start..f.end].iter_mut().for_each(|b| *b = true);
        out.push(Candidate { start: f.start, end: f.end, kind: Kind::Position, reason: f.reason });
    }

    // Pass 2: the tagger's names.
    for (s, e, label) in tagged {
        let kind = match label {
            Label::Per => Kind::Person,
            Label::Loc => Kind::Place,
            _ => continue,
        };
        for (s, e) in clean_span(doc, lex, &taken, s, e, kind) {
            let reason = match kind {
                Kind::Person => "the tagger read it as a person's name in this context",
                _ => "the tagger read it as a place name in this context",
            };
            taken[s..e].iter_mut().for_each(|b| *b = true);
            out.push(Candidate { start: s, end: e, kind, reason: reason.into() });
        }
    }

    // Pass 3: document consistency and gazetteer countries.
    document_pass(doc, lex, &mut taken, &mut out);

    out.sort_by_key(|c| (c.start, c.end));
    out
}

/// Trims a person or place span and splits hyphenated pairs; returns the
/// pieces that remain.
fn clean_span(doc: &Doc, lex: &Lexicon, taken: &[bool], mut s: usize, mut e: usize, kind: Kind) -> Vec<(usize, usize)> {
    // Titles found in pass 1 win; the name is what is left after them.
    while s < e && taken[s] {
        s += 1;
    }
    while s < e && taken[e - 1] {
        e -= 1;
    }
    if let Some(t) = (s..e).find(|&t| taken[t]) {
        s = t + 1;
        while s < e && taken[s] {
            s += 1;
        }
    }
    while s < e && (is_honorific(lex, doc.word(s)) || matches!(doc.word(s), "the" | "The" | "THE")) {
        s += 1;
    }
    while s < e && !doc.word(e - 1).chars().any(char::is_alphanumeric) && doc.word(e - 1) != "." {
        e -= 1;
    }
    while s < e && !doc.word(s).chars().any(char::is_alphanumeric) {
        s += 1;
    }
    if s >= e {
        return vec![];
    }
    // Inside a hyphenated compound with a lower-case word: `U.N.-run`, `Kenyan-led`.
    if e + 1 < doc.tokens.len() && is_hyphen(doc.word(e)) && glued(doc, e) && glued(doc, e + 1) {
        if !is_capitalised(doc.word(e + 1)) {
            return vec![];
        }
    }
    // A hyphenated pair of single names: `Zelenskyy-Putin meeting`.
    if kind == Kind::Person && e - s == 3 && is_hyphen(doc.word(s + 1)) && glued(doc, s + 1) && glued(doc, s + 2) {
        let next_is_name = e < doc.tokens.len() && is_capitalised(doc.word(e)) && doc.tokens[e].space_before;
        if is_capitalised(doc.word(s)) && is_capitalised(doc.word(s + 2)) && !next_is_name {
            return vec![(s, s + 1), (s + 2, s + 3)];
        }
    }
    vec![(s, e)]
}

/// A name the article uses as a person or place elsewhere is that everywhere;
/// gazetteer countries and continents the tagger missed are places.
fn document_pass(doc: &Doc, lex: &Lexicon, taken: &mut [bool], out: &mut Vec<Candidate>) {
    let n = doc.tokens.len();
    // Known names: token sequences -> (kind, fuller name it comes from).
    let mut known: HashMap<Vec<&str>, (Kind, String)> = HashMap::new();
    for c in out.iter() {
        let words: Vec<&str> = (c.start..c.end).map(|t| doc.word(t)).collect();
        let full = doc.span_text(c.start, c.end).to_string();
        match c.kind {
            Kind::Person => {
                if words.len() >= 2 {
                    // The surname alone refers to the same person.
                    let last = vec![words[words.len() - 1]];
                    known.entry(last).or_insert((Kind::Person, full.clone()));
                }
                known.entry(words).or_insert((Kind::Person, full));
            }
            Kind::Place => {
                known.entry(words).or_insert((Kind::Place, full));
            }
            Kind::Position => {}
        }
    }
    let max_len = known.keys().map(Vec::len).max().unwrap_or(0);
    let words: Vec<&str> = (0..n).map(|i| doc.word(i)).collect();
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        if taken[i] || !is_capitalised(words[i]) {
            i += 1;
            continue;
        }
        let mut hit = None;
        for k in (1..=max_len.min(n - i)).rev() {
            if (i..i + k).any(|t| taken[t]) {
                continue;
            }
            if let Some((kind, full)) = known.get(&words[i..i + k]) {
                hit = Some((k, *kind, full.clone()));
                break;
            }
        }
        // Not the start of a longer capitalised name we cannot type.
        let extends = |k: usize| {
            (i > 0 && is_capitalised(words[i - 1]) && doc.tokens[i].space_before && !taken[i - 1] && !doc.tokens[i].newline_before && is_name_like(words[i - 1]))
                || (i + k < n && is_capitalised(words[i + k]) && doc.tokens[i + k].space_before && !taken[i + k] && is_name_like(words[i + k]))
        };
        if let Some((k, kind, full)) = hit {
            let hyphen_compound = i + k + 1 < n && is_hyphen(words[i + k]) && glued(doc, i + k) && !is_capitalised(words[i + k + 1]);
            if !extends(k) && !hyphen_compound {
                let reason = if kind == Kind::Person {
                    format!("the article names this person as “{full}” elsewhere")
                } else {
                    format!("the article uses “{full}” as a place elsewhere")
                };
                added.push(Candidate { start: i, end: i + k, kind, reason });
                taken[i..i + k].iter_mut().for_each(|b| *b = true);
                i += k;
                continue;
            }
        }
        if let Some((k, place)) = lex.longest_place(&words[i..]) {
            let big = matches!(place.facts.category.as_str(), "country" | "continent");
            let free = (i..i + k).all(|t| !taken[t]);
            let hyphen_compound = i + k + 1 < n && is_hyphen(words[i + k]) && glued(doc, i + k) && !is_capitalised(words[i + k + 1]);
            if big && free && !extends(k) && !hyphen_compound {
                added.push(Candidate {
                    start: i,
                    end: i + k,
                    kind: Kind::Place,
                    reason: format!("a {} in the gazetteer", place.facts.category),
                });
                taken[i..i + k].iter_mut().for_each(|b| *b = true);
                i += k;
                continue;
            }
        }
        i += 1;
    }
    out.extend(added);
}

/// Whether a capitalised neighbour could continue a name (not punctuation,
/// not a title word).
fn is_name_like(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !positions::is_title_word(w)
}
