//! Mentions grouped into entities: people by the structure of their names,
//! places by their gazetteer name, positions by their lower-case text; then
//! each entity's name (its fullest form) and aliases.

use crate::engine::annotation::{Annotation, Entity, Kind, Mention};
use crate::engine::lexicon::casing::{FxMap, FxSet};
use crate::engine::lexicon::Lexicon;
use crate::engine::rules::Candidate;
use crate::engine::tokenize::Doc;
use crate::engine::words;

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

/// Whether `known` is a family name and a given name of two short syllables
/// written apart, as Singaporean, Malaysian, Hong Kong and Korean news
/// writes Chinese and Korean names (`Goh Siew Ling`, `Ho Kian Beng`, `Pak
/// Sun Ho`): three words of two to six letters, each capitalised. The
/// article then names the person by the first word (`Ms Goh said`), the
/// family name (unseen real news, holds round ten).
fn spaced_given_name(known: &[&str]) -> bool {
    known.len() == 3
        && known.iter().all(|w| {
            let mut cs = w.chars();
            (2..=6).contains(&w.chars().count())
                && cs.next().is_some_and(|c| c.is_ascii_uppercase())
                && cs.all(|c| c.is_ascii_lowercase())
        })
}

/// Whether `short` (two words or more) opens `long`, a name that ends in a
/// hyphenated Chinese given name, as Hong Kong news writes an English given
/// name, the family name, then the Chinese given name (`Peter Wong` of `Peter
/// Wong Ka-fai`, `Mary Chan` of `Mary Chan Mei-ling`; unseen real
/// news, holds round ten). The hyphen leaves the given name's second part
/// in lower case (`Ka`, `fai`).
fn english_name_before_chinese(short: &[&str], long: &[&str]) -> bool {
    let n = long.len();
    let hyphenated = n >= 4
        && long[n - 1].starts_with(|c: char| c.is_ascii_lowercase())
        && long[n - 2].starts_with(|c: char| c.is_ascii_uppercase());
    hyphenated
        && short.len() >= 2
        && short.len() <= n - 2
        && short
            .iter()
            .zip(long)
            .all(|(a, b)| a.eq_ignore_ascii_case(b))
}

/// Whether name part `k` of `parts` is a patronymic (`bin`, `ibn`, `Ould`).
fn patronymic_at(parts: &[&str], k: usize) -> bool {
    parts
        .get(k)
        .is_some_and(|p| crate::engine::words::PATRONYMIC_PARTICLES.contains(p))
}

/// Whether a person mention with `parts` may refer to a person already known
/// by `known` (both lists of name parts).
fn same_person(parts: &[&str], known: &[&str]) -> bool {
    // Two ASCII words equal in lower case are equal ignoring ASCII case.
    let eq = |a: &str, b: &str| {
        a.eq_ignore_ascii_case(b)
            || (!(a.is_ascii() && b.is_ascii()) && a.to_lowercase() == b.to_lowercase())
    };
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
        // Not a name after a patronymic: `Salman` of `Mohammed bin Salman`
        // is the father, another person (`King Salman` in the same report).
        return long
            .iter()
            .enumerate()
            .skip(if long.len() > 1 { 1 } else { 0 })
            .any(|(k, w)| eq(w, short[0]) && !patronymic_at(long, k - 1));
    }
    if english_name_before_chinese(parts, known) || english_name_before_chinese(known, parts) {
        return true;
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
    // Not after a patronymic, though: `Mohammed bin Rashid` is the father of
    // `Hamdan bin Mohammed bin Rashid`, another person.
    let patronymic_before = |at: usize| at > 0 && patronymic_at(long, at - 1);
    if short.len() < long.len()
        && short
            .iter()
            .zip(&long[long.len() - short.len()..])
            .all(|(a, b)| eq(a, b))
    {
        return !patronymic_before(long.len() - short.len());
    }
    // Same surname: the given names must agree (or be initials of each other).
    let (pf, kf) = (parts[0], known[0]);
    let given = eq(pf, kf) || initial_of(pf, kf) || initial_of(kf, pf);
    // And, in two names of three parts or more, the second parts: a father's
    // name that differs is another person of the family (`Sabah Khaled Al-Sabah`
    // is not `Sabah Ahmad Al-Sabah`; Gulf ruling families share given names).
    given && !other_second_name(parts, known)
}

/// Whether two names of three parts or more have second names that differ
/// (the first part after the given name that is no particle such as `Al`,
/// `El` or `bin`), neither the other's initial and neither found anywhere in
/// the other name.
fn other_second_name(a: &[&str], b: &[&str]) -> bool {
    if a.len() < 3 || b.len() < 3 {
        return false;
    }
    fn second<'a>(name: &[&'a str]) -> Option<&'a str> {
        name.iter().skip(1).copied().find(|w| {
            w.chars().count() > 2
                && !crate::engine::words::PATRONYMIC_PARTICLES.contains(w)
                && !crate::engine::words::NAME_PARTICLES.contains(w)
        })
    }
    let (Some(x), Some(y)) = (second(a), second(b)) else {
        return false;
    };
    let has = |name: &[&str], w: &str| name.iter().any(|p| p.eq_ignore_ascii_case(w));
    !has(b, x) && !has(a, y)
}

