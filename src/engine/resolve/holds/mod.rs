//! Who holds which post: the hold patterns, one a file, in one table
//! ([`PATTERNS`]), run in its order; then each post's country, the holds
//! recorded (each with its pattern's reason), and definite references
//! (`the Ukrainian president`) tied to the one named holder.
//!
//! Holds come from syntax, never mere proximity. A post pattern looks at one
//! post mention and returns the person mention that holds it; for each post
//! the first pattern that finds a holder wins. Then the patterns over the
//! holds found so far (coordinated posts) add more.

mod appointed_as;
mod appointed_subject;
mod apposition;
mod bracketed;
mod coordinated;
mod copula;
mod country;
mod former_subject;
mod fronted_as;
mod initials_after_name;
mod joined_as;
mod named_object;
mod new_post_next_sentence;
mod nominal;
mod post_comma_body_name;
mod post_in_body_before_name;
mod post_is_name;
mod post_of_body_before_name;
mod post_of_place_before_name;
mod pronoun_subject;
mod respectively;
mod set_off_before_name;
mod set_off_speaker;
mod set_off_styled_name;
mod succeeded_as;
mod successor_owner;
mod tenure_as;
#[cfg(test)]
mod testing;
mod title_and_role_before_name;
mod title_before_name;
mod title_rank_name;
mod with_as;

use std::cell::OnceCell;

use crate::engine::annotation::{Annotation, Hold, Holding, Kind, Mention};
use crate::engine::lexicon::casing::FxMap;
use crate::engine::lexicon::Lexicon;
use crate::engine::rules::{self, Candidate};
use crate::engine::tokenize::Doc;
use crate::engine::words::{
    HOLD_DISTINCT_RANKS, HOLD_STYLES_AFTER_THE, HONORIFIC_PAIRS, HONORIFIC_SECONDS,
};

/// One hold pattern.
pub struct Pattern {
    /// Its name (and its file's).
    pub name: &'static str,
    /// A phrase it reads: who holds what.
    pub example: &'static str,
    /// Why the hold was found, as the details card says it.
    pub reason: &'static str,
    /// What it looks at.
    pub(crate) find: Find,
}

/// How a pattern looks for holders.
pub(crate) enum Find {
    /// At one post mention (an index into the candidates): the person
    /// mention that holds it.
    Post(fn(&Ctx, usize) -> Option<usize>),
    /// At the holds found so far: more holds.
    Found(fn(&Ctx, &[Pair]) -> Vec<Pair>),
}

/// The hold patterns, in run order: the post patterns for each post (the
/// first that finds a holder wins), then the patterns over found holds.
pub const PATTERNS: &[Pattern] = &[
    respectively::PATTERN,
    title_before_name::PATTERN,
    title_and_role_before_name::PATTERN,
    title_rank_name::PATTERN,
    post_of_place_before_name::PATTERN,
    post_of_body_before_name::PATTERN,
    post_in_body_before_name::PATTERN,
    post_comma_body_name::PATTERN,
    set_off_styled_name::PATTERN,
    set_off_speaker::PATTERN,
    set_off_before_name::PATTERN,
    bracketed::PATTERN,
    with_as::PATTERN,
    appointed_as::PATTERN,
    appointed_subject::PATTERN,
    joined_as::PATTERN,
    named_object::PATTERN,
    succeeded_as::PATTERN,
    tenure_as::PATTERN,
    fronted_as::PATTERN,
    copula::PATTERN,
    apposition::PATTERN,
    post_is_name::PATTERN,
    initials_after_name::PATTERN,
    pronoun_subject::PATTERN,
    new_post_next_sentence::PATTERN,
    former_subject::PATTERN,
    coordinated::PATTERN,
    successor_owner::PATTERN,
];

/// A hold found: the person entity, the post mention, the pattern's reason.
pub(crate) struct Pair {
    pub person: usize,
    pub post: usize,
    pub reason: &'static str,
}

/// What the patterns read: the document, the candidates and where they are.
pub(crate) struct Ctx<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub cands: &'a [Candidate],
    /// The mention starting at each token.
    pub at: &'a [Option<usize>],
    /// The mention covering each token.
    pub cover: Vec<Option<usize>>,
    /// Each token's sentence.
    pub sentence: Vec<usize>,
    pub lex: &'a Lexicon,
    /// The number of tokens.
    pub n: usize,
    /// The entity of each mention (an index into the annotation's entities).
    pub entity: Vec<usize>,
    /// The `respectively` pattern's holders, built at its first use.
    pub respectively: OnceCell<FxMap<usize, usize>>,
}

