//! Hold pattern: an apposition after the name, set off by a comma or a dash
//! (`Ruiz, Oldland’s foreign minister`, `Ruiz, chief economist at Harbour
//! Bank`, `Ruiz, 54, the deputy governor`, `Ruiz – the mayor – said`).
//! Also the look-back both this and [`super::copula`] use: from a post to
//! the name before it, past fillers, owners, places and initials.

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{
    CALENDAR_NAMES, HOLD_APPOSITION_FILLERS, HOLD_CAPTION_TAGS, HOLD_COPULA_LINKS,
    HOLD_INFINITIVE_LINKS, HOLD_NOT_ADJECTIVES, HOLD_PASSIVE_AUXILIARIES, HOLD_ROLES_BEFORE_AND,
    SPEECH_VERBS,
};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "apposition",
    example: "Ana Ruiz, Oldland’s foreign minister",
    reason: "apposition after the name",
    find: Find::Post(find),
};

/// The person named right before a comma or a dash before the post, or
/// before the person's place (`Ana Ruiz of Oldshire, the committee’s
/// ranking member`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let Some(before) = name_before(ctx, pi, Reach::Apposition) else {
        return nouns_before_post(ctx, pi);
    };
    let m = before.person;
    if respectively(ctx, pi) || clause_after_source(ctx, m, pi) {
        return None;
    }
    let mut end = ctx.cands[m].end;
    // A title right after the name: `Ana Ruiz MP, Secretary of State`.
    if let Some(title) = ctx.at_kind(end, Kind::Position).filter(|&q| q != pi) {
        end = ctx.cands[title].end;
    }
    let end = of_phrase_end(ctx, end);
    let end = end + caption_tag(ctx, end);
    matches!(ctx.word(end), "," | "–" | "—" | "-").then_some(m)
}

/// The person named right before a comma and one or two lower-case nouns
/// that open the post's apposition (`Ana Ruiz, publication director of the
/// weekly Harbour Times,`, `Ruiz, union secretary general and member of the
/// party,`: unseen real news, holds round nine), when the apposition closes
/// (a comma, a dash, a bracket, the sentence's end, or `and` and a lower-case
/// word) before any other name or post and any verb.
fn nouns_before_post(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    let noun = |t: usize| {
        let w = ctx.word(t);
        ctx.cover[t].is_none()
            && w.len() > 2
            && w.chars().all(char::is_lowercase)
            && !HOLD_NOT_ADJECTIVES.contains(w)
            && !HOLD_COPULA_LINKS.contains(w)
            && !HOLD_APPOSITION_FILLERS.contains(w)
            && !SPEECH_VERBS.contains(w)
            && !matches!(
                w,
                "the" | "and" | "but" | "who" | "whose" | "his" | "her" | "its" | "their"
            )
    };
    let mut t = p.start;
    while t > 0 && p.start - t < 2 && noun(t - 1) {
        t -= 1;
    }
    if t == p.start {
        return None;
    }
    // A place before the nouns: `Ana Ruiz, Oldland embassy spokesman in`.
    if let Some(q) = (t.checked_sub(1))
        .and_then(|u| ctx.cover[u])
        .filter(|&q| ctx.cands[q].kind == Kind::Place)
    {
        t = ctx.cands[q].start;
    }
    if t < 2 || ctx.word(t - 1) != "," || ctx.owns_next(p) {
        return None;
    }
    let m = ctx.person_ending_at(t - 1)?;
    if respectively(ctx, pi) || clause_after_source(ctx, m, pi) {
        return None;
    }
    let s = ctx.sentence[p.start];
    for e in p.end..(p.end + 12).min(ctx.n + 1) {
        if e == ctx.n || ctx.sentence[e] != s {
            return Some(m);
        }
        let w = ctx.word(e);
        if matches!(w, "," | "–" | "—" | "(" | "." | ";")
            || (w == "and" && e + 1 < ctx.n && ctx.word(e + 1).starts_with(char::is_lowercase))
        {
            return Some(m);
        }
        let other = ctx.cover[e]
            .is_some_and(|q| matches!(ctx.cands[q].kind, Kind::Person | Kind::Position));
        if other || HOLD_COPULA_LINKS.contains(w) || SPEECH_VERBS.contains(w) {
            return None;
        }
    }
    None
}

/// The number of tokens of a photograph's pointer in brackets at `t`
/// (`(pictured)`, `(L)`): 3, or 0 when none starts there.
fn caption_tag(ctx: &Ctx, t: usize) -> usize {
    let tag = t + 2 < ctx.n
        && ctx.word(t) == "("
        && HOLD_CAPTION_TAGS.contains(ctx.word(t + 1))
        && ctx.word(t + 2) == ")";
    if tag {
        3
    } else {
        0
    }
}