/// What grouping knows of the entities so far.
#[derive(Default)]
struct Groups<'a> {
    /// A person entity's name parts (its fullest so far).
    person_parts: FxMap<usize, Vec<&'a str>>,
    /// How many words (split at spaces) that fullest name has: `Moon
    /// Jae-in` has two words and three parts.
    person_words: FxMap<usize, usize>,
    /// The person entities with each lower-case name part.
    by_part: FxMap<String, FxSet<usize>>,
    /// A place's or position's entity by (kind, key).
    keyed: FxMap<(Kind, String), usize>,
    /// The last mention of each entity.
    last_seen: FxMap<usize, usize>,
}

impl<'a> Groups<'a> {
    /// The person entity of mention `c`: a known person it may name (the one
    /// named most recently), or a new one.
    fn person(&mut self, doc: &Doc<'a>, c: &Candidate, ann: &mut Annotation) -> usize {
        let parts = name_parts(doc, c);
        // Only people sharing a name part can match: look them up by part. A
        // name of two or more parts matches only people sharing one of its
        // parts after the first (the last, or a lone surname), so its given
        // name, which thousands in an archive may share, is not looked up.
        let keys = if parts.len() > 1 {
            &parts[1..]
        } else {
            &parts[..]
        };
        let mut candidates: Vec<usize> = keys
            .iter()
            .flat_map(|p| {
                self.by_part
                    .get(&p.to_lowercase())
                    .into_iter()
                    .flatten()
                    .copied()
            })
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // After an honorific that goes with the given name (`Sheikh
        // Sabah`), a person it opens comes before one whose family name it
        // is (`Sabah Khaled Al-Sabah` before `Jaber Ali Al-Sabah`).
        let styled = c.start > 0 && words::GIVEN_NAME_HONORIFICS.contains(doc.word(c.start - 1));
        let opens = |e: &usize| {
            styled && parts.len() == 1 && self.person_parts[e][0].eq_ignore_ascii_case(parts[0])
        };
        let found = candidates
            .iter()
            .copied()
            .filter(|e| same_person(&parts, &self.person_parts[e]))
            .max_by_key(|e| (opens(e), self.last_seen.get(e).copied().unwrap_or(0)))
            .or_else(|| {
                // A family name said first (`Kihara` of `Kihara
                // Minoru`, `Moon` of `Moon Jae-in`): a lone name that
                // only one two-word name opens. After an honorific that
                // goes with the given name (`Sheikh Khalid` of `Khalid bin
                // Omar Al Nasri`, `Datuk Anwar`), a lone name that only one
                // full name of any length opens.
                let mut first = candidates.iter().copied().filter(|e| {
                    let known = &self.person_parts[e];
                    let words = self.person_words.get(e).copied();
                    parts.len() == 1
                        && (words == Some(2)
                            || (styled && known.len() > 1)
                            || (words == Some(3) && spaced_given_name(known)))
                        && known[0].to_lowercase() == parts[0].to_lowercase()
                });
                match (first.next(), first.next()) {
                    (Some(e), None) => Some(e),
                    _ => None,
                }
            });
        let words = doc.span_text(c.start, c.end).split_whitespace().count();
        let e = match found {
            Some(e) => {
                if parts.len() > self.person_parts[&e].len() {
                    self.person_parts.insert(e, parts.clone());
                    self.person_words.insert(e, words);
                }
                e
            }
            None => {
                ann.entities
                    .push(new_entity(Kind::Person, doc.span_text(c.start, c.end)));
                let e = ann.entities.len() - 1;
                self.person_parts.insert(e, parts.clone());
                self.person_words.insert(e, words);
                e
            }
        };
        for p in &parts {
            self.by_part.entry(p.to_lowercase()).or_default().insert(e);
        }
        e
    }

    /// The place or position entity of mention `c`, by its gazetteer name
    /// (places) or its lower-case text.
    fn keyed(&mut self, doc: &Doc, c: &Candidate, lex: &Lexicon, ann: &mut Annotation) -> usize {
        let text = doc.span_text(c.start, c.end);
        let kind = c.kind;
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
        *self.keyed.entry((kind, key)).or_insert_with(|| {
            let mut e = new_entity(kind, text);
            if let Some(p) = place {
                e.place = Some(p.facts.clone());
                e.country = p.facts.country.clone();
            }
            ann.entities.push(e);
            ann.entities.len() - 1
        })
    }
}

