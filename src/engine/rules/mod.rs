//! Stage 4: tags + lexicons -> candidate mentions, each with the reason it fired.
//!
//! Takes the [`Doc`], the tagger's BIO tags and the [`Lexicon`]; creates
//! `Vec<Candidate>` in token units, sorted by start and never overlapping.
//!
//! The stage is an ordered list of small named passes, [`PASSES`]: each reads
//! the document and the [`State`] (the tagger's name spans as [`Spans`], the
//! titles the position lexicon found, the candidates made so far) and edits it.
//! Passes that complete or re-type the tagger's spans come first, then
//! `positions` and `names` turn titles and spans into candidates, and `kinds`
//! gives each name one kind. A candidate whose span a pass made or changed
//! carries that pass's reason. (The model already reads document-wide evidence,
//! so no pass adds names from their other mentions, except the exact tails of
//! full names: measured, anything looser cost F1.)

mod abbreviations;
mod acronyms;
mod adverbs;
mod appositions;
mod beside_posts;
mod bracketed_places;
mod calendar;
mod constituencies;
mod countries;
mod district_posts;
mod family_first;
mod gaelic_names;
mod given_names;
mod governments;
mod hometowns;
mod honorifics;
mod hyphens;
mod initials;
mod kinds;
mod lists;
mod member_letters;
mod name_parts;
mod named_after;
mod namesakes;
mod nicknames;
mod organisations;
mod particles;
mod place_particles;
mod places;
mod portfolio_runs;
mod portfolios;
mod possessives;
mod post_acronyms;
mod posts;
mod regional_posts;
mod rulers;
mod spans;
mod speakers;
mod split_places;
mod streets;
mod tables;
mod tails;
#[cfg(test)]
mod tests;
mod trim;
mod vessels;

use crate::engine::annotation::{Kind, Reason};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::lexicon::Lexicon;
use crate::engine::positions;
use crate::engine::tagger::{spans as bio_spans, Label, Tag};
use crate::engine::tokenize::Doc;
use crate::engine::words;
use spans::{Span, Spans, TAGGER};

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
    pub reason: Reason,
}

/// One rule pass: what it is called, why it fires, what it reads and writes,
/// and the function that runs it.
struct Pass {
    /// A short name (the `by` of the spans it makes).
    pub name: &'static str,
    /// The reason a mention it made or changed gives (shown on the details card).
    pub reason: &'static str,
    /// What it reads (documentation: the pass table in ARCHITECTURE.md, which
    /// a test keeps equal to [`PASSES`]).
    #[cfg_attr(not(test), allow(dead_code))]
    pub reads: &'static str,
    /// What it writes (documentation, as `reads`).
    #[cfg_attr(not(test), allow(dead_code))]
    pub writes: &'static str,
    /// Runs the pass.
    pub run: fn(&Ctx, &mut State),
}

