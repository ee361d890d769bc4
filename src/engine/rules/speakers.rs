//! A lone capitalised word the tagger left out, right after a quotation and a
//! speech verb (`…," said Wattana.`) or right before one (`…," Wattana said.`),
//! names the speaker: a person. Newspapers everywhere attribute quotes so, and
//! single names (Thai, Indonesian, footballers' nicknames) are the ones the
//! tagger misses there. Not a weekday or month, a known organisation or
//! place, a demonym, an all-caps word or a word that opens no name.

use super::{glued, is_close_quote, Ctx, Pass, State};
use crate::engine::lexicon::casing::{is_all_caps, FxMap, FxSet};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static QUOTED_SPEAKERS: Pass = Pass {
    name: "quoted-speakers",
    reason: "a single name right after a quotation and a speech verb, or right before the verb, is its speaker",
    reads: "spans, words",
    writes: "spans (added, re-typed)",
    run: quoted_speakers,
};

fn quoted_speakers(c: &Ctx, st: &mut State) {
    let mut found = Vec::new();
    for t in 1..c.n {
        // `…," said Wattana.`
        if quote_before(c, t) && speech_verb(c, t) && (t + 2 >= c.n || !c.cap(t + 2)) {
            found.push(t + 1);
        }
        // `…," Wattana said.` (not `…." Police said.`, where a sentence opens)
        if t >= 2 && c.w(t - 2) == "," && closing(c, t - 1) && speech_verb(c, t + 1) {
            found.push(t);
        }
    }
    if found.is_empty() {
        return;
    }
    let in_organisations: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Org && x.e - x.s > 1)
        .flat_map(|x| (x.s..x.e).map(|t| c.w(t)))
        .collect();
    // The one-token spans at each token, in list order, so a speaker's span is
    // found without scanning the list (spans added below cover no such token).
    let mut single: FxMap<usize, Vec<usize>> = FxMap::default();
    for (k, x) in st.spans.iter().enumerate() {
        if x.e == x.s + 1 {
            single.entry(x.s).or_default().push(k);
        }
    }
    let mut added = false;
    for t in found {
        if t >= c.n || !speaker_word(c, t) {
            continue;
        }
        if st.spans.is_o(t) {
            st.spans.push(t, t + 1, Label::Per, QUOTED_SPEAKERS.name);
            added = true;
        } else if let Some(k) = single.get(&t).and_then(|ks| {
            ks.iter()
                .copied()
                .find(|&k| matches!(st.spans[k].label, Label::Org | Label::Misc))
        }) {
            // A speaker the tagger read as an organisation or a thing, and no
            // longer organisation's name in the article holds.
            if !in_organisations.contains(&c.w(t)) {
                st.spans.retype(k, Label::Per, QUOTED_SPEAKERS.name);
            }
        }
    }
    if added {
        st.spans.sort();
    }
}

pub(super) static SPEAKERS_BEFORE_POSTS: Pass = Pass {
    name: "speakers-before-posts",
    reason: "a full name right after a quotation and a speech verb, set off by a comma before a post, is the speaker",
    reads: "titles, spans",
    writes: "spans (re-typed, added)",
    run: speakers_before_posts,
};

/// `…," said Liu Wen Hao, Oldland's transport minister.`, `…," said Ab Halim
/// Yusof, the deputy minister`: the name after a quotation and its speech verb,
/// set off by a comma before an apposition holding a post, is a person however
/// unfamiliar its words (the tagger reads such names, Chinese, Malay or
/// African, as an organisation, or not at all). Two to five capitalised name
/// words, none of them a word that makes an organisation's name.
fn speakers_before_posts(c: &Ctx, st: &mut State) {
    let mut title_at = vec![false; c.n];
    st.titles.iter().for_each(|f| title_at[f.start] = true);
    let name = |t: usize| {
        c.name_word(t)
            && c.doc.tokens[t].space_before
            && !c.newline(t)
            && !words::ORG_WORDS.contains(c.lower[t])
            && !words::ORG_HEADS.contains(c.w(t))
            && !title_at[t]
    };
    let mut found = Vec::new();
    for t in 1..c.n {
        if !(quote_before(c, t) && speech_verb(c, t)) {
            continue;
        }
        let s = t + 1;
        let mut e = s;
        while e < c.n && e - s < 5 && name(e) {
            e += 1;
        }
        // An apposition, not a relative clause (`…, whose director …`).
        if e - s < 2
            || e + 1 >= c.n
            || c.w(e) != ","
            || matches!(c.lower[e + 1], "whose" | "which" | "who" | "where" | "that")
        {
            continue;
        }
        // A post within the apposition's first words, before its next comma.
        let post = (e + 1..(e + 6).min(c.n))
            .take_while(|&j| !matches!(c.w(j), "," | "." | ";"))
            .any(|j| title_at[j]);
        if !post || words::KNOWN_ORGANISATIONS.contains(c.doc.span_text(s, e)) {
            continue;
        }
        let cover = st.spans.cover();
        let inside = (s..e).all(|j| !cover.is_o(j));
        let alone = cover.is_o(s) && cover.is_o(e - 1);
        if inside || alone {
            found.push((s, e, Label::Per));
        }
    }
    if !found.is_empty() {
        st.spans.replace(found, SPEAKERS_BEFORE_POSTS.name, true);
    }
}