/// Groups the candidates into `ann`'s entities and mentions (with
/// code-point offsets). Returns the mention starting at each token.
pub(super) fn group(
    doc: &Doc,
    candidates: &[Candidate],
    lex: &Lexicon,
    ann: &mut Annotation,
) -> Vec<Option<usize>> {
    let mut groups = Groups::default();
    let mut mention_at_token: Vec<Option<usize>> = vec![None; doc.tokens.len()];
    for (mi, c) in candidates.iter().enumerate() {
        let entity = match c.kind {
            Kind::Person => groups.person(doc, c, ann),
            _ => groups.keyed(doc, c, lex, ann),
        };
        groups.last_seen.insert(entity, mi);
        mention_at_token[c.start] = Some(mi);
        ann.entities[entity].mentions.push(mi);
        ann.mentions.push(Mention {
            // Code-point offsets: tokens already carry them.
            start: doc.tokens[c.start].start,
            end: doc.tokens[c.end - 1].end,
            kind: c.kind,
            text: doc.span_text(c.start, c.end).to_string(),
            entity,
            reason: c.reason.clone(),
            holder: None,
        });
    }
    mention_at_token
}

/// Names and aliases: fullest form first.
pub(super) fn name_entities(ann: &mut Annotation) {
    for e in &mut ann.entities {
        let mut forms: Vec<&str> = e
            .mentions
            .iter()
            .map(|&m| ann.mentions[m].text.as_str())
            .collect();
        // Each form's key once (stable, as `sort_by_key`): an entity named
        // in many mentions compared them again and again.
        forms.sort_by_cached_key(|f| {
            (
                std::cmp::Reverse(f.split_whitespace().count()),
                std::cmp::Reverse(f.chars().count()),
            )
        });
        forms.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        e.name = forms[0].to_string();
        e.aliases = forms.iter().map(|s| s.to_string()).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::{same_person, spaced_given_name};

    #[test]
    fn group_spaced_given_names() {
        for (known, expected) in [
            (&["Goh", "Siew", "Ling"][..], true),
            (&["Kim", "Jong", "Un"], true),
            // Two words, a long part, a particle, a hyphen: not this shape.
            (&["Goh", "Siew"], false),
            (&["Goh", "Christopher", "Ling"], false),
            (&["Ana", "de", "Ruiz"], false),
            (&["Moon", "Jae-in", "Ho"], false),
        ] {
            assert_eq!(spaced_given_name(known), expected, "{known:?}");
        }
    }

    #[test]
    fn group_same_person_by_name_parts() {
        for (parts, known, expected) in [
            (&["Ruiz"][..], &["Ana", "Ruiz"][..], true),
            (&["Ana", "Ruiz"], &["Ruiz"], true),
            // A lone given name is not the person.
            (&["Ana"], &["Ana", "Ruiz"], false),
            // A tail of the full name.
            (&["Mar", "Vell"], &["Ana", "Mar", "Vell"], true),
            // Not the tail after a patronymic: the father.
            (
                &["Omar", "bin", "Rais", "Al", "Kadi"],
                &["Sami", "bin", "Omar", "bin", "Rais", "Al", "Kadi"],
                false,
            ),
            (
                &["Al", "Kadi"],
                &["Sami", "bin", "Omar", "Al", "Kadi"],
                true,
            ),
            // Nor a lone name after a patronymic: `King Rais` is the father.
            (&["Rais"], &["Sami", "bin", "Rais"], false),
            (&["Rais"], &["Sami", "Bin", "Rais", "Al", "Kadi"], false),
            (&["Kadi"], &["Sami", "bin", "Rais", "Al", "Kadi"], true),
            // An English name before a Chinese given name (Hong Kong).
            (&["John", "Lam"], &["John", "Lam", "Ka", "chiu"], true),
            (
                &["Mary", "Lam"],
                &["Mary", "Lam", "Cheng", "Yuet", "ngor"],
                true,
            ),
            (&["John", "Wong"], &["John", "Lam", "Ka", "chiu"], false),
            (&["John", "Lam"], &["John", "Lam", "Ruiz", "Vell"], false),
            // Same surname: given names agree, or one is the other's initial.
            (&["A.", "Ruiz"], &["Ana", "Ruiz"], true),
            // But not two fathers' names in one family.
            (
                &["Sami", "Tarek", "Al-Kadi"],
                &["Sami", "Omar", "Al-Kadi"],
                false,
            ),
            (
                &["Sami", "Al", "Tarek", "Al", "Kadi"],
                &["Sami", "Al", "Omar", "Al", "Kadi"],
                false,
            ),
            (
                &["Sami", "Omar", "Al-Kadi"],
                &["Sami", "Omar", "Rais", "Al-Kadi"],
                true,
            ),
            (&["Ana", "M.", "Ruiz"], &["Ana", "Maria", "Ruiz"], true),
            (&["ana", "RUIZ"], &["Ana", "Ruiz"], true),
            (&["Eva", "Ruiz"], &["Ana", "Ruiz"], false),
            (&["Ana", "Vell"], &["Ana", "Ruiz"], false),
            (&[], &["Ana", "Ruiz"], false),
        ] {
            assert_eq!(same_person(parts, known), expected, "{parts:?} / {known:?}");
        }
    }
}
