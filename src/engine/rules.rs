//! Stage 4: tags + lexicons -> candidate mentions, each with the reason it fired.
//!
//! Takes the [`Doc`], the tagger's BIO tags and the [`Lexicon`]; creates
//! `Vec<Candidate>` in token units, sorted by start and never overlapping.
//!
//! Passes, in order (the model already reads document-wide evidence, so no
//! pass adds names from their other mentions, except the exact tails of full
//! names: measured, anything looser cost F1):
//! 1. `positions`: titles and offices from the position lexicon; they win over
//!    person and place spans (`President Putin` -> position + person), except
//!    title words that are names here (`Dean Jones`, `Billie Jean King`).
//! 2. `repair`: the tagger's spans completed where names have a shape it
//!    misreads: names beside a post (`Babu Owino, the MP for …`), particles
//!    (`Adrián de la Garza`, `von der Leyen`), hyphenated and East Asian names
//!    (`Sanwo-Olu`, `Lee Jae-myung`), regnal numbers, streets and `X State`
//!    places, dateline countries; and un-read where a name is no person or
//!    place: storms, venues, organisations with a place or a legal suffix in
//!    their name, teams in results tables, plural peoples, seats of government
//!    (`the Kremlin`), sentence adverbs, and one-word "persons" that the
//!    gazetteer knows as countries or capitals.
//! 3. `names`: the person and place spans, trimmed of titles,
//!    honorifics, demonyms and a leading `the` (places the gazetteer knows
//!    whole keep theirs: `Sri Lanka`); hyphenated pairs split when the article
//!    names each alone (`Zelenskyy-Putin`); names inside `X-led` compounds dropped.
//! 4. `kinds`: a name read as a person in some places and a place in others
//!    takes its majority reading everywhere.

use std::cell::OnceCell;

use crate::engine::annotation::{Kind, Reason};
use crate::engine::lexicon::casing::{FxMap, FxSet};
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
    pub reason: Reason,
}

/// Honorifics that are not offices; they stay outside person spans.
const HONORIFICS: &[&str] = &[
    "Baroness",
    "Dame",
    "Dr",
    "Dr.",
    "Lady",
    "Lord",
    "Madam",
    "Madame",
    "Messrs.",
    "Miss",
    "Mme",
    "Mme.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Prof.",
    "Professor",
    "Sheikh",
    "Sir",
];

pub(crate) fn is_honorific(lex: &Lexicon, w: &str) -> bool {
    HONORIFICS.contains(&w) || lex.is_honorific(w)
}

/// Whether tokens `s..e` are, whole, a place the gazetteer knows.
fn known_place(doc: &Doc, lex: &Lexicon, s: usize, e: usize) -> bool {
    let words: Vec<&str> = (s..e).map(|t| doc.word(t)).collect();
    lex.longest_place(&words)
        .is_some_and(|(k, _)| k == words.len())
}

/// The words of the multi-word person spans in `tagged` (`Rosa`, `Mae`,
/// `King` of `Rosa Mae King`).
fn full_name_words<'a>(doc: &Doc<'a>, tagged: &[(usize, usize, Label)]) -> FxSet<&'a str> {
    tagged
        .iter()
        .filter(|&&(s, e, l)| l == Label::Per && e - s > 1)
        .flat_map(|&(s, e, _)| (s..e).map(|t| doc.word(t)))
        .collect()
}