pub(super) static NAME_OPENERS_BEFORE_VERBS: Pass = Pass {
    name: "name-openers-before-verbs",
    reason: "a lone name right before a speech verb that opens a person's full name elsewhere in the article is that person",
    reads: "spans",
    writes: "spans (added)",
    run: name_openers_before_verbs,
};

/// `Foreign Minister Cho Hyun …. Cho said last week that …`: Korean, Chinese
/// and Vietnamese names put the family name first, and the article calls the
/// person by it, a word the tagger may leave out (it is no surname it knows). A
/// lone name word no span covers, right before a speech verb and not after
/// another capitalised word, that opens a person's full name the article
/// writes elsewhere, names that person.
fn name_openers_before_verbs(c: &Ctx, st: &mut State) {
    let openers: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s >= 2)
        .map(|x| c.w(x.s))
        .collect();
    if openers.is_empty() {
        return;
    }
    let found: Vec<usize> = (0..c.n.saturating_sub(1))
        .filter(|&t| {
            // The cheap tests first: hashing every token's word would cost more.
            c.cap(t)
                && speech_verb(c, t + 1)
                && openers.contains(c.w(t))
                && st.spans.is_o(t)
                && speaker_word(c, t)
                && !(t > 0 && c.cap(t - 1) && !c.newline(t))
        })
        .collect();
    for &t in &found {
        st.spans
            .push(t, t + 1, Label::Per, NAME_OPENERS_BEFORE_VERBS.name);
    }
    if !found.is_empty() {
        st.spans.sort();
    }
}

pub(super) static FULL_NAMES_BEFORE_POSTS: Pass = Pass {
    name: "full-names-before-posts",
    reason: "two or three name words, untagged or read whole as one organisation, opening a clause right before a linking verb and a post, are a person's full name",
    reads: "spans",
    writes: "spans (added, re-typed)",
    run: full_names_before_posts,
};

/// `Olumbe Varakizi has been appointed Permanent Secretary`: given names the
/// tagger has never seen (African, Francophone, Thai) leave a full name
/// before a linking verb and a post unmarked or read as an organisation. Two
/// or three name words that open a clause (a sentence, a line, or after a
/// comma or a lower-case word that is no article or possessive), right before
/// a link to a post, untagged or read whole as one organisation, none an
/// organisation's word, name a person.
fn full_names_before_posts(c: &Ctx, st: &mut State) {
    let mut found = Vec::new();
    // Built once, at the first candidate, so the pass stays linear.
    let mut tables: Option<NameTables> = None;
    // A linking verb two or three words on, asked first (this runs at every
    // capitalised word; words inside a run of names open no clause, so
    // skipping a run word by word finds the same starts).
    let link_at = |e: usize| link_end(c, e).is_some();
    let mut t = 0;
    while t < c.n {
        if !(c.name_word(t)
            && (link_at(t + 2) || link_at(t + 3))
            && clause_opens(c, t)
            && speaker_word(c, t))
        {
            t += 1;
            continue;
        }
        let mut e = t + 1;
        while e < c.n && e - t < 3 && speaker_word(c, e) && !c.newline(e) {
            e += 1;
        }
        if e - t < 2 || e >= c.n {
            t = e;
            continue;
        }
        let tb = tables.get_or_insert_with(|| NameTables::of(c, st));
        // Untagged, or read whole as one organisation or other name.
        let free = (t..e).all(|k| st.spans.is_o(k)) || tb.other_names.contains(&(t, e));
        let plain = (t..e).all(|k| !body_word(c, k)) && !place_inside(c, t, e);
        if post_follows(c, &tb.post_start, e)
            && free
            && plain
            && !c.known_place(t, e)
            && !tb.named_as_body(c, t, e)
        {
            found.push((t, e, Label::Per));
        }
        t = e;
    }
    if !found.is_empty() {
        st.spans.replace(found, FULL_NAMES_BEFORE_POSTS.name, true);
    }
}

