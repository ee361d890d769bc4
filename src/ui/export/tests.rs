//! Export tests on a hand-made annotation.

use std::rc::Rc;

use super::*;
use crate::engine::annotation::Holding;
use crate::engine::{Annotation, Entity, Hold, Mention, PlaceFacts};
use serde_json::json;

fn entity(kind: Kind, name: &str, mentions: Vec<usize>) -> Entity {
    Entity {
        kind,
        name: name.into(),
        aliases: vec![name.into()],
        mentions,
        holds: vec![],
        holders: vec![],
        country: None,
        place: None,
    }
}

fn mention(text: &str, at: usize, kind: Kind, entity: usize) -> Mention {
    Mention {
        start: at,
        end: at + text.chars().count(),
        kind,
        text: text.into(),
        entity,
        reason: "test".into(),
        holder: None,
    }
}

const TEXT: &str = "Minister Ana \"Lo\" <Lopes> left Lisbon & more.";

fn analysis() -> Analysis {
    let mut ana = entity(Kind::Person, "Ana \"Lo\" <Lopes>", vec![1]);
    ana.aliases.push("Lopes, Ana".into());
    ana.holds.push(Holding {
        position: 0,
        country: Some("Portugal".into()),
        reason: "title before the name".into(),
    });
    let mut minister = entity(Kind::Position, "Minister", vec![0]);
    minister.holders.push(1);
    let mut lisbon = entity(Kind::Place, "Lisbon", vec![2]);
    lisbon.country = Some("Portugal".into());
    lisbon.place = Some(PlaceFacts {
        category: "capital".into(),
        country: Some("Portugal".into()),
        lat: Some(38.7),
        lon: Some(-9.1),
        population: Some(518_000),
    });
    let ann = Annotation {
        mentions: vec![
            mention("Minister", 0, Kind::Position, 0),
            mention("Ana \"Lo\" <Lopes>", 9, Kind::Person, 1),
            mention("Lisbon", 31, Kind::Place, 2),
        ],
        entities: vec![minister, ana, lisbon],
        holds: vec![Hold {
            person: "Ana \"Lo\" <Lopes>".into(),
            position: "Minister".into(),
        }],
        sentences: vec![(0, 45)],
        quotes: Vec::new(),
    };
    Analysis::new(1, Rc::from(TEXT), ann)
}

#[test]
fn json_has_the_cli_schema() {
    let v: Value = serde_json::from_str(&to_json(&analysis())).unwrap();
    assert_eq!(v["id"], "article");
    assert_eq!(
        v["entities"][2],
        json!({"start": 31, "end": 37, "kind": "place", "text": "Lisbon"})
    );
    assert_eq!(
        v["holds"][0],
        json!({"person": "Ana \"Lo\" <Lopes>", "position": "Minister"})
    );
    let ana = &v["groups"][1];
    assert_eq!(ana["mentions"], 1);
    assert_eq!(
        ana["holds"][0],
        json!({"position": "Minister", "country": "Portugal"})
    );
    assert_eq!(v["groups"][2]["place"]["category"], "capital");
    assert_eq!(v["groups"].as_array().unwrap().len(), 3);
}

#[test]
fn csv_quotes_and_lists() {
    let csv = to_csv(&analysis());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], CSV_HEADER);
    assert_eq!(
        lines[1],
        "person,\"Ana \"\"Lo\"\" <Lopes>\",1,\"Lopes, Ana\",Minister (Portugal),,"
    );
    assert_eq!(lines[2], "place,Lisbon,1,,,Portugal,");
    assert_eq!(
        lines[3],
        "position,Minister,1,,\"Ana \"\"Lo\"\" <Lopes>\",,"
    );
    assert_eq!(lines[4], "");
    assert_eq!(lines.len(), 5);
}

#[test]
fn html_escapes_text_and_marks_mentions() {
    let html = to_html(&analysis());
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains(
        "<mark class=\"person\" data-kind=\"person\" title=\"Person: Ana &quot;Lo&quot; &lt;Lopes&gt;\">Ana &quot;Lo&quot; &lt;Lopes&gt;</mark>"
    ));
    assert!(html.contains(" left <mark class=\"place\""));
    assert!(html.contains("Lisbon</mark> &amp; more."));
    assert!(!html.contains("<Lopes>"));
    assert_eq!(html.matches("<article>").count(), 1);
}

#[test]
fn csv_fields_never_start_a_formula() {
    assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_field("Lisbon"), "Lisbon");
    assert_eq!(csv_field("a, b"), "\"a, b\"");
}

#[test]
fn export_is_the_corrected_annotation() {
    use crate::engine::corrections::{Change, Rule};
    let rules: Rc<[Rule]> = Rc::from(vec![
        Rule::new("Minister", Change::Remove),
        Rule::new("more", Change::Add { kind: Kind::Place }),
    ]);
    let a = analysis().corrected(&rules);
    let v: serde_json::Value = serde_json::from_str(&to_json(&a)).unwrap();
    let texts: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(!texts.contains(&"Minister"), "{texts:?}");
    assert_eq!(texts.last(), Some(&"more"));
    assert!(
        v["holds"].as_array().unwrap().is_empty(),
        "the hold went with its post"
    );
    let csv = to_csv(&a);
    assert!(csv.contains("\r\nplace,more,1,,,,\r\n"), "{csv}");
    assert!(!csv.contains("Minister"), "{csv}");
    let html = to_html(&a);
    assert!(html.contains(">more</mark>") && !html.contains(">Minister</mark>"));
}

#[test]
fn exports_include_quotations() {
    // “Lo” said by Ana: the quoted words sit inside her mention's text.
    let mut a = analysis();
    let start = TEXT.find("Lisbon").unwrap();
    let mut ann = a.annotation.clone();
    ann.quotes.push(crate::engine::Quote {
        start,
        end: start + "Lisbon & more".len(),
        speaker: Some(1),
        reason: "test".into(),
    });
    a = Analysis::new(1, Rc::from(TEXT), ann);
    let v: Value = serde_json::from_str(&to_json(&a)).unwrap();
    assert_eq!(
        v["quotes"][0],
        json!({"start": 31, "end": 44, "speaker": "Ana \"Lo\" <Lopes>"})
    );
    let csv = to_csv(&a);
    assert!(csv.contains("(Portugal),,Lisbon & more\r\n"), "{csv}");
    let html = to_html(&a);
    assert!(
        html.contains("<q class=\"quote\" title=\"Said by Ana &quot;Lo&quot; &lt;Lopes&gt;\"><mark class=\"place\""),
        "{html}"
    );
    assert!(html.contains(" &amp; more</q>."), "{html}");
    assert!(html.contains("<h2>Quotations</h2>"));
}
