//! Corrections tests: hand-made annotations, so they do not depend on the
//! model; odd Unicode throughout (curly quotes, emoji, combining marks).

use proptest::prelude::*;

use super::*;
use crate::engine::annotation::Holding;
use crate::engine::text::char_slice;

use crate::engine::test_fixture::annotate;

/// Every invariant the corrected annotation must keep.
fn check_invariants(text: &str, a: &Annotation) {
    let mut at = 0;
    for (i, m) in a.mentions.iter().enumerate() {
        assert!(
            m.start >= at && m.end > m.start,
            "sorted, non-empty, no overlap: {m:?}"
        );
        at = m.end;
        assert_eq!(
            m.text,
            char_slice(text, m.start, m.end),
            "text is the slice"
        );
        let e = &a.entities[m.entity];
        assert_eq!(e.kind, m.kind, "mention and entity agree on kind");
        assert!(e.mentions.contains(&i), "entity lists its mention");
        assert!(!m.reason.is_empty(), "every mention has a reason");
    }
    for (i, e) in a.entities.iter().enumerate() {
        assert!(
            !e.mentions.is_empty(),
            "no entity without mentions: {}",
            e.name
        );
        assert!(e.mentions.windows(2).all(|w| w[0] < w[1]), "in text order");
        assert!(e.mentions.iter().all(|&m| a.mentions[m].entity == i));
        assert!(e.holds.iter().all(|h| h.position < a.entities.len()));
        assert!(e.holders.iter().all(|&p| p < a.entities.len()));
    }
}

/// `(kind, text, reason is the reader's)` of every mention.
fn summary(a: &Annotation) -> Vec<(&'static str, String, bool)> {
    a.mentions
        .iter()
        .map(|m| {
            (
                m.kind.as_str(),
                m.text.clone(),
                m.reason.starts_with("You marked"),
            )
        })
        .collect()
}

/// Applies `rules`, checks the invariants, returns the result.
fn check(text: &str, ann: &Annotation, rules: &[Rule]) -> Annotation {
    let out = apply(text, ann, rules);
    check_invariants(text, &out);
    out
}

const TEXT: &str = "🇺🇦 “Minister Zoe\u{0308} Brandt” flew to Jordan’s capital.\nBrandt met Varga in Jordan; Jordanian aide Varga left.";

fn engine() -> Annotation {
    annotate(
        TEXT,
        &[
            ("Minister", Kind::Position, 0),
            ("Zoe\u{0308} Brandt", Kind::Person, 1),
            ("Jordan", Kind::Person, 2),
            ("Brandt", Kind::Person, 1),
            ("Varga", Kind::Person, 3),
            ("Jordan", Kind::Place, 4),
            ("Varga", Kind::Person, 3),
        ],
    )
}

fn remove(t: &str) -> Rule {
    Rule::new(t, Change::Remove)
}
fn retype(t: &str, kind: Kind) -> Rule {
    Rule::new(t, Change::Retype { kind })
}
fn add(t: &str, kind: Kind) -> Rule {
    Rule::new(t, Change::Add { kind })
}

#[test]
fn corrections_no_rules_change_nothing() {
    assert_eq!(apply(TEXT, &engine(), &[]), engine());
}

#[test]
fn corrections_remove_every_mention_with_that_text() {
    let out = check(TEXT, &engine(), &[remove("Varga")]);
    assert!(out.mentions.iter().all(|m| m.text != "Varga"));
    assert!(
        out.entities.iter().all(|e| e.name != "Varga"),
        "its entity goes too"
    );
    assert_eq!(out.mentions.len(), 5);
    // Case-sensitive and exact: "Brandt" alone goes, "Zoë Brandt" stays.
    let out = check(TEXT, &engine(), &[remove("Brandt"), remove("varga")]);
    let texts: Vec<&str> = out.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Minister",
            "Zoe\u{0308} Brandt",
            "Jordan",
            "Varga",
            "Jordan",
            "Varga"
        ]
    );
    let zoe = &out.entities[out.mentions[1].entity];
    assert_eq!(
        zoe.aliases,
        ["Zoe\u{0308} Brandt"],
        "aliases follow the mentions"
    );
}

#[test]
fn corrections_retype_moves_mentions_to_an_entity_of_the_new_kind() {
    // The engine had "Jordan" once as a person, once as a place: the reader
    // says it is a place, so both join the place (and keep its facts).
    let out = check(TEXT, &engine(), &[retype("Jordan", Kind::Place)]);
    let jordans: Vec<&Mention> = out.mentions.iter().filter(|m| m.text == "Jordan").collect();
    assert_eq!(jordans.len(), 2);
    assert!(jordans
        .iter()
        .all(|m| m.kind == Kind::Place && m.entity == jordans[0].entity));
    assert!(jordans
        .iter()
        .all(|m| m.reason == "You marked this as a place."));
    let place = &out.entities[jordans[0].entity];
    assert_eq!(place.mentions.len(), 2);
    assert_eq!(
        place.place.as_ref().unwrap().country.as_deref(),
        Some("Ruritania")
    );
    assert!(!out
        .entities
        .iter()
        .any(|e| e.kind == Kind::Person && e.name == "Jordan"));
}