/// Where the person's `of` phrase that starts at `t` ends: a place or a
/// body's capitalised name (`of Oldshire`, `of the Labour Party`, `of Harbour
/// Bank and Trust`); `t` itself when none starts there.
pub(super) fn of_phrase_end(ctx: &Ctx, t: usize) -> usize {
    if t + 1 >= ctx.n || ctx.word(t) != "of" {
        return t;
    }
    let mut e = t + 1;
    if ctx.word(e).eq_ignore_ascii_case("the") {
        e += 1;
    }
    let first = e;
    // An acronym in brackets inside the name: `of the Workers Party (WP)
    // Central Committee`.
    let acronym_at = |e: usize| {
        e + 2 < ctx.n
            && e > first
            && ctx.word(e) == "("
            && ctx.word(e + 2) == ")"
            && ctx.word(e + 1).len() >= 2
            && ctx.word(e + 1).chars().all(|c| c.is_ascii_uppercase())
    };
    while e < ctx.n && e - t < 10 {
        if acronym_at(e) {
            e += 3;
            continue;
        }
        match ctx.at[e].map(|m| (m, ctx.cands[m].kind)) {
            Some((m, Kind::Place)) => e = ctx.cands[m].end,
            Some(_) => break,
            None if ctx.cover[e].is_none()
                && (ctx.word(e).starts_with(char::is_uppercase)
                    || (e > first && matches!(ctx.word(e), "of" | "and" | "&"))) =>
            {
                e += 1
            }
            None => break,
        }
    }
    // A name ends on a capitalised word or a place, not on `of` or `and`.
    while e > first && matches!(ctx.word(e - 1), "of" | "and" | "&") {
        e -= 1;
    }
    if e > first {
        e
    } else {
        t
    }
}

/// Whether the name is a source after `according to` and the post opens
/// the clause its comma introduces (`According to Ruiz, a detective for the
/// police was given the file`): a verb comes before any comma closing an
/// apposition (`According to Ruiz, the mayor, the plan` keeps it). The
/// source may close a longer phrase (`According to a statement by the
/// clerk, Ana Ruiz, the Speaker received the letter`), and then a past
/// tense right after the post is such a verb too.
fn clause_after_source(ctx: &Ctx, m: usize, pi: usize) -> bool {
    let start = ctx.cands[m].start;
    let right_after = start >= 2
        && ctx.word(start - 1) == "to"
        && ctx.word(start - 2).eq_ignore_ascii_case("according");
    let in_phrase = !right_after
        && (start.saturating_sub(16)..start.saturating_sub(1))
            .filter(|&t| ctx.sentence[t] == ctx.sentence[start])
            .any(|t| ctx.word(t).eq_ignore_ascii_case("according") && ctx.word(t + 1) == "to");
    if !(right_after || in_phrase) {
        return false;
    }
    let p = &ctx.cands[pi];
    let verb = |w: &str| {
        matches!(
            w,
            "was" | "were" | "is" | "are" | "has" | "had" | "have" | "will" | "would"
        ) || SPEECH_VERBS.contains(w)
    };
    if in_phrase {
        // Only a verb right after the post: `the Speaker received`.
        return p.end < ctx.n && {
            let w = ctx.word(p.end);
            verb(w) || (w.ends_with("ed") && w.chars().all(|ch| ch.is_ascii_lowercase()))
        };
    }
    (p.end..ctx.n)
        .take_while(|&t| ctx.sentence[t] == ctx.sentence[p.start])
        .take(12)
        .map(|t| ctx.word(t))
        .take_while(|&w| !matches!(w, "," | "–" | "—"))
        .any(verb)
}

/// Whether `respectively` follows the post before the sentence's next comma
/// (`Ruiz and Vell, the mayor and governor respectively,`): the posts are
/// shared out among several names, not the last one's.
fn respectively(ctx: &Ctx, pi: usize) -> bool {
    let p = &ctx.cands[pi];
    (p.end..ctx.n)
        .take_while(|&t| ctx.sentence[t] == ctx.sentence[p.start] && ctx.word(t) != ",")
        .take(8)
        .any(|t| ctx.word(t) == "respectively")
}

