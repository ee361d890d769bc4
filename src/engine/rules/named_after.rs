//! Things named after people or places are neither: storms (`Typhoon Henrik`,
//! and then every lone `Henrik`), airports and venues (`Okafor airport`),
//! organisations with a place in their name (`Port Authority of Valdora`,
//! `Cricket Ruritania`) or opening with a person's name (`the Ben Okafor
//! Secondary School`).

use super::{is_open_quote, Ctx, Pass, State};
use crate::engine::lexicon::casing::FxSet;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static NAMED_AFTER: Pass = Pass {
    name: "named-after",
    reason: "things named after people or places, such as storms, airports and organisations, are neither",
    reads: "spans",
    writes: "spans (removed)",
    run: named_after,
};

fn named_after(c: &Ctx, st: &mut State) {
    let (n, w) = (c.n, |t: usize| c.w(t));
    let cap = |t: usize| c.cap(t);
    let org = |t: usize| words::ORG_WORDS.contains(w(t));
    let venue_word = |t: usize| words::VENUE_WORDS.contains(w(t));
    // A storm word, then the name, maybe in quotes: `Typhoon “Henrik”`.
    let storm_before = |t: usize| {
        words::STORM_WORDS.contains(w(t - 1))
            || (t >= 2 && is_open_quote(w(t - 1)) && words::STORM_WORDS.contains(w(t - 2)))
    };
    let storms: FxSet<&str> = (1..n)
        .filter(|&t| cap(t) && storm_before(t))
        .map(w)
        .collect();
    let org_before = |s: usize| {
        // Back over `Valdora and` in `Port Authority of Valdora and Ostrava`.
        let mut t = s;
        while t >= 2
            && s - t < 6
            && (w(t - 1) == "and" || cap(t - 1))
            && !matches!(w(t - 1), "of" | "for")
        {
            t -= 1;
        }
        t >= 2
            && (t == s || w(s - 1) == "and")
            && matches!(w(t - 1), "of" | "for")
            && cap(t - 2)
            && org(t - 2)
    };
    // A name that opens a venue's name: `Ronald` in `Ronald Okafor National Airport`.
    let opens_venue = |e: usize| {
        let mut t = e;
        while t < n && t < e + 5 && cap(t) {
            t += 1;
        }
        t > e && venue_word(t - 1)
    };
    let org_after = |e: usize| {
        let mut t = e;
        while t < n && t < e + 4 && (cap(t) || matches!(w(t), "and" | "&")) {
            if (org(t) || words::ORG_HEADS.contains(w(t))) && cap(t) {
                return true;
            }
            t += 1;
        }
        false
    };
    st.spans.retain(|x| {
        let (s, e, label) = x.tuple();
        // Each test is asked only where the label needs it (they run at
        // every span).
        let named_after = || e < n && venue_word(e) || opens_venue(e);
        let venue = || venue_word(e - 1);
        match label {
            Label::Per => {
                let storm = || (s..e).any(|t| storms.contains(w(t)));
                // `the Ana Ruiz Secondary School`: the name opens an organisation's.
                let opens_org = || {
                    e < n && !c.newline(e) && {
                        let mut t = e;
                        while t < n
                            && t < e + 4
                            && cap(t)
                            && !(org(t) || words::ORG_HEADS.contains(w(t)))
                        {
                            t += 1;
                        }
                        t < n && t < e + 4 && cap(t)
                    }
                };
                !(storm() || named_after() || venue() || opens_org())
            }
            Label::Loc => {
                let sport_body = || s > 0 && words::SPORT_WORDS.contains(w(s - 1)) && cap(s - 1);
                // `Valdora International Airport`: a place opening a venue's name.
                let opens = || !(e < n && c.newline(e)) && opens_venue(e);
                !(venue() || org_before(s) || org_after(e) || sport_body() || opens())
            }
            _ => true,
        }
    });
}