impl<'a, 'd> Ctx<'a, 'd> {
    fn new(
        doc: &'a Doc<'d>,
        cands: &'a [Candidate],
        at: &'a [Option<usize>],
        lex: &'a Lexicon,
        mentions: &[Mention],
    ) -> Self {
        let n = doc.tokens.len();
        let mut cover: Vec<Option<usize>> = vec![None; n];
        for (mi, c) in cands.iter().enumerate() {
            cover[c.start..c.end].iter_mut().for_each(|x| *x = Some(mi));
        }
        Ctx {
            doc,
            cands,
            at,
            cover,
            sentence: doc.sentence_of_tokens(),
            lex,
            n,
            entity: mentions.iter().map(|m| m.entity).collect(),
            respectively: OnceCell::new(),
        }
    }

    /// Token `t`'s text.
    pub fn word(&self, t: usize) -> &'d str {
        self.doc.word(t)
    }

    /// The mention of `kind` starting at token `t`.
    pub fn at_kind(&self, t: usize, kind: Kind) -> Option<usize> {
        self.at
            .get(t)
            .copied()
            .flatten()
            .filter(|&m| self.cands[m].kind == kind)
    }

    /// The person mention that ends right before token `t`.
    pub fn person_ending_at(&self, t: usize) -> Option<usize> {
        let m = self.cover[t.checked_sub(1)?]?;
        (self.cands[m].kind == Kind::Person).then_some(m)
    }

    /// The person mention at `t`, past honorifics that stay outside the name
    /// ([`Ctx::past_honorifics`]): `Emirati President Sheikh Mohammed`, `the
    /// minister, Baroness Taylor`, `Speaker Rt. Hon. Ada Eze`, `Chief Minister
    /// Datuk Seri Liew`.
    pub fn person_after(&self, t: usize) -> Option<usize> {
        self.at_kind(t, Kind::Person).or_else(|| {
            let name = self.past_honorifics(t);
            (name > t)
                .then(|| self.at_kind(name, Kind::Person))
                .flatten()
        })
    }

    /// Past the honorifics that start at `t` and stay outside the name, up
    /// to four words (`Sheikh`, `Dr.`, a pair such as `Tan Sri`, and the
    /// second words of Malay honorifics after one: `Datuk Seri Dr`), also
    /// a Commonwealth style after `the` (`the Hon.`, `the Right Honourable`:
    /// [`Ctx::past_styled_the`]): where the words after them start; `t`
    /// when none start there.
    pub fn past_honorifics(&self, t: usize) -> usize {
        let free = |u: usize| u < self.n && self.at[u].is_none();
        let t = self.past_styled_the(t);
        let mut u = t;
        while free(u) && u - t < 4 {
            let w = self.word(u);
            if rules::is_honorific(self.lex, w) {
                u += 1;
                // `Dato'`: the apostrophe glued to the honorific.
                if free(u) && matches!(self.word(u), "'" | "’") {
                    u += 1;
                }
            } else if u > t && HONORIFIC_SECONDS.contains(w) {
                u += 1;
            } else if free(u + 1)
                && HONORIFIC_PAIRS
                    .iter()
                    .any(|p| p.split_once(' ') == Some((w, self.word(u + 1))))
            {
                u += 2;
            } else {
                break;
            }
        }
        u
    }

    /// Past a `the` that opens a Commonwealth style of address at `t`
    /// (`Minister of Finance the Hon. Ana Ruiz`, `Senator the Right
    /// Honourable Tomas Vell`: unseen real news, Caribbean and Pacific
    /// government releases, holds round ten): where the style starts; `t`
    /// when no such `the` is there.
    pub fn past_styled_the(&self, t: usize) -> usize {
        let styled = t + 2 < self.n
            && self.at[t].is_none()
            && self.word(t).eq_ignore_ascii_case("the")
            && HOLD_STYLES_AFTER_THE.contains(self.word(t + 1));
        if styled {
            t + 1
        } else {
            t
        }
    }

    /// Past a post's initials in brackets that start at `t` (`Chief
    /// Minister (CM) Ana Ruiz`, `the Inspector General of Police (IGP),`,
    /// `District Police Officer [DPO] Ana Ruiz`):
    /// where the words after them start; `t` when none start there.
    /// Past a retirement tag too (`Maj. Gen. (retd) Ana Ruiz`).
    pub fn past_initials(&self, t: usize) -> usize {
        let t = t + crate::engine::positions::retirement_tag(self.doc, t);
        let initials = |w: &str| {
            (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
        };
        let brackets =
            t + 3 < self.n && matches!((self.word(t), self.word(t + 2)), ("(", ")") | ("[", "]"));
        if brackets && initials(self.word(t + 1)) {
            t + 3
        } else {
            t
        }
    }

    /// Whether the post `p` is itself an owner (`the chief minister’s
    /// nephew`): then it names no holder after it.
    pub fn owns_next(&self, p: &Candidate) -> bool {
        p.end < self.n && matches!(self.word(p.end), "’s" | "'s")
    }
}

