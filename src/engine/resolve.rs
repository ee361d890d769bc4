//! Stage 5: candidates -> the [`Annotation`]: mentions grouped into entities,
//! who holds which post, and which country a place or a post belongs to.
//!
//! Takes the [`Doc`] and the rules' [`Candidate`]s; creates the annotation
//! with code-point offsets (the only stage that leaves token units).
//!
//! - People group by name structure: `Putin` joins `Vladimir Putin` (before or
//!   after it); a surname shared by two people goes to the one named most
//!   recently; different given names stay apart.
//! - Places group by their gazetteer name (`U.S.` and `United States`).
//! - Positions group by their lower-case text.
//! - Holds come from syntax, never mere proximity: title before name
//!   (`Defense Minister Rustem Umerov`), apposition after a name (`Fidan,
//!   Turkey’s foreign minister`), a title set off before a name (`the mayor,
//!   Ana Ruiz,`), copulas (`Ruiz, who is the mayor`) and coordinated titles
//!   (`Vice Chancellor and Finance Minister Lars Klingbeil`).
//! - Each post mention records its holder: the person of those patterns, or,
//!   for a definite reference (`the Ukrainian president`), the one person the
//!   article names as holding that post of that country.

use crate::engine::lexicon::casing::FxMap;

use crate::engine::annotation::{Annotation, Entity, Hold, Holding, Kind, Mention};
use crate::engine::lexicon::Lexicon;
use crate::engine::rules::{self, Candidate};
use crate::engine::tokenize::Doc;

/// The alphabetic parts of a person mention (`Jean-Pierre Raffarin` ->
/// `Jean`, `Pierre`, `Raffarin`).
fn name_parts<'a>(doc: &Doc<'a>, c: &Candidate) -> Vec<&'a str> {
    (c.start..c.end)
        .map(|t| doc.word(t))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

fn new_entity(kind: Kind, name: &str) -> Entity {
    Entity {
        kind,
        name: name.to_string(),
        aliases: vec![],
        mentions: vec![],
        holds: vec![],
        holders: vec![],
        country: None,
        place: None,
    }
}

/// Whether a person mention with `parts` may refer to a person already known
/// by `known` (both lists of name parts).
fn same_person(parts: &[&str], known: &[&str]) -> bool {
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase();
    let initial_of = |a: &str, b: &str| {
        let a = a.trim_end_matches('.');
        a.chars().count() == 1
            && b.chars()
                .next()
                .map(|c| c.to_lowercase().eq(a.chars().flat_map(char::to_lowercase)))
                .unwrap_or(false)
    };
    let (Some(pl), Some(kl)) = (parts.last(), known.last()) else {
        return false;
    };
    if parts.len() == 1 || known.len() == 1 {
        // A lone name: the surname (or a lone first mention of one).
        let (short, long) = if parts.len() == 1 {
            (parts, known)
        } else {
            (known, parts)
        };
        return long
            .iter()
            .skip(if long.len() > 1 { 1 } else { 0 })
            .any(|w| eq(w, short[0]));
    }
    if !eq(pl, kl) {
        return false;
    }
    // A tail of the full name: `Suu Kyi` of `Aung San Suu Kyi`.
    let (short, long) = if parts.len() < known.len() {
        (parts, known)
    } else {
        (known, parts)
    };
    if short.len() < long.len()
        && short
            .iter()
            .zip(&long[long.len() - short.len()..])
            .all(|(a, b)| eq(a, b))
    {
        return true;
    }
    // Same surname: the given names must agree (or be initials of each other).
    let (pf, kf) = (parts[0], known[0]);
    eq(pf, kf) || initial_of(pf, kf) || initial_of(kf, pf)
}

