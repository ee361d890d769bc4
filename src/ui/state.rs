//! All of the page's state: a plain [`State`], the [`Action`]s that change it
//! and one [`Reducible`] impl. No web APIs here, so it is unit-tested natively.
//!
//! The article text and its annotation are kept apart: `text` follows every
//! keystroke, while `analysis` describes the text as it was when the engine
//! last ran. The view renders `analysis`, so it never shows offsets that
//! belong to another text.
//!
//! The reader's corrections (`rules`) apply to every analysis: the engine's
//! annotation is kept, and the one shown is [`corrections::apply`]'s. A
//! change of the rules re-derives the shown annotation at once, without the
//! engine, and can be undone.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::corrections::{self, Change, Rule};
use crate::engine::text::{char_slice, OffsetMap};
use crate::engine::{Annotation, Kind};

mod quotes;
mod status;

pub use quotes::shorten;
pub use status::{Progress, Status, SHOW_SIZE};

/// Position of `kind` in [`Kind::ALL`], for per-kind arrays.
pub fn kind_index(kind: Kind) -> usize {
    match kind {
        Kind::Person => 0,
        Kind::Place => 1,
        Kind::Position => 2,
    }
}

/// How a kind is named in the page: singular, plural.
pub fn kind_label(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Person => ("Person", "People"),
        Kind::Place => ("Place", "Places"),
        Kind::Position => ("Position", "Positions"),
    }
}

/// A run of the annotated text: plain text, or one mention; either may be
/// inside a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// First byte of the run in [`Analysis::text`].
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index into the annotation's mentions, when the run is a mention.
    pub mention: Option<usize>,
    /// Index into the annotation's quotations, when the run is inside one.
    pub quote: Option<usize>,
}

/// One text together with what the engine found in it, plus what the views
/// need precomputed (text runs, counts, list order).
#[derive(Debug)]
pub struct Analysis {
    /// The revision of the text this analysis describes.
    pub revision: u64,
    /// The text that was annotated.
    pub text: Rc<str>,
    /// What the page shows for `text`: the engine's output, corrected by
    /// the reader's rules.
    pub annotation: Annotation,
    /// The engine's own output, when the rules changed it.
    engine: Option<Rc<Annotation>>,
    /// The rules `annotation` was corrected by.
    rules: Rc<[Rule]>,
    /// `text` cut into plain runs and mention runs, in order, covering it
    /// all; plain runs are also cut where a quotation starts or ends.
    pub segments: Vec<Segment>,
    /// Mentions per kind, indexed by [`kind_index`].
    pub mention_counts: [usize; 3],
    /// Entity indexes per kind, most mentioned first.
    pub order: [Vec<usize>; 3],
    /// How long the engine took, where measured.
    pub elapsed_ms: Option<f64>,
    offsets: OffsetMap,
}

/// Two analyses are the same when they describe the same revision with the
/// same rules.
impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
            && Rc::ptr_eq(&self.text, &other.text)
            && Rc::ptr_eq(&self.rules, &other.rules)
    }
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis::new(0, Rc::from(""), Annotation::default())
    }
}

impl Analysis {
    /// Precomputes the view data for `annotation` of `text`.
    ///
    /// Mentions that fall outside the text, are empty, or overlap an earlier
    /// mention are left out of `segments` (the engine promises none, but the
    /// page must render whatever it gets).
    pub fn new(revision: u64, text: Rc<str>, annotation: Annotation) -> Analysis {
        Analysis::build(revision, text, annotation, None, Rc::from([]))
    }

    /// The same text and engine output, corrected by `rules` instead.
    pub fn corrected(&self, rules: &Rc<[Rule]>) -> Analysis {
        let engine = self
            .engine
            .clone()
            .unwrap_or_else(|| Rc::new(self.annotation.clone()));
        let mut a = if rules.is_empty() {
            let annotation = Rc::unwrap_or_clone(engine);
            Analysis::build(
                self.revision,
                self.text.clone(),
                annotation,
                None,
                rules.clone(),
            )
        } else {
            let annotation = corrections::apply(&self.text, &engine, rules);
            Analysis::build(
                self.revision,
                self.text.clone(),
                annotation,
                Some(engine),
                rules.clone(),
            )
        };
        a.elapsed_ms = self.elapsed_ms;
        a
    }

    /// The engine's own annotation of the text, before the reader's rules.
    pub fn engine_annotation(&self) -> &Annotation {
        self.engine.as_deref().unwrap_or(&self.annotation)
    }

