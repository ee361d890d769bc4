//! Places known by the company they keep, where the tagger and gazetteer miss
//! them: members of a list with a place after a locative word (`in Valdora,
//! Ostrava and Lisbon`, `between Kordel and Zarvik`), the jurisdiction before a
//! local post (`Valdora Mayor Ana Ruiz`) or after one (`the mayor of Kessaro`),
//! a town before `the capital of`, and a party member's home (`a Tampa
//! Democrat`).

use super::spans::Span;
use super::{glued, is_capitalised, is_hyphen, Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static CONTEXT_PLACES: Pass = Pass {
    name: "context-places",
    reason: "a place by the company it keeps: in a list with other places after a word like in, before or after a mayor, before the capital of, or a party member's home",
    reads: "titles, spans",
    writes: "spans (added, re-typed)",
    run: context_places,
};

pub(super) static PERSON_LISTS: Pass = Pass {
    name: "person-lists",
    reason: "a full name in a list of three or more full names of persons is a person, wherever the article repeats it",
    reads: "spans",
    writes: "spans (re-typed)",
    run: person_lists,
};

/// Full names listed together (`Ana Ruiz, Ben Okafor and Iveta Marsk`, a
/// line-up of players, a panel) are persons; the tagger may read one of them
/// elsewhere as an organisation, more often than as a person, and
/// `organisation-majority` would then drop it. A multi-word person in a list of
/// three or more multi-word names, joined by commas and `and`, most of them
/// persons, is a person, and every organisation or other name with the same
/// text in the article is that person.
fn person_lists(c: &Ctx, st: &mut State) {
    let names: Vec<(usize, usize, bool)> = st
        .spans
        .iter()
        .filter(|x| matches!(x.label, Label::Per | Label::Org | Label::Misc) && x.e - x.s >= 2)
        .map(|x| (x.s, x.e, x.label == Label::Per))
        .collect();
    let joined = |a: (usize, usize, bool), b: (usize, usize, bool)| {
        b.0 > a.1
            && matches!(
                (a.1..b.0).map(|t| c.lower[t]).collect::<Vec<_>>()[..],
                [","] | ["and"] | [",", "and"]
            )
    };
    let mut listed: FxSet<&str> = FxSet::default();
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() && joined(names[j - 1], names[j]) {
            j += 1;
        }
        let persons = names[i..j].iter().filter(|x| x.2).count();
        if j - i >= 3 && persons >= 2 && 2 * persons > j - i {
            listed.extend(names[i..j].iter().map(|&(s, e, _)| c.doc.span_text(s, e)));
        }
        i = j;
    }
    if listed.is_empty() {
        return;
    }
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if matches!(x.label, Label::Org | Label::Misc) && listed.contains(c.doc.span_text(x.s, x.e))
        {
            st.spans.retype(k, Label::Per, PERSON_LISTS.name);
        }
    }
}

/// What the three finders read: the spans as they were before any is added.
struct Finder<'x, 'c, 'a> {
    c: &'x Ctx<'c, 'a>,
    spans: Vec<Span>,
    /// The span holding each token (`usize::MAX`: none).
    span_at: Vec<usize>,
    sentence_start: Vec<bool>,
}

