//! State tests: a hand-made annotation, so they do not depend on the engine.

use std::rc::Rc;

use yew::Reducible;

use super::*;
use crate::engine::Mention;

use crate::engine::test_fixture::annotate;

const TEXT: &str = "🇺🇦 “Minister Zoe\u{0308} Brandt” flew to Malmö.\nBrandt met Varga in Malmö.";

fn spans() -> Vec<(&'static str, Kind, usize)> {
    vec![
        ("Minister", Kind::Position, 0),
        ("Zoe\u{0308} Brandt", Kind::Person, 1),
        ("Malmö", Kind::Place, 2),
        ("Brandt", Kind::Person, 1),
        ("Varga", Kind::Person, 3),
        ("Malmö", Kind::Place, 2),
    ]
}

fn analysed(revision: u64) -> Rc<Analysis> {
    Rc::new(Analysis::new(
        revision,
        Rc::from(TEXT),
        annotate(TEXT, &spans()),
    ))
}

/// A state holding `TEXT` and its analysis.
fn loaded() -> Rc<State> {
    let s = Rc::new(State::default()).reduce(Action::Load(TEXT.into()));
    let a = analysed(s.revision);
    s.reduce(Action::Annotated(a))
}

#[test]
fn segments_cover_text_and_slice_mentions_exactly() {
    let a = analysed(1);
    let joined: String = a.segments.iter().map(|&s| a.slice(s)).collect();
    assert_eq!(joined, TEXT);
    let marks: Vec<&str> = a
        .segments
        .iter()
        .filter(|s| s.mention.is_some())
        .map(|&s| a.slice(s))
        .collect();
    assert_eq!(
        marks,
        [
            "Minister",
            "Zoe\u{0308} Brandt",
            "Malmö",
            "Brandt",
            "Varga",
            "Malmö"
        ]
    );
    for s in &a.segments {
        if let Some(m) = s.mention {
            assert_eq!(a.slice(*s), a.annotation.mentions[m].text);
        }
    }
}

#[test]
fn segments_skip_bad_mentions() {
    let mut ann = annotate(TEXT, &spans());
    // Overlapping, empty and out-of-range mentions are dropped, not rendered.
    let mut overlap = ann.mentions[1].clone();
    overlap.start -= 1;
    ann.mentions.insert(2, overlap);
    ann.mentions.push(Mention {
        start: 500,
        end: 510,
        ..ann.mentions[0].clone()
    });
    let a = Analysis::new(1, Rc::from(TEXT), ann);
    let joined: String = a.segments.iter().map(|&s| a.slice(s)).collect();
    assert_eq!(joined, TEXT);
    assert_eq!(a.segments.iter().filter(|s| s.mention.is_some()).count(), 6);
}

#[test]
fn segments_of_empty_text() {
    let a = Analysis::default();
    assert!(a.segments.is_empty());
}

#[test]
fn counts_and_order_most_mentioned_first() {
    let a = analysed(1);
    assert_eq!(a.mention_counts, [3, 2, 1]);
    assert_eq!(a.order[kind_index(Kind::Person)], [1, 3]);
    assert_eq!(a.entity_count(Kind::Place), 1);
}

#[test]
fn context_stays_on_its_line() {
    let a = analysed(1);
    let (before, m, after) = a.context(3, 8);
    assert_eq!(
        (before.as_str(), m.as_str(), after.as_str()),
        ("", "Brandt", " met Var…")
    );
    let (before, _, after) = a.context(2, 6);
    assert_eq!((before.as_str(), after.as_str()), ("…ew to ", "."));
}

#[test]
fn context_is_the_mentions_sentence() {
    let text = "Brandt flew to Malmö. There Brandt met Varga. Then home.";
    let mut ann = annotate(
        text,
        &[
            ("Brandt", Kind::Person, 0),
            ("Malmö", Kind::Place, 1),
            ("Brandt", Kind::Person, 0),
            ("Varga", Kind::Person, 2),
        ],
    );
    ann.sentences = vec![(0, 21), (22, 45), (46, 56)];
    let a = Analysis::new(1, Rc::from(text), ann);
    let ctx = |m, w| {
        let (b, h, after) = a.context(m, w);
        format!("{b}[{h}]{after}")
    };
    assert_eq!(ctx(0, 200), "[Brandt] flew to Malmö.");
    assert_eq!(ctx(2, 200), "There [Brandt] met Varga.");
    assert_eq!(ctx(3, 200), "There Brandt met [Varga].");
    // A long sentence is cut around the mention.
    assert_eq!(ctx(2, 4), "…ere [Brandt] met…");
}

