//! A hand-made [`Annotation`] for tests that must not depend on the model
//! (the corrections' and the page state's).

use crate::engine::{Annotation, Entity, Kind, Mention, PlaceFacts};

/// An annotation of `text` with `(surface, kind, entity)` mentions, found in
/// order. Entities are named by their first mention.
pub fn annotate(text: &str, spans: &[(&str, Kind, usize)]) -> Annotation {
    let mut mentions = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut from = 0;
    for &(surface, kind, entity) in spans {
        let b = from + text[from..].find(surface).expect("surface in text");
        let start = text[..b].chars().count();
        let end = start + surface.chars().count();
        from = b + surface.len();
        if entities.len() <= entity {
            entities.push(Entity {
                kind,
                name: surface.to_string(),
                aliases: vec![surface.to_string()],
                mentions: vec![],
                holds: vec![],
                holders: vec![],
                country: None,
                place: (kind == Kind::Place).then(|| PlaceFacts {
                    category: "city".into(),
                    country: Some("Ruritania".into()),
                    lat: Some(1.5),
                    lon: Some(-2.25),
                    population: Some(1_234_567),
                }),
            });
        }
        entities[entity].mentions.push(mentions.len());
        mentions.push(Mention {
            start,
            end,
            kind,
            text: surface.to_string(),
            entity,
            reason: "test".into(),
            holder: None,
        });
    }
    Annotation {
        mentions,
        entities,
        ..Default::default()
    }
}