/// Groups candidates into entities and finds who holds what.
pub fn resolve(doc: &Doc, candidates: Vec<Candidate>, lex: &Lexicon) -> Annotation {
    let n = doc.tokens.len();
    let mut ann = Annotation::default();
    // For each entity: name parts (persons) or key (others), and last mention index.
    let mut person_parts: FxMap<usize, Vec<&str>> = FxMap::default();
    let mut by_part: FxMap<String, Vec<usize>> = FxMap::default();
    let mut keyed: FxMap<(Kind, String), usize> = FxMap::default();
    let mut last_seen: FxMap<usize, usize> = FxMap::default();
    let mut mention_at_token: Vec<Option<usize>> = vec![None; n];

    for (mi, c) in candidates.iter().enumerate() {
        let text = doc.span_text(c.start, c.end);
        let entity = match c.kind {
            Kind::Person => {
                let parts = name_parts(doc, c);
                // Only people sharing a name part can match: look them up by part.
                let mut candidates: Vec<usize> = parts
                    .iter()
                    .flat_map(|p| {
                        by_part
                            .get(&p.to_lowercase())
                            .into_iter()
                            .flatten()
                            .copied()
                    })
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                let found = candidates
                    .iter()
                    .copied()
                    .filter(|e| same_person(&parts, &person_parts[e]))
                    .max_by_key(|e| last_seen.get(e).copied().unwrap_or(0))
                    .or_else(|| {
                        // A family name said first (`Kihara` of `Kihara
                        // Minoru`): a lone name that only one two-part
                        // name opens.
                        let mut first = candidates.iter().copied().filter(|e| {
                            let known = &person_parts[e];
                            parts.len() == 1
                                && known.len() == 2
                                && known[0].to_lowercase() == parts[0].to_lowercase()
                        });
                        match (first.next(), first.next()) {
                            (Some(e), None) => Some(e),
                            _ => None,
                        }
                    });
                let e = match found {
                    Some(e) => {
                        if parts.len() > person_parts[&e].len() {
                            person_parts.insert(e, parts.clone());
                        }
                        e
                    }
                    None => {
                        ann.entities.push(new_entity(Kind::Person, text));
                        let e = ann.entities.len() - 1;
                        person_parts.insert(e, parts.clone());
                        e
                    }
                };
                for p in &parts {
                    let list = by_part.entry(p.to_lowercase()).or_default();
                    if !list.contains(&e) {
                        list.push(e);
                    }
                }
                e
            }
            kind => {
                let words: Vec<&str> = (c.start..c.end).map(|t| doc.word(t)).collect();
                let place = if kind == Kind::Place {
                    lex.longest_place(&words)
                        .filter(|(k, _)| *k == words.len())
                        .map(|(_, p)| p)
                } else {
                    None
                };
                let key = match place {
                    Some(p) => p.name.to_lowercase(),
                    None => text
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase(),
                };
                *keyed.entry((kind, key)).or_insert_with(|| {
                    let mut e = new_entity(kind, text);
                    if let Some(p) = place {
                        e.place = Some(p.facts.clone());
                        e.country = p.facts.country.clone();
                    }
                    ann.entities.push(e);
                    ann.entities.len() - 1
                })
            }
        };
        last_seen.insert(entity, mi);
        mention_at_token[c.start] = Some(mi);
        ann.entities[entity].mentions.push(mi);
        ann.mentions.push(Mention {
            start: 0,
            end: 0,
            kind: c.kind,
            text: text.to_string(),
            entity,
            reason: c.reason.clone(),
            holder: None,
        });
    }

    // Code-point offsets: tokens already carry them.
    for (m, c) in ann.mentions.iter_mut().zip(&candidates) {
        m.start = doc.tokens[c.start].start;
        m.end = doc.tokens[c.end - 1].end;
    }

    // Names and aliases: fullest form first.
    for e in &mut ann.entities {
        let mut forms: Vec<&str> = e
            .mentions
            .iter()
            .map(|&m| ann.mentions[m].text.as_str())
            .collect();
        forms.sort_by_key(|f| {
            (
                std::cmp::Reverse(f.split_whitespace().count()),
                std::cmp::Reverse(f.chars().count()),
            )
        });
        forms.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        e.name = forms[0].to_string();
        e.aliases = forms.iter().map(|s| s.to_string()).collect();
    }

    find_holds(doc, &candidates, &mention_at_token, lex, &mut ann);
    ann.sentences = doc
        .sentences
        .iter()
        .filter(|r| !r.is_empty())
        .map(|r| (doc.tokens[r.start].start, doc.tokens[r.end - 1].end))
        .collect();
    ann
}

/// Words of a party affiliation, capitalised before a name (`Liberal
/// Democrat Ana Ruiz`, `Republican Sen.`).
fn party_word(w: &str) -> bool {
    matches!(
        w,
        "Liberal"
            | "Democrat"
            | "Democratic"
            | "Republican"
            | "Conservative"
            | "Labour"
            | "Labor"
            | "Socialist"
            | "Green"
            | "Independent"
    )
}