/// Finds who holds what in `ann` (its mentions and entities grouped) and
/// records it: each person's holds, each post's holders, each post
/// mention's holder, and the list of holds.
pub(super) fn find(
    doc: &Doc,
    cands: &[Candidate],
    at: &[Option<usize>],
    lex: &Lexicon,
    ann: &mut Annotation,
) {
    let ctx = Ctx::new(doc, cands, at, lex, &ann.mentions);
    let pairs = run(&ctx, &ann.mentions);
    // The country of every post mention, before the annotation changes.
    let countries = country::of_posts(&ctx, ann);
    record(ann, pairs, &countries);
    nominal::tie(&ctx, &countries, ann);
    list_holds(ann);
}

/// Runs the patterns: the holds found, in order.
fn run(ctx: &Ctx, mentions: &[Mention]) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = Vec::new();
    for (pi, p) in ctx.cands.iter().enumerate() {
        if p.kind != Kind::Position {
            continue;
        }
        for pattern in PATTERNS {
            let Find::Post(find) = pattern.find else {
                continue;
            };
            if let Some(m) = find(ctx, pi) {
                pairs.push(Pair {
                    person: mentions[m].entity,
                    post: pi,
                    reason: pattern.reason,
                });
                break;
            }
        }
    }
    for pattern in PATTERNS {
        if let Find::Found(find) = pattern.find {
            let more = find(ctx, &pairs);
            pairs.extend(more);
        }
    }
    pairs
}

/// Records the holds: each post mention's holder, each person's holds (one
/// per post entity, with the first pattern's reason and the first country
/// given), each post's holders; a mention's holder is the first found.
fn record(ann: &mut Annotation, pairs: Vec<Pair>, countries: &[Option<String>]) {
    let mut seen: FxMap<(usize, usize), usize> = FxMap::default();
    for Pair {
        person,
        post: pi,
        reason,
    } in pairs
    {
        let country = countries[pi].clone();
        // The first holder found stays the mention's (a post's owner's
        // predecessor adds a second: `Ruiz’s successor as mayor, Vell,`).
        ann.mentions[pi].holder.get_or_insert(person);
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
                    reason: reason.into(),
                });
                ann.entities[pos_entity].holders.push(person);
            }
        }
    }
}

/// Whether the post `short` is the post `long` that the same person holds,
/// named again in short (`Governor` after `Central Bank Governor`,
/// `Minister` after `Minister of Health`, `CM` after `Chief Minister`, `health
/// minister` after `Minister of Health`): one word, the head of `long` (its
/// last word, or its first before `of`, `for`, `to`) or its initials; or
/// the head after the first words of `long`'s portfolio (`Foreign Minister`
/// for `Minister of Foreign Affairs`). Never when a word of `long` makes
/// another rank (`Deputy Governor`), nor a lower-case head of a capitalised
/// body's post (`leader` beside `Opposition leader`: a party's leader; but
/// `minister` beside `Interior Minister`, the whole post capitalised).
fn is_short_title_of(short: &str, long: &str) -> bool {
    let words: Vec<&str> = long.split_whitespace().collect();
    let shorts: Vec<&str> = short.split_whitespace().collect();
    if words.len() < 2 || words.iter().any(|w| HOLD_DISTINCT_RANKS.contains(w)) {
        return false;
    }
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let of = |w: &str| matches!(w, "of" | "for" | "to");
    if let [head] = shorts[..] {
        let last = words.len() - 1;
        let capital = head.starts_with(char::is_uppercase);
        (eq(words[last], head)
            && (capital
                // A title-cased post named again in lower case: `minister`
                // after `Interior Minister` (probe corpus, holds round two).
                || words[last].starts_with(char::is_uppercase)
                || words[..last]
                    .iter()
                    .all(|w| !w.starts_with(char::is_uppercase))))
            || (eq(words[0], head) && of(words[1]))
            // A postpositive word: `Professor` for `professor emeritus`.
            || (eq(words[0], head)
                && matches!(words[1], "emeritus" | "emerita" | "Emeritus" | "Emerita")
                && words.get(2).is_none_or(|w| of(w)))
            || is_abbreviation_of(head, &words)
    } else {
        // `health minister` for `Minister of Health`, `foreign minister`
        // for `Minister of Foreign Affairs`, `interior minister` for
        // `Minister of the Interior`.
        let (head, portfolio) = shorts.split_last().expect("two words or more");
        let mut rest = words.get(2..).unwrap_or_default();
        if rest.first().is_some_and(|w| eq(w, "the")) {
            rest = &rest[1..];
        }
        eq(words[0], head)
            && of(words[1])
            && rest.len() >= portfolio.len()
            && rest.iter().zip(portfolio).all(|(a, b)| eq(a, b))
    }
}

