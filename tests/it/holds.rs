//! Who holds which post: the syntactic patterns of `resolve`, with invented names.

use super::{annotate, has};
use annotator::engine::{Annotation, Kind::*};

fn holds(ann: &Annotation, person: &str, position: &str) -> bool {
    ann.holds
        .iter()
        .any(|h| h.person == person && h.position == position)
}

#[test]
fn holds_past_an_honorific_between_post_and_name() {
    let ann = annotate(
        "Veloria’s Emir, Sheikh Tarek bin Hamdan Al Qaswari, sent a cable. Valdorian President Sheikh Omar bin Rafiq Al Nuwari telephoned him.",
    );
    assert!(
        has(&ann, Person, "Tarek bin Hamdan Al Qaswari"),
        "{:?}",
        ann.mentions
    );
    assert!(
        holds(&ann, "Tarek bin Hamdan Al Qaswari", "Emir"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Omar bin Rafiq Al Nuwari", "President"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_honorific_inside_a_name_stays_inside() {
    let ann = annotate("Somali President Abdi Sheikh Warsame asked for more money.");
    assert!(
        has(&ann, Person, "Abdi Sheikh Warsame"),
        "{:?}",
        ann.mentions
    );
}

#[test]
fn holds_ambassador_to_a_place_before_the_name() {
    let ann = annotate("Saudi Ambassador to Yemen Khalid Al Faraj said the kingdom would pay.");
    assert!(
        holds(&ann, "Khalid Al Faraj", "Ambassador"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_not_for_a_name_that_opens_a_new_clause() {
    let ann = annotate("Tavo Brenner will remain captain, Ornetti said on Monday.");
    assert!(!holds(&ann, "Ornetti", "captain"), "{:?}", ann.holds);
}

#[test]
fn holds_apposition_with_party_words_initials_and_verbs() {
    let ann = annotate(
        "Marta Quiller, the independent MP for Dunmere, spoke first. Teo Vasquel, the U.N. special envoy for Veloria, agreed. Rian Okafo took over as chairperson of the bloc. Dana Ferrow, who served as acting administrator, testified.",
    );
    assert!(holds(&ann, "Marta Quiller", "MP"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Teo Vasquel", "special envoy"),
        "{:?}",
        ann.holds
    );
    assert!(holds(&ann, "Rian Okafo", "chairperson"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Dana Ferrow", "administrator"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_a_post_that_owns_something_names_no_holder() {
    let ann = annotate("Ravi Dunmore, the chief minister’s nephew, led the campaign.");
    assert!(
        !holds(&ann, "Ravi Dunmore", "chief minister"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_named_as_gives_the_post_to_the_object() {
    let ann = annotate(
        "Tamsin Orla, the prime minister, named Ivo Keller, until now the party’s policy chief, as Defense Minister.",
    );
    assert!(
        holds(&ann, "Ivo Keller", "Defense Minister"),
        "{:?}",
        ann.holds
    );
    assert!(
        !holds(&ann, "Tamsin Orla", "Defense Minister"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_coordinated_posts_set_off_before_a_name() {
    let ann = annotate(
        "He spoke alongside Veloria’s Prime Minister and Foreign Minister, Sheikh Nasser bin Khalid Al Marwan.",
    );
    assert!(
        holds(&ann, "Nasser bin Khalid Al Marwan", "Foreign Minister"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Nasser bin Khalid Al Marwan", "Prime Minister"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_family_name_first_remention_joins_the_full_name() {
    let ann = annotate(
        "Harada Keito, the Chief Cabinet Secretary, read the list. Harada, who also serves as the government’s spokesman, stays.",
    );
    assert!(holds(&ann, "Harada Keito", "spokesman"), "{:?}", ann.holds);
}

#[test]
fn holds_abbreviated_lieutenant_governor() {
    let ann = annotate("Lt. Gov. Brant Colley backed the measure.");
    assert!(has(&ann, Position, "Lt. Gov."), "{:?}", ann.mentions);
    assert!(holds(&ann, "Brant Colley", "Lt. Gov."), "{:?}", ann.holds);
}

#[test]
fn holds_posts_whose_portfolios_the_tagger_reads_as_organisations() {
    let ann = annotate(
        "Mara Tessel, the federal Minister of Emergency Management and Community Resilience, said planes were coming. Ivo Runde now returns to the post of Minister of Agriculture, Forestry and Fisheries.",
    );
    assert!(
        has(
            &ann,
            Position,
            "Minister of Emergency Management and Community Resilience"
        ),
        "{:?}",
        ann.mentions
    );
    assert!(
        has(
            &ann,
            Position,
            "Minister of Agriculture, Forestry and Fisheries"
        ),
        "{:?}",
        ann.mentions
    );
    assert!(holds(
        &ann,
        "Mara Tessel",
        "Minister of Emergency Management and Community Resilience"
    ));
}

#[test]
fn holds_a_post_before_of_and_an_organisation_keeps_the_organisation_outside() {
    let ann = annotate(
        "Dario Velm, president of the Federation of Copper Workers, said the union would strike.",
    );
    assert!(has(&ann, Position, "president"), "{:?}", ann.mentions);
    assert!(holds(&ann, "Dario Velm", "president"), "{:?}", ann.holds);
}

#[test]
fn holds_leader_in_lower_case_and_shadow_and_senior_posts() {
    let ann = annotate(
        "Orla Fenwick, leader of Dunmere County Council, spoke. Reform leader Cal Brisby agreed. The Leader of the Opposition, Tam Hollis, did not. The shadow housing secretary, Ned Varley, and Pia Lund, a senior adviser to the mayor, were there. Lord Ravell, who was communities secretary, laughed. Mid Rovers, whose club coach, Sandro Vey, watched.",
    );
    assert!(holds(&ann, "Orla Fenwick", "leader"), "{:?}", ann.holds);
    assert!(holds(&ann, "Cal Brisby", "leader"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Tam Hollis", "Leader of the Opposition"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Ned Varley", "shadow housing secretary"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Pia Lund", "senior adviser to the mayor"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Ravell", "communities secretary"),
        "{:?}",
        ann.holds
    );
    assert!(holds(&ann, "Sandro Vey", "coach"), "{:?}", ann.holds);
    // Plural groups stay no post.
    let ann = annotate("Party leaders met on Sunday.");
    assert!(
        !ann.mentions.iter().any(|m| m.kind == Position),
        "{:?}",
        ann.mentions
    );
}

#[test]
fn holds_a_definite_post_with_a_short_phrase_before_the_comma() {
    let ann = annotate(
        "In Velora, the president of the rebels’ Supreme Ruling Council, Dario Meskel, spoke. The Leader of the Opposition on the council, Liberal Democrat Tam Hollis, objected. The acting Commissioner of Police in the state, Bode Arinze, said officers were calm.",
    );
    assert!(holds(&ann, "Dario Meskel", "president"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Tam Hollis", "Leader of the Opposition"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Bode Arinze", "Commissioner of Police"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_a_post_set_off_before_a_rank_and_name() {
    let ann =
        annotate("Veloria’s army chief, Gen. Abdel-Karim Tessaly, rejected any role for them.");
    assert!(
        has(&ann, Person, "Abdel-Karim Tessaly"),
        "{:?}",
        ann.mentions
    );
    assert!(
        holds(&ann, "Abdel-Karim Tessaly", "army chief"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Abdel-Karim Tessaly", "Gen."),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_an_organisation_running_into_a_post() {
    let ann = annotate("House Minority Leader Lorna Vasquel called the amendment a giveaway.");
    assert!(has(&ann, Position, "Minority Leader"), "{:?}", ann.mentions);
    assert!(
        holds(&ann, "Lorna Vasquel", "Minority Leader"),
        "{:?}",
        ann.holds
    );
}

/// Constructions news outlets everywhere use to say who holds a post, each
/// with every hold it gives (none for a post only proposed, or shared out).
#[test]
fn holds_constructions_of_news_from_everywhere() {
    let table: &[(&str, &[(&str, &str)])] = &[
        (
            "Halima Osei, 54, the deputy governor, was arrested on Monday.",
            &[("Halima Osei", "deputy governor")],
        ),
        (
            "Ana Ruiz succeeded Tomas Vellard as chairwoman in 2018.",
            &[("Ana Ruiz", "chairwoman")],
        ),
        (
            "Ana Ruiz (president) and Tomas Vellard (treasurer) signed the deal.",
            &[("Ana Ruiz", "president"), ("Tomas Vellard", "treasurer")],
        ),
        (
            "The governor (Halima Osei) said the roads were closed.",
            &[("Halima Osei", "governor")],
        ),
        (
            "Ana Ruiz – the mayor – said the roads were closed.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "Ana Ruiz has been the club's president since 2011.",
            &[("Ana Ruiz", "president")],
        ),
        (
            "Kofi Mensara stepped down as coach after the defeat.",
            &[("Kofi Mensara", "coach")],
        ),
        (
            "The new coach is Tomas Vellard.",
            &[("Tomas Vellard", "coach")],
        ),
        (
            "Ana Ruiz, 61, who was elected mayor in 2015, said she would run again.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "Ana Ruiz, the long-serving mayor, retired.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "As finance minister, Ana Ruiz cut taxes.",
            &[("Ana Ruiz", "finance minister")],
        ),
        (
            "During Ana Ruiz's tenure as mayor, crime fell.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "Tomas Vellard, chairman and chief executive of Harbour Bank, signed the deal.",
            &[
                ("Tomas Vellard", "chairman"),
                ("Tomas Vellard", "chief executive"),
            ],
        ),
        (
            "The board has named Ana Ruiz its new chief executive.",
            &[("Ana Ruiz", "chief executive")],
        ),
        (
            "Ana Ruiz was appointed on Monday as chief executive.",
            &[("Ana Ruiz", "chief executive")],
        ),
        (
            "Ana Ruiz took over from Tomas Vellard as coach in 2019.",
            &[("Ana Ruiz", "coach")],
        ),
        (
            "Parliament will vote on whether to confirm Halima Osei as auditor general.",
            &[],
        ),
        ("The nomination of Ana Ruiz as ambassador stalled.", &[]),
        (
            "Ana Ruiz and Tomas Vellard, the mayor and governor respectively, met.",
            &[],
        ),
    ];
    for &(text, expected) in table {
        let ann = annotate(text);
        let mut got: Vec<(&str, &str)> = (ann.holds.iter())
            .map(|h| (h.person.as_str(), h.position.as_str()))
            .collect();
        let mut want = expected.to_vec();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{text}");
    }
}