/// How many words right before `start` are adjectives between a
/// determiner and the post (`the long-serving mayor`, `an influential
/// senator`, `the country’s first female president`, `Oldland’s 45th
/// president`, `the European Commission president`): words (not
/// prepositions or conjunctions: `a candidate for governor`; capitalised
/// ones name a body), hyphens and ordinals, at most seven tokens, with
/// `the`, `a`, `an`, an owner's `’s` or a possessive pronoun before them.
/// None otherwise (`Ruiz met the mayor` has no determiner before `met`).
pub(super) fn adjectives_before(ctx: &Ctx, start: usize) -> usize {
    let adjective = |t: usize| {
        let w = ctx.word(t);
        ctx.cover[t].is_none()
            && !HOLD_NOT_ADJECTIVES.contains(w)
            && (w == "-"
                || w.chars().all(char::is_alphabetic)
                // `a 41-year-old senator`.
                || (w.chars().all(|c| c.is_ascii_digit()) && t + 1 < start && ctx.word(t + 1) == "-")
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))))
    };
    let mut k = 0;
    while k < 7 && start > k && ctx.sentence[start - k - 1] == ctx.sentence[start] {
        let t = start - k - 1;
        if matches!(
            ctx.word(t),
            "the" | "The" | "a" | "A" | "an" | "An" | "’s" | "'s" | "his" | "her" | "its" | "their"
        ) {
            return k;
        }
        if !adjective(t) {
            return 0;
        }
        k += 1;
    }
    0
}

/// How far [`name_before`] may reach past words that are not fillers.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Reach {
    /// To a first apposition before a second, joined by `and`: `Ruiz, the
    /// chief minister’s nephew and the party’s general secretary`.
    Apposition,
    /// Past a phrase set off by commas (`Ruiz, appointed last year,
    /// previously served as`), or a `who` clause and `and` (`Ruiz, who had run
    /// the ministry since May and now returns to the post of`).
    Copula,
}

/// What [`name_before`] found: the person mention, and where the words next
/// to the post that a copula's link must be among start.
pub(super) struct Before {
    pub person: usize,
    pub run: usize,
}

/// The person mention before post `pi` in its sentence that an apposition
/// or a copula may give it to, looking back past what may sit between: an
/// owner and its title (`Frei, Merz’s chief of staff`, `President Donald
/// Trump’s adviser`), places (`Turkey’s`, `Ana Ruiz of Oldshire, who is
/// the chairwoman`), fillers (`the`, `who is`), demonyms, owners (`the firm’s`),
/// initials (`the U.N. special envoy`) and an age between commas (`Ruiz, 54,
/// the deputy governor`); then as far as `reach` allows. None when the post
/// is itself an owner (`Banerjee, the chief minister’s nephew`).
pub(super) fn name_before(ctx: &Ctx, pi: usize, reach: Reach) -> Option<Before> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let (cands, cover) = (ctx.cands, &ctx.cover);
    let mut t = p.start - adjectives_before(ctx, p.start);
    // Where the last owner skipped (`Trump’s`) starts: a post right
    // before it is the owner's (`President Donald Trump’s adviser`).
    let mut owner_start = usize::MAX;
    // The first comma passed.
    let mut comma = None;
    // Tokens of the name's own apposition passed (they count for nothing).
    let mut skipped = 0;
    while t > 0 && ctx.sentence[t - 1] == ctx.sentence[p.start] && p.start - t - skipped < 12 {
        t -= 1;
        if let Some(m) = cover[t] {
            let possessive =
                cands[m].end < p.start && matches!(ctx.word(cands[m].end), "’s" | "'s");
            match cands[m].kind {
                // An owner, not the holder: `Frei, Merz’s chief of staff`,
                // `Ali, the emir’s adviser`.
                Kind::Person | Kind::Position if possessive => {
                    t = cands[m].start;
                    owner_start = t;
                    continue;
                }
                Kind::Person => {
                    let run = cands[m].end;
                    let person = match reach {
                        Reach::Copula => clause_subject(ctx, m).unwrap_or(m),
                        Reach::Apposition => m,
                    };
                    return Some(Before { person, run });
                }
                // Country names may sit between: `Turkey’s`, `U.S.`.
                Kind::Place => {
                    t = cands[m].start;
                    // A person's place: `Ana Ruiz of Oldshire, who is the chairwoman`.
                    if t >= 2 && ctx.word(t - 1) == "of" && cover[t - 2].is_some() {
                        t -= 1;
                    }
                    // A post's seat: `Kirk Dale, MP for Pelham, is`.
                    if t >= 2
                        && ctx.word(t - 1) == "for"
                        && cover[t - 2].is_some_and(|n| cands[n].kind == Kind::Position)
                    {
                        t -= 1;
                    }
                    continue;
                }
                // The owner's own title: `President Donald Trump’s`; or a
                // title right after the name (`Ana Ruiz MP, Secretary of`).
                Kind::Position
                    if cands[m].end == owner_start
                        || (cands[m].start > 0
                            && cover[cands[m].start - 1]
                                .is_some_and(|n| cands[n].kind == Kind::Person)) =>
                {
                    t = cands[m].start;
                    continue;
                }
                // The name's own apposition, set off by commas, before a
                // copula's link: `Aydin, the interior minister, also serves
                // as` (probe corpus, holds round two).
                Kind::Position if reach == Reach::Copula => {
                    match set_off_after_name(ctx, m, p.start) {
                        Some(o) => {
                            skipped += t + 1 - o;
                            t = o;
                            continue;
                        }
                        None => return None,
                    }
                }
                Kind::Position => return None,
            }
        }
        if ctx.word(t) == "," && comma.is_none() {
            comma = Some(t);
        }
        if !is_filler(ctx, t, p.start) {
            return reach_further(ctx, t, comma, reach);
        }
    }
    None
}