pub(super) static BUILDING_NAMES: Pass = Pass {
    name: "building-names",
    reason: "a name opening with a word for a building, such as Masjid, Wat, Palazzo or Hotel, is the building's, no person or place",
    reads: "spans",
    writes: "spans (removed)",
    run: building_names,
};

/// `the Masjid Al-Noor`, `Wat Phra Kaew`, `Palazzo Vecchio`, `Hotel Marlow`: a
/// name of two words or more opening with a word for a building
/// (`data/sources/words/building-openers.txt`) names that building.
fn building_names(c: &Ctx, st: &mut State) {
    st.spans.retain(|x| {
        !(matches!(x.label, Label::Per | Label::Loc)
            && x.e - x.s >= 2
            && words::BUILDING_OPENERS.contains(c.w(x.s)))
    });
}

pub(super) static AWARD_NAMES: Pass = Pass {
    name: "award-names",
    reason: "an award known by a short name such as Oscar, Emmy or Nobel, after a word such as the, an or her, or before award or nomination, is no person",
    reads: "spans",
    writes: "spans (removed)",
    run: award_names,
};

/// `won an Oscar`, `her second Grammy`, `the Nobel for physics`, `Emmy
/// nominations`, `Oscar-winning`, `the Oscars`: an award's short name
/// (`data/sources/words/award-names.txt`) is no person; `Oscar Lind said` keeps
/// its person, and so does a lone `Tony said`.
fn award_names(c: &Ctx, st: &mut State) {
    let n = c.n;
    let before = |s: usize| {
        s > 0
            && matches!(
                c.lower[s - 1],
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "my"
                    | "our"
                    | "'s"
                    | "’s"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "several"
                    | "honorary"
            )
    };
    let after = |e: usize| {
        e < n
            && (matches!(
                c.lower[e],
                "award"
                    | "awards"
                    | "nomination"
                    | "nominations"
                    | "nominee"
                    | "nominees"
                    | "winner"
                    | "winners"
                    | "prize"
                    | "ceremony"
                    | "statuette"
            ) || (c.tight_hyphen(e)
                && e + 1 < n
                && matches!(c.lower[e + 1], "winning" | "winner" | "nominated")))
    };
    st.spans.retain(|x| {
        let text = c.doc.span_text(x.s, x.e);
        !(matches!(x.label, Label::Per | Label::Loc)
            && words::AWARD_NAMES.contains(text)
            && (before(x.s) || after(x.e) || text.ends_with('s')))
    });
}

pub(super) static NAMES_BEFORE_THINGS: Pass = Pass {
    name: "names-before-things",
    reason: "a name before a word such as planes, network or scheme names a model, an outlet or a scheme, no person",
    reads: "spans",
    writes: "spans (removed)",
    run: names_before_things,
};

/// A "person" before a lower-case noun of a thing, maybe after one more
/// lower-case word (`two Falcon transport planes`, `the Zephyr network`).
fn names_before_things(c: &Ctx, st: &mut State) {
    let n = c.n;
    let thing = |t: usize| t < n && words::THING_NOUNS.contains(c.w(t)) && !c.newline(t);
    let lower = |t: usize| t < n && c.w(t).chars().all(char::is_lowercase) && !c.newline(t);
    st.spans.retain(|x| {
        let e = x.e;
        !(x.label == Label::Per && (thing(e) || (lower(e) && thing(e + 1))))
    });
}

pub(super) static NAMES_BEFORE_MEDIA: Pass = Pass {
    name: "names-before-media",
    reason: "a full name before a word such as video, story or interview is the person the report or picture is about",
    reads: "spans",
    writes: "spans (re-typed, shortened)",
    run: names_before_media,
};