/// Words allowed between `Name,` and the title in an apposition.
fn apposition_filler(w: &str) -> bool {
    let lower;
    let w = if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        lower = w.to_lowercase();
        lower.as_str()
    } else {
        w
    };
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "’s"
            | "'s"
            | "former"
            | "acting"
            | "then"
            | "-"
            | "outgoing"
            | "incoming"
            | "current"
            | "newly"
            | "appointed"
            | "new"
            | "interim"
            | "who"
            | "is"
            | "was"
            | "has"
            | "been"
            | "had"
            | "became"
            | "becomes"
            | "as"
            | "named"
            | "country"
            | "nation"
            | "top"
            | "longtime"
            | "long-time"
            | "serving"
            | "sitting"
            | "senior"
            | "veteran"
            | "regional"
            | "provincial"
            | "state"
            | "local"
            | "national"
            | "federal"
            | "county"
            | "district"
            | "independent"
            | "republican"
            | "democrat"
            | "democratic"
            | "conservative"
            | "labour"
            | "liberal"
            | "socialist"
            | "served"
            | "serves"
            | "took"
            | "takes"
            | "over"
            | "stays"
            | "stayed"
            | "on"
            | "remain"
            | "remains"
            | "remained"
            | "will"
            | "now"
            | "still"
            | "also"
            | "again"
            | "elected"
            | "ruling"
    )
}

