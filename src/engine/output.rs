//! The exchange form of an annotation: the schema of `annotate --jsonl`'s
//! output lines and of the page's JSON export, as plain serde types.
//!
//! Takes an [`Annotation`] and the document's id; creates an [`Output`] that
//! serialises (with `serde_json`) to one object:
//!
//! ```text
//! {"entities": [{"end", "holder"?, "kind", "start", "text"}],
//!  "groups":   [{"aliases", "country", "holds": [{"country", "position"}],
//!                "kind", "mentions", "name", "place"}],
//!  "holds":    [{"person", "position"}],
//!  "id"}
//! ```
//!
//! Offsets are code points into the text, end exclusive. `holder` is left
//! out when a mention has none; every other field is always written
//! (`null` when unknown). Fields are declared in alphabetical order, the
//! order of the keys in the output, so a reader sees the same bytes as from
//! a `serde_json::Value` of the same data. Other code (a package for another
//! language) may reuse these types; the field names are the schema.

use serde::Serialize;

use crate::engine::annotation::{Annotation, Hold, Kind, PlaceFacts};

/// One output object: everything the engine found in one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Output<'a> {
    /// The mentions, sorted by start, never overlapping.
    pub entities: Vec<OutMention<'a>>,
    /// The entities, each with its mentions counted.
    pub groups: Vec<Group<'a>>,
    /// Who holds which post.
    pub holds: &'a [Hold],
    /// The document's id, as given (any JSON value; `null` when none).
    pub id: &'a serde_json::Value,
    /// Each quotation (`Annotation::quotes`), in text order.
    pub quotes: Vec<OutQuote<'a>>,
}

/// One quotation: the code points of the quoted words inside the marks, and
/// its speaker's fullest name (absent where no named person says it).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutQuote<'a> {
    /// One past the last quoted code point.
    pub end: usize,
    /// The speaker's fullest name, as in `holds`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<&'a str>,
    /// The first quoted code point.
    pub start: usize,
}

/// One mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutMention<'a> {
    /// One past the last code point.
    pub end: usize,
    /// For a position: the name of the person holding it (absent when none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<&'a str>,
    /// What the mention names.
    pub kind: Kind,
    /// First code point.
    pub start: usize,
    /// The mention's text, exactly the code points `start..end`.
    pub text: &'a str,
}

/// One entity: a person, place or position with all its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group<'a> {
    /// Every distinct surface form, fullest first.
    pub aliases: &'a [String],
    /// The country the entity belongs to or lies in, where known.
    pub country: Option<&'a str>,
    /// For a person: the posts the article gives them.
    pub holds: Vec<GroupHold<'a>>,
    /// What the entity is.
    pub kind: Kind,
    /// How many mentions it has.
    pub mentions: usize,
    /// The fullest form of its name in the article.
    pub name: &'a str,
    /// For a place: facts from the gazetteer, where it is known there.
    pub place: Option<Place<'a>>,
}

/// A post a person holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupHold<'a> {
    /// The country the post belongs to, where the article says so.
    pub country: Option<&'a str>,
    /// The position entity's name.
    pub position: Option<&'a str>,
}

/// Facts about a place from the embedded gazetteer. Coordinates are written
/// as the `f64` of the stored `f32` (`48.900001525878906`), as before.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place<'a> {
    /// What sort of place: `country`, `city`, `region`, …
    pub category: &'a str,
    /// The country it lies in (for a country: itself).
    pub country: Option<&'a str>,
    /// Latitude in degrees.
    pub lat: Option<f64>,
    /// Longitude in degrees.
    pub lon: Option<f64>,
    /// Population, where known.
    pub population: Option<u64>,
}

impl<'a> Output<'a> {
    /// The output form of `ann`, for the document `id`.
    pub fn new(ann: &'a Annotation, id: &'a serde_json::Value) -> Output<'a> {
        let name = |e: usize| ann.entities.get(e).map(|e| e.name.as_str());
        let entities = (ann.mentions.iter())
            .map(|m| OutMention {
                end: m.end,
                holder: m.holder.and_then(name),
                kind: m.kind,
                start: m.start,
                text: &m.text,
            })
            .collect();
        let groups = (ann.entities.iter())
            .map(|e| Group {
                aliases: &e.aliases,
                country: e.country.as_deref(),
                holds: (e.holds.iter())
                    .map(|h| GroupHold {
                        country: h.country.as_deref(),
                        position: name(h.position),
                    })
                    .collect(),
                kind: e.kind,
                mentions: e.mentions.len(),
                name: &e.name,
                place: e.place.as_ref().map(Place::new),
            })
            .collect();
        let quotes = (ann.quotes.iter())
            .map(|q| OutQuote {
                end: q.end,
                speaker: q.speaker.and_then(name),
                start: q.start,
            })
            .collect();
        Output {
            entities,
            groups,
            holds: &ann.holds,
            id,
            quotes,
        }
    }
}

impl Annotation {
    /// The [`Output`] of this annotation as a JSON value (the bindings for
    /// Python and JavaScript build their objects from it); serialised, it is
    /// byte for byte the line `annotate --jsonl` writes.
    pub fn to_json(&self, id: serde_json::Value) -> serde_json::Value {
        serde_json::to_value(Output::new(self, &id)).unwrap_or(serde_json::Value::Null)
    }
}

impl<'a> Place<'a> {
    fn new(p: &'a PlaceFacts) -> Place<'a> {
        Place {
            category: &p.category,
            country: p.country.as_deref(),
            lat: p.lat.map(f64::from),
            lon: p.lon.map(f64::from),
            population: p.population,
        }
    }
}

#[cfg(test)]
mod tests;
