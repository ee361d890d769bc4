//! The output schema against a `serde_json::Value` built field by field (the
//! form `annotate --jsonl` wrote before these types): the same bytes.

use serde_json::{json, Value};

use super::*;
use crate::engine::Engine;

/// The output as a `Value` built with `json!` (keys sorted, `holder` only
/// when there is one).
fn by_hand(ann: &Annotation, id: Value) -> Value {
    let name = |e: usize| ann.entities.get(e).map(|e| e.name.as_str());
    let entities: Vec<Value> = (ann.mentions.iter())
        .map(|m| {
            let mut v = json!({"start": m.start, "end": m.end, "kind": m.kind, "text": m.text});
            if let Some(h) = m.holder.and_then(name) {
                v["holder"] = json!(h);
            }
            v
        })
        .collect();
    let groups: Vec<Value> = (ann.entities.iter())
        .map(|e| {
            let holds: Vec<Value> = (e.holds.iter())
                .map(|h| json!({"position": name(h.position), "country": h.country}))
                .collect();
            json!({"kind": e.kind, "name": e.name, "aliases": e.aliases, "mentions": e.mentions.len(),
                   "holds": holds, "country": e.country, "place": e.place})
        })
        .collect();
    let quotes: Vec<Value> = (ann.quotes.iter())
        .map(|q| {
            let mut v = json!({"start": q.start, "end": q.end});
            if let Some(s) = q.speaker.and_then(name) {
                v["speaker"] = json!(s);
            }
            v
        })
        .collect();
    json!({"id": id, "entities": entities, "holds": ann.holds, "groups": groups, "quotes": quotes})
}

#[test]
fn output_bytes_equal_the_json_value() {
    let engine = Engine::new();
    for (text, id) in [
        (
            "Finance Minister Olek Marchenko flew to Lisbon and Kyiv. \
             The Ukrainian president met Marchenko in BERLIN.",
            json!("a"),
        ),
        ("", Value::Null),
        (
            "Ana Lopes, the mayor of Porto, spoke.",
            json!({"n": [1, 2]}),
        ),
        (
            "“We will rebuild,” said Ana Lopes. A “historic” day, officials said.",
            json!(7),
        ),
    ] {
        let ann = engine.annotate(text);
        let want = by_hand(&ann, id.clone());
        let out = Output::new(&ann, &id);
        assert_eq!(serde_json::to_string(&out).unwrap(), want.to_string());
        assert_eq!(ann.to_json(id.clone()).to_string(), want.to_string());
        assert_eq!(
            serde_json::to_string_pretty(&out).unwrap(),
            serde_json::to_string_pretty(&want).unwrap()
        );
    }
}