/// The run order of the stage.
static PASSES: &[&Pass] = &[
    &hyphens::HYPHEN_PAIRS,
    &streets::STREET_JOINS,
    &adverbs::LEADING_ADVERBS,
    &posts::TITLE_WORDS_AS_NAMES,
    &posts::POSTS_IN_NAMES,
    &posts::JURISDICTION_POSTS_AS_NAMES,
    &beside_posts::POSTS_IN_ORGANISATIONS,
    &acronyms::ACRONYMS_BEFORE_NAMES,
    &member_letters::MEMBER_LETTERS,
    &name_parts::NAME_WORD_PARTS,
    &name_parts::MALAY_NAME_OPENERS,
    &name_parts::MIDDLE_NAME_WORDS,
    &name_parts::PATRONYMICS,
    &rulers::NAME_LIKE_POSTS,
    &honorifics::HONORIFIC_NAMES,
    &particles::PARTICLES,
    &gaelic_names::GAELIC_NAMES,
    &hyphens::EAST_ASIAN_NAMES,
    &hyphens::HYPHENATED_SURNAMES,
    &honorifics::REGNAL_NUMBERS,
    &hyphens::HYPHEN_JOINS,
    &hyphens::COMPOUND_HEADS,
    &hyphens::SPACED_DASHES,
    &portfolios::PERSONS_BEFORE_BRIEFS,
    &nicknames::NICKNAMES,
    &regional_posts::REGIONAL_POST_ABBREVIATIONS,
    &initials::BARE_INITIALS,
    &initials::GLUED_INITIALS,
    &beside_posts::NAMES_BESIDE_POSTS,
    &district_posts::DISTRICTS_AFTER_POSTS,
    &given_names::GIVEN_NAMES_BEFORE_SURNAMES,
    &family_first::VIETNAMESE_FAMILY_NAMES,
    &given_names::GIVEN_NAMES_AS_PERSONS,
    &given_names::FAMILY_NAMES_SET_OFF,
    &named_after::NAMES_BEFORE_MEDIA,
    &tails::FULL_NAME_TAILS,
    &tails::SURNAME_REMENTIONS,
    &tails::FULL_NAME_HEADS,
    &family_first::FAMILY_NAMES_FIRST,
    &speakers::QUOTED_SPEAKERS,
    &speakers::SPEAKERS_BEFORE_POSTS,
    &speakers::NAME_OPENERS_BEFORE_VERBS,
    &speakers::FULL_NAMES_BEFORE_POSTS,
    &streets::STREETS,
    &places::GIVEN_NAME_PLACES,
    &places::PLACE_HEADS,
    &places::PLACE_OPENERS,
    &places::NUMBERED_REGIONS,
    &named_after::NAMED_AFTER,
    &named_after::AWARD_NAMES,
    &named_after::BUILDING_NAMES,
    &named_after::NAMES_BEFORE_THINGS,
    &vessels::VESSEL_NAMES,
    &vessels::WORK_TITLES,
    &split_places::SPLIT_PLACES,
    &split_places::PLACE_TAILS_IN_NAMES,
    &places::DATELINES,
    &places::PARTY_AFTER_PLACE,
    &organisations::ORGANISATION_HEADS,
    &lists::PERSON_LISTS,
    &regional_posts::REGIONAL_POST_PLURALS,
    &organisations::ORGANISATION_MAJORITY,
    &organisations::COMPANIES_AND_PEOPLES,
    &organisations::BRAND_NAMES,
    &organisations::KNOWN_ORGANISATIONS,
    &organisations::ORGANISATION_APPOSITIONS,
    &organisations::CLUB_NAMES,
    &organisations::NAMES_AFTER_ORGANISATION_NOUNS,
    &organisations::COMPANY_POSTS,
    &organisations::SHARE_NAMES,
    &organisations::MEMBER_NOUNS,
    &organisations::PARTY_BEFORE_POSTS,
    &organisations::PARTY_NAMES_BEFORE_POSTS,
    &organisations::ORGANISATION_NAMES,
    &namesakes::NAMESAKES,
    &calendar::CALENDAR_NAMES,
    &tables::RESULTS_TABLES,
    &countries::NOT_NAMES,
    &portfolios::PORTFOLIO_NAMES,
    &countries::COUNTRIES,
    &places::PLACES_IN_WAR_NAMES,
    &abbreviations::REGION_ABBREVIATIONS,
    &honorifics::POST_NOMINALS,
    &possessives::POSSESSIVE_PLACES,
    &possessives::POSSESSIVE_PERSONS,
    &places::LOCATED_NAMES,
    &places::DESTINATIONS,
    &appositions::PLACE_APPOSITIONS,
    &bracketed_places::BRACKETED_PLACES,
    &hometowns::PERSONS_OF_PLACES,
    &hometowns::HOMETOWNS,
    &governments::GOVERNMENT_PLACES,
    &governments::PLACES_BEFORE_POSTS,
    &places::PLACE_GENERICS,
    &places::PLACES_AFTER_KINDS,
    &places::PLACES_BEFORE_KINDS,
    &places::PLACES_IN_REGIONS,
    &places::LONE_PLACE_WORDS,
    &place_particles::PLACE_PARTICLES,
    &honorifics::POSTS_ADDRESSED,
    &hometowns::PARTY_HOMETOWNS,
    &OVERLAPS,
    &lists::CONTEXT_PLACES,
    &organisations::POSTS_OPENING_NAMES,
    &post_acronyms::POST_ACRONYMS,
    &portfolio_runs::PORTFOLIO_RUNS,
    &constituencies::MEMBERS_FOR,
    &constituencies::CONSTITUENCIES,
    &constituencies::CONSTITUENCIES_BEFORE_POSTS,
    &posts::POSITIONS,
    &trim::NAMES,
    &kinds::KINDS,
];

