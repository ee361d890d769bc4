//! The reader's corrections, applied after [`crate::engine::Engine::annotate`].
//!
//! Takes an [`Annotation`], its text and the reader's [`Rule`]s; creates the
//! corrected annotation ([`apply`]). Plain data and pure functions, so the
//! page and the command line can share them.
//!
//! A rule names a surface string (exact and case-sensitive) and a [`Change`]:
//! - [`Change::Remove`]: every mention whose text is exactly it disappears.
//! - [`Change::Retype`]: every mention whose text is exactly it becomes that kind.
//! - [`Change::Add`]: every whole-word occurrence of it in the text is marked
//!   as that kind (not inside a longer word). The reader's marks win: the
//!   engine's mentions that overlap one give way.
//! - [`Change::Speaker`]: every quotation whose quoted words are exactly it
//!   is said by the person of that name (or by no named person).
//!
//! There is at most one rule per text: [`with_rule`] replaces an older rule
//! for the same text. The output keeps the engine's invariants: mentions
//! sorted and never overlapping, `text` exactly the code-point slice, every
//! mention in exactly one entity, no entity without mentions.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::engine::annotation::{Annotation, Entity, Hold, Kind, Mention, Quote, Reason};
use crate::engine::text::OffsetMap;
use crate::engine::tokenize::{is_joining, is_word_char};

/// What a rule does to its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "lowercase")]
pub enum Change {
    /// Not a person, place or position: no highlight.
    Remove,
    /// The engine's mentions of the text are this kind.
    Retype {
        /// The kind they become.
        kind: Kind,
    },
    /// Every whole-word occurrence of the text is a mention of this kind.
    Add {
        /// The kind of the new mentions.
        kind: Kind,
    },
    /// The quotations reading exactly the text are said by this person (an
    /// entity's name or alias), or by no named person (`None`).
    Speaker {
        /// The speaker's name; `None` for no one.
        speaker: Option<String>,
    },
}

/// One correction, remembered and applied to every later article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// The exact surface string the rule is about.
    pub text: String,
    /// What to do with it.
    #[serde(flatten)]
    pub change: Change,
}

impl Rule {
    /// A rule for `text`.
    pub fn new(text: impl Into<String>, change: Change) -> Rule {
        Rule {
            text: text.into(),
            change,
        }
    }
}

/// The version of the saved rules' format ([`rules_to_json`]): 2 once a
/// rule gives a quotation its speaker (`"action":"speaker"`); rules without
/// one are still written as version 1, which older pages read.
pub const RULES_VERSION: u32 = 2;

/// The longest text a rule may have, in code points.
pub const MAX_RULE_CHARS: usize = 120;

/// The saved form of the rules:
/// `{"version":1|2,"rules":[{"text","action","kind"?,"speaker"?}]}`.
#[derive(Serialize, Deserialize)]
struct SavedRules {
    version: u32,
    rules: Vec<Rule>,
}

/// Why saved rules could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesError {
    /// Not JSON of the expected shape.
    Malformed(String),
    /// Written by a version of the format this code does not know.
    Version(u32),
}

impl std::fmt::Display for RulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RulesError::Malformed(e) => write!(f, "not a corrections file ({e})"),
            RulesError::Version(v) => {
                write!(
                    f,
                    "corrections file version {v}; this program reads versions 1 and {RULES_VERSION}"
                )
            }
        }
    }
}

impl std::error::Error for RulesError {}