#[test]
fn stale_annotations_are_ignored() {
    let s = Rc::new(State::default()).reduce(Action::Edit("Brandt".into()));
    let mut old = Analysis::new(s.revision, Rc::from("Brandt"), Annotation::default());
    old.elapsed_ms = Some(1.0);
    let old = Rc::new(old);
    let s = s.reduce(Action::Edit("Brandt met".into()));
    assert!(s.debounce);
    let s = s.reduce(Action::Annotated(old));
    assert!(!s.is_current());
    assert_eq!(s.analysis.revision, 0);
    // Even a stale answer shows the engine has loaded.
    assert!(s.engine_ready);
}

#[test]
fn only_the_engine_makes_it_ready() {
    // The page's own answer for an empty text (no engine timing) does not
    // say the engine has loaded; the worker's first answer does.
    let s = Rc::new(State::default());
    let s = s.reduce(Action::Annotated(Rc::new(Analysis::default())));
    assert!(!s.engine_ready);
    let warm_up = Analysis {
        elapsed_ms: Some(0.5),
        ..Analysis::default()
    };
    let s = s.reduce(Action::Annotated(Rc::new(warm_up)));
    assert!(s.engine_ready);
}

#[test]
fn edit_with_same_text_changes_nothing() {
    let s = loaded();
    let t = s.clone().reduce(Action::Edit(TEXT.into()));
    assert!(Rc::ptr_eq(&s, &t));
}

#[test]
fn open_mention_selects_its_entity() {
    let s = loaded().reduce(Action::OpenMention(3));
    assert_eq!((s.selected, s.current), (Some(1), Some(3)));
    assert_eq!(s.position(), Some((2, 2)));
    // Scrolled into view (the click already focused it).
    assert!(!s.focus_mark && s.reveal > 0);
}

#[test]
fn step_wraps_and_focuses() {
    let s = loaded().reduce(Action::OpenMention(1));
    let r = s.reveal;
    let s = s.reduce(Action::Step(1));
    assert_eq!(s.current, Some(3));
    assert!(s.focus_mark && s.reveal == r + 1);
    let s = s.reduce(Action::Step(1));
    assert_eq!(s.current, Some(1));
    let s = s.reduce(Action::Step(-1));
    assert_eq!(s.current, Some(3));
}

#[test]
fn select_from_list_goes_to_first_mention() {
    let s = loaded().reduce(Action::Select(2));
    assert_eq!(
        (s.selected, s.current, s.focus_mark),
        (Some(2), Some(2), false)
    );
}

#[test]
fn close_returns_focus_to_mark() {
    let s = loaded()
        .reduce(Action::OpenMention(4))
        .reduce(Action::Close { refocus: true });
    assert_eq!((s.selected, s.current, s.focus_mark), (None, Some(4), true));
    let again = s.clone().reduce(Action::Close { refocus: false });
    assert!(Rc::ptr_eq(&s, &again));
}

#[test]
fn close_without_refocus_leaves_focus_alone() {
    let s = loaded().reduce(Action::OpenMention(4));
    let r = s.reveal;
    let s = s.reduce(Action::Close { refocus: false });
    assert_eq!((s.selected, s.reveal), (None, r));
}

#[test]
fn selection_survives_reannotation() {
    let s = loaded().reduce(Action::OpenMention(3));
    let text = format!("Intro. {TEXT}");
    let s = s.reduce(Action::Edit(text.clone()));
    let a = Rc::new(Analysis::new(
        s.revision,
        Rc::from(text.as_str()),
        annotate(&text, &spans()),
    ));
    let s = s.reduce(Action::Annotated(a));
    assert!(s.is_current());
    assert_eq!((s.selected, s.current), (Some(1), Some(3)));
    // An entity that disappears closes the card.
    let s = s.reduce(Action::Edit("nothing".into()));
    let a = Rc::new(Analysis::new(
        s.revision,
        Rc::from("nothing"),
        Annotation::default(),
    ));
    let s = s.reduce(Action::Annotated(a));
    assert_eq!((s.selected, s.current), (None, None));
}

