//! Person and place spans become candidates, trimmed of titles, honorifics,
//! demonyms and a leading `the` (places the gazetteer knows whole keep theirs:
//! `Sri Lanka`); hyphenated pairs split when the article names each alone
//! (`Marchenko-Dorsky`); names inside `X-led` compounds, and places after a
//! prefix such as `anti-` or `pro-`, dropped.

use std::cell::OnceCell;

use super::{
    glued, is_capitalised, is_honorific, is_hyphen, span_reason, Candidate, Ctx, Pass, State,
};
use crate::engine::annotation::Kind;
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::tokenize::Doc;
use crate::engine::words;

pub(super) static NAMES: Pass = Pass {
    name: "names",
    reason: "a name trimmed of the titles, honorifics and words around it",
    reads: "spans, taken",
    writes: "candidates (persons, places), taken",
    run: names,
};

fn names(c: &Ctx, st: &mut State) {
    // Words the article uses on their own, not inside a hyphenated compound;
    // built only when a hyphenated pair needs it.
    let standalone = Standalone {
        doc: c.doc,
        words: OnceCell::new(),
    };
    // The last words of full names (`Ahmed Hassan Sayed`): alone, such a word
    // is that person's surname, even where it is also an honorific (`Sayed
    // said`).
    let surnames: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s >= 2 && is_capitalised(c.w(x.s)))
        .map(|x| c.w(x.e - 1))
        .collect();
    for x in st.spans.iter() {
        let (kind, start) = match x.label {
            Label::Per => match post_place(c, &st.taken, x.s, x.e) {
                Some(start) => (Kind::Place, start),
                None => (Kind::Person, x.s),
            },
            Label::Loc => (Kind::Place, x.s),
            _ => continue,
        };
        for (s, e) in clean_span(c, &standalone, &surnames, &st.taken, start, x.e, kind) {
            let reason = if (s, e) == (x.s, x.e) {
                span_reason(x, kind)
            } else {
                NAMES.reason.into()
            };
            st.taken[s..e].iter_mut().for_each(|b| *b = true);
            st.out.push(Candidate {
                start: s,
                end: e,
                kind,
                reason,
            });
        }
    }
}

/// How many words of a style of address open a person's span at `s` (up to
/// `e`): `His`, `Her`, `Your` or `Their`, `Royal` perhaps, and a style's word
/// of `styles-of-address.txt` (`His Excellency`, `Her Royal Highness`); 0
/// when none does.
fn style_of_address(c: &Ctx, s: usize, e: usize) -> usize {
    if s >= e || !matches!(c.w(s), "His" | "Her" | "Your" | "Their") {
        return 0;
    }
    let royal = usize::from(s + 1 < e && c.w(s + 1) == "Royal");
    let at = s + 1 + royal;
    if at < e && words::STYLES_OF_ADDRESS.contains(c.w(at)) {
        at + 1 - s
    } else {
        0
    }
}

/// Where the place starts in a person's span that a post opens and `of`
/// follows (`Bishop of Oldtown`, `Emir of Oldtown`, read whole as a
/// person): what is left after the post is the post's place, not a person
/// named `of Oldtown`. None when no post opens the span so.
fn post_place(c: &Ctx, taken: &[bool], s: usize, e: usize) -> Option<usize> {
    let t = (s..e).find(|&t| !taken[t])?;
    (t > s && t + 1 < e && c.w(t) == "of" && !taken[t + 1] && is_capitalised(c.w(t + 1)))
        .then_some(t + 1)
}

/// The capitalised words an article uses on their own, outside hyphenated
/// compounds, collected on first use (only capitalised words are asked).
struct Standalone<'d, 'a> {
    doc: &'d Doc<'a>,
    words: OnceCell<FxSet<&'d str>>,
}

impl<'d> Standalone<'d, '_> {
    fn has(&self, word: &str) -> bool {
        self.words
            .get_or_init(|| {
                let (doc, n) = (self.doc, self.doc.tokens.len());
                (0..n)
                    .filter(|&t| {
                        if !is_capitalised(doc.word(t)) {
                            return false;
                        }
                        let before = t >= 1 && is_hyphen(doc.word(t - 1)) && glued(doc, t);
                        let after = t + 1 < n && is_hyphen(doc.word(t + 1)) && glued(doc, t + 1);
                        !before && !after
                    })
                    .map(|t| doc.word(t))
                    .collect()
            })
            .contains(word)
    }
}