/// Whether `short` is the initials of the capitalised words of a post
/// (`CM` of `Chief Minister`, `IGP` of `Inspector General of Police`).
fn is_abbreviation_of(short: &str, words: &[&str]) -> bool {
    let initials: String = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    short.chars().count() >= 2 && short.chars().all(char::is_uppercase) && initials == short
}

/// Each person's country (from their posts, where they have none) and the
/// list of holds, each post as written where the article gives it to that
/// person, at its fullest (`President` for one, `president` for another),
/// and a bare title listed once with the fuller post it stands for
/// ([`is_short_title_of`]).
fn list_holds(ann: &mut Annotation) {
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
        let posts: Vec<String> = (ann.entities[e].holds.iter())
            .map(|h| match written.get(&(e, h.position)) {
                Some(&m) => ann.mentions[m].text.clone(),
                None => ann.entities[h.position].name.clone(),
            })
            .collect();
        for position in &posts {
            if posts.iter().any(|long| is_short_title_of(position, long)) {
                continue;
            }
            ann.holds.push(Hold {
                person: ann.entities[e].name.clone(),
                position: position.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{annotate, holds};
    use super::{is_short_title_of, PATTERNS};

    #[test]
    fn holds_go_to_the_full_name_when_the_family_name_comes_first() {
        for marked in [
            "The {minister}, [Moon Jae-woo], left. [Moon] said no.",
            "[Moon Jae-woo] left. [Moon] is the {minister}.",
        ] {
            let ann = annotate(marked);
            let listed: Vec<(&str, &str)> = (ann.holds.iter())
                .map(|h| (h.person.as_str(), h.position.as_str()))
                .collect();
            assert_eq!(listed, [("Moon Jae-woo", "minister")], "{marked}");
            assert_eq!(
                ann.entities
                    .iter()
                    .filter(|e| e.name.starts_with("Moon"))
                    .count(),
                1
            );
        }
    }

    #[test]
    fn holds_list_a_bare_title_once_with_its_fuller_post() {
        for (short, long, same) in [
            ("Governor", "Central Bank Governor", true),
            ("Minister", "Minister of Health", true),
            ("Governor", "Deputy Governor", false),
            ("President", "Vice President", false),
            ("leader", "Opposition leader", false),
            ("minister", "Interior Minister", true),
            ("governor", "Central Bank Governor", true),
            ("minister", "Deputy Minister", false),
            ("Minister", "Ministers", false),
            ("Minister", "Minister", false),
            ("CM", "Chief Minister", true),
            ("IGP", "Inspector General of Police", true),
            ("DCM", "Chief Minister", false),
            ("minister", "Minister of Health", true),
            ("health minister", "Minister of Health", true),
            ("finance minister", "Minister of Health", false),
            (
                "Foreign Minister",
                "Minister of Foreign Affairs and Trade",
                true,
            ),
            ("interior minister", "Minister of the Interior", true),
            ("minister", "health minister", true),
            ("Professor", "professor emeritus", true),
            ("Professor", "professor emeritus of history", true),
            ("Professor", "associate professor", false),
        ] {
            assert_eq!(is_short_title_of(short, long), same, "{short} / {long}");
        }
        let ann = annotate("{Harbour Bank Governor} [Ana Ruiz] spoke. {Governor} [Ruiz] left.");
        let listed: Vec<&str> = ann.holds.iter().map(|h| h.position.as_str()).collect();
        assert_eq!(listed, ["Harbour Bank Governor"]);
    }

    /// Each pattern's example, marked: who holds what.
    const EXAMPLES: &[(&str, &str, (&str, &str))] = &[
        (
            "respectively",
            "[Ana Ruiz] and [Tomas Vell], the {president} and {vice president} respectively",
            ("Tomas Vell", "vice president"),
        ),
        (
            "title_before_name",
            "{Defense Minister} [Ana Ruiz]",
            ("Ana Ruiz", "Defense Minister"),
        ),
        (
            "title_and_role_before_name",
            "{Captain} and goalkicker [Ana Ruiz]",
            ("Ana Ruiz", "Captain"),
        ),
        (
            "title_rank_name",
            "party {chairman} {Gen.} [Ali Saleh]",
            ("Ali Saleh", "chairman"),
        ),
        (
            "post_of_place_before_name",
            "{Ambassador} to <Yemen> [Ali Saleh]",
            ("Ali Saleh", "Ambassador"),
        ),
        (
            "post_of_body_before_name",
            "the {leader} of UIL [Ana Ruiz]",
            ("Ana Ruiz", "leader"),
        ),
        (
            "post_in_body_before_name",
            "{Permanent Secretary} in the Ministry of Works [Ana Ruiz]",
            ("Ana Ruiz", "Permanent Secretary"),
        ),
        (
            "post_comma_body_name",
            "The {Commissioner}, Ministry of Health, [Ana Ruiz], said",
            ("Ana Ruiz", "Commissioner"),
        ),
        (
            "set_off_styled_name",
            "{Minister of Works}, the Hon. [Ana Ruiz] and others",
            ("Ana Ruiz", "Minister of Works"),
        ),
        (
            "set_off_speaker",
            "the {chairperson} of the board, [Ana Ruiz] said the vote was off",
            ("Ana Ruiz", "chairperson"),
        ),
        (
            "set_off_before_name",
            "the {defense minister}, [Ana Ruiz],",
            ("Ana Ruiz", "defense minister"),
        ),
        (
            "bracketed",
            "[Ana Ruiz] ({president})",
            ("Ana Ruiz", "president"),
        ),
        (
            "with_as",
            "with [Ana Ruiz] as {vice-captain}",
            ("Ana Ruiz", "vice-captain"),
        ),
        (
            "appointed_as",
            "named [Ana Ruiz] as {Defense Minister}",
            ("Ana Ruiz", "Defense Minister"),
        ),
        (
            "appointed_subject",
            "[Ana Ruiz] was elected {mayor}",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "joined_as",
            "[Ana Ruiz] joined Harbour Bank as {chief executive}",
            ("Ana Ruiz", "chief executive"),
        ),
        (
            "named_object",
            "elected [Ana Ruiz] {mayor}",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "succeeded_as",
            "[Ana Ruiz] succeeded [Tomas Vell] as {chairwoman}",
            ("Ana Ruiz", "chairwoman"),
        ),
        (
            "tenure_as",
            "[Ana Ruiz]’s tenure as {mayor}",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "fronted_as",
            "As {mayor}, [Ana Ruiz] cut taxes",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "copula",
            "[Ana Ruiz], who is the {mayor}",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "apposition",
            "[Ana Ruiz], <Oldland>’s {foreign minister}",
            ("Ana Ruiz", "foreign minister"),
        ),
        (
            "post_is_name",
            "The new {coach} is [Ana Ruiz]",
            ("Ana Ruiz", "coach"),
        ),
        ("initials_after_name", "[Ana Ruiz] {MP}", ("Ana Ruiz", "MP")),
        (
            "pronoun_subject",
            "[Ana Ruiz] left. She was elected {mayor}",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "new_post_next_sentence",
            "The new {mayor} was sworn in. [Ana Ruiz], 48,",
            ("Ana Ruiz", "mayor"),
        ),
        (
            "former_subject",
            "[Tomas Vell] was arrested. The former {minister}",
            ("Tomas Vell", "minister"),
        ),
        (
            "coordinated",
            "{Vice Chancellor} and {Finance Minister} [Lars Klingbeil]",
            ("Lars Klingbeil", "Vice Chancellor"),
        ),
        (
            "successor_owner",
            "[Ana Ruiz]’s successor as {mayor}",
            ("Ana Ruiz", "mayor"),
        ),
    ];

    #[test]
    fn holds_every_pattern_finds_its_example() {
        assert_eq!(PATTERNS.len(), EXAMPLES.len());
        for (pattern, &(name, marked, (person, post))) in PATTERNS.iter().zip(EXAMPLES) {
            assert_eq!(
                pattern.name, name,
                "PATTERNS and EXAMPLES in the same order"
            );
            let plain: String = marked.chars().filter(|c| !"[]{}<>".contains(*c)).collect();
            assert_eq!(pattern.example, plain, "{name}: its example");
            let want = (
                person.to_string(),
                post.to_string(),
                pattern.reason.to_string(),
            );
            assert!(holds(marked).contains(&want), "{name}: {marked}");
        }
    }
}