/// What [`full_names_before_posts`] looks up by token: where posts start,
/// the spans read as organisations or other names, and the runs of two or
/// three words the article writes right before an organisation's noun.
struct NameTables {
    post_start: Vec<bool>,
    other_names: FxSet<(usize, usize)>,
    before_bodies: FxSet<String>,
}

impl NameTables {
    fn of(c: &Ctx, st: &State) -> NameTables {
        let mut post_start = vec![false; c.n + 1];
        for p in &st.titles {
            post_start[p.start] = true;
        }
        let other_names = st
            .spans
            .iter()
            .filter(|x| matches!(x.label, Label::Org | Label::Misc))
            .map(|x| (x.s, x.e))
            .collect();
        let mut before_bodies = FxSet::default();
        for p in 2..c.n {
            if words::ORGANISATION_NOUNS.contains(c.lower[p]) {
                for len in 2..=3.min(p) {
                    before_bodies.insert(run(c, p - len, p));
                }
            }
        }
        NameTables {
            post_start,
            other_names,
            before_bodies,
        }
    }

    /// Whether the article writes the words `t..e` elsewhere before an
    /// organisation's noun (`Zycie Warszawy daily said`): then they name a body.
    fn named_as_body(&self, c: &Ctx, t: usize, e: usize) -> bool {
        self.before_bodies.contains(&run(c, t, e))
    }
}

/// The words `t..e`, joined by single spaces.
fn run(c: &Ctx, t: usize, e: usize) -> String {
    (t..e).map(|k| c.w(k)).collect::<Vec<_>>().join(" ")
}

/// Whether token `k` is a word of bodies, not of names: an organisation's
/// word or head (`Radio`, `Airways`), a function noun (`Treaty`), a party's
/// members (`Democrats`), a brand's shape.
fn body_word(c: &Ctx, k: usize) -> bool {
    let w = c.w(k);
    words::ORG_WORDS.contains(w)
        || words::ORG_HEADS.contains(w)
        || words::FUNCTION_NOUNS.contains(w)
        || words::PARTY_MEMBERS.contains(w)
        || super::organisations::brand_shaped(w)
}

/// Whether a place the gazetteer knows opens `t..e` or lies inside it whole
/// in two words or more (`Kessel Power`, `Power New Zealand`).
fn place_inside(c: &Ctx, t: usize, e: usize) -> bool {
    c.known_place(t, t + 1) || (t..e).any(|s| (s + 2..=e).any(|x| c.known_place(s, x)))
}

/// Whether a linking verb at `e` (`is`, `was`, or `has been`, `will be`)
/// leads, past at most three lower-case words (`the new`, `appointed as`), to
/// a post: `Olumbe Varakizi has been appointed Permanent Secretary`.
fn post_follows(c: &Ctx, post_start: &[bool], e: usize) -> bool {
    let Some(link) = link_end(c, e) else {
        return false;
    };
    let mut t = link;
    while t < c.n && t - link < 3 && !post_start[t] {
        if !c.w(t).chars().all(char::is_lowercase) {
            return false;
        }
        t += 1;
    }
    post_start[t.min(c.n)]
}

/// Where a linking verb at `e` (`is`, `was`, or `has been`, `will be`) ends;
/// None when there is none. The first letters and lengths of
/// `links-to-posts.txt` and of has, have and will are asked before any
/// lookup.
fn link_end(c: &Ctx, e: usize) -> Option<usize> {
    if e >= c.n
        || c.w(e).len() > 7
        || !matches!(
            c.w(e).as_bytes().first(),
            Some(b'i' | b'w' | b'b' | b'r' | b'h')
        )
    {
        return None;
    }
    if words::LINKS_TO_POSTS.contains(c.w(e)) {
        Some(e + 1)
    } else if e + 1 < c.n
        && matches!(c.w(e), "has" | "have" | "will")
        && matches!(c.w(e + 1), "been" | "be")
    {
        Some(e + 2)
    } else {
        None
    }
}