/// Whether `word` is in `list` (lower-case ASCII words), in any case,
/// without allocating.
fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
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
    // Lower-case words: the word itself when it has no capital, else a
    // slice of one shared buffer (no allocation per token).
    let mut buf = String::new();
    let mut lowered = Vec::with_capacity(n);
    for i in 0..n {
        let w = doc.word(i);
        if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            let a = buf.len();
            if w.is_ascii() {
                buf.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
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
    let titles = positions::find(doc, &lower, &vec![false; n]);
    let mut tagged = spans(tags);
    let titles = names_not_titles(doc, lex, titles, &mut tagged);
    let mut tagged = repair(doc, lex, &titles, tagged);
    context_places(doc, lex, &titles, &lower, &mut tagged);

    // A post opening what the tagger read as one organisation or other name:
    // `president of the Federation of Copper Workers`, `Emir of Qatar`,
    // `Minister of Emergency Management and Community Resilience`. The post
    // stays; the rest is the organisation, or a place the gazetteer knows.
    // Portfolios read as organisations inside a post (`Minister of
    // Agriculture, Forestry and Fisheries`) go.
    let mut title_end_at = vec![usize::MAX; n];
    let mut title_of = vec![usize::MAX; n];
    for (k, f) in titles.iter().enumerate() {
        title_end_at[f.start] = f.end;
        title_of[f.start..f.end].iter_mut().for_each(|x| *x = k);
    }
    tagged.retain_mut(|span| {
        let (s, e, label) = *span;
        if !matches!(label, Label::Org | Label::Misc) {
            return true;
        }
        if title_of[s] != usize::MAX && title_of[s] == title_of[e - 1] {
            return false;
        }
        // An organisation that runs into a post: `House Minority` +
        // `Minority Leader` is `House` + the post.
        if let Some(f) = titles.get(title_of[e - 1]) {
            if f.start > s && f.end > e && title_of[s] == usize::MAX {
                span.1 = f.start;
                return true;
            }
        }
        let te = title_end_at[s];
        if te == usize::MAX || te > e {
            return true;
        }
        if te + 1 < e && matches!(lower[te], "of" | "for" | "to") {
            let place = known_place(doc, lex, te + 1, e);
            *span = (te + 1, e, if place { Label::Loc } else { label });
        }
        true
    });

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

    // Pass 1: positions (none inside organisation names).
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    for f in titles
        .into_iter()
        .filter(|f| !(f.start..f.end).any(|t| blocked[t]))
    {
        taken[f.start..f.end].iter_mut().for_each(|b| *b = true);
        out.push(Candidate {
            start: f.start,
            end: f.end,
            kind: Kind::Position,
            reason: f.reason.into(),
        });
    }

    // Words the article uses on their own, not inside a hyphenated compound;
    // built only when a hyphenated pair needs it.
    let standalone = Standalone {
        doc,
        words: OnceCell::new(),
    };

    // Pass 2: the tagger's names.
    for (s, e, label) in tagged {
        let kind = match label {
            Label::Per => Kind::Person,
            Label::Loc => Kind::Place,
            _ => continue,
        };
        for (s, e) in clean_span(doc, lex, &standalone, &taken, s, e, kind) {
            let reason = match kind {
                Kind::Person => "the tagger read it as a person's name in this context",
                _ => "the tagger read it as a place name in this context",
            };
            taken[s..e].iter_mut().for_each(|b| *b = true);
            out.push(Candidate {
                start: s,
                end: e,
                kind,
                reason: reason.into(),
            });
        }
    }

    // Pass 4: one name, one kind. A name read as a person in some places and a
    // place in others takes the kind most of its mentions have.
    consistent_kinds(doc, &mut out);
    out.sort_by_key(|c| (c.start, c.end));
    // The contract: sorted, never overlapping (the passes above keep it; this
    // keeps it whatever a future pass does).
    let mut end = 0;
    out.retain(|c| {
        let keep = c.start >= end && c.end > c.start;
        if keep {
            end = c.end;
        }
        keep
    });
    out
}

/// Title words that are also common given names. (The given-name list holds
/// more, such as `Mayor`, but those open a name far less often than a title.)
const TITLE_GIVEN_NAMES: &[&str] = &["Dean"];

/// Title words that are names here: a surname after a given name (`Billie
/// Jean King`, and then every lone `King` that is no title before a name),
/// or a given name opening a name with no article or modifier before it
/// (`Dean Jones`, `captain Dean Jones`; but `the Dean`, `Law School Dean
/// Ann Ruiz`). Returns the titles that remain; adds the names to `tagged`.
fn names_not_titles(
    doc: &Doc,
    lex: &Lexicon,
    titles: Vec<positions::Found>,
    tagged: &mut Vec<(usize, usize, Label)>,
) -> Vec<positions::Found> {
    let n = doc.tokens.len();
    let w = |t: usize| doc.word(t);
    let name_like = |t: usize| {
        t < n
            && is_capitalised(w(t))
            && w(t).chars().any(char::is_lowercase)
            && !in_list(NOT_NAME_WORDS, w(t))
    };
    let person_at = |tagged: &[(usize, usize, Label)], t: usize| {
        tagged
            .iter()
            .position(|&(s, e, l)| l == Label::Per && s <= t && t < e)
    };
    // Where titles end, and the tokens just after each title's first.
    let mut title_end = vec![false; n + 1];
    let mut after_title_start = vec![false; n + 1];
    for f in &titles {
        title_end[f.end] = true;
        after_title_start[f.start + 1..=f.end]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    let titled_before = |t: usize| title_end[t];
    let mut surnames: FxSet<&str> = FxSet::default();
    let mut keep = Vec::with_capacity(titles.len());
    let mut dropped = Vec::new();
    for f in &titles {
        let (s, e) = (f.start, f.end);
        let one = e == s + 1 && name_like(s) && !doc.tokens[s].newline_before;
        // A surname: `Billie Jean King said`.
        let after_given = one
            && s > 0
            && name_like(s - 1)
            && doc.tokens[s].space_before
            && !titled_before(s)
            && !after_title_start[s]
            && (lex.is_given_name(w(s - 1)) || person_at(tagged, s - 1).is_some())
            && lex.demonym_country(w(s - 1)).is_none()
            && !name_like(e);
        if after_given {
            let mut b = s - 1;
            while b > 0 && name_like(b - 1) && !doc.tokens[b].newline_before {
                b -= 1;
            }
            tagged.retain(|&(ts, te, _)| te <= b || ts > s);
            tagged.push((b, e, Label::Per));
            surnames.insert(w(s));
            dropped.push(s);
            continue;
        }
        // A given name: `Dean Jones`.
        let prev = s.checked_sub(1).map(w).unwrap_or("");
        let bare = s == 0
            || doc.tokens[s].newline_before
            || titled_before(s)
            || matches!(
                prev,
                "," | ":" | ";" | "(" | "\"" | "“" | "-" | "–" | "—" | "and"
            )
            || prev.chars().all(|c| !c.is_alphanumeric());
        if one && TITLE_GIVEN_NAMES.contains(&w(s)) && name_like(e) && bare {
            let mut end = e + 1;
            while end < n && name_like(end) && !doc.tokens[end].newline_before {
                end += 1;
            }
            tagged.retain(|&(ts, te, _)| te <= s || ts >= end);
            tagged.push((s, end, Label::Per));
            dropped.push(s);
            continue;
        }
        keep.push(f.clone());
    }
    // Lone mentions of such a surname, not before a name: `King said`.
    keep.retain(|f| {
        let lone = f.end == f.start + 1 && surnames.contains(w(f.start)) && !name_like(f.end);
        if lone && person_at(tagged, f.start).is_none() {
            tagged.retain(|&(ts, te, _)| te <= f.start || ts >= f.end);
            tagged.push((f.start, f.end, Label::Per));
        }
        !lone
    });
    tagged.sort_by_key(|&(s, e, _)| (s, e));
    keep
}

/// Gives every mention of the same text the majority kind among its person
/// and place readings (ties keep each reading).
fn consistent_kinds(doc: &Doc, out: &mut [Candidate]) {
    let mut votes: FxMap<&str, (usize, usize)> = FxMap::default();
    for c in out.iter() {
        let v = votes.entry(doc.span_text(c.start, c.end)).or_default();
        match c.kind {
            Kind::Person => v.0 += 1,
            Kind::Place => v.1 += 1,
            Kind::Position => {}
        }
    }
    for c in out.iter_mut().filter(|c| c.kind != Kind::Position) {
        let text = doc.span_text(c.start, c.end);
        let (per, loc) = votes[text];
        let kind = match per.cmp(&loc) {
            std::cmp::Ordering::Greater => Kind::Person,
            std::cmp::Ordering::Less => Kind::Place,
            std::cmp::Ordering::Equal => c.kind,
        };
        if kind != c.kind {
            c.kind = kind;
            c.reason = format!(
                "read as a {} here, like most mentions of “{text}” in this article",
                if kind == Kind::Person {
                    "person"
                } else {
                    "place"
                }
            )
            .into();
        }
    }
}

/// The words an article uses on their own, outside hyphenated compounds,
/// collected on first use.
struct Standalone<'d, 'a> {
    doc: &'d Doc<'a>,
    words: OnceCell<FxSet<&'d str>>,
}

impl<'d> Standalone<'d, '_> {
    fn has(&self, word: &str) -> bool {
        self.words
            .get_or_init(|| {
                let (doc, n) = (self.doc, self.doc.tokens.len());
                (0..n)
                    .filter(|&t| {
                        let before = t >= 1 && is_hyphen(doc.word(t - 1)) && glued(doc, t);
                        let after = t + 1 < n && is_hyphen(doc.word(t + 1)) && glued(doc, t + 1);
                        !before && !after
                    })
                    .map(|t| doc.word(t))
                    .collect()
            })
            .contains(word)
    }
}

/// Trims a person or place span and splits hyphenated pairs; returns the
/// pieces that remain.
fn clean_span(
    doc: &Doc,
    lex: &Lexicon,
    standalone: &Standalone,
    taken: &[bool],
    mut s: usize,
    mut e: usize,
    kind: Kind,
) -> Vec<(usize, usize)> {
    // Titles found in pass 1 win; the name is what is left after them.
    while s < e && taken[s] {
        s += 1;
    }
    while s < e && taken[e - 1] {
        e -= 1;
    }
    // Titles inside too: the name is the last run after them.
    while let Some(t) = (s..e).find(|&t| taken[t]) {
        s = t + 1;
        while s < e && taken[s] {
            s += 1;
        }
    }
    while s < e && matches!(doc.word(e - 1), "’s" | "'s" | "'S" | "’S") {
        e -= 1;
    }
    // Places the gazetteer knows whole keep their first word (`Sri Lanka`,
    // `St. Louis`, `Czech Republic`); otherwise honorifics and demonyms go
    // (`Lord 's`, `Jewish West Bank`).
    let known_place = |s: usize, e: usize| known_place(doc, lex, s, e);
    while s < e
        && (((kind == Kind::Person || !known_place(s, e)) && is_honorific(lex, doc.word(s)))
            || (kind == Kind::Place
                && e - s > 1
                && lex.demonym_country(doc.word(s)).is_some()
                && !known_place(s, e))
            || matches!(doc.word(s), "the" | "The" | "THE" | "’s" | "'s"))
    {
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
    if e + 1 < doc.tokens.len()
        && is_hyphen(doc.word(e))
        && glued(doc, e)
        && glued(doc, e + 1)
        && !is_capitalised(doc.word(e + 1))
    {
        return vec![];
    }
    // A hyphenated pair of single names: `Zelenskyy-Putin meeting`.
    if kind == Kind::Person
        && e - s == 3
        && is_hyphen(doc.word(s + 1))
        && glued(doc, s + 1)
        && glued(doc, s + 2)
    {
        let next_is_name =
            e < doc.tokens.len() && is_capitalised(doc.word(e)) && doc.tokens[e].space_before;
        let particle = OPENING_PARTICLES.contains(&doc.word(s));
        // Two people only when the article names each alone too; else one
        // hyphenated name (`Sanwo-Olu said`, `Abdel-Fattah`).
        let both_alone = standalone.has(doc.word(s)) && standalone.has(doc.word(s + 2));
        if is_capitalised(doc.word(s))
            && is_capitalised(doc.word(s + 2))
            && !next_is_name
            && !particle
            && both_alone
        {
            return vec![(s, s + 1), (s + 2, s + 3)];
        }
    }
    vec![(s, e)]
}

/// Lower-case name particles that stay inside a person's name.
const PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el",
    "ibn", "la", "le", "ter", "van", "von", "y",
];

/// Honorifics after which capitalised words are a person's name.
const NAME_HONORIFICS: &[&str] = &[
    "Sheikh", "Sheikha", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Baroness", "Dame", "Sir",
];

/// Capitalised particles that may open a name (`De la Garza`, `Al-Naimat`).
const OPENING_PARTICLES: &[&str] = &[
    "Abu", "Al", "Ben", "Bin", "Da", "De", "Del", "Di", "Du", "El", "Ibn", "La", "Le", "Van", "Von",
];

/// Words that make a capitalised phrase an organisation, not a name.
const ORG_WORDS: &[&str] = &[
    "agency",
    "association",
    "authority",
    "bank",
    "baseball",
    "board",
    "bureau",
    "centre",
    "center",
    "church",
    "club",
    "college",
    "commission",
    "committee",
    "conference",
    "company",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "federation",
    "foundation",
    "fund",
    "group",
    "inc",
    "institute",
    "league",
    "ministry",
    "office",
    "party",
    "police",
    "school",
    "service",
    "society",
    "union",
    "university",
];

/// Street words after a name (`Tom Mboya Street`) and before one (`Avenida Juárez`).
const STREET_AFTER: &[&str] = &[
    "Avenue",
    "Boulevard",
    "Drive",
    "Highway",
    "Lane",
    "Road",
    "Square",
    "Street",
    "Ave.",
    "Blvd.",
    "Rd.",
];
const STREET_BEFORE: &[&str] = &["Avenida", "Calle", "Jalan", "Rua", "Rue", "Via", "Viale"];

/// Head nouns of named parks, waters and landforms.
const PLACE_HEADS: &[&str] = &[
    "Bay",
    "County",
    "District",
    "Governorate",
    "Oblast",
    "Prefecture",
    "Province",
    "Region",
    "State",
    "Beach",
    "Bridge",
    "Canal",
    "Dam",
    "Desert",
    "Gardens",
    "Gulf",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "Park",
    "Peninsula",
    "Reservoir",
    "River",
    "Valley",
];

/// Seats of government and buildings that news uses for an institution; the
/// guidelines make them no places.
const NOT_PLACES: &[&str] = &[
    "Blue House",
    "Capitol",
    "Downing Street",
    "Elysee",
    "Elysée",
    "Kremlin",
    "Pentagon",
    "Quai d'Orsay",
    "White House",
    "Whitehall",
    "Zhongnanhai",
];

/// Capitalised words that start sentences or compounds but never a name.
const NOT_NAME_WORDS: &[&str] = &[
    "a", "after", "an", "and", "anti", "as", "at", "before", "but", "by", "ex", "for", "from",
    "if", "in", "into", "non", "of", "on", "or", "post", "pre", "pro", "the", "then", "to", "when",
    "while", "with",
];

/// Titles of monarchs and popes, after which a lone `I`, `V` or `X` is a
/// regnal number (`Queen Elizabeth I`).
const REGAL: &[&str] = &[
    "King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Prince", "Princess", "Sultan",
    "Shah", "Kaiser",
];

/// Lower-case words after a hyphen that make an English compound, not a
/// name (`Kenyan-led`, `U.N.-run`, `Xi-era`).
const COMPOUND_TAILS: &[&str] = &[
    "led", "run", "era", "old", "born", "made", "like", "type", "wide", "long", "free", "only",
    "rich", "bred", "held", "less", "ish", "up", "out", "on", "off", "fed", "war",
];

/// Words that end a company's name.
const COMPANY_SUFFIXES: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "Bros", "Bros.", "SpA", "AG", "SA",
    "NV", "plc", "PLC", "GmbH", "LLC", "Holdings",
];