/// A person's full name used as a modifier before a noun of a report, picture or
/// recording (`the Ana Ruiz video`, `a Ben Okafor story`) names that person,
/// though the tagger reads the phrase as a title or an organisation: a two-word
/// name there, opening with a given name the lexicon knows, is the person. A
/// longer miscellaneous name ending in such a full name, or in one the tagger
/// reads as a person elsewhere in the article (`Scientologist Ana Ruiz`), is cut
/// to the person's name.
fn names_before_media(c: &Ctx, st: &mut State) {
    let n = c.n;
    let media = |t: usize| t < n && words::MEDIA_NOUNS.contains(c.w(t)) && !c.newline(t);
    let full = |s: usize| {
        c.lex.is_given_name(c.w(s))
            && c.name_word(s)
            && c.cap(s + 1)
            && c.doc.tokens[s + 1].space_before
    };
    let mut persons: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s == 2)
        .map(|x| c.doc.span_text(x.s, x.e))
        .collect();
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if matches!(label, Label::Misc | Label::Org) && e == s + 2 && media(e) && full(s) {
            st.spans.retype(k, Label::Per, NAMES_BEFORE_MEDIA.name);
            persons.insert(c.doc.span_text(s, e));
        }
    }
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label == Label::Misc && e > s + 2 && persons.contains(c.doc.span_text(e - 2, e)) {
            st.spans
                .set(k, e - 2, e, Label::Per, NAMES_BEFORE_MEDIA.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn named_after_neither_person_nor_place() {
        for (text, expected) in [
            (
                "Typhoon Henrik struck the coast. Henrik weakened overnight.",
                &[][..],
            ),
            ("Planes landed at Okafor Airport on Monday.", &[]),
            (
                "Speaking at the Union Headquarters, Tomas Vell said the Kessel Oval would reopen.",
                &[("Tomas Vell", "person")],
            ),
            (
                "According to the Vardan observatory, the quake struck at dawn.",
                &[],
            ),
            ("Planes landed at Lisbon International Airport.", &[]),
            (
                "Students at the Ben Okafor Secondary School protested.",
                &[],
            ),
            (
                "Minister Ana Ruiz and Central Bank Governor Ben Okafor met.",
                &[
                    ("Minister", "position"),
                    ("Ana Ruiz", "person"),
                    ("Central Bank Governor", "position"),
                    ("Ben Okafor", "person"),
                ],
            ),
            ("Two Kestrel transport planes landed at noon.", &[]),
            ("Oskavel Civil Defence Emergency Management said so.", &[]),
            ("He told the Zephyr network that talks had stalled.", &[]),
            ("Fighters of the Tarvo Dorak militia fired rockets.", &[]),
            (
                "Pilgrims filled the Masjid Al-Karvan near Kolda.",
                &[("Kolda", "place")],
            ),
            (
                "Ana Ruiz won an Oscar and two Emmy awards; Oscar Lind won the Nobel.",
                &[("Ana Ruiz", "person"), ("Oscar Lind", "person")],
            ),
            ("The Ruvena Harapan coalition won most seats.", &[]),
            (
                "Supertyphoon “Marisol” hit the coast. Marisol killed ten.",
                &[],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn names_before_media() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::{Misc, Org, Per};
        for (text, tagged, expected) in [
            // A given name and a surname before a media noun: the person.
            (
                "Fans shared the Anna Velk video online.",
                &[(3, 2, Misc)][..],
                &[("Anna Velk", Per)][..],
            ),
            (
                "Every paper ran a Anna Velk story.",
                &[(4, 2, Org)],
                &[("Anna Velk", Per)],
            ),
            // A longer name ending in a person's full name is cut to it.
            (
                "The Zorvanist Anna Velk spoke. The Anna Velk video spread.",
                &[(1, 3, Misc), (7, 2, Misc)],
                &[("Anna Velk", Per), ("Anna Velk", Per)],
            ),
            // No media noun, no given name: left as it is.
            (
                "Fans read the Anna Velk saga.",
                &[(3, 2, Misc)],
                &[("Anna Velk", Misc)],
            ),
            (
                "Fans shared the Zorvan Velk video.",
                &[(3, 2, Misc)],
                &[("Zorvan Velk", Misc)],
            ),
        ] {
            let found = run_pass(&super::NAMES_BEFORE_MEDIA, text, tagged);
            let found: Vec<(&str, _)> = found.iter().map(|(t, l)| (t.as_str(), *l)).collect();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