fn find_holds(
    doc: &Doc,
    cands: &[Candidate],
    at: &[Option<usize>],
    lex: &Lexicon,
    ann: &mut Annotation,
) {
    let n = doc.tokens.len();
    let sentence = doc.sentence_of_tokens();
    // The mention covering each token.
    let mut cover: Vec<Option<usize>> = vec![None; n];
    for (mi, c) in cands.iter().enumerate() {
        cover[c.start..c.end].iter_mut().for_each(|x| *x = Some(mi));
    }
    // (person entity, position mention)
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (pi, p) in cands.iter().enumerate() {
        if p.kind != Kind::Position {
            continue;
        }
        let person_at = |t: usize| {
            at.get(t)
                .copied()
                .flatten()
                .filter(|&m| cands[m].kind == Kind::Person)
        };
        // The person at `t`, past an honorific that stays outside the name:
        // `Emirati President Sheikh Mohammed`, `the minister, Baroness Taylor`.
        let person_after = |t: usize| {
            person_at(t).or_else(|| {
                (t + 1 < n && at[t].is_none() && rules::is_honorific(lex, doc.word(t)))
                    .then(|| person_at(t + 1))
                    .flatten()
            })
        };
        // Title before name: `Defense Minister Rustem Umerov`.
        if let Some(m) = person_after(p.end) {
            pairs.push((ann.mentions[m].entity, pi));
            continue;
        }
        // The post's place may sit between: `Ambassador to Yemen Ali Saleh`,
        // `The regent of Deli Serdang, Mangasi Sitompul,`.
        let mut after = p.end;
        if after + 1 < n && matches!(doc.word(after), "of" | "to" | "for") {
            if let Some(m) = at[after + 1].filter(|&m| cands[m].kind == Kind::Place) {
                after = cands[m].end;
                if let Some(m) = person_after(after) {
                    pairs.push((ann.mentions[m].entity, pi));
                    continue;
                }
            }
        }
        // A definite post's short phrase before the comma: `the president of
        // the Houthis’ Supreme Political Council,`, `The Leader of the
        // Opposition on the council,`, `the Commissioner of Police in the state,`.
        let mut d = p.start;
        while d > 0
            && matches!(
                doc.word(d - 1),
                "acting" | "former" | "outgoing" | "interim" | "new"
            )
        {
            d -= 1;
        }
        if after == p.end && d > 0 && doc.word(d - 1).eq_ignore_ascii_case("the") {
            let mut t = p.end;
            while t < n && t - p.end < 9 && sentence[t] == sentence[p.start] {
                let w = doc.word(t);
                let ok = matches!(
                    w,
                    "the" | "of" | "on" | "in" | "at" | "for" | "’s" | "'s" | "’" | "'"
                ) || (at[t].is_none_or(|m| cands[m].kind == Kind::Place)
                    && (w.chars().next().is_some_and(char::is_uppercase)
                        || (t > 0 && matches!(doc.word(t - 1), "the" | "’s" | "'s"))));
                if !ok {
                    break;
                }
                t += 1;
            }
            if t > p.end + 1 && t < n && doc.word(t) == "," {
                after = t;
            }
        }
        // Title set off before a name: `the defense minister, Rustem Umerov,`;
        // not when the name opens a new clause (`will remain captain, Ruiz said`).
        // Party words may stand before the name: `, Liberal Democrat Ana Ruiz`.
        if after + 1 < n && doc.word(after) == "," {
            let mut name = after + 1;
            while name + 1 < n
                && name - after <= 3
                && at[name].is_none()
                && party_word(doc.word(name))
            {
                name += 1;
            }
            // Or the holder's rank: `Sudan’s army chief, Gen. Ali Saleh,`.
            if let Some(m) = at[name].filter(|&m| cands[m].kind == Kind::Position) {
                name = cands[m].end;
            }
            if let Some(m) = person_after(name) {
                let next = cands[m].end;
                let clause = next < n
                    && doc.word(next) != "of"
                    && doc
                        .word(next)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase);
                if !clause {
                    pairs.push((ann.mentions[m].entity, pi));
                    continue;
                }
            }
        }
        // A post that is itself an owner names no holder here: `Banerjee,
        // the chief minister’s nephew`.
        if p.end < n && matches!(doc.word(p.end), "’s" | "'s") {
            continue;
        }
        // The object of an appointment: `named Ana Ruiz, the party's policy
        // chief, as Defense Minister`, `appointed Ruiz as ambassador`.
        if let Some(m) = appointed_as(doc, cands, at, &sentence, p.start) {
            pairs.push((ann.mentions[m].entity, pi));
            continue;
        }
        // Apposition or copula after a name: `Fidan, Turkey’s foreign minister`,
        // `Ruiz, who is the mayor`, `Ribeiro, chief economist at XP`.
        let mut t = p.start;
        // Where the last owner skipped (`Trump’s`) starts: a post right
        // before it is the owner's (`President Donald Trump’s adviser`).
        let mut owner_start = usize::MAX;
        while t > 0 && sentence[t - 1] == sentence[p.start] && p.start - t < 12 {
            t -= 1;
            if let Some(m) = cover[t] {
                let possessive =
                    cands[m].end < p.start && matches!(doc.word(cands[m].end), "’s" | "'s");
                match cands[m].kind {
                    // An owner, not the holder: `Frei, Merz’s chief of staff`.
                    Kind::Person if possessive => {
                        t = cands[m].start;
                        owner_start = t;
                        continue;
                    }
                    Kind::Person => {
                        let between: Vec<&str> =
                            (cands[m].end..p.start).map(|x| doc.word(x)).collect();
                        let linked = between.first() == Some(&",")
                            || between.iter().any(|w| {
                                matches!(
                                    *w,
                                    "is" | "was"
                                        | "became"
                                        | "becomes"
                                        | "as"
                                        | "named"
                                        | "remain"
                                        | "remains"
                                        | "remained"
                                )
                            });
                        if linked {
                            pairs.push((ann.mentions[m].entity, pi));
                        }
                        break;
                    }
                    // Country names may sit between: `Turkey’s`, `U.S.`.
                    Kind::Place => {
                        t = cands[m].start;
                        // A person's place: `Maria Ruiz of Texas, the chairwoman`.
                        if t >= 2 && doc.word(t - 1) == "of" && cover[t - 2].is_some() {
                            t -= 1;
                        }
                        continue;
                    }
                    // The owner's own title: `President Donald Trump’s`.
                    Kind::Position if cands[m].end == owner_start => {
                        t = cands[m].start;
                        continue;
                    }
                    Kind::Position => break,
                }
            }
            let w = doc.word(t);
            // An owner before the post: `the firm’s chairwoman`, `the club’s captain`.
            let owner = t + 1 < p.start && matches!(doc.word(t + 1), "’s" | "'s");
            // An organisation's initials: `the U.N. special envoy`, `the EU envoy`.
            let initials = w.chars().count() <= 5
                && w.chars().any(char::is_uppercase)
                && w.chars().all(|c| c.is_uppercase() || c == '.');
            if !(apposition_filler(w)
                || w == ","
                || lex.demonym_country(w).is_some()
                || owner
                || initials)
            {
                break;
            }
        }
    }

    // Coordinated posts before one name: `Vice Chancellor and Finance
    // Minister Lars Klingbeil`, `chairman and chief executive C.C. Wei`,
    // `Qatar’s Prime Minister and Foreign Minister, Sheikh Ali`. (Only posts
    // paired before their name get here with `and` before them: an
    // apposition stops at `and`.)
    let mut more = Vec::new();
    for &(person, qi) in &pairs {
        let q = &cands[qi];
        if q.start < 2 || doc.word(q.start - 1) != "and" {
            continue;
        }
        if let Some(pi) = (0..qi)
            .rev()
            .find(|&i| cands[i].kind == Kind::Position && cands[i].end == q.start - 1)
        {
            if !pairs.iter().any(|&(_, x)| x == pi) {
                more.push((person, pi));
            }
        }
    }
    pairs.extend(more);

    // Country of each post: a demonym or place right before it, or `of` + place after it.
    let country_of =
        |p: &Candidate| -> Option<String> {
            let mut t = p.start;
            while t > 0
                && matches!(
                    doc.word(t - 1),
                    "’s" | "'s" | "former" | "acting" | "then" | "-" | "the"
                )
            {
                t -= 1;
            }
            if t > 0 {
                let w = doc.word(t - 1);
                if let Some(c) = lex.demonym_country(w) {
                    return Some(c.to_string());
                }
                if let Some(m) = (0..t).rev().take(4).find_map(|s| {
                    at[s].filter(|&m| cands[m].kind == Kind::Place && cands[m].end == t)
                }) {
                    return Some(place_country(ann, m));
                }
            }
            if p.end + 1 < n && doc.word(p.end) == "of" {
                if let Some(m) = at[p.end + 1].filter(|&m| cands[m].kind == Kind::Place) {
                    return Some(place_country(ann, m));
                }
            }
            None
        };

    // The country of every post mention, before the annotation changes.
    let countries: Vec<Option<String>> = cands
        .iter()
        .map(|c| (c.kind == Kind::Position).then(|| country_of(c)).flatten())
        .collect();
    let pairs: Vec<(usize, usize, Option<String>)> = pairs
        .into_iter()
        .map(|(e, pi)| (e, pi, countries[pi].clone()))
        .collect();
    let mut seen: FxMap<(usize, usize), usize> = FxMap::default();
    for (person, pi, country) in pairs {
        ann.mentions[pi].holder = Some(person);
        let pos_entity = ann.mentions[pi].entity;
        match seen.get(&(person, pos_entity)) {
            Some(&h) => {
                if ann.entities[person].holds[h].country.is_none() {
                    ann.entities[person].holds[h].country = country;
                }
            }
            None => {
                seen.insert((person, pos_entity), ann.entities[person].holds.len());
                ann.entities[person].holds.push(Holding {
                    position: pos_entity,
                    country,
                });
                ann.entities[pos_entity].holders.push(person);
            }
        }
    }
    tie_nominal_references(doc, cands, &cover, lex, &countries, ann);
    // The post as written where the article gives it to each person, at its
    // fullest (`President` for one, `president` for another): one pass.
    let mut written: FxMap<(usize, usize), usize> = FxMap::default();
    let fullest = |m: &Mention| {
        (
            std::cmp::Reverse(m.text.split_whitespace().count()),
            std::cmp::Reverse(m.text.chars().count()),
            m.start,
        )
    };
    for (i, m) in ann.mentions.iter().enumerate() {
        if let Some(h) = m.holder {
            let best = written.entry((h, m.entity)).or_insert(i);
            if fullest(m) < fullest(&ann.mentions[*best]) {
                *best = i;
            }
        }
    }
    for e in 0..ann.entities.len() {
        if ann.entities[e].kind == Kind::Person && ann.entities[e].country.is_none() {
            ann.entities[e].country = ann.entities[e].holds.iter().find_map(|h| h.country.clone());
        }
        for h in &ann.entities[e].holds {
            let position = match written.get(&(e, h.position)) {
                Some(&m) => ann.mentions[m].text.clone(),
                None => ann.entities[h.position].name.clone(),
            };
            ann.holds.push(Hold {
                person: ann.entities[e].name.clone(),
                position,
            });
        }
    }
}