/// Capitalised words that open sentences but never name anyone or anywhere.
const NOT_NAMES: &[&str] = &[
    "According",
    "Afterwards",
    "Also",
    "Although",
    "Asked",
    "Despite",
    "Earlier",
    "Elsewhere",
    "Eventually",
    "Finally",
    "Furthermore",
    "However",
    "Indeed",
    "Initially",
    "Instead",
    "Later",
    "Likewise",
    "Meanwhile",
    "Moreover",
    "Nevertheless",
    "Nonetheless",
    "Now",
    "Officially",
    "Overall",
    "Previously",
    "Privately",
    "Publicly",
    "Separately",
    "Similarly",
    "Speaking",
    "Still",
    "Then",
    "Though",
    "Today",
    "Tomorrow",
    "Yesterday",
    "Yet",
];

/// Words before a storm's name.
const STORM_WORDS: &[&str] = &[
    "Typhoon",
    "Hurricane",
    "Cyclone",
    "Storm",
    "typhoon",
    "hurricane",
    "cyclone",
    "storm",
    "typhoons",
    "hurricanes",
    "storms",
];

/// Facilities named after people or places: neither persons nor places.
const VENUE_WORDS: &[&str] = &[
    "airport", "airports", "stadium", "arena", "hospital", "station", "terminal",
];

/// Sports whose national bodies are named `Cricket Australia`, `Rugby Australia`.
const SPORT_WORDS: &[&str] = &[
    "Cricket",
    "Rugby",
    "Football",
    "Tennis",
    "Athletics",
    "Hockey",
    "Netball",
];

/// Party members after a place name (`New Jersey Democrats`).
const PARTY_MEMBERS: &[&str] = &["Republican", "Republicans", "Democrat", "Democrats"];

/// Capitalised words that follow a post but name no one (`the mayor Monday`).
const NOT_NAME_AFTER_TITLE: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
];

/// Words between `Name,` and the post in an apposition (`, the`, `, a former`).
const APPOSITION_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "former",
    "acting",
    "outgoing",
    "interim",
    "senior",
    "longtime",
    "veteran",
    "then",
    "-",
    "regional",
    "provincial",
    "state",
    "local",
    "national",
    "federal",
    "county",
    "district",
];

/// Locative words after which a gazetteer name is a place, not a person.
const LOCATIVE: &[&str] = &[
    "across",
    "from",
    "in",
    "into",
    "near",
    "outside",
    "throughout",
    "to",
    "towards",
];

/// Local posts whose holder is named after the place (`Thompson Mayor Ana Ruiz`).
const LOCAL_POSTS: &[&str] = &["mayor", "deputy mayor", "lord mayor", "premier"];