#[test]
fn hiding_a_kind_closes_its_details() {
    let s = loaded().reduce(Action::OpenMention(2));
    let s = s.reduce(Action::ToggleKind(Kind::Person));
    assert!(!s.shows(Kind::Person));
    assert_eq!(s.selected, Some(2));
    let s = s.reduce(Action::ToggleKind(Kind::Place));
    assert_eq!(s.selected, None);
    let s = s.reduce(Action::ToggleKind(Kind::Place));
    assert!(s.shows(Kind::Place));
}

// ---- Corrections (issue #5) ----

use crate::engine::corrections::{Change, Rule};

fn marks_of(s: &State) -> Vec<(&'static str, String)> {
    s.analysis
        .annotation
        .mentions
        .iter()
        .map(|m| (m.kind.as_str(), m.text.clone()))
        .collect()
}

#[test]
fn correct_remove_hides_every_mention_of_the_text_and_closes_its_card() {
    let s = loaded().reduce(Action::OpenMention(2));
    let f = s.focus_undo;
    let s = s.reduce(Action::Correct(Rule::new("Malmö", Change::Remove)));
    assert!(marks_of(&s).iter().all(|(_, t)| t != "Malmö"));
    assert_eq!(s.analysis.mention_counts, [3, 0, 1]);
    assert_eq!(s.selected, None, "the card closes: its entity is gone");
    assert_eq!(s.undo.len(), 1);
    assert_eq!(s.rules_changed, 1);
    assert_eq!(s.focus_undo, f + 1, "focus goes to Undo");
    assert_eq!(
        s.message.as_deref(),
        Some("“Malmö” is no longer highlighted.")
    );
    // The engine's own annotation is kept for later changes.
    assert_eq!(s.analysis.engine_annotation().mentions.len(), 6);
}

#[test]
fn correct_retype_keeps_the_card_on_the_same_mention() {
    let s = loaded().reduce(Action::OpenMention(4));
    let s = s.reduce(Action::Correct(Rule::new(
        "Varga",
        Change::Retype { kind: Kind::Place },
    )));
    assert_eq!(marks_of(&s)[4], ("place", "Varga".to_string()));
    let e = &s.analysis.annotation.entities[s.selected.unwrap()];
    assert_eq!((e.kind, e.name.as_str()), (Kind::Place, "Varga"));
    assert_eq!(s.current, Some(4));
    assert!(s.analysis.annotation.mentions[4]
        .reason
        .starts_with("You marked this as a place"));
}

#[test]
fn correct_add_marks_missed_text_from_a_utf16_selection() {
    let s = loaded();
    // "met" in "Brandt met Varga", selected in UTF-16 units: the flag is
    // four units but two code points.
    let b = TEXT.find("et Varga").unwrap();
    let u0 = TEXT[..b].encode_utf16().count();
    let text = s.analysis.selection_text(u0, u0 + 1).unwrap();
    assert_eq!(text, "met", "widened to the whole word");
    let s = s.reduce(Action::Correct(Rule::new(
        text,
        Change::Add {
            kind: Kind::Position,
        },
    )));
    let m: Vec<_> = marks_of(&s);
    assert_eq!(m[4], ("position", "met".to_string()));
    let met = &s.analysis.annotation.mentions[4];
    assert_eq!(met.start, TEXT[..b - 1].chars().count());
    assert_eq!(
        s.analysis.selection_text(0, 2),
        None,
        "the flag alone is nothing to mark"
    );
}

/// UTF-16 offsets of `sel` (its first occurrence) in `text`, as a
/// textarea's `selectionStart`/`selectionEnd` give them.
fn utf16_selection(text: &str, sel: &str) -> (usize, usize) {
    let b = text.find(sel).expect("selection in text");
    let u0 = text[..b].encode_utf16().count();
    (u0, u0 + sel.encode_utf16().count())
}

