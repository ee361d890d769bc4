//! Words that are no names, and one-word "persons" that are countries: sentence
//! adverbs (`Later, Ana Ruiz said`), seats of government (`the Kremlin`), and a
//! lone word the gazetteer knows as a country or capital (`Ruritania said`).

use super::{full_name_words, Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static NOT_NAMES: Pass = Pass {
    name: "not-names",
    reason:
        "a sentence adverb, a deity, a seat of government, a faith, a historical event, a people, a language or a tournament group is no name",
    reads: "spans",
    writes: "spans (removed)",
    run: not_names,
};

/// Sentence adverbs the tagger may read as a name, deities (no human person:
/// `thank God`), institutions named by their building, faiths and tournament
/// groups (`Group G`), which are no places.
fn not_names(c: &Ctx, st: &mut State) {
    st.spans
        .retain(|x| !(x.e == x.s + 1 && words::SENTENCE_ADVERBS.contains(c.w(x.s))));
    st.spans.retain(|x| {
        !(x.label == Label::Per && x.e == x.s + 1 && words::DEITY_NAMES.contains(c.w(x.s)))
    });
    st.spans.retain(|x| {
        !(x.label == Label::Loc && words::NOT_PLACES.contains(c.doc.span_text(x.s, x.e)))
    });
    // A historical event or era (`the Holocaust`, `the Nakba`), and a language
    // named before the word language (`in Kolvani language`): no place or person.
    st.spans.retain(|x| {
        let event = || words::EVENT_NAMES.contains(c.doc.span_text(x.s, x.e));
        let language = x.label == Label::Loc
            && x.e < c.n
            && !c.newline(x.e)
            && words::LANGUAGE_NOUNS.contains(c.w(x.e));
        !(matches!(x.label, Label::Loc | Label::Per) && event() || language)
    });
    // A people's or a language's name alone (`Fulani herders`, `in Hausa`),
    // and a demonym alone read as a place (`between Somali guards`), unless it
    // is a place's own name too (`Djibouti`).
    st.spans.retain(|x| {
        let one = x.e == x.s + 1;
        // Not the first word of a place's name broken by a line (`Czech` ¶
        // `Republic` in a results table).
        let broken_name = || x.e < c.n && c.known_place(x.s, x.e + 1);
        let demonym = x.label == Label::Loc && one && c.lone_demonym(x.s) && !broken_name();
        !(matches!(x.label, Label::Loc | Label::Per)
            && one
            && words::PEOPLE_NAMES.contains(c.w(x.s))
            || demonym)
    });
    // A faith (`Islam`, `Hindu`) is no place either, nor a tournament's
    // group (`Group G`).
    st.spans.retain(|x| {
        let (s, e) = (x.s, x.e);
        let group = e == s + 2
            && c.w(s) == "Group"
            && c.w(s + 1).len() == 1
            && c.w(s + 1).chars().all(|ch| ch.is_ascii_uppercase());
        !(x.label == Label::Loc && e == s + 1 && words::FAITH_WORDS.contains(c.w(s))
            || matches!(x.label, Label::Loc | Label::Per) && group)
    });
    group_letters_at_sentence_ends(c, st);
}

/// A group's letter ending a sentence, read with the next sentence's first
/// word as an initial and a name (`in Pool A. Tonga won`, `in Group D. Having
/// lost`): the letter is the group's; what follows stays a place only if the
/// gazetteer knows it.
fn group_letters_at_sentence_ends(c: &Ctx, st: &mut State) {
    let letter = |t: usize| {
        let w = c.w(t);
        let w = w.strip_suffix('.').unwrap_or(w);
        w.len() == 1 && w.chars().all(|ch| ch.is_ascii_uppercase())
    };
    let mut cut = Vec::new();
    let mut drop = Vec::new();
    for (k, x) in st.spans.iter().enumerate() {
        let (s, e) = (x.s, x.e);
        let group = |t: usize| matches!(c.w(t), "Group" | "Pool");
        // The letter: the span's first word after the group word, or its
        // second, the tagger having taken the group word in (`Pool A. Tonga`).
        let at = if s > 0 && group(s - 1) && letter(s) {
            s
        } else if group(s) && s + 1 < e && letter(s + 1) {
            s + 1
        } else {
            continue;
        };
        if !matches!(x.label, Label::Loc | Label::Per) || e <= at + 1 {
            continue;
        }
        let rest = if c.w(at + 1) == "." { at + 2 } else { at + 1 };
        if rest < e && c.known_place(rest, e) {
            cut.push((k, rest, e));
        } else {
            drop.push(k);
        }
    }
    for (k, s, e) in cut {
        st.spans.set(k, s, e, Label::Loc, NOT_NAMES.name);
    }
    if !drop.is_empty() {
        // `drop` is in increasing order: looked up by binary search.
        drop.sort_unstable();
        let mut k = 0;
        st.spans.retain(|_| {
            k += 1;
            drop.binary_search(&(k - 1)).is_err()
        });
    }
}

pub(super) static COUNTRIES: Pass = Pass {
    name: "countries",
    reason: "a single word the gazetteer knows as a country or capital, or as a place after a word like in or from",
    reads: "spans",
    writes: "spans (re-typed)",
    run: countries,
};

/// "Persons" of one to three words the gazetteer knows whole as a country or
/// capital (or any place after `in`, `from`, …) (`accusing Abu Dhabi`); a lone
/// word only if no given name and never part of a full name in the article.
fn countries(c: &Ctx, st: &mut State) {
    let in_full_names = full_name_words(c.doc, &st.spans);
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        let w = c.w(s);
        let lone = e - s == 1 && (in_full_names.contains(w) || c.lex.is_given_name(w));
        if label != Label::Per || e - s > 3 || lone {
            continue;
        }
        let words: Vec<&str> = (s..e).map(|t| c.w(t)).collect();
        if let Some((k2, place)) = c.lex.longest_place(&words) {
            // A name of several words only when the gazetteer knows it whole.
            if k2 != words.len() {
                continue;
            }
            let big = matches!(
                place.facts.category.as_str(),
                "country" | "capital" | "continent" | "territory"
            );
            let locative = s > 0
                && words::LOCATIVE_WORDS.contains(c.w(s - 1))
                && place.facts.category != "city";
            if big || locative {
                st.spans.retype(k, Label::Loc, COUNTRIES.name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn countries_and_not_names() {
        for (text, expected) in [
            (
                "Meanwhile, officials in Lisbon waited.",
                &[("Lisbon", "place")][..],
            ),
            (
                "“I am fine, thank God,” Ana Ruiz said.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Officials accused Abu Dhabi of arming the group.",
                &[("Abu Dhabi", "place")],
            ),
            (
                "The White House said officials from Kenya would attend.",
                &[("Kenya", "place")],
            ),
            ("Talks at State House ended and the Cabinet agreed.", &[]),
            (
                "Fulani herders and Tiv farmers listen to radio in Hausa and Yoruba.",
                &[],
            ),
            (
                "They spoke of Lisbon and the Holocaust, in Kolvani language.",
                &[("Lisbon", "place")],
            ),
            (
                "A blast hit a Somali hotel in Lisbon, and Somali guards fired back.",
                &[("Lisbon", "place")],
            ),
            (
                "The Vatican said the talks in Lisbon would resume.",
                &[("Vatican", "place"), ("Lisbon", "place")],
            ),
            // A results table's line break inside a country's name: each half
            // stays a place.
            (
                "Ana Ruiz (Czech\nRepublic) beat Lena Vos 6-4.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Czech", "place"),
                    ("Republic", "place"),
                    ("Lena Vos", "person"),
                ],
            ),
            (
                "Ruritania won in Pool A. Tonga lost in Pool D. Having drawn, the fans left.",
                &[("Tonga", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
