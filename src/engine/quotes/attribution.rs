//! Who says each quotation: named attribution patterns, each a small function
//! with its reason, tried in order; no speaker where no named person says it.
//!
//! Mentions are indexed by token once, so each quotation looks only at the few
//! tokens around it (linear in the text).

use crate::engine::annotation::{Annotation, Kind, Reason};
use crate::engine::tokenize::Doc;
use crate::engine::words::{self, WordList};

use super::marks::Span;

const NONE: u32 = u32::MAX;
/// How many tokens an attribution may lie from its quotation mark.
const NEAR: usize = 14;
/// How far back from its verb an attribution's subject may start.
const SUBJECT: usize = 12;

/// A speaker (or none) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The person entity, or `None` for an unnamed source, an organisation, a document.
    pub speaker: Option<usize>,
    /// Why.
    pub reason: &'static str,
    /// The speech verb of the attribution, if there is one.
    pub verb: Option<usize>,
}

/// A person's sex as the article shows it (a given name or an honorific), for
/// a pronoun to agree with.
#[derive(Clone, Copy, PartialEq)]
enum Sex {
    Female,
    Male,
}

/// How many sentences back a pronoun looks for a person it agrees with.
const AGREE_BACK: usize = 4;

/// What a subject word stands for.
enum Subject {
    Person(usize),
    Nobody,
}

/// The annotation indexed by token.
pub struct Context<'a> {
    doc: &'a Doc<'a>,
    ann: &'a Annotation,
    /// Mention index of each token, [`NONE`] outside mentions.
    mention: Vec<u32>,
    /// The last person entity named before each token outside quotations.
    last_person: Vec<u32>,
    /// Sentence index of each token.
    sentence: Vec<usize>,
    /// Each person mention outside quotations: its first token and entity.
    people: Vec<(usize, usize)>,
    /// Each entity's sex, where a given name or an honorific shows it.
    sex: Vec<Option<Sex>>,
}