/// Words that open a capitalised phrase before a post but are no place.
const NOT_JURISDICTION: &[&str] = &[
    "Former",
    "Acting",
    "Then",
    "Interim",
    "Outgoing",
    "Incoming",
    "New",
    "Labour",
    "Labor",
    "Conservative",
    "Liberal",
    "Democratic",
    "Republican",
    "Socialist",
    "Green",
    "Social",
    "Christian",
    "Free",
    "Progressive",
    "National",
    "Blue",
];

/// Places known by the company they keep, where the tagger and gazetteer
/// miss them: members of a list with a place after a locative word (`in
/// Perth, Brisbane and Adelaide`, `between Roermond and Landgraaf`), the jurisdiction before a
/// local post (`Aparri Mayor Ana Ruiz`, `Miami-Dade Mayor`) and a party
/// member's home (`a Tampa Democrat`). `tagged` must be sorted; it stays so.
fn context_places(
    doc: &Doc,
    lex: &Lexicon,
    titles: &[positions::Found],
    lower: &[&str],
    tagged: &mut Vec<(usize, usize, Label)>,
) {
    let n = doc.tokens.len();
    let w = |t: usize| doc.word(t);
    let name_word = |t: usize| {
        let x = w(t);
        is_capitalised(x)
            && x.chars().any(char::is_lowercase)
            && !in_list(NOT_NAME_WORDS, x)
            && !NOT_NAMES.contains(&x)
            && !NOT_NAME_AFTER_TITLE.contains(&x)
            && !NOT_JURISDICTION.contains(&x)
            && !in_list(ORG_WORDS, x)
            && lex.demonym_country(x).is_none()
            // Regional adjectives the demonym list lacks: `Bavarian`.
            && !["ian", "ean", "ese", "ish"].iter().any(|a| x.ends_with(a))
    };
    let mut sentence_start = vec![false; n + 1];
    for r in &doc.sentences {
        if r.start < n {
            sentence_start[r.start] = true;
        }
    }
    let mut span_at = vec![usize::MAX; n];
    for (k, &(s, e, _)) in tagged.iter().enumerate() {
        span_at[s..e].iter_mut().for_each(|x| *x = k);
    }
    // A run of capitalised words (glued hyphens inside) ending at `end`,
    // up to four tokens, not across a line.
    let run_before = |end: usize| {
        let mut s = end;
        while s > 0 && end - s < 4 {
            let t = s - 1;
            let hyphen = t > 0
                && s < end
                && is_hyphen(w(t))
                && glued(doc, t)
                && glued(doc, s)
                && name_word(t - 1);
            if !(name_word(t) || hyphen) {
                break;
            }
            s = t;
            if doc.tokens[s].newline_before {
                break;
            }
        }
        if s < end && is_hyphen(w(s)) {
            s += 1;
        }
        s
    };
    let mut add: Vec<(usize, usize)> = Vec::new();
    // Whether `s..e` holds only whole tagged spans that are no place yet.
    let retypable = |s: usize, e: usize| {
        s < e
            && (span_at[s] == usize::MAX || tagged[span_at[s]].0 == s)
            && (span_at[e - 1] == usize::MAX || tagged[span_at[e - 1]].1 == e)
            && tagged.get(span_at[s]) != Some(&(s, e, Label::Loc))
            && (s..e).all(|t| {
                span_at[t] == usize::MAX || {
                    let (ps, pe, l) = tagged[span_at[t]];
                    !(l == Label::Per && pe - ps > 1)
                }
            })
    };

    // The jurisdiction before a local post.
    for f in titles {
        let local = f.end - f.start <= 2
            && LOCAL_POSTS.iter().any(|p| {
                let mut words = p.split(' ').rev();
                (f.start..f.end)
                    .rev()
                    .all(|t| words.next().is_some_and(|x| x.eq_ignore_ascii_case(w(t))))
                    && words.next().is_none()
            });
        if !local {
            continue;
        }
        let s = run_before(f.start);
        let after_of = s > 0 && matches!(w(s - 1), "of" | "’s" | "'s");
        if s < f.start && !after_of && retypable(s, f.start) {
            add.push((s, f.start));
        }
    }
    // A party member's home: `a Tampa Democrat`, `both New Jersey Democrats`.
    for (t, &k) in span_at.iter().enumerate().skip(1) {
        if !matches!(
            lower[t],
            "democrat" | "democrats" | "republican" | "republicans"
        ) || !PARTY_MEMBERS.contains(&w(t))
        {
            continue;
        }
        let s = run_before(t);
        let det = s > 0 && matches!(w(s - 1), "a" | "an" | "both" | "fellow" | "two" | "three");
        // The tagger may have read `Tampa Democrat` as one name.
        let whole = tagged.get(k).map_or(t, |x| x.1);
        if s < t && det && retypable(s, whole) {
            add.push((s, t));
        }
    }

    // Lists: members joined by `,`, `and`, `or`.
    // A member: a whole tagged span, or a run of up to three capitalised
    // words (checked in full only for a list that qualifies: cheap first).
    let full_word = &name_word;
    let name_word = |t: usize| {
        let x = w(t);
        is_capitalised(x) && x.chars().any(char::is_lowercase)
    };
    let member_ending = |end: usize| -> Option<(usize, usize)> {
        if end == 0 {
            return None;
        }
        match span_at[end - 1] {
            usize::MAX => {
                let mut s = end;
                while s > 0 && end - s < 3 && span_at[s - 1] == usize::MAX && name_word(s - 1) {
                    s -= 1;
                    if doc.tokens[s].newline_before {
                        break;
                    }
                }
                (s < end).then_some((s, end))
            }
            k => (tagged[k].1 == end).then_some((tagged[k].0, end)),
        }
    };
    let member_starting = |start: usize| -> Option<(usize, usize)> {
        if start >= n {
            return None;
        }
        match span_at[start] {
            usize::MAX => {
                let mut e = start;
                while e < n
                    && e - start < 3
                    && span_at[e] == usize::MAX
                    && name_word(e)
                    && (e == start || !doc.tokens[e].newline_before)
                {
                    e += 1;
                }
                (e > start).then_some((start, e))
            }
            k => (tagged[k].0 == start).then_some((start, tagged[k].1)),
        }
    };
    // The kind of a member: Some(label) for a tagged span, None for a run.
    let kind = |(s, _): (usize, usize)| (span_at[s] != usize::MAX).then(|| tagged[span_at[s]].2);
    let mut chain: Vec<(usize, usize)> = Vec::new();
    let mut joined;
    let flush = |chain: &mut Vec<(usize, usize)>, joined: bool, add: &mut Vec<(usize, usize)>| {
        if !joined || chain.len() < 2 {
            chain.clear();
            return;
        }
        // After a locative word: `in Thanet, Dover and Folkestone`, `between
        // Roermond and Landgraaf` (not `attention on Mercantile, Commerce`).
        let locative = chain.first().is_some_and(|&(s, _)| {
            let b = if s > 0 && w(s - 1) == "the" { s - 1 } else { s };
            b > 0 && (LOCATIVE.contains(&w(b - 1)) || w(b - 1) == "between")
        });
        let place = chain.iter().any(|&m| kind(m) == Some(Label::Loc));
        let others_ok = || {
            chain.iter().all(|&(s, e)| match kind((s, e)) {
                Some(Label::Loc) => true,
                _ if known_place(doc, lex, s, e) && !sentence_start[s] => true,
                Some(Label::Per) => e == s + 1 && !lex.is_given_name(w(s)),
                Some(_) => false,
                None => !sentence_start[s] && (s..e).all(full_word),
            })
        };
        if locative && place && others_ok() {
            add.extend(
                chain
                    .iter()
                    .copied()
                    .filter(|&m| kind(m) != Some(Label::Loc)),
            );
        }
        chain.clear();
    };
    // Walk out from each place along its list (a few steps each): no pass
    // over every token.
    let connector = |t: usize| matches!(lower[t], "," | "and" | "or");
    for &(ps, pe, l) in tagged.iter() {
        if l != Label::Loc {
            continue;
        }
        // Only from the list's first place: a list walked once.
        chain.clear();
        chain.push((ps, pe));
        joined = false;
        let mut first_place = true;
        let mut s = ps;
        while s > 0 && chain.len() < 10 && connector(s - 1) {
            let c = s - 1;
            let is_and = lower[c] != ",";
            let end = if is_and && c > 0 && lower[c - 1] == "," {
                c - 1
            } else {
                c
            };
            let Some(left) = member_ending(end) else {
                break;
            };
            if kind(left) == Some(Label::Loc) {
                first_place = false;
                break;
            }
            joined |= is_and;
            chain.insert(0, left);
            s = left.0;
        }
        if !first_place {
            continue;
        }
        let mut e = pe;
        while e < n && chain.len() < 10 && connector(e) {
            let right_start =
                if lower[e] == "," && e + 1 < n && matches!(lower[e + 1], "and" | "or") {
                    e + 2
                } else {
                    e + 1
                };
            joined |= lower[e] != "," || right_start == e + 2;
            match member_starting(right_start) {
                Some(right) => {
                    chain.push(right);
                    e = right.1;
                }
                None => break,
            }
        }
        flush(&mut chain, joined, &mut add);
    }

    if add.is_empty() {
        return;
    }
    // Persons that are also words of a full name in the article stay persons
    // (one pass over the spans, looking up only the few words added).
    let lone: FxSet<&str> = add
        .iter()
        .filter(|&&(s, e)| e == s + 1 && span_at[s] != usize::MAX)
        .map(|&(s, _)| w(s))
        .collect();
    if !lone.is_empty() {
        let full: FxSet<&str> = tagged
            .iter()
            .filter(|&&(s, e, l)| l == Label::Per && e - s > 1)
            .flat_map(|&(s, e, _)| (s..e).map(w))
            .filter(|x| lone.contains(x))
            .collect();
        add.retain(|&(s, e)| !(e == s + 1 && full.contains(w(s)) && span_at[s] != usize::MAX));
    }
    let by_add = Cover::of(
        n,
        &add.iter()
            .map(|&(s, e)| (s, e, Label::Loc))
            .collect::<Vec<_>>(),
        |_| true,
    );
    tagged.retain(|&(s, e, _)| !by_add.any(s, e));
    tagged.extend(add.into_iter().map(|(s, e)| (s, e, Label::Loc)));
    tagged.sort_by_key(|&(s, e, _)| (s, e));
    tagged.dedup();
}