    /// The text of a rule for the reader's selection of `u0..u1` (UTF-16
    /// offsets into the text, the page's unit): widened to whole words and
    /// trimmed ([`corrections::word_span`]). `None` when that leaves nothing
    /// worth marking.
    pub fn selection_text(&self, u0: usize, u1: usize) -> Option<String> {
        let (c0, c1) = (
            self.offsets.utf16_to_char(u0),
            self.offsets.utf16_to_char(u1),
        );
        let (s, e) = corrections::word_span(&self.text, c0, c1)?;
        Some(char_slice(&self.text, s, e).to_string())
    }

    fn build(
        revision: u64,
        text: Rc<str>,
        annotation: Annotation,
        engine: Option<Rc<Annotation>>,
        rules: Rc<[Rule]>,
    ) -> Analysis {
        let offsets = OffsetMap::new(&text);
        let n = offsets.char_len();
        let mut segments = Vec::with_capacity(annotation.mentions.len() * 2 + 1);
        let mut at_char = 0;
        let mut at_byte = 0;
        for (i, m) in annotation.mentions.iter().enumerate() {
            if m.start < at_char || m.end <= m.start || m.end > n {
                continue;
            }
            let (b0, b1) = (offsets.char_to_byte(m.start), offsets.char_to_byte(m.end));
            if b0 > at_byte {
                segments.push(Segment {
                    start: at_byte,
                    end: b0,
                    mention: None,
                    quote: None,
                });
            }
            segments.push(Segment {
                start: b0,
                end: b1,
                mention: Some(i),
                quote: None,
            });
            at_char = m.end;
            at_byte = b1;
        }
        if at_byte < text.len() {
            segments.push(Segment {
                start: at_byte,
                end: text.len(),
                mention: None,
                quote: None,
            });
        }
        let segments = quotes::split_at_quotes(segments, &annotation.quotes, &offsets);

        let mut mention_counts = [0; 3];
        for m in &annotation.mentions {
            mention_counts[kind_index(m.kind)] += 1;
        }
        let mut order: [Vec<usize>; 3] = Default::default();
        for (i, e) in annotation.entities.iter().enumerate() {
            order[kind_index(e.kind)].push(i);
        }
        let first = |e: usize| {
            annotation.entities[e]
                .mentions
                .first()
                .copied()
                .unwrap_or(usize::MAX)
        };
        for list in &mut order {
            list.sort_by(|&a, &b| {
                let (ea, eb) = (&annotation.entities[a], &annotation.entities[b]);
                eb.mentions
                    .len()
                    .cmp(&ea.mentions.len())
                    .then(first(a).cmp(&first(b)))
            });
        }
        Analysis {
            revision,
            text,
            annotation,
            engine,
            rules,
            segments,
            mention_counts,
            order,
            elapsed_ms: None,
            offsets,
        }
    }

    /// The text of a segment.
    pub fn slice(&self, s: Segment) -> &str {
        &self.text[s.start..s.end]
    }

    /// Mention `m` in its sentence: `(before, mention, after)`. The sentence
    /// comes from the engine ([`Annotation::sentence_at`]); without one, the
    /// mention's line stands in. Either side is cut to at most `width` code
    /// points, with an ellipsis where it was cut.
    pub fn context(&self, m: usize, width: usize) -> (String, String, String) {
        let Some(mention) = self.annotation.mentions.get(m) else {
            return Default::default();
        };
        let n = self.offsets.char_len();
        let (s, e) = (mention.start.min(n), mention.end.min(n));
        let (b0, b1) = (self.offsets.char_to_byte(s), self.offsets.char_to_byte(e));
        let (start, end) = match self.annotation.sentence_at(s) {
            Some((ss, se)) => (
                self.offsets.char_to_byte(ss.min(s)),
                self.offsets.char_to_byte(se.min(n).max(e)),
            ),
            None => (
                self.text[..b0].rfind('\n').map_or(0, |i| i + 1),
                self.text[b1..]
                    .find('\n')
                    .map_or(self.text.len(), |i| b1 + i),
            ),
        };
        let c0 = self
            .offsets
            .char_to_byte(s.saturating_sub(width))
            .max(start);
        let c1 = self.offsets.char_to_byte((e + width).min(n)).min(end);
        let before = format!(
            "{}{}",
            if c0 > start { "…" } else { "" },
            self.text[c0..b0].trim_start()
        );
        let after = format!(
            "{}{}",
            self.text[b1..c1].trim_end(),
            if c1 < end { "…" } else { "" }
        );
        (before, self.text[b0..b1].to_string(), after)
    }