#[test]
fn corrections_retype_to_a_kind_with_no_such_entity_makes_one() {
    let out = check(TEXT, &engine(), &[retype("Varga", Kind::Place)]);
    let vargas: Vec<&Mention> = out.mentions.iter().filter(|m| m.text == "Varga").collect();
    assert_eq!(vargas.len(), 2);
    let e = &out.entities[vargas[0].entity];
    assert_eq!(
        (e.kind, e.name.as_str(), e.mentions.len()),
        (Kind::Place, "Varga", 2)
    );
    assert!(e.place.is_none(), "no gazetteer facts invented");
}

#[test]
fn corrections_add_marks_whole_words_only() {
    let text = "Nova Ester spoke. Esterhazy and Ester’s dog; ESTER, Ester.";
    let out = check(text, &Annotation::default(), &[add("Ester", Kind::Person)]);
    let starts: Vec<usize> = out.mentions.iter().map(|m| m.start).collect();
    // Not inside "Esterhazy", not "ESTER" (case-sensitive).
    assert_eq!(starts, [5, 32, 52]);
    assert_eq!(out.entities.len(), 1);
    assert_eq!(out.entities[0].mentions, [0, 1, 2]);
    assert_eq!(out.mentions[0].reason, "You marked this as a person.");
}

#[test]
fn corrections_add_never_splits_a_combining_mark_or_emoji() {
    // "Malmo" must not match "Malmö" written with a combining diaeresis.
    let text = "Malmo\u{0308} and Malmo 👍🏽 Malmo";
    let out = check(text, &Annotation::default(), &[add("Malmo", Kind::Place)]);
    let starts: Vec<usize> = out.mentions.iter().map(|m| m.start).collect();
    assert_eq!(starts, [11, 20]);
}

#[test]
fn corrections_add_wins_over_overlapping_engine_mentions() {
    // "Jordan" inside the engine's "Zoe Jordan" mention: the reader's mark wins.
    let text = "Zoe Jordan visited. Jordan said so.";
    let ann = annotate(
        text,
        &[("Zoe Jordan", Kind::Person, 0), ("Jordan", Kind::Person, 0)],
    );
    let out = check(text, &ann, &[add("Jordan", Kind::Place)]);
    assert_eq!(
        summary(&out),
        [
            ("place", "Jordan".into(), true),
            ("place", "Jordan".into(), true)
        ]
    );
    assert_eq!(out.entities.len(), 1);
}

#[test]
fn corrections_add_at_an_engine_mention_of_the_same_kind_keeps_its_entity() {
    let out = check(TEXT, &engine(), &[add("Brandt", Kind::Person)]);
    let brandt = out.mentions.iter().find(|m| m.text == "Brandt").unwrap();
    // The engine's entity (the second, after "Minister"), not a new one.
    assert_eq!(brandt.entity, 1);
    // The whole-word "Brandt" inside "Zoë Brandt" wins there too.
    assert!(out.mentions.iter().all(|m| m.text != "Zoe\u{0308} Brandt"));
    assert_eq!(out.entities[brandt.entity].mentions.len(), 2);
    assert_eq!(
        out.entities[brandt.entity].name, "Brandt",
        "renamed after its mentions"
    );
}

#[test]
fn corrections_longer_added_text_wins() {
    let text = "New Carthage and Carthage.";
    let out = check(
        text,
        &Annotation::default(),
        &[
            add("Carthage", Kind::Place),
            add("New Carthage", Kind::Place),
        ],
    );
    let texts: Vec<&str> = out.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["New Carthage", "Carthage"]);
    assert_eq!(out.entities.len(), 2);
}

#[test]
fn corrections_later_rule_for_the_same_text_wins() {
    let rules = with_rule(&[remove("Varga")], retype("Varga", Kind::Position));
    assert_eq!(rules, [retype("Varga", Kind::Position)]);
    // Even when both reach apply.
    let out = check(
        TEXT,
        &engine(),
        &[remove("Varga"), retype("Varga", Kind::Position)],
    );
    assert!(out
        .mentions
        .iter()
        .any(|m| m.text == "Varga" && m.kind == Kind::Position));
}