/// Verbs whose object takes the post after `as`: `named Ana Ruiz as ...`.
const APPOINTING: &[&str] = &[
    "named",
    "names",
    "appointed",
    "appoints",
    "nominated",
    "nominates",
    "picked",
    "picks",
    "tapped",
    "taps",
    "chose",
    "chosen",
    "selected",
    "designated",
    "installed",
];

/// For a post right after `as` (`... as Defense Minister`), the person named
/// just after an appointing verb earlier in the sentence (`named Ana Ruiz,
/// until now the party's policy chief, as Defense Minister`). Looks back a
/// bounded number of tokens.
fn appointed_as(
    doc: &Doc,
    cands: &[Candidate],
    at: &[Option<usize>],
    sentence: &[usize],
    start: usize,
) -> Option<usize> {
    if start < 3 || doc.word(start - 1) != "as" {
        return None;
    }
    let mut t = start - 1;
    while t > 0 && sentence[t - 1] == sentence[start] && start - t < 20 {
        t -= 1;
        if APPOINTING.contains(&doc.word(t)) {
            return at
                .get(t + 1)
                .copied()
                .flatten()
                .filter(|&m| cands[m].kind == Kind::Person);
        }
        if matches!(doc.word(t), "." | ";" | "and" | "said" | "says") {
            return None;
        }
    }
    None
}