/// Settles the overlaps the passes before it may leave.
static OVERLAPS: Pass = Pass {
    name: "overlaps",
    reason: "where the rules read overlapping names, the first one counts",
    reads: "spans",
    writes: "spans (sorted, never overlapping)",
    run: |_, st| st.spans.drop_overlaps(),
};

/// The reason the pass `name` gives.
fn reason_of(name: &str) -> Option<&'static str> {
    PASSES.iter().find(|p| p.name == name).map(|p| p.reason)
}

/// What every pass may read: the document, the lexicons and the words in lower
/// case.
struct Ctx<'c, 'a> {
    pub doc: &'c Doc<'a>,
    pub lex: &'c Lexicon,
    /// Each word in lower case.
    pub lower: &'c [&'c str],
    /// The number of tokens.
    pub n: usize,
    /// Per token: [`CAP`] and [`NAME`] bits, worked out once.
    pub flags: &'c [u8],
}

/// A capitalised word ([`Ctx::cap`]).
const CAP: u8 = 1;
/// A capitalised word that can open a name ([`Ctx::name_word`]).
const NAME: u8 = 2;

/// The [`CAP`] and [`NAME`] bits of each token of `doc`.
fn token_flags(doc: &Doc) -> Vec<u8> {
    (0..doc.tokens.len())
        .map(|t| {
            let w = doc.word(t);
            if !(is_capitalised(w) && w.chars().any(char::is_alphabetic)) {
                0
            } else if words::NOT_NAME_WORDS.contains(w) {
                CAP
            } else {
                CAP | NAME
            }
        })
        .collect()
}

impl<'a> Ctx<'_, 'a> {
    /// The word of token `t`.
    #[inline]
    pub fn w(&self, t: usize) -> &'a str {
        self.doc.word(t)
    }

    /// Whether token `t` exists and is a capitalised word.
    #[inline]
    pub fn cap(&self, t: usize) -> bool {
        t < self.n && self.flags[t] & CAP != 0
    }

    /// A capitalised word that can open a name (not `For`, `At`, `Ex`).
    #[inline]
    pub fn name_word(&self, t: usize) -> bool {
        t < self.n && self.flags[t] & NAME != 0
    }

    /// Whether token `t` starts a new line.
    #[inline]
    pub fn newline(&self, t: usize) -> bool {
        self.doc.tokens[t].newline_before
    }

    /// Whether tokens `s..e` are, whole, a place the gazetteer knows.
    pub fn known_place(&self, s: usize, e: usize) -> bool {
        let words: Vec<&str> = (s..e).map(|t| self.w(t)).collect();
        self.lex
            .longest_place(&words)
            .is_some_and(|(k, _)| k == words.len())
    }

    /// Whether token `t` is a demonym and no place by that name of its own
    /// (`Somali`, a region's other name only; not `Djibouti`, a country's
    /// name and its demonym, nor `Vatican`, a country's other name).
    pub fn lone_demonym(&self, t: usize) -> bool {
        let w = self.w(t);
        self.lex.demonym_country(w).is_some()
            && !self.lex.longest_place(&[w]).is_some_and(|(k, p)| {
                k == 1
                    && (p.name == w || matches!(p.facts.category.as_str(), "country" | "territory"))
            })
    }

    /// Whether token `t` is a hyphen glued to the tokens on both sides.
    #[inline]
    pub fn tight_hyphen(&self, t: usize) -> bool {
        glued(self.doc, t) && glued(self.doc, t + 1) && is_hyphen(self.w(t))
    }
}

/// What the passes edit.
struct State {
    /// The tagger's name spans as the passes have left them.
    pub spans: Spans,
    /// The titles and offices the position lexicon found.
    pub titles: Vec<positions::Found>,
    /// Tokens already in a candidate.
    pub taken: Vec<bool>,
    /// The candidates made so far.
    pub out: Vec<Candidate>,
}