#[test]
fn corrections_holds_follow_their_entities() {
    let text = "Minister Ana Ruiz spoke.";
    let mut ann = annotate(
        text,
        &[
            ("Minister", Kind::Position, 0),
            ("Ana Ruiz", Kind::Person, 1),
        ],
    );
    ann.entities[1].holds.push(Holding {
        position: 0,
        country: None,
        reason: "title before the name".into(),
    });
    ann.entities[0].holders.push(1);
    ann.holds.push(Hold {
        person: "Ana Ruiz".into(),
        position: "Minister".into(),
    });
    // An unrelated rule keeps the hold (renumbered).
    let out = check(text, &ann, &[remove("Nobody")]);
    assert_eq!(out.holds, ann.holds);
    // Removing the post removes the hold.
    let out = check(text, &ann, &[remove("Minister")]);
    assert!(out.holds.is_empty());
    assert_eq!(out.entities.len(), 1);
    assert!(out.entities[0].holds.is_empty());
    // Removing the person removes the holder.
    let out = check(text, &ann, &[remove("Ana Ruiz")]);
    assert!(out.holds.is_empty() && out.entities[0].holders.is_empty());
}

#[test]
fn corrections_rules_round_trip_as_versioned_json() {
    let rules = vec![
        remove("Jordan"),
        retype("Varga", Kind::Place),
        add("Zoe\u{0308} “Z”", Kind::Person),
    ];
    let json = rules_to_json(&rules);
    assert!(json.starts_with("{\"version\":1,"), "{json}");
    assert!(
        json.contains(r#"{"text":"Jordan","action":"remove"}"#),
        "{json}"
    );
    assert!(
        json.contains(r#"{"text":"Varga","action":"retype","kind":"place"}"#),
        "{json}"
    );
    assert_eq!(rules_from_json(&json), Ok(rules));
    assert_eq!(
        rules_from_json(r#"{"version":9,"rules":[]}"#),
        Err(RulesError::Version(9))
    );
    assert!(matches!(
        rules_from_json("[1,2"),
        Err(RulesError::Malformed(_))
    ));
    assert!(matches!(
        rules_from_json(r#"{"version":1,"rules":[{"text":"x","action":"explode"}]}"#),
        Err(RulesError::Malformed(_))
    ));
    // Empty texts are dropped, duplicates resolved.
    let json = r#"{"version":1,"rules":[{"text":"","action":"remove"},{"text":"A","action":"remove"},{"text":"A","action":"add","kind":"place"}]}"#;
    assert_eq!(rules_from_json(json), Ok(vec![add("A", Kind::Place)]));
}

#[test]
fn corrections_word_span_widens_and_trims() {
    let t = "He said “Zoe\u{0308} Brandt,” then left for U.S. talks in Jordan.";
    let span =
        |s: usize, e: usize| word_span(t, s, e).map(|(s, e)| char_slice(t, s, e).to_string());
    let at = |w: &str| t[..t.find(w).unwrap()].chars().count();
    let z = at("Zoe");
    // Part of a word widens to the word; the quotes and comma go.
    assert_eq!(span(z + 1, z + 7).as_deref(), Some("Zoe\u{0308} Brandt"));
    assert_eq!(span(z - 1, z + 13).as_deref(), Some("Zoe\u{0308} Brandt"));
    // Backwards selections too.
    assert_eq!(span(z + 7, z + 1).as_deref(), Some("Zoe\u{0308} Brandt"));
    // A sentence's full stop goes, an abbreviation's stays.
    let j = at("Jordan");
    assert_eq!(span(j, j + 7).as_deref(), Some("Jordan"));
    let u = at("U.S.");
    assert_eq!(span(u, u + 4).as_deref(), Some("U.S."));
    // Nothing but spaces and punctuation, or across lines: nothing.
    assert_eq!(span(z - 2, z - 1), None);
    assert_eq!(word_span("a\nb", 0, 3), None);
    assert_eq!(word_span("", 0, 0), None);
    assert_eq!(word_span("ab", 5, 9), None);
}

fn word() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "Ana",
        "Ana Ruiz",
        "Ruiz",
        "Zoe\u{0308}",
        "Malmö",
        "🇺🇦",
        "“Ana”",
        "Ruiz’s",
        "ana",
        "Anais",
        "Ruiz-Ana",
    ])
}

/// An article with one quotation (“…”) said by the first person.
fn quoted() -> (&'static str, Annotation) {
    let text = "Ola Nkem said: “We will build the bridge 🌉.” Ada Moss and Nkem disagreed.";
    let mut ann = annotate(
        text,
        &[
            ("Ola Nkem", Kind::Person, 0),
            ("Ada Moss", Kind::Person, 1),
            ("Nkem", Kind::Person, 0),
        ],
    );
    ann.entities[0].aliases.push("Nkem".into());
    let start = text.chars().position(|c| c == '“').unwrap() + 1;
    let end = text.chars().position(|c| c == '”').unwrap();
    ann.quotes.push(Quote {
        start,
        end,
        speaker: Some(0),
        reason: "said before the quotation".into(),
    });
    (text, ann)
}

fn speaker(t: &str, who: Option<&str>) -> Rule {
    Rule::new(
        t,
        Change::Speaker {
            speaker: who.map(str::to_string),
        },
    )
}

#[test]
fn corrections_speaker_gives_a_quotation_another_speaker_or_none() {
    let (text, ann) = quoted();
    let words = "We will build the bridge 🌉.";
    let name = |a: &Annotation| a.quotes[0].speaker.map(|e| a.entities[e].name.clone());
    for (rules, expected, by_reader) in [
        (vec![], Some("Ola Nkem"), false),
        (
            vec![speaker(words, Some("Ada Moss"))],
            Some("Ada Moss"),
            true,
        ),
        // An alias names the person too.
        (vec![speaker(words, Some("Nkem"))], Some("Ola Nkem"), true),
        (vec![speaker(words, None)], None, true),
        // No such person: no one.
        (vec![speaker(words, Some("Ida Roe"))], None, true),
        // Other words: the quotation keeps its speaker.
        (
            vec![speaker("We will", Some("Ada Moss"))],
            Some("Ola Nkem"),
            false,
        ),
        // With the first speaker's mentions removed, the rule still finds the other.
        (
            vec![remove("Ola Nkem"), speaker(words, Some("Ada Moss"))],
            Some("Ada Moss"),
            true,
        ),
    ] {
        let out = check(text, &ann, &rules);
        assert_eq!(name(&out).as_deref(), expected, "{rules:?}");
        assert_eq!(
            out.quotes[0].reason.starts_with("You "),
            by_reader,
            "{rules:?}"
        );
        // Mentions stay as they were, unless a mention rule says otherwise.
        if rules.len() == 1 {
            assert_eq!(summary(&out), summary(&ann));
        }
    }
}

#[test]
fn corrections_speaker_rules_need_version_2_and_old_files_still_load() {
    let old = r#"{"version":1,"rules":[{"text":"A","action":"remove"}]}"#;
    assert_eq!(rules_from_json(old), Ok(vec![remove("A")]));
    assert!(rules_to_json(&[remove("A")]).starts_with("{\"version\":1,"));
    let rules = vec![
        remove("A"),
        speaker("We “will”", Some("Ada Moss")),
        speaker("No one’s", None),
    ];
    let json = rules_to_json(&rules);
    assert!(json.starts_with("{\"version\":2,"), "{json}");
    assert!(
        json.contains(r#"{"text":"No one’s","action":"speaker","speaker":null}"#),
        "{json}"
    );
    assert_eq!(rules_from_json(&json), Ok(rules));
    assert_eq!(
        rules_from_json(r#"{"version":3,"rules":[]}"#),
        Err(RulesError::Version(3))
    );
}

fn sep() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![" ", ", ", ". ", "\n", " 👍🏽 ", "\u{0301} ", "’", "-"])
}

fn rule() -> impl Strategy<Value = Rule> {
    let kind = prop::sample::select(Kind::ALL.to_vec());
    (word(), 0..3u8, kind).prop_map(|(w, c, kind)| {
        let change = match c {
            0 => Change::Remove,
            1 => Change::Retype { kind },
            _ => Change::Add { kind },
        };
        Rule::new(w, change)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any rules on any text of odd words keep every invariant, and a
    /// removed text never shows.
    #[test]
    fn corrections_keep_invariants(
        parts in prop::collection::vec((word(), sep()), 0..14),
        marked in prop::collection::vec(any::<bool>(), 14),
        rules in prop::collection::vec(rule(), 0..5),
    ) {
        let text: String = parts.iter().map(|(w, s)| format!("{w}{s}")).collect();
        // The engine's mentions: some of the words, with one entity per text.
        let mut spans: Vec<(&str, Kind, usize)> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        for (i, (w, _)) in parts.iter().enumerate() {
            if marked[i] {
                let e = names.iter().position(|n| n == w).unwrap_or_else(|| { names.push(w); names.len() - 1 });
                spans.push((w, Kind::ALL[e % 3], e));
            }
        }
        // Entity kinds must agree with their mentions' kinds.
        let ann = annotate(&text, &spans);
        check_invariants(&text, &ann);
        let out = check(&text, &ann, &rules);
        let rules = rules.iter().fold(Vec::new(), |rs, r| with_rule(&rs, r.clone()));
        for r in &rules {
            if r.change == Change::Remove {
                prop_assert!(out.mentions.iter().all(|m| m.text != r.text));
            }
            if let Change::Retype { kind } = r.change {
                prop_assert!(out.mentions.iter().all(|m| m.text != r.text || m.kind == kind));
            }
        }
        // Applying the same rules again changes nothing more.
        prop_assert_eq!(summary(&check(&text, &out, &rules)), summary(&out));
    }
}