fn is_o(tags: &[(usize, usize, Label)], t: usize) -> bool {
    !tags.iter().any(|&(s, e, _)| s <= t && t < e)
}

/// How many spans cover each token: [`is_o`] in constant time for a loop
/// over a long text, kept exact as spans are added and removed.
struct Cover(Vec<u32>);

impl Cover {
    /// The cover of `n` tokens by those of `spans` that `keep` accepts.
    fn of(n: usize, spans: &[(usize, usize, Label)], keep: impl Fn(Label) -> bool) -> Cover {
        let mut c = Cover(vec![0; n]);
        for &(s, e, l) in spans {
            if keep(l) {
                c.add(s, e);
            }
        }
        c
    }

    fn add(&mut self, s: usize, e: usize) {
        let e = e.min(self.0.len());
        self.0[s.min(e)..e].iter_mut().for_each(|x| *x += 1);
    }

    fn remove(&mut self, s: usize, e: usize) {
        let e = e.min(self.0.len());
        self.0[s.min(e)..e].iter_mut().for_each(|x| *x -= 1);
    }

    /// Whether no span covers token `t` (as [`is_o`]).
    fn is_o(&self, t: usize) -> bool {
        self.0.get(t).is_none_or(|&x| x == 0)
    }

    /// Whether some span covers a token of `s..e`.
    fn any(&self, s: usize, e: usize) -> bool {
        (s..e).any(|t| !self.is_o(t))
    }
}