    /// How many entities of `kind` there are.
    pub fn entity_count(&self, kind: Kind) -> usize {
        self.order[kind_index(kind)].len()
    }
}

/// Everything the page shows, in one value.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// The article as typed: the textarea's value.
    pub text: Rc<str>,
    /// Bumped on every change of `text`.
    pub revision: u64,
    /// Whether the next annotation should wait for typing to pause.
    pub debounce: bool,
    /// The latest annotation (of `text`, or of an earlier revision while the
    /// engine catches up).
    pub analysis: Rc<Analysis>,
    /// The entity whose details are open.
    pub selected: Option<usize>,
    /// The mention the details card is on (one of the selected entity's).
    pub current: Option<usize>,
    /// Kinds switched off in the legend, indexed by [`kind_index`].
    pub hidden: [bool; 3],
    /// Bumped when the page should scroll `current` into view (and focus it
    /// if `focus_mark`).
    pub reveal: u64,
    /// Whether revealing the current mention should also focus it.
    pub focus_mark: bool,
    /// Whether the engine has answered once (it loads in the background).
    pub engine_ready: bool,
    /// The reader's corrections, oldest first, at most one per text.
    pub rules: Rc<[Rule]>,
    /// Earlier rule sets, the latest last: what Undo goes back to.
    pub undo: Vec<Undo>,
    /// Bumped when the reader changes the rules (so that they are saved).
    pub rules_changed: u64,
    /// What the last correction or undo did, in words.
    pub message: Option<Rc<str>>,
    /// Bumped when the focus should move to the Undo button.
    pub focus_undo: u64,
    /// Whether the "cannot keep your article" notice is due, showing or done with.
    pub notice: Notice,
    /// (bytes shown, bytes in all) while a long article's highlights are
    /// still being added to the page.
    pub rendering: Option<(usize, usize)>,
    /// Whether the "Your corrections" panel is open.
    pub show_rules: bool,
    /// The quotation whose details are open.
    pub quote: Option<usize>,
    /// Whether quotations are marked in the view.
    pub hide_quotes: bool,
    /// Bumped when the page should scroll to and focus the open quotation.
    pub reveal_quote: u64,
}

/// Whether the "cannot keep your article" notice is due, showing or done with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Notice {
    /// Storage has worked so far.
    #[default]
    None,
    /// Storage failed: the notice is showing.
    Shown,
    /// The reader dismissed it; it does not come back.
    Dismissed,
}

/// One step back: the rules before a change, and the change in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// The rules as they were.
    pub rules: Rc<[Rule]>,
    /// What the change did ("“Varga” is no longer highlighted").
    pub what: Rc<str>,
}

/// At most this many changes can be undone.
pub const UNDO_DEPTH: usize = 100;

/// What a rule does, in the words of the corrections list.
pub fn describe(change: &Change) -> String {
    match change {
        Change::Remove => "Not highlighted".to_string(),
        Change::Speaker { speaker: Some(who) } => format!("Quotation said by {who}"),
        Change::Speaker { speaker: None } => "Quotation said by no one named".to_string(),
        Change::Retype { kind } => format!("Changed to {}", kind.as_str()),
        Change::Add { kind } => format!("Marked as {} wherever it appears", kind.as_str()),
    }
}

/// What making `rule` did, in a sentence.
fn made(rule: &Rule) -> String {
    let t = &rule.text;
    match &rule.change {
        Change::Remove => format!("“{t}” is no longer highlighted."),
        Change::Speaker { speaker: Some(who) } => format!("“{t}” is now said by {who}."),
        Change::Speaker { speaker: None } => format!("“{t}” is now said by no one named."),
        Change::Retype { kind } => format!("“{t}” is now a {}.", kind.as_str()),
        Change::Add { kind } => format!(
            "“{t}” is now marked as a {} wherever it appears.",
            kind.as_str()
        ),
    }
}