/// Ties a definite reference to a post (`the Ukrainian president`, `the
/// defense minister`, `Ukraine’s president`) to the one person the article
/// names as holding that post of that country. Nothing is tied when the
/// country disagrees, when two holders fit, or when the reference is not
/// definite (`a presidential aide`, `another minister`).
fn tie_nominal_references(
    doc: &Doc,
    cands: &[Candidate],
    cover: &[Option<usize>],
    lex: &Lexicon,
    countries: &[Option<String>],
    ann: &mut Annotation,
) {
    for (pi, p) in cands.iter().enumerate() {
        if p.kind != Kind::Position || ann.mentions[pi].holder.is_some() {
            continue;
        }
        if !is_definite(doc, cands, cover, lex, p.start) {
            continue;
        }
        let position = ann.mentions[pi].entity;
        let country = &countries[pi];
        let mut fits = ann.entities[position].holders.iter().copied().filter(|&h| {
            let held = ann.entities[h]
                .holds
                .iter()
                .find(|x| x.position == position)
                .and_then(|x| x.country.as_ref());
            match (country, held) {
                (Some(c), Some(hc)) => c == hc,
                (Some(_), None) => false,
                (None, _) => true,
            }
        });
        if let (Some(h), None) = (fits.next(), fits.next()) {
            ann.mentions[pi].holder = Some(h);
        }
    }
}

/// Whether the post starting at token `start` is named definitely: `the`
/// before it, or an owner (`Ukraine’s`), past demonyms and country names.
fn is_definite(
    doc: &Doc,
    cands: &[Candidate],
    cover: &[Option<usize>],
    lex: &Lexicon,
    start: usize,
) -> bool {
    let mut t = start;
    while t > 0 {
        let w = doc.word(t - 1);
        if w.eq_ignore_ascii_case("the") {
            return true;
        }
        if matches!(w, "’s" | "'s") {
            return t >= 2 && cover[t - 2].is_some_and(|m| cands[m].kind == Kind::Place);
        }
        match cover[t - 1] {
            Some(m) if cands[m].kind == Kind::Place => t = cands[m].start,
            None if lex.demonym_country(w).is_some()
                || matches!(
                    w,
                    "former"
                        | "acting"
                        | "outgoing"
                        | "incoming"
                        | "new"
                        | "interim"
                        | "then"
                        | "-"
                ) =>
            {
                t -= 1
            }
            _ => return false,
        }
    }
    false
}

/// The country a place mention belongs to: the gazetteer's, or its own name.
fn place_country(ann: &Annotation, m: usize) -> String {
    let e = &ann.entities[ann.mentions[m].entity];
    e.country.clone().unwrap_or_else(|| e.name.clone())
}