/// Trims a person or place span and splits hyphenated pairs; returns the
/// pieces that remain.
fn clean_span(
    c: &Ctx,
    standalone: &Standalone,
    surnames: &FxSet<&str>,
    taken: &[bool],
    mut s: usize,
    mut e: usize,
    kind: Kind,
) -> Vec<(usize, usize)> {
    let (doc, lex) = (c.doc, c.lex);
    // Titles found before win; the name is what is left after them.
    while s < e && taken[s] {
        s += 1;
    }
    while s < e && taken[e - 1] {
        e -= 1;
    }
    // Titles inside too: the name is the last run after them.
    while let Some(t) = (s..e).find(|&t| taken[t]) {
        s = t + 1;
        while s < e && taken[s] {
            s += 1;
        }
    }
    while s < e && matches!(doc.word(e - 1), "’s" | "'s" | "'S" | "’S") {
        e -= 1;
    }
    // A Malay honorific of two words (`Tan Sri`), which the tagger takes in.
    if kind == Kind::Person
        && e - s > 2
        && super::honorifics::honorific_pair(doc.word(s), doc.word(s + 1))
    {
        s += 2;
    }
    // A style of address opening a person's span goes whole (`His
    // Excellency`, `Her Royal Highness`), its honorific too.
    if kind == Kind::Person {
        s += style_of_address(c, s, e);
    }
    // Places the gazetteer knows whole keep their first word (`Sri Lanka`,
    // `St. Louis`, `Czech Republic`); otherwise honorifics and demonyms go
    // (`Lord 's`, `Jewish West Bank`), with the second word of a Malay
    // honorific (`Datuk Seri`).
    let surname = |s: usize| kind == Kind::Person && e - s == 1 && surnames.contains(doc.word(s));
    while s < e
        && (((kind == Kind::Person || !c.known_place(s, e))
            && is_honorific(lex, doc.word(s))
            && !surname(s))
            || (kind == Kind::Person
                && s > 0
                && is_honorific(lex, doc.word(s - 1))
                && words::HONORIFIC_SECONDS.contains(doc.word(s)))
            || (kind == Kind::Place
                && e - s > 1
                && lex.demonym_country(doc.word(s)).is_some()
                && !c.known_place(s, e))
            || matches!(doc.word(s), "the" | "The" | "THE" | "’s" | "'s"))
    {
        s += 1;
    }
    while s < e && !doc.word(e - 1).chars().any(char::is_alphanumeric) && doc.word(e - 1) != "." {
        e -= 1;
    }
    while s < e && !doc.word(s).chars().any(char::is_alphanumeric) {
        s += 1;
    }
    if s >= e {
        return vec![];
    }
    // Inside a hyphenated compound with a lower-case word: `U.N.-run`, `Kenyan-led`.
    if e + 1 < doc.tokens.len()
        && is_hyphen(doc.word(e))
        && glued(doc, e)
        && glued(doc, e + 1)
        && !is_capitalised(doc.word(e + 1))
    {
        return vec![];
    }
    // A place after a prefix and a hyphen: `anti-Valdora`, `pro-Valdora`.
    if kind == Kind::Place
        && s >= 2
        && is_hyphen(doc.word(s - 1))
        && glued(doc, s - 1)
        && glued(doc, s)
        && words::COMPOUND_PREFIXES.contains(doc.word(s - 2))
    {
        return vec![];
    }
    // A hyphenated pair of single names: `Marchenko-Dorsky meeting`.
    if kind == Kind::Person && e - s == 3 && c.tight_hyphen(s + 1) {
        let next_is_name =
            e < doc.tokens.len() && is_capitalised(doc.word(e)) && doc.tokens[e].space_before;
        let particle = words::OPENING_PARTICLES.contains(doc.word(s));
        // Two people only when the article names each alone too; else one
        // hyphenated name (`Sanwo-Olu said`, `Abdel-Karim`). Asked last: the
        // set of standalone words is built on the first question.
        if is_capitalised(doc.word(s))
            && is_capitalised(doc.word(s + 2))
            && !next_is_name
            && !particle
            && standalone.has(doc.word(s))
            && standalone.has(doc.word(s + 2))
        {
            return vec![(s, s + 1), (s + 2, s + 3)];
        }
    }
    vec![(s, e)]
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn trim_names_lose_honorifics_and_titles() {
        for (text, expected) in [
            (
                "Mrs Okonjo thanked the volunteers.",
                &[("Okonjo", "person")][..],
            ),
            (
                "Tarek Omar Sayed saw the crowd. Sayed said the police had left.",
                &[("Tarek Omar Sayed", "person"), ("Sayed", "person")],
            ),
            (
                "Kenyan-led talks resumed in Lisbon.",
                &[("Lisbon", "place")],
            ),
            // A place after a prefix and a hyphen: the compound is an adjective.
            (
                "Pro-Moscow rebels aired anti-Pyongyang broadcasts from Lisbon.",
                &[("Lisbon", "place")],
            ),
            (
                "Datuk Seri Liew Ah Kow opened the bridge.",
                &[("Liew Ah Kow", "person")],
            ),
            (
                "\"The bridge is safe,\" Tan Sri Hamid Osman told reporters.",
                &[("Hamid Osman", "person")],
            ),
            // A style of address goes whole.
            (
                "His Excellency, President Omar Dalo has appointed Mr Kaba Jallow as Governor.",
                &[
                    ("President", "position"),
                    ("Omar Dalo", "person"),
                    ("Kaba Jallow", "person"),
                    ("Governor", "position"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn trim_a_post_and_of_leave_the_post_s_place() {
        for (text, expected) in [
            (
                "Ana Ruiz, Emir of Oldtown, spoke.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Emir", "position"),
                    ("Oldtown", "place"),
                ][..],
            ),
            (
                "Rt. Rev. Ivo Lanz, Bishop of Oldtown, preached.",
                &[
                    ("Ivo Lanz", "person"),
                    ("Bishop", "position"),
                    ("Oldtown", "place"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }
}