/// Everything that can happen to the page.
#[derive(Clone, Debug)]
pub enum Action {
    /// The user typed or pasted: re-annotate once typing pauses.
    Edit(String),
    /// Replace the text and annotate at once (the sample button).
    Load(String),
    /// The engine finished; ignored unless it matches the current revision.
    Annotated(Rc<Analysis>),
    /// Open the details of the entity behind mention `usize` and stay on it.
    OpenMention(usize),
    /// Like `OpenMention`, then move the focus to that mention's mark.
    GoToMention(usize),
    /// Select an entity (from the list): highlight its mentions and open its
    /// details on its first mention.
    Select(usize),
    /// Step through the selected entity's mentions (+1 next, -1 previous),
    /// wrapping around, and focus the mark.
    Step(isize),
    /// Close the details card; with `refocus`, hand the focus back to the
    /// mark the card was on.
    Close {
        /// Whether to focus the current mention's mark afterwards.
        refocus: bool,
    },
    /// Show or hide the highlights of one kind.
    ToggleKind(Kind),
    /// The reader corrects the highlights: add `Rule`, replacing any rule
    /// for the same text. Undoable.
    Correct(Rule),
    /// Delete the rule for this text. Undoable.
    DeleteRule(String),
    /// Delete every rule. Undoable.
    DeleteAllRules,
    /// Go back to the rules before the last change.
    Undo,
    /// The rules kept from an earlier visit (not undoable, not saved again).
    LoadRules(Vec<Rule>),
    /// Storage failed: show the notice, once per visit.
    StorageFailed,
    /// The reader dismissed the storage notice.
    DismissNotice,
    /// The highlighted view's progress: `Some((bytes shown, bytes in all))`
    /// while it adds a long article's highlights, `None` when done.
    Rendering(Option<(usize, usize)>),
    /// Open or close the "Your corrections" panel.
    ToggleRules,
    /// Close the "Your corrections" panel.
    CloseRules,
    /// Open the details of quotation `usize`.
    OpenQuote(usize),
    /// Like `OpenQuote`, then move the focus to the quotation in the text.
    GoToQuote(usize),
    /// Close the quotation's details.
    CloseQuote,
    /// Show or hide the quotations' marks.
    ToggleQuotes,
}

impl State {
    /// Whether `analysis` describes the current text.
    pub fn is_current(&self) -> bool {
        self.analysis.revision == self.revision
    }

    /// Whether highlights of `kind` are shown.
    pub fn shows(&self, kind: Kind) -> bool {
        !self.hidden[kind_index(kind)]
    }

    /// Where `current` sits among the selected entity's mentions: (1-based
    /// ordinal, total).
    pub fn position(&self) -> Option<(usize, usize)> {
        let e = self.analysis.annotation.entities.get(self.selected?)?;
        let i = e.mentions.iter().position(|&m| Some(m) == self.current)?;
        Some((i + 1, e.mentions.len()))
    }

    fn with_text(&self, text: String, debounce: bool) -> State {
        State {
            text: Rc::from(text),
            revision: self.revision + 1,
            debounce,
            ..self.clone()
        }
    }

    /// The same selection carried over to a new analysis: the entity with the
    /// same kind and name, on the mention with the same ordinal.
    fn carry_selection(&self, new: &Analysis) -> (Option<usize>, Option<usize>) {
        let old = &self.analysis.annotation;
        let Some(e) = self.selected.and_then(|e| old.entities.get(e)) else {
            return (None, None);
        };
        let Some(ne) = new
            .annotation
            .entities
            .iter()
            .position(|n| n.kind == e.kind && n.name == e.name)
        else {
            return (None, None);
        };
        let ordinal = e
            .mentions
            .iter()
            .position(|&m| Some(m) == self.current)
            .unwrap_or(0);
        let mentions = &new.annotation.entities[ne].mentions;
        let current = mentions.get(ordinal).or(mentions.first()).copied();
        (Some(ne), current)
    }

    /// The state with `rules` in force: the analysis corrected again, the
    /// details card kept on the same place in the text where it can be.
    fn with_rules(&self, rules: Rc<[Rule]>) -> State {
        let analysis = Rc::new(self.analysis.corrected(&rules));
        let here = self
            .current
            .filter(|_| self.selected.is_some())
            .and_then(|m| self.analysis.annotation.mentions.get(m))
            .map(|m| m.start);
        let same_place = here.and_then(|start| {
            let i = analysis
                .annotation
                .mentions
                .iter()
                .position(|m| m.start <= start && start < m.end)?;
            Some((Some(analysis.annotation.mentions[i].entity), Some(i)))
        });
        let (selected, current) = same_place.unwrap_or_else(|| self.carry_selection(&analysis));
        let selected = selected.filter(|&e| {
            analysis
                .annotation
                .entities
                .get(e)
                .is_some_and(|e| self.shows(e.kind))
        });
        State {
            analysis,
            rules,
            selected,
            current: if selected.is_some() {
                current
            } else {
                self.current
            },
            ..self.clone()
        }
    }

