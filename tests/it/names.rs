//! People, places and positions: patterns from the guidelines, with invented names.

use super::{annotate, has};
use annotator::engine::Kind::*;

#[test]
fn names_title_before_name_and_holds() {
    let ann = annotate(
        "Defense Minister Olek Marchenko met Foreign Minister Ana Ferreira in Lisbon on Friday.",
    );
    assert!(has(&ann, Position, "Defense Minister"));
    assert!(has(&ann, Person, "Olek Marchenko"));
    assert!(has(&ann, Position, "Foreign Minister"));
    assert!(ann
        .holds
        .iter()
        .any(|h| h.person == "Olek Marchenko" && h.position == "Defense Minister"));
    assert!(ann
        .holds
        .iter()
        .any(|h| h.person == "Ana Ferreira" && h.position == "Foreign Minister"));
}

#[test]
fn names_surname_remention_joins_full_name() {
    let ann =
        annotate("Olek Marchenko arrived on Monday. Later, Marchenko said the talks would go on.");
    let e = &ann.entities[ann
        .mentions
        .iter()
        .find(|m| m.text == "Marchenko")
        .expect("surname found")
        .entity];
    assert_eq!(e.name, "Olek Marchenko");
    assert_eq!(e.mentions.len(), 2);
}

#[test]
fn names_hyphenated_pair() {
    let ann =
        annotate("Olek Marchenko and Ivan Dorsky arrived. A Marchenko-Dorsky meeting is planned.");
    assert!(has(&ann, Person, "Marchenko") && has(&ann, Person, "Dorsky"));
    assert!(!ann.mentions.iter().any(|m| m.text.contains('-')));
}

#[test]
fn names_apposition_gives_holds_and_country() {
    let ann = annotate(
        "Ana Ferreira, Portugal’s foreign minister, said on Monday that talks would resume.",
    );
    assert!(ann
        .holds
        .iter()
        .any(|h| h.person == "Ana Ferreira" && h.position == "foreign minister"));
}