impl Finder<'_, '_, '_> {
    /// A capitalised word that may be part of a place's name.
    fn name_word(&self, t: usize) -> bool {
        let x = self.c.w(t);
        is_capitalised(x)
            && x.chars().any(char::is_lowercase)
            && !words::NOT_NAME_WORDS.contains(x)
            && !words::SENTENCE_ADVERBS.contains(x)
            && !words::NOT_NAMES_AFTER_POSTS.contains(x)
            && !words::NOT_JURISDICTIONS.contains(x)
            && !words::ORG_WORDS.contains(x)
            && !super::organisations::brand_shaped(x)
            && self.c.lex.demonym_country(x).is_none()
            // Regional adjectives the demonym list lacks: `Bavarian`.
            && !["ian", "ean", "ese", "ish"].iter().any(|a| x.ends_with(a))
    }

    /// A run of capitalised words (glued hyphens inside) ending at `end`, up to
    /// four tokens, not across a line; returns its start.
    fn run_before(&self, end: usize) -> usize {
        let (c, w) = (self.c, |t: usize| self.c.w(t));
        let mut s = end;
        while s > 0 && end - s < 4 {
            let t = s - 1;
            let hyphen = t > 0
                && s < end
                && is_hyphen(w(t))
                && glued(c.doc, t)
                && glued(c.doc, s)
                && self.name_word(t - 1);
            if !(self.name_word(t) || hyphen) {
                break;
            }
            s = t;
            if c.newline(s) {
                break;
            }
        }
        if s < end && is_hyphen(w(s)) {
            s += 1;
        }
        s
    }

    /// Whether `s..e` holds only whole spans that are no place yet.
    fn retypable(&self, s: usize, e: usize) -> bool {
        let at = |t: usize| self.span_at[t];
        s < e
            && (at(s) == usize::MAX || self.spans[at(s)].s == s)
            && (at(e - 1) == usize::MAX || self.spans[at(e - 1)].e == e)
            && self.spans.get(at(s)).map(Span::tuple) != Some((s, e, Label::Loc))
            && (s..e).all(|t| {
                at(t) == usize::MAX || {
                    let x = self.spans[at(t)];
                    !(x.label == Label::Per && x.e - x.s > 1)
                }
            })
    }

    /// The jurisdiction before a local post.
    fn local_posts(&self, st: &State, add: &mut Vec<(usize, usize)>) {
        let c = self.c;
        for f in &st.titles {
            if f.end - f.start > 2 {
                continue;
            }
            let post: Vec<&str> = (f.start..f.end).map(|t| c.w(t)).collect();
            if !words::LOCAL_POSTS.contains(&post.join(" ")) {
                continue;
            }
            let s = self.run_before(f.start);
            let after_of = s > 0 && matches!(c.w(s - 1), "of" | "’s" | "'s");
            if s < f.start && !after_of && self.retypable(s, f.start) {
                add.push((s, f.start));
            }
        }
    }

    /// The jurisdiction after a local post and `of` (`the mayor of Kessaro`,
    /// `the governor of Tarsex`), and a town set off before `the capital of`
    /// (`Kessaro, the capital of Tarsex,`): a lone non-given-name "person" or
    /// free capitalised words, not running into an organisation's name.
    fn posts_of_places(&self, st: &State, add: &mut Vec<(usize, usize)>) {
        let (c, n) = (self.c, self.c.n);
        let candidate = |s: usize| -> Option<(usize, usize)> {
            let (s, e) = self.member_starting(s)?;
            let lone_person =
                self.kind((s, e)) == Some(Label::Per) && e == s + 1 && !c.lex.is_given_name(c.w(s));
            let free = self.kind((s, e)).is_none() && (s..e).all(|t| self.name_word(t));
            let org_next = e < n && words::ORG_HEADS.contains(c.w(e));
            ((lone_person || free) && !org_next && self.retypable(s, e)).then_some((s, e))
        };
        for f in &st.titles {
            let post: Vec<&str> = (f.start..f.end).map(|t| c.lower[t]).collect();
            let post = post.join(" ");
            let local = words::LOCAL_POSTS.contains(&post) || post == "governor";
            if local && f.end + 1 < n && c.lower[f.end] == "of" {
                add.extend(candidate(f.end + 1));
            }
        }
        for t in 2..n.saturating_sub(3) {
            let capital = c.lower[t] == "capital"
                && c.lower[t - 1] == "the"
                && c.w(t - 2) == ","
                && c.lower[t + 1] == "of";
            if capital {
                if let Some((s, e)) = self.member_ending(t - 2) {
                    if candidate(s) == Some((s, e)) {
                        add.push((s, e));
                    }
                }
            }
        }
    }

    /// A party member's home: `a Tampa Democrat`, `both New Jersey Democrats`.
    fn party_homes(&self, add: &mut Vec<(usize, usize)>) {
        let c = self.c;
        for (t, &k) in self.span_at.iter().enumerate().skip(1) {
            // (Most words fail on their first letter, before the list.)
            if !matches!(c.w(t).as_bytes().first(), Some(b'D' | b'R'))
                || !words::PARTY_MEMBERS.contains(c.w(t))
            {
                continue;
            }
            let s = self.run_before(t);
            let det = s > 0 && words::PARTY_DETERMINERS.contains(c.w(s - 1));
            // The tagger may have read `Tampa Democrat` as one name.
            let whole = self.spans.get(k).map_or(t, |x| x.e);
            if s < t && det && self.retypable(s, whole) {
                add.push((s, t));
            }
        }
    }
}