    /// The state after the reader changed the rules to `rules`: undoable,
    /// saved, and said in `what`.
    fn change_rules(&self, rules: Vec<Rule>, what: String) -> State {
        let mut undo = self.undo.clone();
        if undo.len() == UNDO_DEPTH {
            undo.remove(0);
        }
        undo.push(Undo {
            rules: self.rules.clone(),
            what: Rc::from(what.as_str()),
        });
        State {
            undo,
            rules_changed: self.rules_changed + 1,
            message: Some(Rc::from(what)),
            ..self.with_rules(Rc::from(rules))
        }
    }

    fn open(&self, mention: usize, focus: bool) -> State {
        let Some(m) = self.analysis.annotation.mentions.get(mention) else {
            return self.clone();
        };
        State {
            selected: Some(m.entity),
            current: Some(mention),
            reveal: self.reveal + 1,
            focus_mark: focus,
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Action;

    /// One line per action: each family has its own method below.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(text) => self.edit(text),
            Action::Load(text) => Rc::new(self.with_text(text, false)),
            Action::Annotated(analysis) => self.annotated(analysis),
            Action::OpenMention(m) => Rc::new(self.open(m, false)),
            Action::GoToMention(m) => Rc::new(self.open(m, true)),
            Action::Select(e) => self.select(e),
            Action::Step(delta) => self.step(delta),
            Action::Close { refocus } => self.close(refocus),
            Action::ToggleKind(kind) => Rc::new(self.toggle_kind(kind)),
            Action::Correct(rule) => self.correct(rule),
            Action::DeleteRule(text) => self.delete_rule(text),
            Action::DeleteAllRules => self.delete_all_rules(),
            Action::Undo => self.undo(),
            Action::LoadRules(rules) => Rc::new(self.load_rules(rules)),
            Action::StorageFailed => self.chrome(|s| {
                if s.notice == Notice::None {
                    s.notice = Notice::Shown;
                }
            }),
            Action::DismissNotice => self.chrome(|s| s.notice = Notice::Dismissed),
            Action::Rendering(progress) => self.chrome(|s| s.rendering = progress),
            Action::ToggleRules => self.chrome(|s| s.show_rules ^= true),
            Action::CloseRules => self.chrome(|s| s.show_rules = false),
            Action::OpenQuote(q) => self.open_quote(q, false),
            Action::GoToQuote(q) => self.open_quote(q, true),
            Action::CloseQuote => self.chrome(|s| s.quote = None),
            Action::ToggleQuotes => self.chrome(|s| {
                s.hide_quotes ^= true;
                s.quote = None;
            }),
        }
    }
}

/// The article's text and the engine's answers.
impl State {
    fn edit(self: Rc<Self>, text: String) -> Rc<Self> {
        if *text == *self.text {
            return self;
        }
        Rc::new(self.with_text(text, true))
    }

    fn annotated(self: Rc<Self>, analysis: Rc<Analysis>) -> Rc<Self> {
        // Only the engine's own answers (they carry its timing) say that it
        // is ready, not the page's answer for an empty text.
        let engine_ready = self.engine_ready || analysis.elapsed_ms.is_some();
        if analysis.revision != self.revision {
            if self.engine_ready == engine_ready {
                return self;
            }
            return Rc::new(State {
                engine_ready,
                ..(*self).clone()
            });
        }
        let analysis = if self.rules.is_empty() {
            analysis
        } else {
            Rc::new(analysis.corrected(&self.rules))
        };
        let (selected, current) = self.carry_selection(&analysis);
        // The open quotation stays open where the new text has it too.
        let span = |a: &Analysis, q: usize| a.annotation.quotes.get(q).map(|q| (q.start, q.end));
        let quote = self.quote.filter(|&q| {
            span(&analysis, q).is_some() && span(&analysis, q) == span(&self.analysis, q)
        });
        Rc::new(State {
            analysis,
            selected,
            current,
            quote,
            engine_ready,
            ..(*self).clone()
        })
    }
}

/// Moving about: the details card, its mentions, the legend.
impl State {
    fn select(self: Rc<Self>, e: usize) -> Rc<Self> {
        let Some(entity) = self.analysis.annotation.entities.get(e) else {
            return self;
        };
        Rc::new(State {
            selected: Some(e),
            current: entity.mentions.first().copied(),
            reveal: self.reveal + 1,
            focus_mark: false,
            ..(*self).clone()
        })
    }