/// Completes and re-types the tagger's spans where names have shapes it
/// misreads. Returns spans sorted and non-overlapping.
fn repair(
    doc: &Doc,
    lex: &Lexicon,
    titles: &[positions::Found],
    mut tagged: Vec<(usize, usize, Label)>,
) -> Vec<(usize, usize, Label)> {
    let n = doc.tokens.len();
    let w = |t: usize| doc.word(t);
    let cap = |t: usize| t < n && is_capitalised(w(t)) && w(t).chars().any(char::is_alphabetic);
    // A capitalised word that can open a name (not `For`, `At`, `Ex`).
    let name_word = |t: usize| cap(t) && !in_list(NOT_NAME_WORDS, w(t));

    // A title inside an organisation name: `Monterrey Mayor Adrián Garza` read
    // as one organisation is place + title + person.
    let mut split = Vec::new();
    // The first title (in list order) inside `s..e`; titles come in text
    // order, so only those starting inside need looking at.
    let sorted = titles.is_sorted_by_key(|p| p.start);
    let title_inside = |s: usize, e: usize| {
        let from = if sorted {
            titles.partition_point(|p| p.start < s)
        } else {
            0
        };
        titles[from..]
            .iter()
            .take_while(|p| !sorted || p.start < e)
            .find(|p| s <= p.start && p.end < e)
    };
    tagged.retain(|&(s, e, label)| {
        if !matches!(label, Label::Org | Label::Misc) {
            return true;
        }
        let Some(p) = title_inside(s, e) else {
            return true;
        };
        let name_after = (p.end..e)
            .all(|t| (cap(t) || PARTICLES.contains(&w(t))) && !in_list(ORG_WORDS, w(t)))
            && cap(p.end);
        if !name_after {
            return true;
        }
        if p.start > s {
            let place = known_place(doc, lex, s, p.start);
            split.push((s, p.start, if place { Label::Loc } else { label }));
        }
        split.push((p.end, e, Label::Per));
        false
    });
    tagged.extend(split);
    tagged.sort_by_key(|&(s, e, _)| (s, e));

    // A name after an honorific that is never a place's or a title's:
    // `Sheikh Ali bin Hamad Al Thani`, `Sheikh Meshal Al-Ahmad Al-Sabah`,
    // `Baroness Ruiz` (the tagger stops at particles or reads a place).
    // (Not inside a name: `Hassan Sheikh Mohamud`.)
    let mut title_ends = vec![false; n + 1];
    titles.iter().for_each(|f| title_ends[f.end] = true);
    let mut honoured = Vec::new();
    for (t, &titled) in title_ends.iter().enumerate().take(n.saturating_sub(1)) {
        if !matches!(
            doc.word(t).as_bytes().first(),
            Some(b'S' | b'M' | b'B' | b'D')
        ) || !NAME_HONORIFICS.contains(&w(t))
            || !name_word(t + 1)
            || in_list(ORG_WORDS, w(t + 1))
            || (t > 0 && name_word(t - 1) && !titled && !doc.tokens[t].newline_before)
        {
            continue;
        }
        let mut e = t + 2;
        while e < n && e - t < 9 && !doc.tokens[e].newline_before {
            if name_word(e) && doc.tokens[e].space_before && !in_list(ORG_WORDS, w(e)) {
                e += 1;
            } else if e + 1 < n
                && name_word(e + 1)
                && (PARTICLES.contains(&w(e))
                    || OPENING_PARTICLES.contains(&w(e))
                    || (is_hyphen(w(e)) && glued(doc, e) && glued(doc, e + 1)))
            {
                e += 2;
            } else {
                break;
            }
        }
        if known_place(doc, lex, t + 1, e) {
            continue;
        }
        honoured.push((t + 1, e, Label::Per));
    }
    if !honoured.is_empty() {
        let by_name = Cover::of(n, &honoured, |_| true);
        tagged.retain(|&(s, e, _)| !by_name.any(s, e));
        tagged.extend(honoured);
        tagged.sort_by_key(|&(s, e, _)| (s, e));
    }

    // Particles inside and before person names.
    let mut i = 0;
    while i < tagged.len() {
        let (mut s, mut e, label) = tagged[i];
        if label == Label::Per {
            // `Adrián` + `de la` + `Garza`.
            let mut j = e;
            while j < n && PARTICLES.contains(&w(j)) && doc.tokens[j].space_before {
                j += 1;
            }
            if j > e && cap(j) {
                let next = tagged.iter().position(|&(ns, _, _)| ns == j);
                e = match next {
                    Some(k) => tagged.remove(k).1,
                    None => j + 1,
                };
            }
            // `De la` + `Garza`, `Al-` + `Naimat`, `Jean-` + `Pierre Roux`.
            loop {
                let mut b = s;
                while b > 0 && PARTICLES.contains(&w(b - 1)) && is_o(&tagged, b - 1) {
                    b -= 1;
                }
                if b > 0 && OPENING_PARTICLES.contains(&w(b - 1)) && is_o(&tagged, b - 1) {
                    s = b - 1;
                } else if s >= 2
                    && is_hyphen(w(s - 1))
                    && glued(doc, s - 1)
                    && glued(doc, s)
                    && name_word(s - 2)
                    && w(s - 2).chars().any(char::is_lowercase)
                    && is_o(&tagged, s - 2)
                {
                    s -= 2;
                } else {
                    break;
                }
            }
            tagged[i] = (s, e, label);
        }
        i += 1;
    }

    // East Asian given names with a lower-case syllable after a hyphen:
    // `Kim In-so`, `Lee Jae-myung`, `Li Song-ho` (the tagger stops at the
    // hyphen or misses the name).
    let tail = |t: usize| {
        t + 2 < n
            && cap(t)
            && w(t).chars().count() <= 6
            && is_hyphen(w(t + 1))
            && glued(doc, t + 1)
            && glued(doc, t + 2)
            && w(t + 2).chars().count() <= 5
            && w(t + 2).chars().all(|c| c.is_lowercase())
            && !COMPOUND_TAILS.contains(&w(t + 2))
    };
    for span in tagged.iter_mut() {
        let (_, e, label) = *span;
        if label == Label::Per && tail(e - 1) {
            span.1 = e + 2;
        } else if label == Label::Per && tail(e) && !doc.tokens[e].newline_before {
            span.1 = e + 3;
        }
    }
    for t in 1..n {
        if tail(t)
            && name_word(t - 1)
            && w(t - 1).chars().count() <= 5
            && (t - 1..t + 3).all(|k| {
                !tagged
                    .iter()
                    .any(|&(s, e, l)| s <= k && k < e && matches!(l, Label::Per | Label::Loc))
            })
            && !doc.tokens[t].newline_before
            && (t < 2 || !cap(t - 2) || titles.iter().any(|f| f.end == t - 1))
        {
            tagged.retain(|&(s, e, _)| e < t || s >= t + 3);
            tagged.push((t - 1, t + 3, Label::Per));
        }
    }
    tagged.sort_by_key(|&(s, e, _)| (s, e));

    // The rest of a hyphenated surname the tagger left out: `Adewale
    // Fasanya` + `-Ibe`.
    for i in 0..tagged.len() {
        let (s, e, label) = tagged[i];
        if label == Label::Per
            && e + 1 < n
            && is_hyphen(w(e))
            && glued(doc, e)
            && glued(doc, e + 1)
            && name_word(e + 1)
            && is_o(&tagged, e + 1)
        {
            tagged[i] = (s, e + 2, label);
        }
    }

    // Regnal numbers: `Leopold III`, `Leo XIV`; `Elizabeth I` after a title.
    for span in tagged.iter_mut() {
        let (s, e, label) = *span;
        if label != Label::Per || e >= n || doc.tokens[e].newline_before {
            continue;
        }
        let numeral = w(e);
        let roman = numeral.len() <= 5 && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        let regal = s > 0 && REGAL.contains(&w(s - 1));
        if roman && (numeral.len() > 1 || regal) {
            span.1 = e + 1;
        }
    }

    // `Al` + `-` + `Harazi` read as two names: one; so is a hyphenated given
    // name before a full name (`Abdel` + `-` + `Fattah Burhan`), unlike a
    // pair of surnames (`Marchenko-Dorsky`).
    tagged.sort_by_key(|&(s, e, _)| (s, e));
    let mut k = 0;
    while k + 1 < tagged.len() {
        let ((s1, e1, l1), (s2, e2, l2)) = (tagged[k], tagged[k + 1]);
        if l1 == Label::Per
            && l2 == Label::Per
            && e1 - s1 == 1
            && s2 == e1 + 1
            && is_hyphen(w(e1))
            && glued(doc, e1)
            && glued(doc, s2)
            && (OPENING_PARTICLES.contains(&w(s1))
                || (e2 - s2 >= 2 && w(s1).chars().any(char::is_lowercase)))
        {
            tagged[k] = (s1, e2, Label::Per);
            tagged.remove(k + 1);
        } else {
            k += 1;
        }
    }

    // Names the tagger missed beside a post: `Finance Minister Ngozi
    // Adeyemi-Okafor`, `Babu Owino, the MP for Embakasi East`.
    // The tagger sometimes reads such names as an organisation: they are free
    // here too (an organisation is never set off by a person's post).
    let mut named = vec![false; n];
    for &(s, e, l) in &tagged {
        if matches!(l, Label::Per | Label::Loc) {
            named[s..e].iter_mut().for_each(|x| *x = true);
        }
    }
    let free = |t: usize| !named[t];
    // The first several-word place of capitalised words ending at each token.
    let mut loc_ending = vec![usize::MAX; n + 1];
    for (k, &(ls, le, l)) in tagged.iter().enumerate() {
        if l == Label::Loc && le - ls >= 2 && (ls..le).all(&cap) && loc_ending[le] == usize::MAX {
            loc_ending[le] = k;
        }
    }
    let mut found = Vec::new();
    let mut retype = Vec::new();
    for p in titles {
        let name_at = |t: usize| {
            name_word(t)
                && free(t)
                && !doc.tokens[t].newline_before
                && w(t).chars().any(char::is_lowercase)
                && !NOT_NAME_AFTER_TITLE.contains(&w(t))
                && !in_list(ORG_WORDS, w(t))
        };
        // After the post.
        if name_at(p.end) {
            let mut e = p.end + 1;
            while e < n
                && e - p.end < 4
                && (name_at(e) || (PARTICLES.contains(&w(e)) && name_at(e + 1)))
            {
                e += 1;
            }
            let place = known_place(doc, lex, p.end, e);
            let org_next = e < n && (cap(e) || in_list(ORG_WORDS, w(e)));
            if !place && !org_next {
                found.push((p.end, e, Label::Per));
                continue;
            }
        }
        // Before it, set off by a comma: `Name, the post`, `Name, a senior post`.
        let mut t = p.start;
        while t > 0
            && (APPOSITION_OPENERS.contains(&w(t - 1)) || lex.demonym_country(w(t - 1)).is_some())
        {
            t -= 1;
        }
        if t < 3 || w(t - 1) != "," {
            continue;
        }
        let e = t - 1;
        // A several-word "place" the gazetteer does not know whole, set off
        // before a post, is a person too (`Lusaka Obi, the party chairman`).
        if let Some(&k) = loc_ending.get(e).filter(|&&k| k != usize::MAX) {
            let (ls, le, _) = tagged[k];
            let known = known_place(doc, lex, ls, le);
            if !known && !PLACE_HEADS.contains(&w(le - 1)) && !STREET_AFTER.contains(&w(le - 1)) {
                retype.push(k);
            }
            continue;
        }
        let mut s = e;
        while s > 0 && e - s < 4 && (name_at(s - 1) || (PARTICLES.contains(&w(s - 1)) && s < e)) {
            s -= 1;
        }
        if e - s < 2 || !name_at(s) {
            continue;
        }
        let before_ok =
            s == 0 || doc.tokens[s].newline_before || !(cap(s - 1) || in_list(LOCATIVE, w(s - 1)));
        if before_ok && !known_place(doc, lex, s, e) {
            found.push((s, e, Label::Per));
        }
    }
    for k in retype {
        tagged[k].2 = Label::Per;
    }
    if !found.is_empty() {
        let by_found = Cover::of(n, &found, |_| true);
        tagged.retain(|&(s, e, _)| !by_found.any(s, e));
        tagged.extend(found);
        tagged.sort_by_key(|&(s, e, _)| (s, e));
        tagged.dedup();
    }

    // The tail of a full name read as something else (`De la Fuente` after
    // `Ramón de la Fuente`) is that person.
    let tails: FxSet<String> = tagged
        .iter()
        .filter(|&&(s, e, l)| l == Label::Per && e - s > 1)
        .flat_map(|&(s, e, _)| {
            (s + 1..e)
                .filter(|&b| cap(b) || PARTICLES.contains(&w(b)))
                .map(move |b| doc.span_text(b, e).to_lowercase())
        })
        .collect();
    for span in tagged.iter_mut() {
        if span.2 != Label::Per && tails.contains(&doc.span_text(span.0, span.1).to_lowercase()) {
            span.2 = Label::Per;
        }
    }
    // A hyphenated tail of a full name, left untagged: `Fasanya-Ibe said`.
    let mut cover = Cover::of(n, &tagged, |_| true);
    for t in 0..n.saturating_sub(2) {
        if name_word(t)
            && is_hyphen(w(t + 1))
            && glued(doc, t + 1)
            && glued(doc, t + 2)
            && name_word(t + 2)
            && (t..t + 3).all(|k| cover.is_o(k))
            && !(t + 3 < n && is_hyphen(w(t + 3)) && glued(doc, t + 3))
            && tails.contains(&doc.span_text(t, t + 3).to_lowercase())
        {
            tagged.push((t, t + 3, Label::Per));
            cover.add(t, t + 3);
        }
    }
    tagged.sort_by_key(|&(s, e, _)| (s, e));
    // A surname re-mentioned with its lower-case particles: `von der Leyen`
    // after `Ursula von der Leyen`, `de Leon` after `Bryan de Leon`.
    let snapshot = Cover::of(n, &tagged, |_| true);
    for span in tagged.iter_mut() {
        let (s, e, label) = *span;
        let mut b = s;
        while b > 0 && PARTICLES.contains(&w(b - 1)) && snapshot.is_o(b - 1) {
            b -= 1;
        }
        if label == Label::Per && b < s && tails.contains(&doc.span_text(b, e).to_lowercase()) {
            span.0 = b;
        }
    }

    // Streets: `Tom Mboya Street`, `Avenida Eugenio Garza Sada`.
    for span in tagged.iter_mut() {
        let (s, e, _) = *span;
        if e < n && STREET_AFTER.contains(&w(e)) && !doc.tokens[e].newline_before {
            *span = (s, e + 1, Label::Loc);
        } else if STREET_AFTER.contains(&w(e - 1)) && e - s > 1 {
            span.2 = Label::Loc;
        }
    }
    let mut cover = Cover::of(n, &tagged, |_| true);
    for t in 0..n {
        if STREET_BEFORE.contains(&w(t)) && cap(t + 1) && cover.is_o(t) {
            let mut e = t + 1;
            while e < n
                && (cap(e) || (PARTICLES.contains(&w(e)) && cap(e + 1)))
                && !doc.tokens[e].newline_before
            {
                e += 1;
            }
            tagged.retain(|&(s2, e2, _)| {
                let keep = e2 <= t || s2 >= e;
                if !keep {
                    cover.remove(s2, e2);
                }
                keep
            });
            tagged.push((t, e, Label::Loc));
            cover.add(t, e);
        }
    }
    let snapshot = cover;
    for span in tagged.iter_mut() {
        let (s, e, label) = *span;
        let street = STREET_AFTER.contains(&w(e - 1)) && label == Label::Loc;
        if street {
            let mut b = s;
            while b > 0 && name_word(b - 1) && snapshot.is_o(b - 1) && !doc.tokens[b].newline_before
            {
                b -= 1;
            }
            span.0 = b;
        }
    }

    // A "place" of several words that opens with a given name and is no place
    // the gazetteer knows is a person: `Carolina Vasconcelos Ribeiro`.
    for span in tagged.iter_mut() {
        let (s, e, label) = *span;
        let shouting = (s..e).any(|t| !w(t).chars().any(char::is_lowercase));
        if label != Label::Loc
            || e - s < 2
            || !lex.is_given_name(w(s))
            || !(s..e).all(cap)
            || shouting
        {
            continue;
        }
        let words: Vec<&str> = (s..e).map(w).collect();
        let known = lex.longest_place(&words).is_some_and(|(k, _)| k >= 2);
        if !known && !STREET_AFTER.contains(&w(e - 1)) && !PLACE_HEADS.contains(&w(e - 1)) {
            span.2 = Label::Per;
        }
    }

    // Parks, rivers, lakes named after people are places: `Uhuru Park`.
    for span in tagged.iter_mut() {
        let (s, e, _) = *span;
        if e < n && PLACE_HEADS.contains(&w(e)) && !doc.tokens[e].newline_before {
            *span = (s, e + 1, Label::Loc);
        } else if PLACE_HEADS.contains(&w(e - 1)) && e - s > 1 {
            span.2 = Label::Loc;
        }
    }

    // Things named after people or places are neither: storms (`Typhoon
    // Henry`, and then every lone `Henry`), airports and venues (`Kennedy
    // airport`, `Ronald Reagan Washington National Airport`), organisations
    // with a place in their name (`Port Authority of New York`, `Alternative
    // for Germany`, `Cricket Australia`, `the England and Wales Cricket Board`).
    let storms: FxSet<&str> = (1..n)
        .filter(|&t| STORM_WORDS.contains(&w(t - 1)) && cap(t))
        .map(w)
        .collect();
    let org_before = |s: usize| {
        // Back over `New York and` in `Port Authority of New York and New Jersey`.
        let mut t = s;
        while t >= 2
            && s - t < 6
            && (w(t - 1) == "and" || cap(t - 1))
            && !matches!(w(t - 1), "of" | "for")
        {
            t -= 1;
        }
        t >= 2
            && (t == s || w(s - 1) == "and")
            && matches!(w(t - 1), "of" | "for")
            && cap(t - 2)
            && in_list(ORG_WORDS, w(t - 2))
    };
    // A name that opens a venue's name: `Ronald` in `Ronald Reagan Washington
    // National Airport`.
    let opens_venue = |e: usize| {
        let mut t = e;
        while t < n && t < e + 5 && cap(t) {
            t += 1;
        }
        t > e && in_list(VENUE_WORDS, w(t - 1))
    };
    let org_after = |e: usize| {
        let mut t = e;
        while t < n && t < e + 4 && (cap(t) || matches!(w(t), "and" | "&")) {
            if in_list(ORG_WORDS, w(t)) && cap(t) {
                return true;
            }
            t += 1;
        }
        false
    };
    tagged.retain(|&(s, e, label)| {
        let named_after = e < n && in_list(VENUE_WORDS, w(e)) || opens_venue(e);
        let venue = in_list(VENUE_WORDS, w(e - 1));
        match label {
            Label::Per => {
                let storm = (s..e).any(|t| storms.contains(w(t)));
                !(storm || named_after || venue)
            }
            Label::Loc => {
                let sport_body = s > 0 && SPORT_WORDS.contains(&w(s - 1)) && cap(s - 1);
                !(venue || org_before(s) || org_after(e) || sport_body)
            }
            _ => true,
        }
    });

    // The country or state after a dateline's city: `MANILA, Philippines (AP)`.
    let mut dateline = Vec::new();
    let named = Cover::of(n, &tagged, |l| matches!(l, Label::Per | Label::Loc));
    for &(s, e, label) in &tagged {
        let shouting = (s..e).all(|t| !w(t).chars().any(char::is_lowercase));
        if label != Label::Loc || !shouting || e + 1 >= n || w(e) != "," {
            continue;
        }
        let at_line_start = s == 0 || doc.tokens[s].newline_before;
        let words: Vec<&str> = (e + 1..n.min(e + 4)).map(w).collect();
        if let Some((k, _)) = lex.longest_place(&words) {
            let free = (e + 1..e + 1 + k).all(|t| cap(t) && named.is_o(t));
            if at_line_start && free {
                dateline.push((e + 1, e + 1 + k, Label::Loc));
            }
        }
    }
    let by_dateline = Cover::of(n, &dateline, |_| true);
    tagged.retain(|&(s, e, _)| !by_dateline.any(s, e));
    tagged.extend(dateline);
    tagged.sort_by_key(|&(s, e, _)| (s, e));

    // A party after a place is no part of it: `the Texas Republican`.
    for span in tagged.iter_mut() {
        let (s, e, label) = *span;
        if label == Label::Loc && e - s >= 2 && PARTY_MEMBERS.contains(&w(e - 1)) {
            span.1 = e - 1;
        }
    }

    // A lone word the article also opens an organisation's name with, and
    // never uses in a person's full name, is that organisation: `Magna` after
    // `Magna International Inc`, `Pirelli` after `Pirelli SpA`.
    let org_heads: FxSet<&str> = tagged
        .iter()
        .filter(|&&(s, e, l)| l == Label::Org && e - s >= 2 && cap(s))
        .map(|&(s, _, _)| w(s))
        .collect();
    if !org_heads.is_empty() {
        let in_names = full_name_words(doc, &tagged);
        tagged.retain(|&(s, e, l)| {
            !(l == Label::Per && e == s + 1 && org_heads.contains(w(s)) && !in_names.contains(w(s)))
        });
    }

    // Companies and peoples the tagger may read as persons: `Pirelli SpA`,
    // `Salomon Bros`, `Seven Iraqis`.
    tagged.retain(|&(_, e, l)| {
        if l != Label::Per {
            return true;
        }
        let suffix = COMPANY_SUFFIXES.contains(&w(e - 1))
            || (e < n && COMPANY_SUFFIXES.contains(&w(e)) && !doc.tokens[e].newline_before);
        let last = w(e - 1);
        // Plural only: `Moldovan` is also a surname.
        let people = last
            .strip_suffix('s')
            .is_some_and(|x| lex.demonym_country(x).is_some());
        !(suffix || people)
    });

    // Teams in results and standings lines: a lone word followed by
    // numbers to the end of its line (`Rad ( B ) 4 1 1 2 2 3 4`), or opening
    // a score line (`Zemun 1 Rad ( B ) 0`). Players keep their full names.
    let full = full_name_words(doc, &tagged);
    let number = |t: usize| {
        t < n
            && w(t)
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
    };
    tagged.retain(|&(s, e, l)| {
        if l != Label::Per || e != s + 1 || full.contains(w(s)) {
            return true;
        }
        let mut t = e;
        // Past a parenthesis: `( B )`.
        if t + 2 < n && w(t) == "(" && w(t + 2) == ")" {
            t += 3;
        }
        let start = t;
        while t < n && number(t) && (t == start || !doc.tokens[t].newline_before) {
            t += 1;
        }
        let numbers = t - start;
        let line_ends = t >= n || doc.tokens[t].newline_before;
        let standings = numbers >= 3 && line_ends;
        let score_line =
            numbers == 1 && (s == 0 || doc.tokens[s].newline_before) && t < n && cap(t);
        !(standings || score_line)
    });

    // Sentence adverbs the tagger may read as a name (`Later, Suu Kyi said`).
    tagged.retain(|&(s, e, _)| !(e == s + 1 && NOT_NAMES.contains(&w(s))));

    // Institutions named by their building are no places.
    tagged.retain(|&(s, e, label)| {
        !(label == Label::Loc && NOT_PLACES.contains(&doc.span_text(s, e)))
    });

    // One-word "persons" the gazetteer knows as a country or capital (or any
    // place after `in`, `from`, …), never part of a full name in the article.
    let in_full_names = full_name_words(doc, &tagged);
    for span in tagged.iter_mut() {
        let (s, e, label) = *span;
        if label != Label::Per
            || e - s != 1
            || in_full_names.contains(w(s))
            || lex.is_given_name(w(s))
        {
            continue;
        }
        if let Some((1, place)) = lex.longest_place(&[w(s)]) {
            let big = matches!(
                place.facts.category.as_str(),
                "country" | "capital" | "continent" | "territory"
            );
            let locative = s > 0 && LOCATIVE.contains(&w(s - 1)) && place.facts.category != "city";
            if big || locative {
                span.2 = Label::Loc;
            }
        }
    }

    tagged.sort_by_key(|&(s, e, _)| (s, e));
    let mut out: Vec<(usize, usize, Label)> = Vec::with_capacity(tagged.len());
    for span in tagged {
        match out.last() {
            Some(&(_, pe, _)) if span.0 < pe => {}
            _ => out.push(span),
        }
    }
    out
}