/// Where the comma opening post `m`'s apposition starts, when the post is
/// set off by commas right after a person's name and before `start` (`Aydin,
/// the interior minister, also`): only `the`, `a`, `an` or adjectives between
/// the opening comma and the post; or, past a longer phrase ending in the
/// post, a phrase of plain words that names no one else (`Ruiz, a veteran of
/// the bank and a former sales manager, is`, `Ruiz, the grandson of a former
/// prime minister, on Tuesday quit as`, `Ruiz, Harbour Bank president, will
/// become`: unseen real news, holds round nine); the post may have its
/// place after `for` or `of` (`Ruiz, MP for Pelham, is`).
fn set_off_after_name(ctx: &Ctx, m: usize, start: usize) -> Option<usize> {
    let q = &ctx.cands[m];
    // The post's seat or place after `for` or `of` (`Ruiz, MP for Pelham,
    // is`, `Ruiz, Governor of Oldshire, became`: unseen real news, americas
    // round eleven).
    let mut end = q.end;
    if end + 1 < start && matches!(ctx.word(end), "for" | "of") {
        if let Some(n) = ctx.cover[end + 1].filter(|&n| ctx.cands[n].kind == Kind::Place) {
            end = ctx.cands[n].end;
        }
    }
    if end >= start || ctx.word(end) != "," {
        return None;
    }
    let mut o = q.start;
    while o > 0 && q.start - o < 10 && ctx.cover[o - 1].is_none() && ctx.word(o - 1) != "," {
        o -= 1;
        let w = ctx.word(o);
        let short =
            matches!(w, "the" | "a" | "an") || (w.len() > 2 && w.chars().all(char::is_lowercase));
        let plain =
            w.chars().all(|c| c.is_alphanumeric() || c == '-') && !matches!(w, "said" | "says");
        if !(short || plain) {
            return None;
        }
    }
    (o >= 2
        && ctx.word(o - 1) == ","
        && ctx.cover[o - 2].is_some_and(|n| ctx.cands[n].kind == Kind::Person))
    .then_some(o - 1)
}

/// Whether the word at `t` is a lower-case word of a definite owner's name
/// before the post starting at `start`: `the central bank’s chief
/// economist`, `the ruling Liberal Party’s policy chief` (probe corpus, holds
/// round two).
fn owner_phrase(ctx: &Ctx, t: usize, start: usize) -> bool {
    let w = ctx.word(t);
    let word = |i: usize| if i < ctx.n { ctx.word(i) } else { "" };
    t > 0
        && ctx.word(t - 1) == "the"
        && ctx.cover[t].is_none()
        && w.len() > 2
        && w.chars().all(char::is_lowercase)
        && !HOLD_NOT_ADJECTIVES.contains(w)
        && (t + 1..start.min(t + 6))
            .find(|&i| matches!(word(i), "’s" | "'s"))
            .is_some_and(|o| {
                o < start
                    && (t + 1..o)
                        .all(|i| ctx.cover[i].is_none() && word(i).chars().all(char::is_alphabetic))
            })
}