impl<'a> Context<'a> {
    /// Indexes `ann`'s mentions by `doc`'s tokens (one merge of two sorted lists).
    pub fn new(doc: &'a Doc<'a>, ann: &'a Annotation, spans: &[Span]) -> Context<'a> {
        let n = doc.tokens.len();
        let mut mention = vec![NONE; n];
        let mut m = 0;
        for (i, t) in doc.tokens.iter().enumerate() {
            while m < ann.mentions.len() && ann.mentions[m].end <= t.start {
                m += 1;
            }
            if m < ann.mentions.len() && ann.mentions[m].start <= t.start {
                mention[i] = m as u32;
            }
        }
        let mut inside = vec![false; n];
        for s in spans {
            inside[s.open..s.close.map_or(s.last, |c| c + 1)].fill(true);
        }
        // A pronoun stands for the subject-like first person named in its own
        // sentence before it, else in the latest sentence naming one.
        let sentence = doc.sentence_of_tokens();
        let mut last_person = vec![NONE; n];
        let mut people = Vec::new();
        let (mut last, mut here) = (NONE, NONE);
        for i in 0..n {
            if i > 0 && sentence[i] != sentence[i - 1] && here != NONE {
                (last, here) = (here, NONE);
            }
            last_person[i] = if here != NONE { here } else { last };
            let m = mention[i];
            let person = m != NONE && !inside[i] && ann.mentions[m as usize].kind == Kind::Person;
            let starts = person && (i == 0 || mention[i - 1] != m);
            if starts {
                people.push((i, ann.mentions[m as usize].entity));
            }
            if (here == NONE && person)
                || (here != NONE && starts && possessor_apposition(doc, &sentence, i))
            {
                here = ann.mentions[m as usize].entity as u32;
            }
        }
        let sex = sexes(doc, ann, &people);
        Context {
            doc,
            ann,
            mention,
            last_person,
            sentence,
            people,
            sex,
        }
    }

    /// `Tomas Ekwueme met Ana Ruiz. “…,” she said.`: the person a pronoun at
    /// token `i` stands for. The subject-like last person named (see `new`),
    /// unless the article shows that person's sex and the pronoun's differs:
    /// then the first person of the latest sentence (back to [`AGREE_BACK`]
    /// sentences) whose sex agrees or is not shown, and nobody if none does.
    fn pronoun_person(&self, i: usize) -> Option<(usize, &'static str)> {
        let p = self.last_person[i];
        if p == NONE {
            return None;
        }
        let Some(want) = pronoun_sex(self.word(i)) else {
            return Some((p as usize, "pronoun resolved to the last person named"));
        };
        if self.sex[p as usize].is_none_or(|s| s == want) {
            return Some((p as usize, "pronoun resolved to the last person named"));
        }
        let before = self.people.partition_point(|&(t, _)| t < i);
        let here = self.sentence[i];
        let mut k = before;
        while k > 0 {
            let s = self.sentence[self.people[k - 1].0];
            if s + AGREE_BACK < here {
                break;
            }
            // The sentence's persons, first named first.
            let from = self.people[..k].partition_point(|&(t, _)| self.sentence[t] < s);
            let agrees = self.people[from..k]
                .iter()
                .find(|&&(_, e)| self.sex[e].is_none_or(|x| x == want));
            if let Some(&(_, e)) = agrees {
                return Some((e, "pronoun resolved to the last person of its sex named"));
            }
            k = from;
        }
        Some((
            NONE as usize,
            "a pronoun agreeing with no person named before",
        ))
    }

    fn word(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn is_terminal(&self, i: usize) -> bool {
        matches!(self.word(i), "." | "!" | "?")
    }

    /// Whether token `i` attributes speech: a speech verb, or `according` before `to`.
    fn is_verb(&self, i: usize) -> bool {
        // `a saying by`: a noun.
        let noun = i > 0 && matches!(self.word(i - 1), "a" | "the");
        // `a so-called “green” house`: a scare quote, nobody's words.
        let so_called =
            i >= 2 && self.word(i - 1) == "-" && self.word(i - 2).eq_ignore_ascii_case("so");
        let w = self.word(i);
        ((words::SPEECH_VERBS.contains(w) || words::QUOTE_VERBS.contains(w)) && !noun && !so_called)
            || self.according(i)
    }

    /// Whether token `i` is one of the verbs that quote their object
    /// (`thanked … for “…”`, `described … as “…”`): its subject comes before
    /// it, never after (`accused Salameh of “…”`: the object), and it never
    /// attributes a quotation before it.
    fn quotes_object(&self, i: usize) -> bool {
        let w = self.word(i);
        words::QUOTE_VERBS.contains(w) && !words::SPEECH_VERBS.contains(w)
    }

    /// Whether token `i` can be an adverb between an auxiliary and its verb
    /// (`later`, `repeatedly`, `not`): a lower-case word, not a pronoun.
    fn adverb(&self, i: usize) -> bool {
        let w = self.word(i);
        w.chars().all(|c| c.is_ascii_lowercase()) && !words::PRONOUNS.contains(w)
    }

    /// `“What next?” she was asked.`, `He was later told: “…”`: a speech verb in
    /// the passive (after a form of `be`, an adverb between or none): its
    /// subject heard the words, it did not say them.
    fn passive(&self, v: usize) -> bool {
        let be = |j: usize| {
            matches!(
                self.word(j).to_ascii_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "be" | "been" | "being"
            )
        };
        !self.word(v).ends_with("ing")
            && ((v >= 1 && be(v - 1)) || (v >= 2 && self.adverb(v - 1) && be(v - 2)))
    }

    /// `Ruiz was quoted by the state agency as saying “…”`, `Ruiz was cited as
    /// saying`: the agencies' passive, whose subject said the words (the
    /// agency between only reported them). The passive `quoted`/`cited`
    /// before `as` + verb `v` in the sentence, if any.
    fn quoted_as_saying(&self, v: usize) -> Option<usize> {
        if v < 2 || self.word(v - 1) != "as" || !self.word(v).ends_with("ing") {
            return None;
        }
        (self.sentence_start(v)..v - 1)
            .rev()
            .take(10)
            .find(|&q| matches!(self.word(q), "quoted" | "cited") && self.passive(q))
    }

    /// `according to Ruiz`, `a line attributed to Ruiz`, `in the words of
    /// Ruiz`: the speaker after the phrase.
    fn according(&self, i: usize) -> bool {
        let next = |w: &str| i + 1 < self.doc.tokens.len() && self.word(i + 1) == w;
        let w = self.word(i);
        ((w.eq_ignore_ascii_case("according") || w == "attributed") && next("to"))
            || (w == "words" && next("of") && i > 0 && matches!(self.word(i - 1), "the" | "The"))
    }

    /// The holder of post mention `m` (at token `i`): by syntax, the one person
    /// holding it, or, of several holders, the one just named.
    fn holder(&self, m: usize, i: usize) -> Option<usize> {
        let mention = &self.ann.mentions[m];
        mention.holder.or_else(|| {
            let holders = &self.ann.entities.get(mention.entity)?.holders;
            let last = self.last_person[i];
            match holders.as_slice() {
                [h] => Some(*h),
                [] => self.earlier_holder_by_head(m, i),
                _ => holders.iter().copied().find(|&h| h as u32 == last),
            }
        })
    }

    /// `Sunita Kaul, the finance minister, said … “…,” the minister added.`:
    /// a definite post with no holder of its own (`the minister`) stands for
    /// the holder of the latest earlier post with the same head (`the
    /// premier` for a `Prime Minister`, `the governor` for a `Gov.`: see
    /// [`post_key`]), as a reader takes it in any newspaper.
    fn earlier_holder_by_head(&self, m: usize, i: usize) -> Option<usize> {
        if i == 0 || !self.word(i - 1).eq_ignore_ascii_case("the") {
            return None;
        }
        let want = post_key(&self.ann.mentions[m].text);
        self.ann.mentions[..m].iter().rev().find_map(|e| {
            if e.kind != Kind::Position || post_key(&e.text) != want {
                return None;
            }
            e.holder.or_else(
                || match self.ann.entities.get(e.entity)?.holders.as_slice() {
                    [h] => Some(*h),
                    _ => None,
                },
            )
        })
    }

    /// What token `i` says about the speaker, if anything: a person named, a
    /// pronoun (the last person named before), a post (its holder), or an
    /// unnamed source.
    fn subject(&self, i: usize) -> Option<(Subject, &'static str)> {
        let m = self.mention[i];
        if m != NONE {
            let mention = &self.ann.mentions[m as usize];
            // `a spokesman for Kaul said`: a person after `of`/`for` is not the subject.
            let first = (0..=i)
                .rev()
                .take_while(|&j| self.mention[j] == m)
                .last()
                .unwrap_or(i);
            let after_of = first > 0
                && matches!(self.word(first - 1), "of" | "for")
                && (first == i || self.word(first - 1) == "for");
            // `the Ruiz video`: a name used as a modifier between an article
            // and a lower-case noun is not the subject.
            let last = (i..self.mention.len())
                .take_while(|&j| self.mention[j] == m)
                .last()
                .unwrap_or(i);
            let modifier = first > 0
                && matches!(self.word(first - 1), "the" | "a" | "an")
                && last + 1 < self.mention.len()
                && self.word(last + 1).starts_with(char::is_lowercase);
            return match mention.kind {
                // `Regent Rob Schafer of Beatrice said`: not the subject.
                Kind::Person if after_of || modifier => None,
                Kind::Person => Some((Subject::Person(mention.entity), "")),
                Kind::Position => Some(match self.holder(m as usize, i) {
                    Some(h) => (Subject::Person(h), "post resolved to its holder"),
                    None => (Subject::Nobody, "a post with no named holder"),
                }),
                Kind::Place => None,
            };
        }
        let w = self.word(i);
        if words::PRONOUNS.contains(w) || self.age_noun(i) {
            return Some(match self.pronoun_person(i) {
                None => (Subject::Nobody, "a pronoun with no person named before"),
                Some((p, why)) if p == NONE as usize => (Subject::Nobody, why),
                Some((p, why)) => (Subject::Person(p), why),
            });
        }
        if words::UNNAMED_SOURCES.contains(w) && !self.in_prepositional_phrase(i) {
            return Some((
                Subject::Nobody,
                "no named person: an unnamed source, organisation or document",
            ));
        }
        None
    }

    /// `the 29-year-old said`, `said the 64-year-old`: a person's age as a
    /// noun (sports and court reports everywhere) stands, like a pronoun, for
    /// the last person named. Token `i` is the `old` of `the 29-year-old`.
    fn age_noun(&self, i: usize) -> bool {
        i >= 5
            && self.word(i) == "old"
            && self.word(i - 1) == "-"
            && matches!(self.word(i - 2), "year" | "years")
            && self.word(i - 3) == "-"
            && self.word(i - 4).chars().all(|c| c.is_ascii_digit())
            && matches!(self.word(i - 5), "the" | "The")
            // `said the 24-year-old Ana Ruiz`: the name follows.
            && (i + 1 >= self.doc.tokens.len() || !self.word(i + 1).starts_with(char::is_uppercase))
    }

    /// `Pillai, in a statement, said`, `Kaul, on her website, wrote`: a
    /// source noun inside a prepositional phrase (`in`/`on`/`from`, a
    /// determiner or none between) tells where the words were said, not who.
    fn in_prepositional_phrase(&self, i: usize) -> bool {
        let prep = |j: usize| matches!(self.word(j), "in" | "In" | "on" | "On" | "via" | "Via");
        let det = |j: usize| {
            matches!(
                self.word(j),
                "a" | "an" | "the" | "its" | "his" | "her" | "their" | "joint"
            )
        };
        (i >= 1 && prep(i - 1)) || (i >= 2 && det(i - 1) && prep(i - 2))
    }

    /// The subject before verb `v`, scanning back to `lo`; past an appositive
    /// or relative clause (`Bas, who leads the party with Klingbeil, said`) to
    /// the name before it.
    fn subject_before(&self, v: usize, lo: usize) -> Option<(Subject, &'static str)> {
        let lo = lo.max(v.saturating_sub(3 * SUBJECT));
        // `French President Emmanuel Macron said`: a subject right before the verb.
        if v > lo {
            if let Some(found) = self.subject(v - 1) {
                return Some(found);
            }
        }
        if let Some(p) = self.person_before_apposition(v, lo) {
            return Some((Subject::Person(p), ""));
        }
        let clause = (lo..v).rev().find(|&i| {
            self.word(i) == "," && i + 1 < v && words::CLAUSE_OPENERS.contains(self.word(i + 1))
        });
        if let Some(c) = clause {
            if let Some(found) = self.subject_back(c, lo) {
                return Some(found);
            }
        }
        self.subject_back(v, lo)
    }

    /// `Ana Ruiz, a former mayor who now heads the Green Party of Varna,
    /// called …`: a verb right after a comma whose appositive opens, at the
    /// comma before it in the sentence, right after a person's name: that
    /// person, whatever nouns the appositive holds (`party`, `the union`).
    fn person_before_apposition(&self, v: usize, lo: usize) -> Option<usize> {
        if v < 2 || v - 1 <= lo || self.word(v - 1) != "," {
            return None;
        }
        let open = (lo..v - 1)
            .rev()
            .take_while(|&i| !self.is_terminal(i))
            .find(|&i| self.word(i) == ",")?;
        let m = *self.mention.get(open.checked_sub(1)?)?;
        if m == NONE || self.ann.mentions[m as usize].kind != Kind::Person {
            return None;
        }
        match self.subject(open - 1)? {
            (Subject::Person(p), _) => Some(p),
            (Subject::Nobody, _) => None,
        }
    }

    /// The nearest subject word before token `v`, back to `lo`.
    /// A person followed by `’s` (`Savage’s readers voted`) is a possessor,
    /// not the subject.
    fn subject_back(&self, v: usize, lo: usize) -> Option<(Subject, &'static str)> {
        (lo.max(v.saturating_sub(SUBJECT))..v)
            .rev()
            .take_while(|&i| !self.is_terminal(i))
            .filter(|&i| !(self.mention[i] != NONE && self.possessor(i)))
            .find_map(|i| self.subject(i))
    }

    /// `Ruiz criticised the plan in a long interview, saying “…”`: a speech
    /// verb in `-ing` after a comma has the sentence's subject, the first
    /// subject word of the sentence (not a possessor).
    fn participle_subject(&self, v: usize, lo: usize) -> Option<(Subject, &'static str)> {
        if v == 0 || self.word(v - 1) != "," || !self.word(v).ends_with("ing") {
            return None;
        }
        (self.sentence_start(v).max(lo)..v - 1)
            .filter(|&i| !(self.mention[i] != NONE && self.possessor(i)))
            .find_map(|i| self.subject(i))
    }

    /// `Cooper said her party backed it, and said it was “damning”`: a
    /// speech verb right after `and` or `but` shares the subject of the
    /// sentence's speech verb before it.
    fn coordinated_verb(&self, v: usize) -> Option<usize> {
        if v < 2 || !matches!(self.word(v - 1), "and" | "but") {
            return None;
        }
        (self.sentence_start(v)..v - 1)
            .rev()
            .find(|&u| self.is_verb(u) && !self.according(u))
    }

    /// The subject after verb `v` (`said Umerov`, `according to the minister`,
    /// `said the ministry's spokesperson Ammar Said`), up to `hi`: a person
    /// named within a few words wins over an unnamed source before it.
    fn subject_after(&self, v: usize, hi: usize) -> Option<(Subject, &'static str)> {
        let from = if self.according(v) { v + 2 } else { v + 1 };
        let mut unnamed = None;
        for i in from..hi.min(from + SUBJECT) {
            if self.is_terminal(i) || matches!(self.word(i), "," | "that" | ":") {
                break;
            }
            match self.subject(i) {
                Some((Subject::Nobody, why)) => {
                    if let Some(p) = self.person_after_post(i) {
                        return Some((Subject::Person(p), ""));
                    }
                    // `said Brevik’s lawyer, Ana Ruiz`: the name set off after the source noun.
                    if let Some(p) = self.person_set_off_after(i).filter(|_| unnamed.is_none()) {
                        return Some((Subject::Person(p), ""));
                    }
                    unnamed = unnamed.or(Some((Subject::Nobody, why)));
                }
                // `said a statement from Ana Ruiz’s office`: a possessor, not the speaker.
                Some((Subject::Person(_), _)) if self.possessor(i) => {}
                Some(found) => {
                    // `said Defence Minister Rustem Umerov`: the name after the post.
                    if let Some(p) = self.person_after_post(i) {
                        return Some((Subject::Person(p), ""));
                    }
                    return Some(found);
                }
                None => {}
            }
        }
        unnamed
    }

    /// The person named right after a comma after token `i` (`lawyer, Ana
    /// Ruiz`), whose mention starts there.
    fn person_set_off_after(&self, i: usize) -> Option<usize> {
        let m = self.mention[i];
        let i = if m == NONE {
            i
        } else {
            (i..self.doc.tokens.len())
                .take_while(|&j| self.mention[j] == m)
                .last()?
        };
        if self.word(i + 1) != "," {
            return None;
        }
        let n = *self.mention.get(i + 2)?;
        let mention = self.ann.mentions.get(n as usize)?;
        (mention.kind == Kind::Person && mention.start == self.doc.tokens[i + 2].start)
            .then_some(mention.entity)
    }

    /// Whether the person mention at token `i` is a possessor (`Ruiz’s office`).
    fn possessor(&self, i: usize) -> bool {
        let m = self.mention[i];
        if m == NONE {
            return false;
        }
        let end = (i..self.doc.tokens.len()).find(|&j| self.mention[j] != m);
        end.is_some_and(|j| matches!(self.word(j), "’s" | "'s" | "’" | "'"))
    }

    /// For a post mention at `i`, the person named right after it.
    fn person_after_post(&self, i: usize) -> Option<usize> {
        let m = self.mention[i];
        if m == NONE || self.ann.mentions[m as usize].kind != Kind::Position {
            return None;
        }
        let mut j = i;
        while j < self.doc.tokens.len() && self.mention[j] == m {
            j += 1;
        }
        let n = *self.mention.get(j)?;
        (n != NONE && self.ann.mentions[n as usize].kind == Kind::Person)
            .then(|| self.ann.mentions[n as usize].entity)
    }

    /// The speaker of an attribution around verb `v`: its subject before
    /// (from `lo`), else after (up to `hi`).
    fn speaker_of(&self, v: usize, lo: usize, hi: usize, reason: &'static str) -> Option<Found> {
        if self.passive(v) {
            return Some(Found {
                speaker: None,
                reason:
                    "no named speaker: a speech verb in the passive (its subject heard the words)",
                verb: Some(v),
            });
        }
        if let Some(u) = self.coordinated_verb(v) {
            if let Some(f) = self.speaker_of(u, self.sentence_start(u), u, reason) {
                return Some(Found { verb: Some(v), ..f });
            }
        }
        let (subject, why) = if self.according(v) {
            self.subject_after(v, hi)?
        } else if let Some(q) = self.quoted_as_saying(v) {
            self.subject_before(q, lo)?
        } else if self.quotes_object(v) {
            self.participle_subject(v, lo)
                .or_else(|| self.subject_before(v, lo))?
        } else {
            self.participle_subject(v, lo)
                .or_else(|| self.subject_before(v, lo))
                .or_else(|| self.subject_after(v, hi))?
        };
        let reason = if self.according(v) {
            "according to"
        } else if why.is_empty() {
            reason
        } else {
            why
        };
        Some(Found {
            speaker: match subject {
                Subject::Person(p) => Some(p),
                Subject::Nobody => None,
            },
            reason,
            verb: Some(v),
        })
    }

    /// `“…,” said Umerov.` / `“…,” Umerov said.` / `“…,” he added.`: an
    /// attribution right after the closing mark, before the sentence ends.
    pub fn after(&self, s: &Span, hi: usize) -> Option<Found> {
        let c = s.close?;
        // `Ruiz called the plan “a gamble.” Berg said …`: a partial quotation
        // whose full stop ends its sentence; what follows is the next one.
        if self.word(c - 1) == "." && !self.opens_sentence(s) {
            return None;
        }
        let hi = hi.min(c + 1 + NEAR);
        // `“overdone,” while Ives called …`: a new clause, not an attribution.
        let first_word = (c + 1..hi).find(|&i| self.word(i).starts_with(char::is_alphanumeric))?;
        if words::CLAUSE_LINKS.contains(self.word(first_word)) {
            return None;
        }
        let v = (c + 1..hi)
            .take_while(|&i| !self.is_terminal(i))
            .find(|&i| self.is_verb(i) && !self.quotes_object(i))?;
        // A subject after the verb only right after the mark (`,” said Umerov`),
        // not in a later clause (`” and urged the board to replace Carter`).
        let words_between = (c + 1..v)
            .filter(|&i| self.word(i).starts_with(char::is_alphanumeric))
            .count();
        let hi = if words_between == 0 || self.according(v) {
            hi
        } else {
            v + 1
        };
        self.speaker_of(v, c + 1, hi, "said after the quotation")
    }

    /// `Ruiz said the mayor sent “warm greetings” according to the agency
    /// Nova`: an attribution after the quotation naming no person (`according
    /// to` a news agency or a document) only sources the report; a speech verb
    /// before the quotation in its sentence whose subject is a person (the
    /// reported speech the quotation sits in) names the speaker. Otherwise as
    /// [`Context::after`].
    pub fn after_unless_reported(&self, s: &Span, hi: usize, lo: usize) -> Option<Found> {
        let found = self.after(s, hi)?;
        if found.speaker.is_none() && found.verb.is_some_and(|v| self.according(v)) {
            if let Some(before) = self.before(s, lo).filter(|b| b.speaker.is_some()) {
                return Some(before);
            }
        }
        Some(found)
    }

    /// `“The port reopens next week,”¶the ministry said in a statement.`: a
    /// quotation ending its paragraph unfinished (a comma before the closing
    /// mark, or a next paragraph opening in lower case) whose attribution
    /// opens the next paragraph, as pages whose paragraphs were split at the
    /// closing mark print it. `next` is the next paragraph, up to `hi`.
    pub fn after_in_next_paragraph(
        &self,
        s: &Span,
        para_end: usize,
        next: std::ops::Range<usize>,
        hi: usize,
    ) -> Option<Found> {
        let c = s.close?;
        if c + 1 != para_end || next.start != para_end || next.is_empty() {
            return None;
        }
        let lower = self.word(next.start).starts_with(char::is_lowercase);
        if !(lower || self.word(c - 1) == ",") {
            return None;
        }
        let found = self.after(s, hi.min(next.end))?;
        Some(Found {
            reason: match found.speaker {
                Some(_) => "said at the start of the next paragraph",
                None => found.reason,
            },
            ..found
        })
    }

    /// `‘We have the money’: Kaul hits back`, `“We are ready” — Kofi
    /// Mensah`: the headline and pull-quote form of British, Indian and
    /// African outlets, a colon or dash right after the closing mark and a
    /// person's name right after it.
    pub fn name_after_colon_or_dash(&self, s: &Span) -> Option<Found> {
        let c = s.close?;
        let mark = c + 1;
        if mark + 1 >= self.doc.tokens.len() || !matches!(self.word(mark), ":" | "—" | "–" | "-")
        {
            return None;
        }
        let m = self.mention[mark + 1];
        if m == NONE || self.doc.tokens[mark + 1].newline_before {
            return None;
        }
        let mention = &self.ann.mentions[m as usize];
        if mention.start != self.doc.tokens[mark + 1].start {
            return None;
        }
        let speaker = match mention.kind {
            Kind::Person => mention.entity,
            Kind::Position => self.person_after_post(mark + 1)?,
            Kind::Place => return None,
        };
        Some(Found {
            speaker: Some(speaker),
            reason: "a name after the quotation's colon or dash",
            verb: None,
        })
    }

    /// `Umerov said: “…”` / `he told reporters, “…”`: an attribution before the
    /// opening mark in the same sentence (from `lo`); a partial quotation inside
    /// reported speech (`Umerov said the talks were “very useful”`) too.
    pub fn before(&self, s: &Span, lo: usize) -> Option<Found> {
        let lo = lo.max(self.sentence_start(s.open));
        let v = (lo..s.open).rev().find(|&i| self.is_verb(i))?;
        let reason = if s.open - v <= 3 || self.word(s.open - 1) == ":" {
            "speaker before the quotation"
        } else {
            "partial quotation in the speaker's reported speech"
        };
        self.speaker_of(v, lo, s.open, reason)
    }

    /// `Umerov told the meeting:` ending the paragraph before one that opens
    /// with the quotation.
    pub fn colon_before(&self, s: &Span, para_start: usize) -> Option<Found> {
        if s.open != para_start || s.open == 0 || self.word(s.open - 1) != ":" {
            return None;
        }
        let lo = self.sentence_start(s.open - 1);
        let v = (lo..s.open - 1).rev().find(|&i| self.is_verb(i))?;
        self.speaker_of(v, lo, s.open - 1, "speaker before a colon")
    }

    /// `Then Umerov went into detail: “…”`: no verb, but a person named in
    /// the clause just before the colon that opens the quotation.
    pub fn person_colon(&self, s: &Span) -> Option<Found> {
        if s.open == 0 || self.word(s.open - 1) != ":" {
            return None;
        }
        let lo = self.sentence_start(s.open - 1);
        let p = (lo..s.open - 1).rev().find_map(|i| match self.subject(i) {
            Some((Subject::Person(p), _)) if !self.possessor(i) => Some(p),
            _ => None,
        })?;
        Some(Found {
            speaker: Some(p),
            reason: "speaker before a colon",
            verb: None,
        })
    }

    /// `He went on to reject “a simple answer”`: a partial quotation in a
    /// sentence whose subject, its first word, is a pronoun or a person.
    pub fn sentence_subject(&self, s: &Span) -> Option<Found> {
        let first = self.sentence_start(s.open);
        let mut i = first;
        while i < s.open && !self.word(i).starts_with(char::is_alphanumeric) {
            i += 1;
        }
        // `Umerov, after a day of “will he, won’t he”`: an aside, not the subject's words.
        // `Ruiz’s readers voted …`: a possessor, not the subject.
        if i >= s.open || s.open - i < 3 || self.word(i + 1) == "," || self.possessor(i) {
            return None;
        }
        // `Landgraf counted dust in the “cruise” phase`: a word or two in
        // quotation marks with no speech verb is a term, not the subject's words.
        let inner = s.close.unwrap_or(s.last);
        let quoted_words = (s.open + 1..inner)
            .filter(|&j| self.word(j).starts_with(char::is_alphanumeric))
            .count();
        if quoted_words < 3 {
            return None;
        }
        match self.subject(i)? {
            (Subject::Person(p), why) => Some(Found {
                speaker: Some(p),
                reason: if why.is_empty() {
                    "partial quotation: the sentence's subject"
                } else {
                    why
                },
                verb: None,
            }),
            (Subject::Nobody, _) => None,
        }
    }

    /// `Christopher “Bong” Go`, `Supertyphoon “Yolanda”`, `read “The Long
    /// Road”`, `painted “Joan of Arc”`: a quoted name, nickname or title (up
    /// to four capitalised words, or six with the small words of titles
    /// between them, `data/sources/words/title-small-words.txt`) inside a
    /// phrase, not introduced by a speech verb, colon or comma.
    pub fn quoted_name(&self, s: &Span) -> bool {
        let inner = s.close.unwrap_or(s.last);
        let upper = |i: usize| self.word(i).starts_with(char::is_uppercase);
        let small = |i: usize| words::TITLE_SMALL_WORDS.contains(self.word(i));
        let words_in = inner - s.open - 1;
        let capitalised = (s.open + 1..inner).all(upper)
            || (words_in <= 6
                && upper(s.open + 1)
                && upper(inner - 1)
                && (s.open + 1..inner).all(|i| upper(i) || small(i)));
        let introduced =
            s.open > 0 && (self.is_verb(s.open - 1) || matches!(self.word(s.open - 1), ":" | ","));
        words_in <= 6
            && (words_in <= 4 || !(s.open + 1..inner).all(upper))
            && capitalised
            && !introduced
            && !self.opens_sentence(s)
    }

    /// `a so-called “green” house`, `a film titled “Home”`, `known as “the
    /// Iron Lady”`: a quotation right after words that introduce a term, name
    /// or title (`data/sources/words/term-introducers.txt`): nobody's words.
    pub fn introduced_as_term(&self, s: &Span) -> bool {
        (1..=3).any(|n| {
            s.open >= n && {
                let phrase: Vec<&str> = (s.open - n..s.open).map(|i| self.word(i)).collect();
                words::TERM_INTRODUCERS.contains(&phrase.join(" "))
            }
        })
    }

    /// `Ana Ruiz, the union leader, was blunt. “We strike on Monday.”`: a
    /// quotation that is a whole sentence with no attribution of its own, right
    /// after a sentence without quotations (in its paragraph, or ending the
    /// paragraph before when it opens its own) whose subject is a person, a
    /// pronoun, or a post with its holder. News writing introduces the speaker
    /// this way everywhere (`X was blunt.`, `X spoke after the vote.`).
    pub fn previous_sentence_subject(&self, s: &Span, para_start: usize) -> Option<Found> {
        let o = s.open;
        if o == 0 || !self.opens_sentence(s) || !self.whole_sentence(s) {
            return None;
        }
        let from = self.sentence_start(o - 1);
        if from < para_start && o != para_start {
            return None;
        }
        if (from..o).any(|i| matches!(self.word(i), "“" | "”" | "\"" | "«" | "»" | "„")) {
            return None;
        }
        let mut i = (from..o).find(|&i| self.word(i).starts_with(char::is_alphanumeric))?;
        if matches!(self.word(i), "The" | "the") {
            i += 1;
        }
        // `U.S. Senator Ana Ruiz`: a country before the post.
        let place = self
            .mention
            .get(i)
            .copied()
            .filter(|&m| m != NONE && self.ann.mentions[m as usize].kind == Kind::Place);
        if let Some(p) = place {
            i = (i..o).find(|&j| self.mention[j] != p)?;
        }
        let m = self.mention.get(i).copied().filter(|&m| m != NONE);
        let end = m.map_or(i + 1, |m| {
            (i..o).find(|&j| self.mention[j] != m).unwrap_or(o)
        });
        // `Ruiz’s car was found.`: a possessive, not the subject.
        if end >= o || matches!(self.word(end), "’s" | "'s") {
            return None;
        }
        let speaker = match self.subject(i)? {
            (Subject::Person(p), _) => p,
            // `Senator Ana Ruiz issued a statement.`
            (Subject::Nobody, _) if self.person_after_post(i).is_some() => {
                self.person_after_post(i)?
            }
            // `The interior minister, Ahmed Khalil, was firm.`
            (Subject::Nobody, _) if self.word(end) == "," => {
                let n = *self.mention.get(end + 1)?;
                (n != NONE && self.ann.mentions[n as usize].kind == Kind::Person)
                    .then(|| self.ann.mentions[n as usize].entity)?
            }
            (Subject::Nobody, _) => return None,
        };
        Some(Found {
            speaker: Some(speaker),
            reason: "speaker named in the sentence before",
            verb: None,
        })
    }

    /// Whether the quotation is its whole sentence: it ends inside the
    /// paragraph's end, a full stop before its closing mark, or one right after.
    fn whole_sentence(&self, s: &Span) -> bool {
        let Some(c) = s.close else { return true };
        let n = self.doc.tokens.len();
        self.is_terminal(c - 1)
            || c + 1 >= n
            || self.doc.tokens[c + 1].newline_before
            || self.is_terminal(c + 1)
    }

    fn sentence_start(&self, i: usize) -> usize {
        let s = self.sentence[i];
        self.doc.sentences[s].start
    }

    /// Whether tokens `a` and `b` lie in one sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence[a] == self.sentence[b]
    }

    /// Whether the quotation opens its sentence (or follows the previous quotation's close).
    pub fn opens_sentence(&self, s: &Span) -> bool {
        let o = s.open;
        o == self.sentence_start(o)
            || (o > 0
                && (self.is_terminal(o - 1)
                    || matches!(self.word(o - 1), "”" | "\"" | "’" | "'" | "»" | "“")))
    }
}

/// What a post is called on a later mention: its head, the word before
/// `of`/`for` or else its last word (`Minister of Health`, `Foreign Minister`
/// -> `minister`), or the first word of its class in
/// `data/sources/words/post-head-aliases.txt`, the whole post tried first
/// (`Prime Minister`, `premier` -> `premier`; `Deputy Prime Minister` ->
/// `minister`; `Gov.` -> `governor`).
fn post_key(text: &str) -> String {
    let low = text.to_lowercase();
    let core = [" of ", " for ", " to "]
        .iter()
        .filter_map(|p| low.find(p))
        .min()
        .map_or(low.as_str(), |k| &low[..k]);
    let last = core.rsplit(' ').next().unwrap_or("");
    for probe in [core, last] {
        let class = words::POST_HEAD_ALIASES
            .iter()
            .find(|c| c.split(" | ").any(|w| w == probe));
        if let Some(c) = class {
            return c.split(" | ").next().unwrap_or(probe).to_string();
        }
    }
    last.to_string()
}

/// The sex a pronoun gives its person (`she`, `he’d`); none for other words.
fn pronoun_sex(w: &str) -> Option<Sex> {
    let w = w.to_ascii_lowercase();
    if w.starts_with("she") {
        Some(Sex::Female)
    } else if w.starts_with("he") {
        Some(Sex::Male)
    } else {
        None
    }
}

/// Each entity's sex as the article shows it: its name's first word in the
/// given-name lists of one sex (`data/sources/words/{female,male}-given-names.txt`,
/// generated from openly licensed name lists; names used for both are left
/// out), a later word of its name that only one sex's names have
/// (`{female,male}-name-words.txt`: `binti`, `bin`, Vietnamese `Thi`) and the
/// honorifics before its mentions (`Mrs.`, `Sir`, `Datin`). Evidence of
/// both sexes (`Jenna Marbles` and her dog `Mr. Marbles` taken for one) shows none.
fn sexes(doc: &Doc, ann: &Annotation, people: &[(usize, usize)]) -> Vec<Option<Sex>> {
    let of = |w: &str, female: &WordList, male: &WordList| {
        if female.contains(w) {
            Some(Sex::Female)
        } else if male.contains(w) {
            Some(Sex::Male)
        } else {
            None
        }
    };
    // Bit 1: shown female, bit 2: shown male.
    let mut seen = vec![0u8; ann.entities.len()];
    let bit = |s: Sex| if s == Sex::Female { 1 } else { 2 };
    for (e, b) in seen.iter_mut().enumerate() {
        let entity = &ann.entities[e];
        let mut parts = entity.name.split_whitespace();
        let first = parts.next().unwrap_or("");
        if entity.kind == Kind::Person {
            let named = of(first, &words::FEMALE_GIVEN_NAMES, &words::MALE_GIVEN_NAMES);
            *b |= named.map_or(0, bit);
            // `Siti Aminah binti Yusof`, `Nguyen Thi Lan`: a word inside the name.
            for w in parts {
                let inner = of(w, &words::FEMALE_NAME_WORDS, &words::MALE_NAME_WORDS);
                *b |= inner.map_or(0, bit);
            }
        }
    }
    for &(i, e) in people {
        let styled = (i > 0)
            .then(|| {
                of(
                    doc.word(i - 1),
                    &words::FEMALE_HONORIFICS,
                    &words::MALE_HONORIFICS,
                )
            })
            .flatten();
        seen[e] |= styled.map_or(0, bit);
    }
    seen.into_iter()
        .map(|b| match b {
            1 => Some(Sex::Female),
            2 => Some(Sex::Male),
            _ => None,
        })
        .collect()
}

/// `Brevik’s lawyer, Ana Ruiz, …` / `Brevik’s lawyer Ana Ruiz`: the person
/// starting at token `i` names the possessor's lawyer, spokesman or wife, the
/// sentence's real subject, so a later `she said` means her, not the possessor.
fn possessor_apposition(doc: &Doc, sentence: &[usize], i: usize) -> bool {
    let poss = |j: usize| matches!(doc.word(j), "’s" | "'s");
    let lower = |j: usize| doc.word(j).starts_with(char::is_lowercase);
    let same = |j: usize| sentence[j] == sentence[i];
    (i >= 3 && doc.word(i - 1) == "," && lower(i - 2) && poss(i - 3) && same(i - 3))
        || (i >= 2 && lower(i - 1) && poss(i - 2) && same(i - 2))
}

/// The speaker of every quotation (in order), from the patterns tried in turn.
pub fn attribute(
    cx: &Context,
    spans: &[Span],
    paragraphs: &[std::ops::Range<usize>],
) -> Vec<(Option<usize>, Reason)> {
    let mut out: Vec<Found> = Vec::with_capacity(spans.len());
    for (k, s) in spans.iter().enumerate() {
        let para = &paragraphs[s.paragraph];
        let prev = k.checked_sub(1).map(|p| (&spans[p], &out[p]));
        let prev_here = prev.filter(|(p, _)| p.paragraph == s.paragraph);
        let next_open = spans
            .get(k + 1)
            .filter(|n| n.paragraph == s.paragraph)
            .map_or(para.end, |n| n.open);
        let lo = prev_here
            .and_then(|(p, _)| p.close)
            .map_or(para.start, |c| c + 1);
        if cx.introduced_as_term(s) {
            out.push(Found {
                speaker: None,
                reason: "no named speaker: a term, name or title introduced as one",
                verb: None,
            });
            continue;
        }
        if cx.quoted_name(s) {
            out.push(Found {
                speaker: None,
                reason: "no named speaker: a quoted name, nickname or title",
                verb: None,
            });
            continue;
        }
        let same_sentence =
            prev_here.filter(|(p, _)| p.close.is_some_and(|c| cx.same_sentence(c, s.open)));
        let found = cx
            .name_after_colon_or_dash(s)
            .or_else(|| cx.after_unless_reported(s, next_open, lo))
            .or_else(|| {
                let next = paragraphs.get(s.paragraph + 1)?;
                let hi = spans.get(k + 1).map_or(next.end, |n| n.open);
                cx.after_in_next_paragraph(s, para.end, next.clone(), hi)
            })
            .or_else(|| {
                let f = cx.before(s, lo)?;
                Some(match prev_here {
                    Some((_, pf)) if pf.verb == f.verb => Found {
                        speaker: pf.speaker,
                        reason: "split quotation: the same attribution",
                        verb: f.verb,
                    },
                    _ => f,
                })
            })
            .or_else(|| cx.colon_before(s, para.start))
            .or_else(|| cx.person_colon(s))
            .or_else(|| {
                let (_, pf) = same_sentence?;
                pf.speaker?;
                Some(Found {
                    speaker: pf.speaker,
                    reason: "the sentence's speaker goes on",
                    verb: None,
                })
            })
            .or_else(|| cx.sentence_subject(s))
            .or_else(|| cx.previous_sentence_subject(s, para.start))
            .or_else(|| {
                let (_, pf) = prev_here.filter(|_| cx.opens_sentence(s))?;
                pf.speaker?;
                Some(Found {
                    speaker: pf.speaker,
                    reason: "the paragraph's speaker goes on",
                    verb: None,
                })
            })
            .or_else(|| {
                let (_, pf) =
                    prev.filter(|(p, _)| s.open == para.start && p.paragraph + 1 == s.paragraph)?;
                pf.speaker?;
                Some(Found {
                    speaker: pf.speaker,
                    reason: if s.continues {
                        "continues the previous paragraph's quotation"
                    } else {
                        "the previous paragraph's speaker goes on"
                    },
                    verb: None,
                })
            })
            .unwrap_or(Found {
                speaker: None,
                reason: "no named speaker: no attribution (a term, title or scare quote)",
                verb: None,
            });
        out.push(found);
    }
    backfill_continued(cx, spans, &mut out);
    out.into_iter()
        .map(|f| (f.speaker, Reason::Borrowed(f.reason)))
        .collect()
}

/// `“We start on Monday.¶“The work takes a year,” Dovan said.`: a quotation
/// left open at its paragraph's end with no attribution of its own takes the
/// speaker named where it goes on (last paragraph first, so a long quotation
/// over several paragraphs takes the speaker named in its last one). One whose
/// speaker was only guessed from the context (`Ruiz met Dovan.¶“We start…`:
/// no verb) takes it too when the attribution there has a verb: the words of
/// one quotation have one speaker. Only for curly, low or guillemet marks: a
/// straight mark left open is as often a mispaired one.
fn backfill_continued(cx: &Context, spans: &[Span], out: &mut [Found]) {
    const GOES_ON: &str = "goes on into a paragraph naming its speaker";
    for k in (0..spans.len().saturating_sub(1)).rev() {
        let (s, next) = (&spans[k], &spans[k + 1]);
        let explicit = out[k + 1].verb.is_some() || out[k + 1].reason == GOES_ON;
        let unattributed = (out[k].speaker.is_none() || explicit)
            && out[k].verb.is_none()
            && matches!(cx.word(s.open), "“" | "„" | "«" | "‘");
        if s.close.is_none() && next.continues && next.paragraph == s.paragraph + 1 && unattributed
        {
            if let Some(p) = out[k + 1].speaker {
                out[k] = Found {
                    speaker: Some(p),
                    reason: GOES_ON,
                    verb: None,
                };
            }
        }
    }
}