/// Whether a clause opens at token `t`: the text's or a line's start, after a
/// sentence's end, a comma or an opening bracket, or after a lower-case word
/// that is no article or possessive.
fn clause_opens(c: &Ctx, t: usize) -> bool {
    if t == 0 || c.newline(t) {
        return true;
    }
    let before = c.w(t - 1);
    if [".", "!", "?", ",", ";", ":", "("].contains(&before) {
        return true;
    }
    before.chars().all(char::is_lowercase)
        && !words::WORDS_BEFORE_FULL_NAMES.contains(c.lower[t - 1])
}

/// Whether token `t` is a speech verb in lower case (`said`, `added`).
fn speech_verb(c: &Ctx, t: usize) -> bool {
    t < c.n && !c.cap(t) && words::SPEECH_VERBS.contains(c.w(t))
}

/// Whether a closing quote, alone or after a comma (`,"`) or before one (`",`),
/// stands right before token `t`.
fn quote_before(c: &Ctx, t: usize) -> bool {
    (t >= 2 && c.w(t - 1) == "," && closing(c, t - 2)) || (t >= 1 && closing(c, t - 1))
}

/// Whether token `q` is a quotation mark that closes a quotation: glued to the
/// word before it and not to the one after (`said, "Poet says` opens one).
fn closing(c: &Ctx, q: usize) -> bool {
    is_close_quote(c.w(q)) && glued(c.doc, q) && !glued(c.doc, q + 1)
}

/// Whether token `t` can be a speaker's single name.
fn speaker_word(c: &Ctx, t: usize) -> bool {
    let w = c.w(t);
    c.name_word(t)
        && w.chars().count() > 2
        && w.chars().all(char::is_alphabetic)
        && !is_all_caps(w)
        && !words::CALENDAR_NAMES.contains(w)
        && !words::KNOWN_ORGANISATIONS.contains(w)
        && !words::PRONOUNS.contains(w)
        && !c.lex.is_demonym(w)
        && !c.known_place(t, t + 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::engine::words;

    /// full-names-before-posts asks a linking verb's first letter and length
    /// before looking it up: every entry of the list passes that test.
    #[test]
    fn speakers_links_pass_the_quick_test() {
        for w in words::LINKS_TO_POSTS.words {
            assert!(
                w.len() <= 7
                    && matches!(w.as_bytes().first(), Some(b'i' | b'w' | b'b' | b'r' | b'h')),
                "{w}"
            );
        }
    }

    #[test]
    fn speakers_quoted_single_names() {
        for (text, expected) in [
            (
                "\"We are ready for the final,\" announced Nokwan on Sunday.",
                &[("Nokwan", "person")][..],
            ),
            (
                "\"The pitch was heavy,\" Sutthirak said after the match.",
                &[("Sutthirak", "person")],
            ),
            ("\"Prices will rise,\" said Reuters.", &[]),
            (
                "\"The road reopens soon,\" said Liu Wen Hao, Oldland's transport minister.",
                &[
                    ("Liu Wen Hao", "person"),
                    ("Oldland", "place"),
                    ("transport minister", "position"),
                ],
            ),
            (
                "Minister Son Kwan met the press. Son said the talks went well.",
                &[
                    ("Minister", "position"),
                    ("Son Kwan", "person"),
                    ("Son", "person"),
                ],
            ),
            (
                "\"Fares will rise,\" said Harbour Transit Authority, the regulator.",
                &[],
            ),
            ("\"Talks resume soon,\" said Monday's statement.", &[]),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn speakers_full_names_before_posts() {
        for (text, expected) in [
            (
                "Olumbe Varakizi has been appointed Permanent Secretary.",
                &[
                    ("Olumbe Varakizi", "person"),
                    ("Permanent Secretary", "position"),
                ][..],
            ),
            (
                "The ministry was split, while Evode Odarimbe is now the Minister of State.",
                &[
                    ("Evode Odarimbe", "person"),
                    ("Minister of State", "position"),
                ],
            ),
            (
                "Sidikie Varakizi daily reported it. Sidikie Varakizi is the Minister of State.",
                &[("Minister of State", "position")],
            ),
        ] {
            check(text, expected);
        }
    }
}
