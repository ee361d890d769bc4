//! The result of annotating one article: the serde types that leave the engine.
//!
//! Offsets are Unicode code points into the annotated text, end exclusive.
//! Converting them for the page (UTF-16) is [`crate::engine::text`]'s job.
//! The JSON schema of `annotate --jsonl` and the page's export is
//! [`crate::engine::output`], built from these types.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// Why a mention was recognised: a fixed sentence, or one naming its text.
pub type Reason = Cow<'static, str>;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A named individual human.
    Person,
    /// A named geographic or geopolitical location.
    Place,
    /// A title, office, rank or job that designates a post.
    Position,
}

impl Kind {
    /// All kinds, in display order.
    pub const ALL: [Kind; 3] = [Kind::Person, Kind::Place, Kind::Position];

    /// The lower-case name used in JSON and in `data-kind` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Position => "position",
        }
    }

    /// Parses `person`, `place` or `position`.
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "person" => Some(Kind::Person),
            "place" => Some(Kind::Place),
            "position" => Some(Kind::Position),
            _ => None,
        }
    }
}

/// One span of the text that names a person, place or position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// First code point of the mention.
    pub start: usize,
    /// One past the last code point of the mention.
    pub end: usize,
    /// What the mention names.
    pub kind: Kind,
    /// The mention's text, exactly the slice `start..end`.
    pub text: String,
    /// Index into [`Annotation::entities`] of the entity this mention refers to.
    pub entity: usize,
    /// Why the mention was recognised, in words a reader understands
    /// (mostly one of a few fixed sentences: no allocation per mention).
    pub reason: Reason,
    /// For a position: the person entity the article ties this mention to,
    /// by syntax (`Defense Minister Rustem Umerov`) or, for a nominal
    /// reference (`the Ukrainian president`), because exactly one person in
    /// the article is named as holding that post of that country.
    // No `skip_serializing_if`: the page's worker sends annotations in
    // bincode, which cannot skip fields.
    #[serde(default)]
    pub holder: Option<usize>,
}

/// Facts about a place from the embedded gazetteer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceFacts {
    /// What sort of place: `country`, `city`, `region`, `continent`, `sea`, …
    pub category: String,
    /// The country it lies in (for a country: itself).
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: Option<f32>,
    /// Longitude in degrees.
    pub lon: Option<f32>,
    /// Population, where known.
    pub population: Option<u64>,
}

/// A post that a person holds according to the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Holding {
    /// Index of the position entity.
    pub position: usize,
    /// The country the post belongs to, where the article says so.
    pub country: Option<String>,
    /// Why the engine gives the post to the person: the reason of the hold
    /// pattern that found it (`title before the name`). Not in the CLI's
    /// JSON; the page's details card shows it.
    #[serde(default)]
    pub reason: Reason,
}

/// One person, place or position, with all its mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// What the entity is.
    pub kind: Kind,
    /// The fullest form of its name in the article.
    pub name: String,
    /// Every distinct surface form, fullest first.
    pub aliases: Vec<String>,
    /// Indexes into [`Annotation::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// For a person: the posts the article gives them.
    pub holds: Vec<Holding>,
    /// For a position: indexes of the person entities that hold it.
    pub holders: Vec<usize>,
    /// The country the entity belongs to or lies in, where known.
    pub country: Option<String>,
    /// For a place: facts from the gazetteer, where it is known there.
    pub place: Option<PlaceFacts>,
}

/// A who-holds-what pair, as `score.py` reads it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Hold {
    /// The person's fullest name in the article.
    pub person: String,
    /// The position as written at its fullest mention.
    pub position: String,
}

/// One quotation and who says it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// First code point of the quoted words (just inside the opening mark).
    pub start: usize,
    /// One past the last quoted code point (the closing mark, or the end of
    /// the paragraph for a quotation that continues into the next one).
    pub end: usize,
    /// The person entity who says it; `None` where no named person does
    /// (unnamed sources, organisations, scare quotes, titles).
    pub speaker: Option<usize>,
    /// Why that speaker (or none), in words a reader understands.
    pub reason: Reason,
}

/// Everything the engine found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Mentions sorted by start, never overlapping.
    pub mentions: Vec<Mention>,
    /// Entities, each listing its mentions.
    pub entities: Vec<Entity>,
    /// Who holds which post.
    pub holds: Vec<Hold>,
    /// Sentences as `(start, end)` code-point ranges, for showing a mention in context.
    pub sentences: Vec<(usize, usize)>,
    /// Quotations in text order, each with its speaker.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

impl Annotation {
    /// The sentence (code-point range) that contains code point `at`.
    pub fn sentence_at(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.sentences.partition_point(|&(_, end)| end <= at);
        self.sentences.get(i).copied().filter(|&(s, _)| s <= at)
    }
}