pub(crate) fn is_honorific(lex: &Lexicon, w: &str) -> bool {
    words::PLAIN_HONORIFICS.contains(w) || lex.is_honorific(w)
}

/// The words of the multi-word person spans (`Rosa`, `Mae`, `King` of `Rosa Mae
/// King`).
fn full_name_words<'a>(doc: &Doc<'a>, spans: &Spans) -> FxSet<&'a str> {
    spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s > 1)
        .flat_map(|x| (x.s..x.e).map(|t| doc.word(t)))
        .collect()
}

#[inline]
fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[inline]
fn is_hyphen(w: &str) -> bool {
    matches!(w, "-" | "‐" | "‑")
}

/// Whether `w` is an opening quotation mark.
#[inline]
fn is_open_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'")
}

/// Whether `w` is a closing quotation mark.
#[inline]
fn is_close_quote(w: &str) -> bool {
    matches!(w, "\"" | "”" | "’" | "'")
}

/// Whether token `t` is glued to the one before it (no space).
#[inline]
fn glued(doc: &Doc, t: usize) -> bool {
    t < doc.tokens.len() && !doc.tokens[t].space_before
}

/// The reason of a person the tagger read and no pass made or changed.
const TAGGER_PERSON: &str = "the tagger read it as a person's name in this context";

/// The reason a name span gives: its pass's, or the tagger's.
fn span_reason(x: &Span, kind: Kind) -> Reason {
    match (x.by != TAGGER).then(|| reason_of(x.by)).flatten() {
        Some(r) => r.into(),
        None => match kind {
            Kind::Person => TAGGER_PERSON,
            _ => "the tagger read it as a place name in this context",
        }
        .into(),
    }
}

/// Runs all rule passes.
pub fn apply(doc: &Doc, tags: &[Tag], lex: &Lexicon) -> Vec<Candidate> {
    let n = doc.tokens.len();
    // Lower-case words: the word itself when it has no capital, else a
    // slice of one shared buffer (no allocation per token).
    let mut buf = String::new();
    let mut lowered = Vec::with_capacity(n);
    for i in 0..n {
        let w = doc.word(i);
        if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            let a = buf.len();
            if w.is_ascii() {
                buf.push_str(w);
                buf[a..].make_ascii_lowercase();
            } else {
                buf.push_str(&w.to_lowercase());
            }
            lowered.push(Some((a, buf.len())));
        } else {
            lowered.push(None);
        }
    }
    let lower: Vec<&str> = lowered
        .iter()
        .enumerate()
        .map(|(i, r)| r.map_or(doc.word(i), |(a, b)| &buf[a..b]))
        .collect();
    let flags = token_flags(doc);
    let ctx = Ctx {
        doc,
        lex,
        lower: &lower,
        n,
        flags: &flags,
    };
    let mut st = State {
        spans: Spans::new(n, bio_spans(tags)),
        titles: positions::find(doc, &lower, &vec![false; n]),
        taken: vec![false; n],
        out: Vec::new(),
    };
    for pass in PASSES {
        (pass.run)(&ctx, &mut st);
    }
    st.out
}

#[cfg(test)]
mod pass_table_tests {
    use super::PASSES;

    /// ARCHITECTURE.md's pass table, one row a pass in run order.
    fn table() -> String {
        PASSES
            .iter()
            .enumerate()
            .map(|(k, p)| {
                format!(
                    "| {} | `{}` | {} | {} | {} |\n",
                    k + 1,
                    p.name,
                    p.reason,
                    p.reads,
                    p.writes
                )
            })
            .collect()
    }

    #[test]
    fn rules_pass_table_matches_architecture() {
        let doc = include_str!("../../../ARCHITECTURE.md");
        let rows = table();
        assert!(
            doc.contains(&rows),
            "ARCHITECTURE.md's pass table should read:\n{rows}"
        );
        let mut names: Vec<&str> = PASSES.iter().map(|p| p.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), PASSES.len(), "pass names are unique");
    }
}