/// Whether the word at `t`, before the post starting at `start`, may sit
/// between a name and its post.
pub(super) fn is_filler(ctx: &Ctx, t: usize, start: usize) -> bool {
    let w = ctx.word(t);
    let word = |i: usize| if i < ctx.n { ctx.word(i) } else { "" };
    // An owner before the post: `the firm’s chairwoman`, `the club’s captain`.
    let owner = t + 1 < start && matches!(word(t + 1), "’s" | "'s");
    let owner_phrase = owner_phrase(ctx, t, start);
    // An organisation's name as the owner: `Ruiz, Harbour Bank’s chief
    // executive` (capitalised words no mention covers, up to its `’s`).
    let owner_name = w.starts_with(char::is_uppercase)
        && (t + 1..start.min(t + 6))
            .take_while(|&i| {
                !matches!(word(i), "’s" | "'s")
                    && ctx.cover[i].is_none()
                    && word(i).starts_with(char::is_uppercase)
            })
            .last()
            .map_or(t, |i| i)
            .checked_add(1)
            .is_some_and(|i| i < start && matches!(word(i), "’s" | "'s"))
        && ctx.cover[t].is_none();
    // An organisation's name right before the post, with no `’s`: `Ruiz,
    // Harbour Bank chairman, said` (capitalised words no mention covers,
    // up to five, running into the post).
    let body_before_post = w.starts_with(char::is_uppercase)
        && start - t <= 5
        && (t..start).all(|i| {
            ctx.cover[i].is_none()
                && (word(i).starts_with(char::is_uppercase) || matches!(word(i), "&" | "and"))
        })
        && word(start - 1).starts_with(char::is_uppercase);
    // An age or a base before the post: `the 43-year-old former captain`,
    // `Swiss-based leader of`.
    let hyphen_tail = t > 0
        && ctx.word(t - 1) == "-"
        && (matches!(w, "based" | "born") || (w == "old" && t >= 2 && ctx.word(t - 2) == "year"));
    let hyphen_head = word(t + 1) == "-"
        && (w == "year" && word(t + 2) == "old"
            || (w.bytes().all(|b| b.is_ascii_digit()) && word(t + 2) == "year"));
    // An organisation's initials: `the U.N. special envoy`, `the EU envoy`.
    let initials = w.chars().count() <= 5
        && w.chars().any(char::is_uppercase)
        && w.chars().all(|c| c.is_uppercase() || c == '.');
    let age = w.len() <= 3
        && w.chars().all(|c| c.is_ascii_digit())
        && t > 0
        && matches!(ctx.word(t - 1), "," | "aged")
        && word(t + 1) == ",";
    // Scare quotes around one word: `the ‘Acting’ Governor`.
    let quote = |i: usize| matches!(word(i), "'" | "‘" | "’" | "\"" | "“" | "”");
    let scare = quote(t) && ((t + 2 < start && quote(t + 2)) || (t >= 2 && quote(t - 2)));
    // The office's name: `took up the post of finance minister`, `returns to
    // the post of`, `held the rank of colonel`.
    let office_noun = |i: usize| {
        matches!(
            word(i),
            "post" | "position" | "role" | "office" | "portfolio" | "rank"
        )
    };
    let office = (w == "of" && t > 0 && office_noun(t - 1))
        || (w == "to" && word(t + 1) == "the" && office_noun(t + 2))
        // `who also holds the post of` (probe corpus, holds round two).
        || (matches!(w, "holds" | "held" | "holding" | "hold")
            && word(t + 1) == "the"
            && office_noun(t + 2)
            && word(t + 3) == "of");
    // A photograph's pointer after the name: `Ruiz (pictured), the mayor`.
    let caption = (0..3).any(|k| t >= k && caption_tag(ctx, t - k) == 3);
    // `until now the party’s policy chief`.
    let until = w == "until" && matches!(word(t + 1), "now" | "recently");
    // A role that is no post, joined to the post: `Ruiz, founder and
    // executive director of the festival`.
    let role = (HOLD_ROLES_BEFORE_AND.contains(w) && word(t + 1) == "and")
        || (w == "and" && t > 0 && HOLD_ROLES_BEFORE_AND.contains(ctx.word(t - 1)));
    // A year: `Ruiz, who in 2019 became mayor`, `who until 2020 was`.
    let year = w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit());
    // A date after `on`, `in`, `last`, `next`, `this`: `Ruiz on Tuesday quit
    // as chairman`, `took over in May as` (not a bare weekday: `take office
    // Thursday, a spokeswoman said`).
    let day_word = |w: &str| matches!(w, "on" | "in" | "last" | "next" | "this");
    let date = (CALENDAR_NAMES.contains(w) && t > 0 && day_word(ctx.word(t - 1)))
        || (day_word(w) && CALENDAR_NAMES.contains(word(t + 1)));
    // An infinitive: `Ruiz was forced to resign as minister`.
    let infinitive = (HOLD_INFINITIVE_LINKS.contains(w) && word(t + 1) == "to")
        || (w == "to" && HOLD_INFINITIVE_LINKS.contains(word(t + 1)))
        || (t > 0 && ctx.word(t - 1) == "to" && HOLD_INFINITIVE_LINKS.contains(w));
    // A post kept: `Ruiz will continue to be permanent secretary` (holds
    // round ten; `to be` after other verbs is no link: `hopes to be`).
    let kept =
        |i: usize| i > 0 && matches!(ctx.word(i - 1), "continue" | "continues" | "continued");
    let kept_be = (w == "to" && word(t + 1) == "be" && kept(t))
        || (w == "be" && t > 0 && ctx.word(t - 1) == "to" && kept(t - 1));
    HOLD_APPOSITION_FILLERS.contains(w)
        || w == ","
        || kept_be
        || date
        || infinitive
        || body_before_post
        || hyphen_tail
        || hyphen_head
        || ctx.lex.demonym_country(w).is_some()
        || owner
        || caption
        || owner_phrase
        || owner_name
        || initials
        || age
        || scare
        || office
        || until
        || year
        || role
}