#[test]
fn textarea_selection_in_utf16_becomes_whole_words_in_code_points() {
    let text = "🇺🇦 “Zoe\u{0308} Brandt” met 👍🏽 Varga in Malmo\u{0308}, then Ana’s aide.";
    let a = Analysis::new(1, Rc::from(text), Annotation::default());
    // (what Shift+arrows selected, the rule's text)
    let table = [
        // Curly quotes are trimmed; the combining mark stays with its e.
        ("“Zoe\u{0308} Brandt”", Some("Zoe\u{0308} Brandt")),
        // Part of a word after two emoji (flag: 4 units, 2 code points;
        // thumbs up with skin tone: 4 units, 2 code points).
        ("Var", Some("Varga")),
        ("arg", Some("Varga")),
        // Ends between a letter and its combining mark: the whole word.
        ("Malmo", Some("Malmo\u{0308}")),
        // Starts on the combining mark: still the whole word.
        ("\u{0308}, then", Some("Malmo\u{0308}, then")),
        // A trailing curly apostrophe is trimmed: the name, not "Ana’".
        ("Ana’", Some("Ana")),
        // Emoji and spaces alone: nothing worth marking.
        ("👍🏽", None),
        (" 👍🏽 ", None),
    ];
    for (sel, want) in table {
        let (u0, u1) = utf16_selection(text, sel);
        assert_eq!(
            a.selection_text(u0, u1).as_deref(),
            want,
            "selection {sel:?} at UTF-16 {u0}..{u1}"
        );
    }
    // An offset inside a surrogate pair rounds down to the code point's
    // start (never half an emoji); past the end, offsets clamp.
    let (u0, u1) = utf16_selection(text, "👍🏽 Varga");
    assert_eq!(a.selection_text(u0 + 1, u1).as_deref(), Some("👍🏽 Varga"));
    let n = text.encode_utf16().count();
    assert_eq!(a.selection_text(n - 5, n + 10).as_deref(), Some("aide"));
}

#[test]
fn undo_goes_back_one_change_at_a_time() {
    let s = loaded();
    let s = s.reduce(Action::Correct(Rule::new("Varga", Change::Remove)));
    let s = s.reduce(Action::Correct(Rule::new("Brandt", Change::Remove)));
    assert_eq!(
        s.analysis.annotation.mentions.len(),
        4,
        "{:?}",
        marks_of(&s)
    );
    let s = s.reduce(Action::Undo);
    assert_eq!(s.analysis.annotation.mentions.len(), 5);
    assert_eq!(s.rules.len(), 1);
    assert_eq!(
        s.message.as_deref(),
        Some("Undone: “Brandt” is no longer highlighted.")
    );
    let s = s.reduce(Action::Undo);
    assert_eq!(marks_of(&s), marks_of(&loaded()));
    assert!(s.rules.is_empty() && s.undo.is_empty());
    assert_eq!(s.rules_changed, 4, "every change and undo is saved");
    let again = s.clone().reduce(Action::Undo);
    assert!(Rc::ptr_eq(&s, &again), "nothing left to undo");
}

#[test]
fn a_new_rule_for_the_same_text_replaces_the_old_one() {
    let s = loaded()
        .reduce(Action::Correct(Rule::new("Varga", Change::Remove)))
        .reduce(Action::Correct(Rule::new(
            "Varga",
            Change::Retype {
                kind: Kind::Position,
            },
        )));
    assert_eq!(
        *s.rules,
        [Rule::new(
            "Varga",
            Change::Retype {
                kind: Kind::Position
            }
        )]
    );
    assert_eq!(marks_of(&s)[4], ("position", "Varga".to_string()));
}

#[test]
fn rules_apply_to_later_articles_and_survive_clear() {
    let s = loaded().reduce(Action::Correct(Rule::new(
        "Varga",
        Change::Retype { kind: Kind::Place },
    )));
    // Clear, then another article that the engine reads differently.
    let s = s.reduce(Action::Load(String::new()));
    assert_eq!(s.rules.len(), 1, "Clear keeps the reader's rules");
    let text = "Varga and Varga’s friend Ilse.";
    let s = s.reduce(Action::Load(text.into()));
    let a = Rc::new(Analysis::new(
        s.revision,
        Rc::from(text),
        annotate(
            text,
            &[
                ("Varga", Kind::Person, 0),
                ("Varga", Kind::Person, 0),
                ("Ilse", Kind::Person, 1),
            ],
        ),
    ));
    let s = s.reduce(Action::Annotated(a));
    assert_eq!(
        marks_of(&s),
        [
            ("place", "Varga".into()),
            ("place", "Varga".into()),
            ("person", "Ilse".into())
        ]
    );
}