/// The rules as versioned JSON, for storage: version 1 unless a rule needs
/// version 2 (a speaker).
pub fn rules_to_json(rules: &[Rule]) -> String {
    let speaker = rules
        .iter()
        .any(|r| matches!(r.change, Change::Speaker { .. }));
    let saved = SavedRules {
        version: if speaker { RULES_VERSION } else { 1 },
        rules: rules.to_vec(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Reads [`rules_to_json`]'s output. Rules with an empty text are dropped,
/// and of two rules for one text the later wins.
pub fn rules_from_json(json: &str) -> Result<Vec<Rule>, RulesError> {
    let v: serde_json::Value =
        serde_json::from_str(json).map_err(|e| RulesError::Malformed(e.to_string()))?;
    let version = v.get("version").and_then(serde_json::Value::as_u64);
    match version {
        Some(n) if (1..=u64::from(RULES_VERSION)).contains(&n) => {}
        Some(n) => return Err(RulesError::Version(n.min(u32::MAX as u64) as u32)),
        None => return Err(RulesError::Malformed("no version".into())),
    }
    let saved: SavedRules =
        serde_json::from_value(v).map_err(|e| RulesError::Malformed(e.to_string()))?;
    Ok(saved
        .rules
        .into_iter()
        .fold(Vec::new(), |rules, r| with_rule(&rules, r)))
}

/// `rules` with `rule` added at the end, replacing any rule for the same
/// text. A rule with an empty text changes nothing.
pub fn with_rule(rules: &[Rule], rule: Rule) -> Vec<Rule> {
    if rule.text.is_empty() {
        return rules.to_vec();
    }
    let mut out: Vec<Rule> = rules
        .iter()
        .filter(|r| r.text != rule.text)
        .cloned()
        .collect();
    out.push(rule);
    out
}

/// The reason a mention gets from a rule.
fn reason(kind: Kind) -> Reason {
    match kind {
        Kind::Person => "You marked this as a person.",
        Kind::Place => "You marked this as a place.",
        Kind::Position => "You marked this as a position.",
    }
    .into()
}

/// Whether `chars[start..end]` is a whole word (or words) of `chars`: it does
/// not start or end inside a longer word, and splits no character from its
/// combining marks.
fn whole_word(chars: &[char], start: usize, end: usize) -> bool {
    let inside =
        |i: usize| i > 0 && i < chars.len() && is_word_char(chars[i - 1]) && is_word_char(chars[i]);
    let splits = |i: usize| i < chars.len() && is_joining(chars[i]);
    start < end && !inside(start) && !inside(end) && !splits(start) && !splits(end)
}

/// The reader's selection `start..end` (code points of `text`) as the text
/// of a rule: widened to whole words, trimmed of spaces and of punctuation
/// around a name (quotes, brackets, commas, a sentence's full stop). `None`
/// when nothing is left, or it spans lines or is longer than
/// [`MAX_RULE_CHARS`].
pub fn word_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let (mut s, mut e) = (
        start.min(end).min(chars.len()),
        end.max(start).min(chars.len()),
    );
    while s > 0 && is_word_char(chars[s - 1]) && s < chars.len() && is_word_char(chars[s]) {
        s -= 1;
    }
    while e > 0 && e < chars.len() && is_word_char(chars[e - 1]) && is_word_char(chars[e]) {
        e += 1;
    }
    let trim = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | ':'
                    | '!'
                    | '?'
                    | '"'
                    | '\''
                    | '“'
                    | '”'
                    | '‘'
                    | '’'
                    | '«'
                    | '»'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '{'
                    | '}'
                    | '—'
                    | '–'
                    | '…'
                    | '*'
            )
    };
    loop {
        let before = (s, e);
        while s < e && trim(chars[s]) {
            s += 1;
        }
        while e > s && trim(chars[e - 1]) {
            e -= 1;
        }
        // A full stop ends a sentence, unless the last word is an
        // abbreviation with a stop of its own (`U.S.`, `D.C.`).
        if e > s && chars[e - 1] == '.' {
            let word_start = chars[s..e - 1]
                .iter()
                .rposition(|c| c.is_whitespace())
                .map_or(s, |i| s + i + 1);
            if !chars[word_start..e - 1].contains(&'.') {
                e -= 1;
            }
        }
        if (s, e) == before {
            break;
        }
    }
    let span = &chars[s..e];
    if span.is_empty()
        || span.len() > MAX_RULE_CHARS
        || span.iter().any(|&c| c == '\n' || c == '\r')
        || !span.iter().any(|&c| c.is_alphanumeric())
    {
        return None;
    }
    Some((s, e))
}

/// Where a corrected mention belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Home<'r> {
    /// With the engine's entity of this index.
    Engine(usize),
    /// With the other mentions of this kind and text.
    New(Kind, &'r str),
}