/// Lists: members joined by `,`, `and`, `or`. A member is a whole span, or a
/// run of up to three capitalised words (checked in full only for a list that
/// qualifies: cheap first).
impl Finder<'_, '_, '_> {
    /// A capitalised word with a lower-case letter (a list member's word).
    fn member_word(&self, t: usize) -> bool {
        let x = self.c.w(t);
        is_capitalised(x) && x.chars().any(char::is_lowercase)
    }

    /// The member ending at `end`.
    fn member_ending(&self, end: usize) -> Option<(usize, usize)> {
        if end == 0 {
            return None;
        }
        match self.span_at[end - 1] {
            usize::MAX => {
                let mut s = end;
                while s > 0
                    && end - s < 3
                    && self.span_at[s - 1] == usize::MAX
                    && self.member_word(s - 1)
                {
                    s -= 1;
                    if self.c.newline(s) {
                        break;
                    }
                }
                (s < end).then_some((s, end))
            }
            k => (self.spans[k].e == end).then_some((self.spans[k].s, end)),
        }
    }

    /// The member starting at `start`.
    fn member_starting(&self, start: usize) -> Option<(usize, usize)> {
        if start >= self.c.n {
            return None;
        }
        match self.span_at[start] {
            usize::MAX => {
                let mut e = start;
                while e < self.c.n
                    && e - start < 3
                    && self.span_at[e] == usize::MAX
                    && self.member_word(e)
                    && (e == start || !self.c.newline(e))
                {
                    e += 1;
                }
                (e > start).then_some((start, e))
            }
            k => (self.spans[k].s == start).then_some((start, self.spans[k].e)),
        }
    }

    /// The kind of a member: Some(label) for a span, None for a run.
    fn kind(&self, (s, _): (usize, usize)) -> Option<Label> {
        (self.span_at[s] != usize::MAX).then(|| self.spans[self.span_at[s]].label)
    }

    /// Adds the members of a qualifying list that are no places yet.
    fn flush(&self, chain: &[(usize, usize)], joined: bool, add: &mut Vec<(usize, usize)>) {
        let (c, w) = (self.c, |t: usize| self.c.w(t));
        if !joined || chain.len() < 2 {
            return;
        }
        // After a locative word: `in Kordel, Zarvik and Ostrava`, `between
        // Kordel and Zarvik` (not `attention on Mercantile, Commerce`).
        let locative = chain.first().is_some_and(|&(s, _)| {
            let b = if s > 0 && w(s - 1) == "the" { s - 1 } else { s };
            b > 0 && (words::LOCATIVE_WORDS.contains(w(b - 1)) || w(b - 1) == "between")
        });
        let place = chain.iter().any(|&m| self.kind(m) == Some(Label::Loc));
        let others_ok = || {
            chain.iter().all(|&(s, e)| match self.kind((s, e)) {
                Some(Label::Loc) => true,
                _ if c.known_place(s, e) && !self.sentence_start[s] => true,
                // A given name too (`Harvey`, `Marion`: towns named after
                // people), unless the article uses it in a full name (below).
                Some(Label::Per) => e == s + 1,
                Some(_) => false,
                None => !self.sentence_start[s] && (s..e).all(|t| self.name_word(t)),
            })
        };
        // A demonym alone is no place (`in Lisbon, and Somali guards`).
        let demonym = |(s, e): (usize, usize)| e == s + 1 && c.lone_demonym(s);
        if locative && place && others_ok() {
            add.extend(
                chain
                    .iter()
                    .copied()
                    .filter(|&m| self.kind(m) != Some(Label::Loc) && !demonym(m)),
            );
        }
    }

    /// Walks out from each place along its list (a few steps each): no pass
    /// over every token.
    fn lists(&self, add: &mut Vec<(usize, usize)>) {
        let (n, lower) = (self.c.n, self.c.lower);
        let connector = |t: usize| matches!(lower[t], "," | "and" | "or");
        let mut chain: Vec<(usize, usize)> = Vec::new();
        for x in self.spans.iter().filter(|x| x.label == Label::Loc) {
            // Only from the list's first place: a list walked once.
            chain.clear();
            chain.push((x.s, x.e));
            let mut joined = false;
            let mut s = x.s;
            while s > 0 && chain.len() < 10 && connector(s - 1) {
                let c = s - 1;
                let is_and = lower[c] != ",";
                let end = if is_and && c > 0 && lower[c - 1] == "," {
                    c - 1
                } else {
                    c
                };
                let Some(left) = self.member_ending(end) else {
                    break;
                };
                if self.kind(left) == Some(Label::Loc) {
                    chain.clear();
                    break;
                }
                joined |= is_and;
                chain.insert(0, left);
                s = left.0;
            }
            if chain.is_empty() {
                continue;
            }
            let mut e = x.e;
            while e < n && chain.len() < 10 && connector(e) {
                let right_start =
                    if lower[e] == "," && e + 1 < n && matches!(lower[e + 1], "and" | "or") {
                        e + 2
                    } else {
                        e + 1
                    };
                joined |= lower[e] != "," || right_start == e + 2;
                match self.member_starting(right_start) {
                    Some(right) => {
                        chain.push(right);
                        e = right.1;
                    }
                    None => break,
                }
            }
            self.flush(&chain, joined, add);
        }
    }
}