#[test]
fn delete_rules_one_or_all_and_undo_that() {
    let s = loaded()
        .reduce(Action::Correct(Rule::new("Varga", Change::Remove)))
        .reduce(Action::Correct(Rule::new("Malmö", Change::Remove)));
    let s = s.reduce(Action::DeleteRule("Varga".into()));
    assert_eq!(s.rules.len(), 1);
    assert!(marks_of(&s).iter().any(|(_, t)| t == "Varga"));
    let s = s.reduce(Action::DeleteAllRules);
    assert!(s.rules.is_empty());
    assert_eq!(marks_of(&s), marks_of(&loaded()));
    let s = s.reduce(Action::Undo);
    assert_eq!(s.rules.len(), 1);
    assert!(marks_of(&s).iter().all(|(_, t)| t != "Malmö"));
    let same = s.clone().reduce(Action::DeleteRule("nothing".into()));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn loaded_rules_apply_but_are_not_undoable_or_saved_again() {
    let s = loaded().reduce(Action::LoadRules(vec![Rule::new("Brandt", Change::Remove)]));
    assert_eq!(s.analysis.annotation.mentions.len(), 5);
    assert!(s.undo.is_empty());
    assert_eq!(s.rules_changed, 0);
}

#[test]
fn a_rule_change_makes_a_new_analysis_for_the_views() {
    let s = loaded();
    let t = s
        .clone()
        .reduce(Action::Correct(Rule::new("Varga", Change::Remove)));
    assert_ne!(*s.analysis, *t.analysis, "components see a change");
    assert_eq!(t.analysis.revision, s.analysis.revision);
}

/// `loaded()`, answered by the engine (so it is ready) in 12 ms.
fn ready() -> Rc<State> {
    let s = Rc::new(State::default()).reduce(Action::Load(TEXT.into()));
    let mut a = Analysis::new(s.revision, Rc::from(TEXT), annotate(TEXT, &spans()));
    a.elapsed_ms = Some(12.0);
    s.reduce(Action::Annotated(Rc::new(a)))
}

#[test]
fn status_says_what_the_page_is_doing_or_found() {
    let big = "x".repeat(SHOW_SIZE);
    let nothing = {
        let s = ready().reduce(Action::Load("nothing here".into()));
        let mut a = Analysis::new(s.revision, s.text.clone(), Annotation::default());
        a.elapsed_ms = Some(1.0);
        s.reduce(Action::Annotated(Rc::new(a)))
    };
    for (state, text, progress) in [
        (
            Rc::new(State::default()),
            "Paste or type an article above, or load the sample.",
            Progress::None,
        ),
        (loaded(), "Loading the annotator…", Progress::None),
        (
            ready().reduce(Action::Edit("Brandt".into())),
            "Annotating…",
            Progress::None,
        ),
        (
            ready().reduce(Action::Edit(big)),
            "Annotating 100 KB…",
            Progress::Annotating,
        ),
        (
            ready().reduce(Action::Rendering(Some((10, 200_000)))),
            "Highlighting 200 KB…",
            Progress::Highlighting {
                done: 10,
                total: 200_000,
            },
        ),
        (
            ready(),
            "6 highlights of 4 entities, found in 12 ms.",
            Progress::None,
        ),
        (
            nothing,
            "No people, places or positions found.",
            Progress::None,
        ),
    ] {
        let status = state.status();
        assert_eq!((status.text.as_str(), status.progress), (text, progress));
    }
}

#[test]
fn state_storage_notice_shows_once_until_dismissed() {
    let s = Rc::new(State::default());
    assert_eq!(s.notice, Notice::None);
    let s = s.reduce(Action::StorageFailed);
    assert_eq!(s.notice, Notice::Shown);
    let again = s.clone().reduce(Action::StorageFailed);
    assert!(Rc::ptr_eq(&s, &again), "a second failure renders nothing");
    let s = s.reduce(Action::DismissNotice);
    assert_eq!(s.notice, Notice::Dismissed);
    let s = s.reduce(Action::StorageFailed);
    assert_eq!(s.notice, Notice::Dismissed, "a dismissed notice stays away");
}

#[test]
fn state_rendering_progress_renders_only_when_it_moves() {
    let s = ready().reduce(Action::Rendering(Some((1, 9))));
    assert_eq!(s.rendering, Some((1, 9)));
    let same = s.clone().reduce(Action::Rendering(Some((1, 9))));
    assert!(Rc::ptr_eq(&s, &same));
    let s = s.reduce(Action::Rendering(None));
    assert_eq!(s.rendering, None);
}

#[test]
fn state_corrections_panel_toggles_and_closes() {
    let mut s = Rc::new(State::default());
    for (action, open) in [
        (Action::ToggleRules, true),
        (Action::ToggleRules, false),
        (Action::ToggleRules, true),
        (Action::CloseRules, false),
        (Action::CloseRules, false),
    ] {
        s = s.reduce(action);
        assert_eq!(s.show_rules, open);
    }
}

/// `TEXT` with its quotation (“Minister Zoë Brandt”) said by Varga.
fn quoted() -> Rc<State> {
    let s = Rc::new(State::default()).reduce(Action::Load(TEXT.into()));
    let mut ann = annotate(TEXT, &spans());
    let start = TEXT.chars().position(|c| c == '“').unwrap() + 1;
    let end = TEXT.chars().position(|c| c == '”').unwrap();
    ann.quotes.push(crate::engine::Quote {
        start,
        end,
        speaker: Some(3),
        reason: "named after the quotation".into(),
    });
    let revision = s.revision;
    s.reduce(Action::Annotated(Rc::new(Analysis::new(
        revision,
        Rc::from(TEXT),
        ann,
    ))))
}

#[test]
fn quotes_segments_wrap_the_quoted_runs() {
    let s = quoted();
    let a = &s.analysis;
    let joined: String = a.segments.iter().map(|&g| a.slice(g)).collect();
    assert_eq!(joined, TEXT);
    let quoted: String = (a.segments.iter())
        .filter(|g| g.quote == Some(0))
        .map(|&g| a.slice(g))
        .collect();
    assert_eq!(quoted, "Minister Zoe\u{0308} Brandt");
    assert_eq!(a.quote_text(0), "Minister Zoe\u{0308} Brandt");
    assert_eq!(a.quote_speaker(0), Some("Varga"));
    assert_eq!(a.quotes_of(3), vec![0]);
    assert!(a.quotes_of(1).is_empty());
    // Mentions inside are still whole marks.
    assert_eq!(a.segments.iter().filter(|g| g.mention.is_some()).count(), 6);
}

#[test]
fn quotes_open_toggle_and_correct() {
    let s = quoted();
    let s = s.reduce(Action::GoToQuote(0));
    assert_eq!((s.quote, s.reveal_quote), (Some(0), 1));
    assert_eq!(
        s.clone().reduce(Action::OpenQuote(7)).quote,
        Some(0),
        "no such quotation"
    );
    let hidden = s.clone().reduce(Action::ToggleQuotes);
    assert!(hidden.hide_quotes && hidden.quote.is_none());
    assert!(
        !hidden.reduce(Action::OpenQuote(0)).hide_quotes,
        "opening shows them"
    );
    // A correction gives it another speaker, and can be undone.
    let words = s.analysis.quote_text(0).to_string();
    let s = s.reduce(Action::Correct(Rule::new(
        words.clone(),
        Change::Speaker {
            speaker: Some("Zoe\u{0308} Brandt".into()),
        },
    )));
    assert_eq!(s.analysis.quote_speaker(0), Some("Zoe\u{0308} Brandt"));
    assert_eq!(s.quote, Some(0));
    assert!(s
        .message
        .as_deref()
        .unwrap()
        .contains("is now said by Zoe\u{0308} Brandt"));
    let s = s.reduce(Action::Correct(Rule::new(
        words,
        Change::Speaker { speaker: None },
    )));
    assert_eq!(s.analysis.quote_speaker(0), None);
    let s = s.reduce(Action::Undo);
    assert_eq!(s.analysis.quote_speaker(0), Some("Zoe\u{0308} Brandt"));
    assert_eq!(s.reduce(Action::CloseQuote).quote, None);
}