    fn step(self: Rc<Self>, delta: isize) -> Rc<Self> {
        let Some(e) = self
            .selected
            .and_then(|e| self.analysis.annotation.entities.get(e))
        else {
            return self;
        };
        if e.mentions.is_empty() {
            return self;
        }
        let n = e.mentions.len() as isize;
        let i = e
            .mentions
            .iter()
            .position(|&m| Some(m) == self.current)
            .map_or(-1, |i| i as isize);
        let j = if i < 0 && delta < 0 {
            n - 1
        } else {
            (i + delta).rem_euclid(n)
        };
        Rc::new(State {
            current: Some(e.mentions[j as usize]),
            reveal: self.reveal + 1,
            focus_mark: true,
            ..(*self).clone()
        })
    }

    fn close(self: Rc<Self>, refocus: bool) -> Rc<Self> {
        if self.selected.is_none() {
            return self;
        }
        Rc::new(State {
            selected: None,
            reveal: self.reveal + u64::from(refocus),
            focus_mark: refocus,
            ..(*self).clone()
        })
    }

    fn toggle_kind(&self, kind: Kind) -> State {
        let mut hidden = self.hidden;
        hidden[kind_index(kind)] ^= true;
        let entities = &self.analysis.annotation.entities;
        let hides_selected = self
            .selected
            .and_then(|e| entities.get(e))
            .is_some_and(|e| hidden[kind_index(e.kind)]);
        let (selected, current) = if hides_selected {
            (None, None)
        } else {
            (self.selected, self.current)
        };
        State {
            hidden,
            selected,
            current,
            ..self.clone()
        }
    }
}

/// Quotations.
impl State {
    fn open_quote(self: Rc<Self>, q: usize, focus: bool) -> Rc<Self> {
        if q >= self.analysis.annotation.quotes.len() {
            return self;
        }
        Rc::new(State {
            quote: Some(q),
            hide_quotes: false,
            reveal_quote: self.reveal_quote + u64::from(focus),
            ..(*self).clone()
        })
    }
}

/// The reader's corrections.
impl State {
    fn correct(self: Rc<Self>, rule: Rule) -> Rc<Self> {
        let rule = Rule {
            text: rule.text.trim().to_string(),
            ..rule
        };
        if rule.text.is_empty() || self.rules.last() == Some(&rule) {
            return self;
        }
        let what = made(&rule);
        let rules = corrections::with_rule(&self.rules, rule);
        Rc::new(State {
            focus_undo: self.focus_undo + 1,
            ..self.change_rules(rules, what)
        })
    }

    fn delete_rule(self: Rc<Self>, text: String) -> Rc<Self> {
        if !self.rules.iter().any(|r| r.text == text) {
            return self;
        }
        let rules = self
            .rules
            .iter()
            .filter(|r| r.text != text)
            .cloned()
            .collect();
        Rc::new(self.change_rules(rules, format!("Deleted your correction of “{text}”.")))
    }

    fn delete_all_rules(self: Rc<Self>) -> Rc<Self> {
        if self.rules.is_empty() {
            return self;
        }
        let n = self.rules.len();
        let what = if n == 1 {
            "Deleted your correction.".to_string()
        } else {
            format!("Deleted all {n} of your corrections.")
        };
        Rc::new(self.change_rules(Vec::new(), what))
    }

    fn undo(self: Rc<Self>) -> Rc<Self> {
        let mut undo = self.undo.clone();
        let Some(last) = undo.pop() else {
            return self;
        };
        Rc::new(State {
            undo,
            rules_changed: self.rules_changed + 1,
            message: Some(Rc::from(format!("Undone: {}", last.what))),
            ..self.with_rules(last.rules)
        })
    }

    fn load_rules(&self, rules: Vec<Rule>) -> State {
        let rules = rules
            .into_iter()
            .fold(Vec::new(), |rs, r| corrections::with_rule(&rs, r));
        self.with_rules(Rc::from(rules))
    }
}

/// The page around the article: the storage notice, the highlighting's
/// progress, the corrections panel.
impl State {
    /// The state after `change`; the same `Rc` (no new render) when it
    /// changed nothing.
    fn chrome(self: Rc<Self>, change: impl FnOnce(&mut State)) -> Rc<Self> {
        let mut next = (*self).clone();
        change(&mut next);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests;