fn context_places(c: &Ctx, st: &mut State) {
    let n = c.n;
    let mut sentence_start = vec![false; n + 1];
    for r in &c.doc.sentences {
        if r.start < n {
            sentence_start[r.start] = true;
        }
    }
    let spans: Vec<Span> = st.spans.iter().copied().collect();
    let span_at = st.spans.last_at(n);
    let f = Finder {
        c,
        spans,
        span_at,
        sentence_start,
    };
    let mut add: Vec<(usize, usize)> = Vec::new();
    f.local_posts(st, &mut add);
    f.party_homes(&mut add);
    f.posts_of_places(st, &mut add);
    f.lists(&mut add);
    if add.is_empty() {
        return;
    }
    // Persons that are also words of a full name in the article stay persons
    // (one pass over the spans, looking up only the few words added).
    let lone: FxSet<&str> = add
        .iter()
        .filter(|&&(s, e)| e == s + 1 && f.span_at[s] != usize::MAX)
        .map(|&(s, _)| c.w(s))
        .collect();
    if !lone.is_empty() {
        let full: FxSet<&str> = f
            .spans
            .iter()
            .filter(|x| x.label == Label::Per && x.e - x.s > 1)
            .flat_map(|x| (x.s..x.e).map(|t| c.w(t)))
            .filter(|x| lone.contains(x))
            .collect();
        add.retain(|&(s, e)| !(e == s + 1 && full.contains(c.w(s)) && f.span_at[s] != usize::MAX));
    }
    st.spans.replace(
        add.into_iter().map(|(s, e)| (s, e, Label::Loc)).collect(),
        CONTEXT_PLACES.name,
        true,
    );
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn lists_places_by_their_company() {
        for (text, expected) in [
            (
                "Trains ran between Lisbon and Kordelburg.",
                &[("Lisbon", "place"), ("Kordelburg", "place")][..],
            ),
            (
                "Valdora Mayor Ana Ruiz cut the ribbon.",
                &[
                    ("Valdora", "place"),
                    ("Mayor", "position"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            (
                "The mayor of Kessaro said the town would recover.",
                &[("mayor", "position"), ("Kessaro", "place")],
            ),
            (
                "Kessaro, the capital of Tarsex state, was flooded.",
                &[("Kessaro", "place"), ("Tarsex", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn person_lists() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Org, Per};
        for (text, tagged, expected) in [
            // Three listed full names: the one read elsewhere as an organisation is a person.
            (
                "Ana Ruiz, Ben Okafor and Tarno Velk attacked. Tarno Velk scored.",
                &[(0, 2, Per), (3, 2, Per), (6, 2, Per), (10, 2, Org)][..],
                &[
                    ("Ana Ruiz", Per),
                    ("Ben Okafor", Per),
                    ("Tarno Velk", Per),
                    ("Tarno Velk", Per),
                ][..],
            ),
            // A list member read as an organisation, with two persons beside it.
            (
                "Ana Ruiz, Ben Okafor and Tarno Velk attacked. Tarno Velk scored.",
                &[(0, 2, Per), (3, 2, Per), (6, 2, Org), (10, 2, Org)],
                &[
                    ("Ana Ruiz", Per),
                    ("Ben Okafor", Per),
                    ("Tarno Velk", Per),
                    ("Tarno Velk", Per),
                ],
            ),
            // Two are no list.
            (
                "Ana Ruiz and Tarno Velk attacked. Tarno Velk scored.",
                &[(0, 2, Per), (3, 2, Per), (7, 2, Org)],
                &[("Ana Ruiz", Per), ("Tarno Velk", Per), ("Tarno Velk", Org)],
            ),
        ] {
            let found = run_pass(&super::PERSON_LISTS, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