/// The person that opens the sentence of `and` at `t` as its subject, with
/// no other name (but owners) before `and`: the subject of both verbs
/// (`Ruiz, 58, had served as minister since 2021 and was previously the
/// country’s ambassador`).
fn sentence_subject(ctx: &Ctx, t: usize) -> Option<usize> {
    let s = ctx.sentence[t];
    let mut first = t;
    while first > 0 && ctx.sentence[first - 1] == s && t - first < 30 {
        first -= 1;
    }
    if ctx.sentence[first] != s || (first > 0 && ctx.sentence[first - 1] == s) {
        return None;
    }
    let m = ctx.at_kind(first, Kind::Person)?;
    let other = (ctx.cands[m].end..t).any(|u| {
        ctx.at_kind(u, Kind::Person).is_some_and(|o| {
            let end = ctx.cands[o].end;
            !(end < ctx.n && matches!(ctx.word(end), "’s" | "'s"))
        })
    });
    (!other).then_some(m)
}

/// For a person mention `m` that ends a clause set off by commas before a
/// verb (`Ruiz, who beat Vell, became mayor`: `Vell, became` is no subject
/// and its verb), the person the clause follows.
fn clause_subject(ctx: &Ctx, m: usize) -> Option<usize> {
    let end = ctx.cands[m].end;
    let verb = |t: usize| {
        t < ctx.n
            && (HOLD_COPULA_LINKS.contains(ctx.word(t))
                || HOLD_PASSIVE_AUXILIARIES.contains(ctx.word(t)))
    };
    if end + 1 >= ctx.n || ctx.word(end) != "," || !verb(end + 1) || ctx.word(end + 1) == "as" {
        return None;
    }
    let start = ctx.cands[m].start;
    let mut o = start;
    while o > 1 && start - o < 20 && ctx.sentence[o - 1] == ctx.sentence[start] {
        o -= 1;
        if ctx.word(o) == "," {
            if ctx.word(o + 1) != "who" {
                return None;
            }
            // Past an age: `Ruiz, 54, who beat Vell,`.
            let mut before = o;
            if o >= 3
                && ctx.word(o - 1).chars().all(|c| c.is_ascii_digit())
                && ctx.word(o - 2) == ","
            {
                before = o - 2;
            }
            return ctx.cover[before - 1].filter(|&p| ctx.cands[p].kind == Kind::Person);
        }
    }
    None
}