/// One mention of the corrected annotation, before entities are rebuilt.
struct Out<'r> {
    start: usize,
    end: usize,
    kind: Kind,
    reason: Reason,
    home: Home<'r>,
    /// The engine's holder of a post mention that stays as it was.
    holder: Option<usize>,
}

/// Every whole-word occurrence of each `Add` rule's text, as
/// `start -> (end, kind, text)`, never overlapping: a longer occurrence
/// wins over a shorter one, then the later rule over the earlier.
fn occurrences<'r>(
    text: &str,
    chars: &[char],
    offsets: &OffsetMap,
    rules: &[&'r Rule],
) -> BTreeMap<usize, (usize, Kind, &'r str)> {
    let mut found: Vec<(usize, usize, usize, Kind)> = Vec::new();
    for (ri, rule) in rules.iter().enumerate() {
        let Change::Add { kind } = rule.change else {
            continue;
        };
        let len = rule.text.chars().count();
        let mut from = 0;
        while let Some(b) = text[from..].find(rule.text.as_str()) {
            let b = from + b;
            let start = offsets.byte_to_char(b);
            if whole_word(chars, start, start + len) {
                found.push((start, start + len, ri, kind));
            }
            // Step one character on: a rejected occurrence may overlap an
            // accepted one.
            from = b + text[b..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found.sort_by_key(|&(s, e, ri, _)| (std::cmp::Reverse(e - s), std::cmp::Reverse(ri), s));
    let mut taken: BTreeMap<usize, (usize, Kind, &'r str)> = BTreeMap::new();
    for (s, e, ri, kind) in found {
        let clash = taken
            .range(..e)
            .next_back()
            .is_some_and(|(_, &(end, _, _))| end > s);
        if !clash {
            taken.insert(s, (e, kind, rules[ri].text.as_str()));
        }
    }
    taken
}

/// The annotation of `text` corrected by `rules` (see the module notes).
///
/// Mentions the rules leave alone keep their entity and reason. Retyped and
/// added mentions join an entity of their new kind that has their text as
/// its name or an alias, or else one new entity per kind and text; their
/// reason says the reader marked them. Entities left without mentions go,
/// with the holds that name them.
pub fn apply(text: &str, annotation: &Annotation, rules: &[Rule]) -> Annotation {
    if rules.is_empty() {
        return annotation.clone();
    }
    // One rule per text, the later winning; in the order the reader made them.
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, r) in rules.iter().enumerate() {
        if !r.text.is_empty() {
            last.insert(r.text.as_str(), i);
        }
    }
    let rules: Vec<&Rule> = rules
        .iter()
        .enumerate()
        .filter(|(i, r)| last.get(r.text.as_str()) == Some(i))
        .map(|(_, r)| r)
        .collect();
    let by_text: HashMap<&str, &Rule> = rules.iter().map(|&r| (r.text.as_str(), r)).collect();

    let offsets = OffsetMap::new(text);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let added = occurrences(text, &chars, &offsets, &rules);
    let overlaps_added = |s: usize, e: usize| {
        added
            .range(..e)
            .next_back()
            .is_some_and(|(_, &(end, _, _))| end > s)
    };

    let mut out: Vec<Out> = Vec::with_capacity(annotation.mentions.len() + added.len());
    // The engine's mention at exactly an added span, if it was of the same
    // kind: the added mention stays with its entity.
    let mut same_span: HashMap<usize, usize> = HashMap::new();
    let mut at = 0;
    for m in &annotation.mentions {
        // What the engine promises, checked: the page must render whatever it gets.
        if m.start < at || m.end <= m.start || m.end > n || m.entity >= annotation.entities.len() {
            continue;
        }
        at = m.end;
        if overlaps_added(m.start, m.end) {
            if let Some(&(end, kind, _)) = added.get(&m.start) {
                if end == m.end && kind == m.kind {
                    same_span.insert(m.start, m.entity);
                }
            }
            continue;
        }
        let surface: String = chars[m.start..m.end].iter().collect();
        let (kind, reason, home) = match by_text.get(surface.as_str()) {
            None => (m.kind, m.reason.clone(), Home::Engine(m.entity)),
            Some(rule) => match rule.change {
                Change::Speaker { .. } => (m.kind, m.reason.clone(), Home::Engine(m.entity)),
                Change::Remove => continue,
                Change::Retype { kind } | Change::Add { kind } if kind == m.kind => {
                    (kind, self::reason(kind), Home::Engine(m.entity))
                }
                Change::Retype { kind } | Change::Add { kind } => (
                    kind,
                    self::reason(kind),
                    Home::New(kind, rule.text.as_str()),
                ),
            },
        };
        let holder = m.holder.filter(|_| kind == m.kind);
        out.push(Out {
            start: m.start,
            end: m.end,
            kind,
            reason,
            home,
            holder,
        });
    }
    for (&start, &(end, kind, rule_text)) in &added {
        let home = match same_span.get(&start) {
            Some(&e) => Home::Engine(e),
            None => Home::New(kind, rule_text),
        };
        out.push(Out {
            start,
            end,
            kind,
            reason: reason(kind),
            home,
            holder: None,
        });
    }
    out.sort_by_key(|o| o.start);

    let mut corrected = rebuild(annotation, &chars, out);
    give_speakers(&mut corrected, &chars, &by_text);
    corrected
}

/// The quotations whose quoted words a [`Change::Speaker`] rule names, given
/// to the person of that name (their fullest name first, then an alias), or
/// to no one; their reason says the reader did it.
fn give_speakers(ann: &mut Annotation, chars: &[char], by_text: &HashMap<&str, &Rule>) {
    for q in &mut ann.quotes {
        if q.start >= q.end || q.end > chars.len() {
            continue;
        }
        let quoted: String = chars[q.start..q.end].iter().collect();
        let Some(Change::Speaker { speaker }) = by_text.get(quoted.trim()).map(|r| &r.change)
        else {
            continue;
        };
        let person = |name: &str| {
            let persons = || {
                ann.entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind == Kind::Person)
            };
            persons()
                .find(|(_, e)| e.name == name)
                .or_else(|| persons().find(|(_, e)| e.aliases.iter().any(|a| a == name)))
                .map(|(i, _)| i)
        };
        q.speaker = speaker.as_deref().and_then(person);
        q.reason = match q.speaker {
            Some(_) => "You gave this quotation to this person.".into(),
            None => "You said no one named in the article says this.".into(),
        };
    }
}

/// The corrected annotation from its mentions: entities renumbered (the
/// engine's that keep a mention, in their order, then new ones in order of
/// first mention), names, aliases and holds brought up to date.
fn rebuild(annotation: &Annotation, chars: &[char], out: Vec<Out>) -> Annotation {
    let old = &annotation.entities;
    // Which of the engine's entities keep a mention, and which lost or gained one.
    let mut kept = vec![0usize; old.len()];
    for o in &out {
        if let Home::Engine(e) = o.home {
            kept[e] += 1;
        }
    }
    let mut touched: Vec<bool> = old
        .iter()
        .enumerate()
        .map(|(e, ent)| kept[e] != ent.mentions.len())
        .collect();

    let joins = joins(old, chars, &out, &kept, &mut touched);

    // Entity numbering: surviving engine entities first, then new ones.
    let mut number: Vec<Option<usize>> = vec![None; old.len()];
    let mut entities: Vec<Entity> = Vec::new();
    for (e, ent) in old.iter().enumerate() {
        if kept[e] > 0 {
            number[e] = Some(entities.len());
            let mut ent = ent.clone();
            ent.mentions.clear();
            entities.push(ent);
        }
    }
    let mut fresh: HashMap<Home, usize> = HashMap::new();
    let mut mentions: Vec<Mention> = Vec::with_capacity(out.len());
    for o in out {
        let entity = match o.home {
            Home::Engine(e) => number[e].expect("a kept entity"),
            home @ Home::New(kind, t) => match joins.get(&home) {
                Some(&e) => number[e].expect("a joined entity"),
                None => *fresh.entry(home).or_insert_with(|| {
                    entities.push(Entity {
                        kind,
                        name: t.to_string(),
                        aliases: vec![t.to_string()],
                        mentions: vec![],
                        holds: vec![],
                        holders: vec![],
                        country: None,
                        place: None,
                    });
                    entities.len() - 1
                }),
            },
        };
        entities[entity].mentions.push(mentions.len());
        mentions.push(Mention {
            start: o.start,
            end: o.end,
            kind: o.kind,
            text: chars[o.start..o.end].iter().collect(),
            entity,
            reason: o.reason,
            // The holder, if that person is still there.
            holder: o.holder.and_then(|h| number.get(h).copied().flatten()),
        });
    }

    rename(&mut entities, &mentions, &number, &touched);
    let holds = renumber_holds(&mut entities, &number);
    Annotation {
        quotes: remap_quotes(&annotation.quotes, &number, &entities),
        mentions,
        entities,
        holds,
        sentences: annotation.sentences.clone(),
    }
}

/// Which new homes join one of the engine's entities: one of their kind that
/// keeps a mention with their text, or else is named or aliased by it. Marks
/// the entities joined as touched.
fn joins<'r>(
    old: &[Entity],
    chars: &[char],
    out: &[Out<'r>],
    kept: &[usize],
    touched: &mut [bool],
) -> HashMap<Home<'r>, usize> {
    let mut kept_text: HashMap<(Kind, String), usize> = HashMap::new();
    for o in out {
        if let Home::Engine(e) = o.home {
            let t: String = chars[o.start..o.end].iter().collect();
            kept_text.entry((o.kind, t)).or_insert(e);
        }
    }
    let mut joins: HashMap<Home, usize> = HashMap::new();
    for o in out {
        if let Home::New(kind, t) = o.home {
            if joins.contains_key(&o.home) {
                continue;
            }
            let to = kept_text.get(&(kind, t.to_string())).copied().or_else(|| {
                old.iter().enumerate().position(|(e, ent)| {
                    kept[e] > 0
                        && ent.kind == kind
                        && (ent.name == t || ent.aliases.iter().any(|a| a == t))
                })
            });
            if let Some(e) = to {
                joins.insert(o.home, e);
                touched[e] = true;
            }
        }
    }

    joins
}

/// Names and aliases of the engine's entities that lost or gained a
/// mention: the fullest form first, as the engine orders them.
fn rename(
    entities: &mut [Entity],
    mentions: &[Mention],
    number: &[Option<usize>],
    touched: &[bool],
) {
    for (e, &touched) in touched.iter().enumerate() {
        let (Some(i), true) = (number[e], touched) else {
            continue;
        };
        let entity = &mut entities[i];
        let mut forms: Vec<&str> = entity
            .mentions
            .iter()
            .map(|&m| mentions[m].text.as_str())
            .collect();
        forms.sort_by_key(|f| {
            (
                std::cmp::Reverse(f.split_whitespace().count()),
                std::cmp::Reverse(f.chars().count()),
            )
        });
        forms.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        if !forms.iter().any(|f| f.eq_ignore_ascii_case(&entity.name)) {
            if let Some(f) = forms.first() {
                entity.name = f.to_string();
            }
        }
        entity.aliases = forms.iter().map(|s| s.to_string()).collect();
    }
}

/// Holds between entities that are still there, renumbered; the list of
/// holds.
fn renumber_holds(entities: &mut [Entity], number: &[Option<usize>]) -> Vec<Hold> {
    for entity in entities.iter_mut() {
        entity
            .holds
            .retain_mut(|h| match number.get(h.position).copied().flatten() {
                Some(p) => {
                    h.position = p;
                    true
                }
                None => false,
            });
        entity.holders = entity
            .holders
            .iter()
            .filter_map(|&p| number.get(p).copied().flatten())
            .collect();
    }
    let mut holds = Vec::new();
    for entity in entities.iter() {
        for h in &entity.holds {
            holds.push(Hold {
                person: entity.name.clone(),
                position: entities[h.position].name.clone(),
            });
        }
    }
    holds
}

/// The quotations, each keeping its speaker while that person is still there
/// (under the entity's new number).
fn remap_quotes(quotes: &[Quote], number: &[Option<usize>], entities: &[Entity]) -> Vec<Quote> {
    let mut quotes = quotes.to_vec();
    for q in &mut quotes {
        q.speaker = q
            .speaker
            .and_then(|e| number.get(e).copied().flatten())
            .filter(|&e| entities[e].kind == Kind::Person);
    }
    quotes
}

#[cfg(test)]
mod tests;