/// Past the word at `t` that is no filler, as far as `reach` allows (`comma`
/// the first comma passed before it): the person before a phrase set off by
/// commas or a `who` clause (for a copula), or before a first apposition
/// joined by `and` (for an apposition).
fn reach_further(ctx: &Ctx, t: usize, comma: Option<usize>, reach: Reach) -> Option<Before> {
    // The person's body before the comma: `Ruiz of the Labour Party, the`.
    if let Some(c) = comma {
        for o in (c.saturating_sub(10)..c).rev() {
            if ctx.word(o) != "of" || o == 0 {
                continue;
            }
            let person = ctx.cover[o - 1].filter(|&m| ctx.cands[m].kind == Kind::Person);
            if let Some(m) = person.filter(|&m| of_phrase_end(ctx, ctx.cands[m].end) == c) {
                return Some(Before {
                    person: m,
                    run: c + 1,
                });
            }
        }
    }
    // `and`, or for a copula `but` (`Ruiz, who retired in 2019 but is now a
    // selector,`: unseen real news, holds round nine).
    let and = (ctx.word(t) == "and" || (reach == Reach::Copula && ctx.word(t) == "but"))
        && t > 0
        && ctx.word(t - 1) != ",";
    if reach == Reach::Copula && comma.is_none() && and {
        if let Some(m) = sentence_subject(ctx, t) {
            return Some(Before {
                person: m,
                run: t + 1,
            });
        }
    }
    let (end, run, who) = match (reach, comma) {
        (Reach::Copula, Some(c)) => (c, c + 1, false),
        (Reach::Copula, None) if and => (t, t + 1, true),
        (Reach::Apposition, None) if and => (t, t + 1, false),
        _ => return None,
    };
    // The comma that opens the phrase, right after the name.
    let mut o = end;
    // A post inside the phrase: the name's own apposition (`Ruiz, a former
    // secretary general of the regional bloc, became foreign minister`:
    // unseen real news, holds round eleven).
    let mut post_inside = false;
    while o > 0 && end - o < 20 && ctx.sentence[o - 1] == ctx.sentence[end] {
        o -= 1;
        if let Some(m) = ctx.cover[o] {
            let owner = matches!(ctx.word(ctx.cands[m].end), "’s" | "'s");
            let own_post = reach == Reach::Copula && !who && ctx.cands[m].kind == Kind::Position;
            if ctx.cands[m].kind != Kind::Place && !owner && !own_post {
                return None;
            }
            post_inside |= own_post && !owner;
            o = ctx.cands[m].start;
            continue;
        }
        if ctx.word(o) == "," && o > 0 {
            // The post's phrase opens with an article or `former`, or is the
            // post itself.
            let apposition = matches!(ctx.word(o + 1), "a" | "an" | "the" | "former")
                || ctx.at_kind(o + 1, Kind::Position).is_some();
            let opens = match reach {
                Reach::Copula if post_inside => apposition,
                Reach::Copula => !who || ctx.word(o + 1) == "who",
                // A first apposition with a determiner or an owner: `the
                // chief minister’s nephew and`, not a list (`Ruiz, Bo and`).
                Reach::Apposition => {
                    matches!(
                        ctx.word(o + 1),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their"
                    ) || ctx.cover[o + 1].is_some()
                }
            };
            if !opens {
                return None;
            }
            let m = ctx.cover[o - 1].filter(|&m| ctx.cands[m].kind == Kind::Person)?;
            return Some(Before { person: m, run });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn apposition_finds_holders() {
        check(
            PATTERN.reason,
            &[
                ("[Ana Ruiz], the {mayor}, spoke.", &[("Ana Ruiz", "mayor")]),
                // Lower-case nouns opening the post (unseen real news, holds round nine).
                (
                    "[Ana Ruiz], publication {director} of the weekly Harbour Times, was held.",
                    &[("Ana Ruiz", "director")],
                ),
                (
                    "[Ana Ruiz], union {secretary general} and member of the party, spoke.",
                    &[("Ana Ruiz", "secretary general")],
                ),
                (
                    "[Ana Ruiz], <Oldland> embassy {spokesman} in the capital, confirmed it.",
                    &[("Ana Ruiz", "spokesman")],
                ),
                // A photograph's pointer (probe corpus, holds round two).
                (
                    "[Ana Ruiz] (pictured), the city’s {mayor}, spoke.",
                    &[("Ana Ruiz", "mayor")],
                ),
                // A definite owner's lower-case words (probe corpus, holds round two).
                (
                    "[Lena Sorensen], until now the central bank’s {chief economist}, left.",
                    &[("Lena Sorensen", "chief economist")],
                ),
                (
                    "[Lena Sorensen], the ruling Harbour Party’s {policy chief}, left.",
                    &[("Lena Sorensen", "policy chief")],
                ),
                (
                    "[Ana Ruiz], <Spain>’s {foreign minister}, spoke.",
                    &[("Ana Ruiz", "foreign minister")],
                ),
                (
                    "[Tomas Vell], French {ambassador} to Oldland, left.",
                    &[("Tomas Vell", "ambassador")],
                ),
                // An owner between is skipped: the post is not the owner's.
                (
                    "[Tomas Vell], [Ana Ruiz]’s {chief of staff}, left.",
                    &[("Tomas Vell", "chief of staff")],
                ),
                // An organisation's name as the owner.
                (
                    "[Ana Ruiz], Harbour Bank’s {chief executive}, left.",
                    &[("Ana Ruiz", "chief executive")],
                ),
                (
                    "Profits fell, said [Ana Ruiz], Volta's {chairwoman}.",
                    &[("Ana Ruiz", "chairwoman")],
                ),
                // A role that is no post, joined to the post by `and`.
                (
                    "[Ana Ruiz], founder and {executive director} of the festival, spoke.",
                    &[("Ana Ruiz", "executive director")],
                ),
                // An adverb of count before the post.
                (
                    "[Omar Salem], twice {prime minister}, spoke.",
                    &[("Omar Salem", "prime minister")],
                ),
                // An organisation's initials.
                (
                    "[Ana Ruiz], the U.N. {special envoy}, left.",
                    &[("Ana Ruiz", "special envoy")],
                ),
                // A post that owns the post: the owner skipped.
                (
                    "[Ali Vell], the {emir}’s {adviser}, spoke.",
                    &[("Ali Vell", "adviser")],
                ),
                // Adjectives between the determiner and the post.
                (
                    "[Ana Ruiz], the long-serving {mayor}, left.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz], <Oldland>’s first female {president}, left.",
                    &[("Ana Ruiz", "president")],
                ),
                (
                    "[Ana Ruiz], the 45th {president} of <Oldland>, left.",
                    &[("Ana Ruiz", "president")],
                ),
                (
                    "[Ana Ruiz], the Harbour Commission {president}, left.",
                    &[("Ana Ruiz", "president")],
                ),
                (
                    "[Ana Ruiz], a 41-year-old {senator}, left.",
                    &[("Ana Ruiz", "senator")],
                ),
                (
                    "[Ana Ruiz], until now the party’s {policy chief}, spoke.",
                    &[("Ana Ruiz", "policy chief")],
                ),
                // The person's body before the comma.
                (
                    "[Ana Ruiz] of the Labour Party, the shadow {chancellor}, left.",
                    &[("Ana Ruiz", "chancellor")],
                ),
                // A title right after the name.
                (
                    "[Ana Ruiz] {Minister}, {Secretary of State for Health}, spoke.",
                    &[("Ana Ruiz", "Secretary of State for Health")],
                ),
                // The person's place before the comma.
                (
                    "[Ana Ruiz] of <Oldshire>, the committee’s ranking {member}, left.",
                    &[("Ana Ruiz", "member")],
                ),
                // A second apposition joined by `and`.
                (
                    "[Ana Ruiz], the {mayor}’s niece and the party’s national {secretary}, left.",
                    &[("Ana Ruiz", "secretary")],
                ),
                // An age between commas; dashes.
                (
                    "[Ana Ruiz], 54, the {deputy governor}, left.",
                    &[("Ana Ruiz", "deputy governor")],
                ),
                (
                    "[Ana Ruiz], aged 54, the {deputy governor}, left.",
                    &[("Ana Ruiz", "deputy governor")],
                ),
                (
                    "[Ana Ruiz] – the {mayor} – said no.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz] - the {mayor} - said no.",
                    &[("Ana Ruiz", "mayor")],
                ),
            ],
        );
    }

    #[test]
    fn apposition_stops_at_other_words() {
        check(
            PATTERN.reason,
            &[
                // Lower-case nouns opening the text before the post: nothing
                // before them (no panic at the first token).
                ("city {spokesman} said [Ana Ruiz] spoke.", &[]),
                ("[Ana Ruiz] and the {mayor} spoke.", &[]),
                ("[Ana Ruiz], police said the {mayor} left.", &[]),
                ("[Ana Ruiz], Bo and the {mayor} spoke.", &[]),
                // Shared out among names.
                ("Bo and [Ana Ruiz], the {mayor} and governor respectively, met.", &[]),
                // A quotation's closing mark, then its attribution.
                ("They met [Ana Ruiz], ” NATO {spokesman} Bo said.", &[]),
                ("[Ana Ruiz], who met the popular {mayor}, spoke.", &[]),
                ("[Ana Ruiz], who met the city bank’s {chairman}, spoke.", &[]),
                ("[Ana Ruiz] is a candidate for {governor}.", &[]),
                // The comma must follow the name (or its place or body).
                ("[Ana Ruiz] for <Oldshire>, the {chairwoman}, left.", &[]),
                ("[Ana Ruiz] of the party, the {chairwoman}, left.", &[]),
                // The post is an owner.
                ("[Ana Ruiz], the {mayor}’s nephew, spoke.", &[]),
                // An organisation's name, an age or a base before the post.
                (
                    "[Ana Ruiz], Harbour Bank {chairman}, said rates would rise.",
                    &[("Ana Ruiz", "chairman")],
                ),
                (
                    "[Tomas Vell], the 43-year-old former <Oldland> {captain}, will play on.",
                    &[("Tomas Vell", "captain")],
                ),
                (
                    "[Tomas Vell], Swiss-based {leader} of the rebels, was held.",
                    &[("Tomas Vell", "leader")],
                ),
                // A source, then the clause its comma opens.
                (
                    "According to [Ana Ruiz], a {detective} for the police was given the file.",
                    &[],
                ),
                (
                    "According to [Ana Ruiz], the {mayor}, the plan is sound.",
                    &[("Ana Ruiz", "mayor")],
                ),
                // A source closing a longer phrase, then a clause.
                (
                    "According to a letter by the clerk, [Ana Ruiz], the {Speaker} received it.",
                    &[],
                ),
                (
                    "According to police, [Ana Ruiz], the {mayor}, was arrested.",
                    &[("Ana Ruiz", "mayor")],
                ),
                // Another post between.
                ("[Ana Ruiz], the {coach}, and the {captain} spoke.", &[("Ana Ruiz", "coach")]),
                // More than a dozen words back.
                (
                    "[Ana Ruiz], who has been the newly appointed interim acting new senior veteran regional {mayor}, spoke.",
                    &[],
                ),
            ],
        );
    }
}
