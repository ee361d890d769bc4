//! Places by their shape: several-word "places" opening with a given name are
//! persons (`Carolina Vasconcelos Ribeiro`), parks and rivers named after people
//! are places (`Uhuru Park`), a dateline's country is a place (`VALDORA,
//! Ruritania (AP)`), a party after a place is no part of it (`the Texas
//! Republican`), a name the article puts after `in` is a place wherever it
//! stands (`in Tarvona` … `Tarvona's mayor`), and a name after `Fort`, `Port` or
//! `Mount` is a place with it.

use super::streets::street_after;
use super::{full_name_words, Ctx, Pass, State};
use crate::engine::lexicon::casing::{FxMap, FxSet};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static GIVEN_NAME_PLACES: Pass = Pass {
    name: "given-name-places",
    reason: "several capitalised words opening with a given name, no place the gazetteer knows, name a person",
    reads: "spans",
    writes: "spans (re-typed)",
    run: given_name_places,
};

/// A "place" of several words that opens with a given name and is no place the
/// gazetteer knows is a person, also with name particles inside (`Joana da
/// Silva Costa`).
fn given_name_places(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        let shouting = (s..e).any(|t| !c.w(t).chars().any(char::is_lowercase));
        let inner_particle =
            |t: usize| t > s && t + 1 < e && words::NAME_PARTICLES.contains(c.w(t));
        if label != Label::Loc
            || e - s < 2
            || !c.lex.is_given_name(c.w(s))
            || !(s..e).all(|t| c.cap(t) || inner_particle(t))
            // With particles, a short name opening with no article (not `El
            // Pueblo de Nuestra Senora ...`).
            || ((s..e).any(inner_particle)
                && (e - s > 5 || words::NAME_PARTICLES.contains(c.lower[s])))
            || shouting
        {
            continue;
        }
        let words: Vec<&str> = (s..e).map(|t| c.w(t)).collect();
        let known = c.lex.longest_place(&words).is_some_and(|(k, _)| k >= 2);
        if !known && !street_after(c.w(e - 1)) && !words::PLACE_HEADS.contains(c.w(e - 1)) {
            st.spans.retype(k, Label::Per, GIVEN_NAME_PLACES.name);
        }
    }
}

pub(super) static PLACE_HEADS: Pass = Pass {
    name: "place-heads",
    reason: "a name before or ending in a word such as Park, River or Province is a place",
    reads: "spans",
    writes: "spans (extended, re-typed)",
    run: place_heads,
};

/// Parks, rivers, lakes named after people are places: `Uhuru Park`.
fn place_heads(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let (s, e, _) = st.spans[k].tuple();
        if e < c.n && words::PLACE_HEADS.contains(c.w(e)) && !c.newline(e) {
            st.spans.set(k, s, e + 1, Label::Loc, PLACE_HEADS.name);
        } else if words::PLACE_HEADS.contains(c.w(e - 1)) && e - s > 1 && !surname_head(c, st, k) {
            st.spans.retype(k, Label::Loc, PLACE_HEADS.name);
        }
    }
}

/// Whether span `k`, a person's name the tagger read whose last word is a
/// place's head and a common surname (`Jo Park`, `Ana Hall`:
/// `surname-tails.txt`), names the person here: a given name opens it, and a
/// post or a speech verb says so (`Jo Park, the treasurer,`, `Jo Park said`,
/// `Treasurer Jo Park`; not a monarch's title, `King George Street`).
pub(super) fn surname_head(c: &Ctx, st: &State, k: usize) -> bool {
    let x = st.spans[k];
    let last = c.w(x.e - 1);
    if x.label != Label::Per
        || !words::SURNAME_TAILS.contains(last)
        || !c.lex.is_given_name(c.w(x.s))
    {
        return false;
    }
    let title_at = |t: usize| st.titles.iter().any(|f| f.start == t);
    // (Not a monarch's title, which streets and parks are named with:
    // `King George Street`.)
    let post_before = st.titles.iter().any(|f| f.end == x.s)
        && !(x.s > 0 && words::REGAL_TITLES.contains(c.w(x.s - 1)));
    let speech_after = x.e < c.n && words::SPEECH_VERBS.contains(c.w(x.e));
    let post_after = x.e + 1 < c.n
        && c.w(x.e) == ","
        && (title_at(x.e + 1)
            || (matches!(c.lower[x.e + 1], "the" | "a" | "an") && title_at(x.e + 2)));
    post_before || speech_after || post_after
}

pub(super) static NUMBERED_REGIONS: Pass = Pass {
    name: "numbered-regions",
    reason: "Region and a number (Region Two, Region 4), as Guyana and the Philippines name their administrative regions, is a place",
    reads: "spans",
    writes: "spans (added, removed)",
    run: numbered_regions,
};

/// `Region Two`, `Region 4`: a capitalised `Region` and a number, written as
/// a capitalised word (`One` to `Twelve`) or in figures, name an administrative
/// region (Guyana's ten, the Philippines'), a place, where no capitalised word
/// comes before or after (not `Ilocos Region`, `Region Two Council`) and the
/// tagger read no longer name there (it reads most as an organisation).
fn numbered_regions(c: &Ctx, st: &mut State) {
    let number = |t: usize| {
        let w = c.w(t);
        (c.cap(t) && (w == "One" || words::CARDINAL_NUMBERS.contains(c.lower[t])))
            || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut found = Vec::new();
    for t in 0..c.n.saturating_sub(1) {
        if c.w(t) != "Region" || !number(t + 1) || c.newline(t + 1) {
            continue;
        }
        let before =
            t > 0 && c.cap(t - 1) && !c.newline(t) && !c.doc.sentences.iter().any(|r| r.start == t);
        // The tagger reads most as an organisation (`Region Two`) or part
        // of one (`Region`): only a span inside the two words goes.
        let inside = st
            .spans
            .iter()
            .filter(|x| x.s < t + 2 && t < x.e)
            .all(|x| x.s >= t && x.e <= t + 2);
        if before || c.cap(t + 2) || !inside {
            continue;
        }
        found.push(t);
    }
    for &t in &found {
        st.spans.retain(|x| x.e <= t || x.s >= t + 2);
    }
    for t in found {
        st.spans.push(t, t + 2, Label::Loc, NUMBERED_REGIONS.name);
    }
    st.spans.sort();
}

pub(super) static PLACE_OPENERS: Pass = Pass {
    name: "place-openers",
    reason: "a name after a word such as Fort, Port, Mount or Cape, or after Gulf of or Bay of, is a place with it",
    reads: "spans",
    writes: "spans (added, re-typed)",
    run: place_openers,
};

/// `Fort Kessel`, `Port Harrow`, `Mount Dorvel`: an opener and one or two
/// capitalised words after it on the same line are a place, where the tagger
/// read none of it as part of a longer name (`Port Harrow Authority` stays an
/// organisation).
fn place_openers(c: &Ctx, st: &mut State) {
    let n = c.n;
    let org = |t: usize| {
        t < n
            && (words::ORG_HEADS.contains(c.w(t))
                || words::ORG_WORDS.contains(c.lower[t])
                || words::VENUE_WORDS.contains(c.w(t)))
    };
    let part = |t: usize| t < n && c.name_word(t) && !c.newline(t) && !org(t);
    let mut new = Vec::new();
    let mut t = 0;
    while t + 1 < n {
        // Both lists hold capitalised words only.
        if !c.cap(t) {
            t += 1;
            continue;
        }
        // `Gulf of Tarvo`, `Cape of Good Hope`: the head, `of` and the name.
        let of = c.w(t + 1) == "of" && words::PLACE_OF_HEADS.contains(c.w(t)) && part(t + 2);
        let opener = words::PLACE_OPENERS.contains(c.w(t));
        // `Punta de Lobos`: a particle between the opener and the name.
        let particle = opener && words::NAME_PARTICLES.contains(c.w(t + 1)) && part(t + 2);
        let (first, ok) = if of || particle {
            (t + 2, true)
        } else {
            (t + 1, opener && part(t + 1))
        };
        if !ok {
            t += 1;
            continue;
        }
        let mut e = first + 1;
        if part(e) && !words::PLACE_HEADS.contains(c.w(e)) {
            e += 1;
        }
        if of && part(e) && e - first < 3 {
            e += 1;
        }
        let inside = st
            .spans
            .iter()
            .filter(|x| x.s < e && t < x.e)
            .all(|x| x.s >= t && x.e <= e);
        // A number after it: a team in a results table (`Port Vale 2 Oxford 0`).
        let score = e < n && c.w(e).bytes().all(|b| b.is_ascii_digit());
        let longer = org(e) || score || e < n && c.cap(e);
        if inside && !longer {
            new.push((t, e, Label::Loc));
        }
        t = e;
    }
    st.spans.replace(new, PLACE_OPENERS.name, false);
}

pub(super) static PLACE_GENERICS: Pass = Pass {
    name: "place-generics",
    reason: "a name ending in City, before a lower-case word such as province or district, or after one such as northern, is a place",
    reads: "spans",
    writes: "spans (re-typed)",
    run: place_generics,
};

/// A person's name ending in `City` (`Talvora City`), before a lower-case
/// generic place word (`the Valdora province`) or after a lower-case compass adjective (`northern Valdora`) is a
/// place; the generic word stays outside.
fn place_generics(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label != Label::Per {
            continue;
        }
        let generic_after = e < c.n && words::PLACE_GENERICS.contains(c.w(e));
        let city = e - s > 1 && words::CITY_WORDS.contains(c.w(e - 1));
        let compass_before = s > 0 && words::COMPASS_ADJECTIVES.contains(c.w(s - 1));
        if generic_after || compass_before || city {
            st.spans.retype(k, Label::Loc, PLACE_GENERICS.name);
        }
    }
}

pub(super) static PLACES_IN_REGIONS: Pass = Pass {
    name: "places-in-regions",
    reason: "a name set off by a comma before a place with its kind, such as a district, county or province, is a place in that region",
    reads: "titles, spans",
    writes: "spans (re-typed)",
    run: places_in_regions,
};

/// `moved to Melvin, Banmo district`, `Carver, Tarrow Province, was hit`: a
/// "person" (one word, or several not opening with a given name) set off by a
/// comma before a place whose last word, or the lower-case word after it, is a
/// singular kind of place (`data/sources/words/place-kinds.txt`) is a place in
/// that region. Not where the kind opens a post (`Ana Ruiz, Kolda district
/// commissioner`) nor before a plural (`Ruiz, Kolda and Banmo counties`).
fn places_in_regions(c: &Ctx, st: &mut State) {
    let n = c.n;
    let kind = |t: usize| {
        t < n && !c.newline(t) && words::PLACE_KINDS.contains(c.lower[t]) && !c.w(t).ends_with('s')
    };
    let titled = |t: usize| st.titles.iter().any(|p| p.start <= t && t < p.end);
    let places: FxMap<usize, usize> = st
        .spans
        .iter()
        .filter(|y| y.label == Label::Loc)
        .map(|y| (y.s, y.e))
        .collect();
    let found: Vec<usize> = st
        .spans
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            let (s, e) = (x.s, x.e);
            if x.label != Label::Per || e + 1 >= n || c.w(e) != "," {
                return false;
            }
            if e - s > 1 && c.lex.is_given_name(c.w(s)) {
                return false;
            }
            let Some(&ye) = places.get(&(e + 1)) else {
                return false;
            };
            let at = if ye - (e + 1) > 1 && c.cap(ye - 1) && kind(ye - 1) {
                ye - 1
            } else if kind(ye) && !c.cap(ye) {
                ye
            } else {
                return false;
            };
            !(titled(at) || titled(at + 1))
        })
        .map(|(k, _)| k)
        .collect();
    for k in found {
        st.spans.retype(k, Label::Loc, PLACES_IN_REGIONS.name);
    }
}

pub(super) static PLACES_AFTER_KINDS: Pass = Pass {
    name: "places-after-kinds",
    reason: "names after a kind of place and of, such as, including or like (the towns of Harvey and Carver) are places",
    reads: "spans",
    writes: "spans (re-typed)",
    run: places_after_kinds,
};

/// `the towns of Harvey, Carver and Melvin`, `villages such as Harvey and
/// Carver`, `the district of Carver`: "persons" (one word, or up to three not
/// opening with a given name, and no `'s` after) listed after a kind of place
/// (`data/sources/words/place-kinds.txt`) and `of`, `such as`, `including` or
/// `like` are places. Not after `state of` (`the state of Ruiz's health`).
fn places_after_kinds(c: &Ctx, st: &mut State) {
    let n = c.n;
    let mut found = Vec::new();
    let mut starting: Option<Vec<usize>> = None;
    for g in 0..n.saturating_sub(2) {
        // The next words first: this runs at every token.
        let start = match (c.lower[g + 1], c.lower[g + 2]) {
            ("of" | "including" | "like", _) => g + 2,
            ("such", "as") if g + 3 < n => g + 3,
            _ => continue,
        };
        let w = c.lower[g];
        if !words::PLACE_KINDS.contains(w) || w == "state" {
            continue;
        }
        let plural = w.ends_with('s');
        // The first span starting at each token, built at the first kind.
        let starts = starting.get_or_insert_with(|| {
            let mut at = vec![usize::MAX; n];
            for (k, x) in st.spans.iter().enumerate().rev() {
                at[x.s] = k;
            }
            at
        });
        let mut t = start;
        while let Some(k) = starts.get(t).copied().filter(|&k| k != usize::MAX) {
            let x = st.spans[k];
            let ok_person = x.label == Label::Per
                && x.e - x.s <= 3
                && (x.e == x.s + 1 || !c.lex.is_given_name(c.w(x.s)))
                && !(x.e < n && matches!(c.w(x.e), "'s" | "’s"));
            if ok_person {
                found.push(k);
            } else if x.label != Label::Loc {
                break;
            }
            if !plural || x.e + 1 >= n {
                break;
            }
            t = match (c.lower[x.e], c.lower.get(x.e + 1).copied()) {
                (",", Some("and" | "or")) => x.e + 2,
                ("," | "and" | "or", _) => x.e + 1,
                _ => break,
            };
        }
    }
    for k in found {
        st.spans.retype(k, Label::Loc, PLACES_AFTER_KINDS.name);
    }
}

pub(super) static PLACES_BEFORE_KINDS: Pass = Pass {
    name: "places-before-kinds",
    reason: "capitalised words before a lower-case word such as town, district or provinces, alone or in a list, are places",
    reads: "spans",
    writes: "spans (added, re-typed)",
    run: places_before_kinds,
};

/// `Kessaro town`, `the Tarsex state`, `Kessaro, Dorvel and Murvell provinces`:
/// names the tagger missed or read as persons (or, whole, as an organisation)
/// before a kind of place (a plural one takes a list), unless the tagger read
/// them as part of a longer name, or they are adjectives or organisation words
/// (`Ruritanian`, `Bavarian state`, `the Orvane Party district office`).
fn places_before_kinds(c: &Ctx, st: &mut State) {
    let n = c.n;
    let word = |t: usize| {
        let w = c.w(t);
        c.name_word(t)
            && w.chars().any(char::is_lowercase)
            && !words::SENTENCE_ADVERBS.contains(w)
            && !words::NOT_JURISDICTIONS.contains(w)
            && !words::ORG_WORDS.contains(w)
            && !words::ORG_HEADS.contains(w)
            && !matches!(
                c.lower[t],
                "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "their"
                    | "his" | "her" | "our" | "both" | "all" | "other" | "several" | "many"
                    | "some" | "each" | "every" | "nearby"
            )
            && c.lex.demonym_country(w).is_none()
            && !words::FAITH_WORDS.contains(w)
            // A count opening the sentence (`Twelve villages in Kessaro taluk`).
            && !words::CARDINAL_NUMBERS.contains(c.lower[t])
            && !["ian", "ean", "ese", "ish", "arab"].iter().any(|a| c.lower[t].ends_with(a))
            // Adjectives such as `Islamic`, `Local`, `Federal`, unless a known place.
            && (!["ic", "al"].iter().any(|a| w.ends_with(a)) || c.known_place(t, t + 1))
    };
    // The first span over each token, built at the first place word (the spans
    // do not change until the pass ends).
    let mut index: Vec<Option<usize>> = Vec::new();
    let mut new = Vec::new();
    for g in 1..n {
        if !words::PLACE_KINDS.contains(c.w(g)) || c.newline(g) {
            continue;
        }
        if index.is_empty() {
            index = vec![None; n];
            for (k, x) in st.spans.iter().enumerate().rev() {
                index[x.s..x.e].iter_mut().for_each(|v| *v = Some(k));
            }
        }
        let span_at = |t: usize| index[t];
        let plural = c.w(g).ends_with('s');
        let mut e = g;
        loop {
            let mut s = e;
            while s > 0 && e - s < 3 && word(s - 1) && !c.newline(s) {
                s -= 1;
            }
            // The Arabic article glued before the name is part of it
            // (`the al-Karrada district`).
            let s = if s >= 2
                && s < e
                && c.tight_hyphen(s - 1)
                && matches!(c.lower[s - 2], "al" | "el")
            {
                s - 2
            } else {
                s
            };
            let whole = (s..e).all(|t| {
                span_at(t).is_none_or(|k| {
                    let x = st.spans[k];
                    x.s >= s && x.e <= e && (x.label != Label::Org || (x.s, x.e) == (s, e))
                })
            });
            // None inside a hyphenated compound (`pro-Valdora district councillor`).
            let compound = s > 0 && super::is_hyphen(c.w(s - 1));
            if s == e || !whole || compound {
                break;
            }
            new.push((s, e, Label::Loc));
            // On through a list: `Kessaro, Dorvel and Murvell provinces`.
            let link = s > 1 && matches!(c.w(s - 1), "," | "and");
            if !plural || !link {
                break;
            }
            e = if s > 2 && c.w(s - 1) == "and" && c.w(s - 2) == "," {
                s - 2
            } else {
                s - 1
            };
        }
    }
    st.spans.replace(new, PLACES_BEFORE_KINDS.name, false);
}

pub(super) static LONE_PLACE_WORDS: Pass = Pass {
    name: "lone-place-words",
    reason: "a word such as County, Province or State alone names no place",
    reads: "spans",
    writes: "spans (removed)",
    run: lone_place_words,
};

/// A generic place word alone (`County governments were told…`) is no place.
fn lone_place_words(c: &Ctx, st: &mut State) {
    st.spans.retain(|x| {
        !(x.label == Label::Loc && x.e == x.s + 1 && words::PLACE_GENERICS.contains(c.lower[x.s]))
    });
}

pub(super) static DATELINES: Pass = Pass {
    name: "datelines",
    reason: "the country or state after a dateline's city",
    reads: "spans",
    writes: "spans (added)",
    run: datelines,
};

/// The country or state after a dateline's city: `VALDORA, Ruritania (AP)`.
fn datelines(c: &Ctx, st: &mut State) {
    let n = c.n;
    let named = super::spans::Cover::of(
        n,
        st.spans
            .iter()
            .filter(|x| matches!(x.label, Label::Per | Label::Loc))
            .map(|x| (x.s, x.e)),
    );
    let mut dateline = Vec::new();
    for &x in st.spans.iter() {
        let (s, e, label) = x.tuple();
        let shouting = (s..e).all(|t| !c.w(t).chars().any(char::is_lowercase));
        if label != Label::Loc || !shouting || e + 1 >= n || c.w(e) != "," {
            continue;
        }
        let at_line_start = s == 0 || c.newline(s);
        let words: Vec<&str> = (e + 1..n.min(e + 4)).map(|t| c.w(t)).collect();
        if let Some((k, _)) = c.lex.longest_place(&words) {
            let free = (e + 1..e + 1 + k).all(|t| c.cap(t) && named.is_o(t));
            if at_line_start && free {
                dateline.push((e + 1, e + 1 + k, Label::Loc));
            }
        }
    }
    st.spans.replace(dateline, DATELINES.name, false);
}

pub(super) static PARTY_AFTER_PLACE: Pass = Pass {
    name: "party-after-place",
    reason: "a party's name after a place is no part of the place",
    reads: "spans",
    writes: "spans (shortened)",
    run: party_after_place,
};

/// A party after a place is no part of it: `the Texas Republican`.
fn party_after_place(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label == Label::Loc && e - s >= 2 && words::PARTY_MEMBERS.contains(c.w(e - 1)) {
            st.spans.set(k, s, e - 1, label, PARTY_AFTER_PLACE.name);
        }
    }
}

pub(super) static LOCATED_NAMES: Pass = Pass {
    name: "located-names",
    reason: "a name the article puts right after in or near, or before residents, and never in a person's full name, is a place",
    reads: "spans",
    writes: "spans (re-typed)",
    run: located_names,
};

/// Names of one to three words the tagger read as a person that the article
/// also puts before `residents`, `villagers` or `inhabitants`, or right after
/// `in`, `near` or `outside` (not before `'s`: `in Ruiz's
/// view`; nor `believe in`), that open with no given name (one alone may be a town:
/// `in Harvey`) and are no part of a person's full name:
/// places the gazetteer lacks (`lived in Tarvona`, then `Tarvona welcomed`).
fn located_names(c: &Ctx, st: &mut State) {
    let text = |s: usize, e: usize| c.doc.span_text(s, e);
    let located: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| {
            let (s, e) = (x.s, x.e);
            let after_in = s > 0
                && matches!(c.lower[s - 1], "in" | "near" | "outside")
                && !(e < c.n && matches!(c.w(e), "'s" | "’s" | "'" | "’"))
                // Faith, not place: `believe in God`.
                && !(s > 1 && (c.lower[s - 2].starts_with("believ") || c.lower[s - 2] == "faith"));
            let homes = e < c.n && matches!(c.w(e), "residents" | "villagers" | "inhabitants");
            after_in || homes
        })
        .map(|x| text(x.s, x.e))
        .collect();
    if located.is_empty() {
        return;
    }
    let in_names = full_name_words(c.doc, &st.spans);
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        // A lone given name may be a town named after someone (`in Harvey`).
        let person_like = (e - s > 1 && c.lex.is_given_name(c.w(s)))
            || (e - s == 1 && in_names.contains(c.w(s)))
            || (s..e).any(|t| !c.w(t).chars().any(char::is_lowercase));
        if label == Label::Per && e - s <= 3 && !person_like && located.contains(text(s, e)) {
            st.spans.retype(k, Label::Loc, LOCATED_NAMES.name);
        }
    }
}

pub(super) static DESTINATIONS: Pass = Pass {
    name: "destinations",
    reason: "a name right after a verb of travel and to, such as moved to or flew to, is where someone went, a place",
    reads: "spans",
    writes: "spans (re-typed)",
    run: destinations,
};

/// Names of one to three words right after a verb of travel and `to` or
/// `into` (`moved to Denver`, `fled into Tarvona`,
/// `data/sources/words/travel-verbs.txt`): a name the tagger read as a person,
/// opening with no given name unless alone and in no person's full name in
/// the article (`Denver` is a given name too), or one it read as an
/// organisation or other name that the gazetteer knows whole (`return to
/// Bohemia`). Each is a place wherever the article repeats it as a person.
fn destinations(c: &Ctx, st: &mut State) {
    let text = |s: usize, e: usize| c.doc.span_text(s, e);
    let went = |s: usize| {
        s > 1
            && matches!(c.lower[s - 1], "to" | "into")
            && words::TRAVEL_VERBS.contains(c.lower[s - 2])
            && !c.cap(s - 1)
    };
    let in_names = full_name_words(c.doc, &st.spans);
    let mut places: FxSet<&str> = FxSet::default();
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if e - s > 3 || !went(s) || (e < c.n && matches!(c.w(e), "'s" | "’s" | "'" | "’")) {
            continue;
        }
        let person_like = (e - s > 1 && c.lex.is_given_name(c.w(s)))
            || (e - s == 1 && in_names.contains(c.w(s)))
            || (s..e).any(|t| !c.w(t).chars().any(char::is_lowercase));
        let named = matches!(label, Label::Org | Label::Misc) && c.known_place(s, e);
        if label == Label::Per && !person_like {
            places.insert(text(s, e));
        } else if named {
            st.spans.retype(k, Label::Loc, DESTINATIONS.name);
        }
    }
    if places.is_empty() {
        return;
    }
    for k in 0..st.spans.len() {
        let (s, e, label) = st.spans[k].tuple();
        if label == Label::Per && places.contains(text(s, e)) {
            st.spans.retype(k, Label::Loc, DESTINATIONS.name);
        }
    }
}

pub(super) static PLACES_IN_WAR_NAMES: Pass = Pass {
    name: "places-in-war-names",
    reason: "a country named in a war's name, such as the Vietnam War, is a place; the war's name around it is none",
    reads: "spans",
    writes: "spans (added, removed)",
    run: places_in_war_names,
};

/// A country or territory the gazetteer knows, of one to three capitalised
/// words right before a capitalised `War` or `Wars` (`the Ruritania War`, as
/// `the Vietnam War`): the place name used as a modifier is a place, and the
/// event's name, which the tagger may read whole as a name, is none. Not
/// where the name goes on (`the Ruritania War Memorial`).
fn places_in_war_names(c: &Ctx, st: &mut State) {
    let mut found = Vec::new();
    for t in 1..c.n {
        // Not inside a longer name (`the Vietnam War Memorial`, a building).
        let longer = t + 1 < c.n && c.name_word(t + 1) && !c.newline(t + 1);
        if !matches!(c.w(t), "War" | "Wars") || c.newline(t) || longer {
            continue;
        }
        let mut b = t;
        while b > 0 && t - b < 3 && c.name_word(b - 1) && !c.newline(b) {
            b -= 1;
        }
        // The shortest run of words ending right before `War` that names a
        // country whole (`Vietnam`, not `Anti Vietnam`).
        let at = (b..t).rev().find(|&a| {
            let words: Vec<&str> = (a..t).map(|k| c.w(k)).collect();
            c.lex.longest_place(&words).is_some_and(|(k, p)| {
                k == words.len() && matches!(p.facts.category.as_str(), "country" | "territory")
            })
        });
        if let Some(a) = at {
            found.push((a, t));
        }
    }
    if found.is_empty() {
        return;
    }
    for &(a, t) in &found {
        st.spans.retain(|x| x.e <= a || x.s > t);
        st.spans.push(a, t, Label::Loc, PLACES_IN_WAR_NAMES.name);
    }
    st.spans.sort();
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn places_in_war_names() {
        for (text, expected) in [
            (
                "Ana Ruiz opposed the Vietnam War and the Iraq War.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Vietnam", "place"),
                    ("Iraq", "place"),
                ][..],
            ),
            // Not inside a building's longer name.
            ("They laid wreaths at the Vietnam War Memorial.", &[]),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_destinations() {
        for (text, expected) in [
            // A city that is also a given name, where someone moved: a place,
            // wherever the article repeats it.
            (
                "The family moved to Denver in 2010. Denver suited them.",
                &[("Denver", "place"), ("Denver", "place")][..],
            ),
            // A name in a person's full name in the article stays a person.
            (
                "Denver Okafor and Ana Ruiz met. Later Ruiz flew to Denver.",
                &[
                    ("Denver Okafor", "person"),
                    ("Ana Ruiz", "person"),
                    ("Ruiz", "person"),
                    ("Denver", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_given_name_places() {
        check(
            "Critics of Maria da Silva Costa protested.",
            &[("Maria da Silva Costa", "person")],
        );
        check(
            "Critics of Joao de Souza Lima protested.",
            &[("Joao de Souza Lima", "person")],
        );
        check(
            "Settlers named it El Pueblo de Nuestra Senora La Reina de Los Angeles.",
            &[(
                "El Pueblo de Nuestra Senora La Reina de Los Angeles",
                "place",
            )],
        );
    }

    #[test]
    fn places_more_place_heads() {
        for (text, expected) in [
            (
                "Ships crossed the Dorvel Strait near Tarvo Harbour.",
                &[("Dorvel Strait", "place"), ("Tarvo Harbour", "place")][..],
            ),
            (
                "Floods reached the Kessaro Voivodeship and Dorvel Regency.",
                &[
                    ("Kessaro Voivodeship", "place"),
                    ("Dorvel Regency", "place"),
                ],
            ),
            (
                "Planes came from Kingston, Ont., on Monday.",
                &[("Kingston", "place"), ("Ont.", "place")],
            ),
            // A person whose surname is a place's head, by a post.
            (
                "Kim Park, the treasurer, said the Tarvo Park gates would open.",
                &[
                    ("Kim Park", "person"),
                    ("treasurer", "position"),
                    ("Tarvo Park", "place"),
                ],
            ),
            // Numbered administrative regions, not inside a longer name.
            (
                "Officials from Region Two and Region 4 met; the Region Two Council did not.",
                &[("Region Two", "place"), ("Region 4", "place")],
            ),
            // Cays, head word after or before the name.
            (
                "Ferries left Tarvo Cay for Caye Dorvel and the Kessel Cays.",
                &[
                    ("Tarvo Cay", "place"),
                    ("Caye Dorvel", "place"),
                    ("Kessel Cays", "place"),
                ],
            ),
            (
                "Chiefs of Dorvel Chiefdom met the sheikhs of Kessaro wilayat.",
                &[("Dorvel Chiefdom", "place"), ("Kessaro", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_place_openers() {
        for (text, expected) in [
            (
                "Ana Ruiz moved to Fort Kessel in 2001.",
                &[("Ana Ruiz", "person"), ("Fort Kessel", "place")][..],
            ),
            (
                "They sailed to Port Harrow and then to Mount Dorvel.",
                &[("Port Harrow", "place"), ("Mount Dorvel", "place")],
            ),
            (
                "Surfers ride the Punta de Velhas break and climb Gunung Tarvo.",
                &[("Punta de Velhas", "place"), ("Gunung Tarvo", "place")],
            ),
            ("The Port Harrow Authority said no.", &[]),
            (
                "Ships avoid the Gulf of Tarvo and sail around the Cape of Good Hope.",
                &[("Gulf of Tarvo", "place"), ("Cape of Good Hope", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_places_before_kinds() {
        for (text, expected) in [
            (
                "Floods hit the Kessaro, Dorvel and Murvell provinces.",
                &[
                    ("Kessaro", "place"),
                    ("Dorvel", "place"),
                    ("Murvell", "place"),
                ][..],
            ),
            (
                "Police in Kessaro town said two died.",
                &[("Kessaro", "place")],
            ),
            // South Asian sub-districts (India's mandals and taluks, Bangladesh's thanas).
            (
                "The new Dorvel mandal office opened and Murvell taluk flooded.",
                &[("Dorvel", "place"), ("Murvell", "place")],
            ),
            (
                "Twelve villages in Murvell taluk flooded.",
                &[("Murvell", "place")],
            ),
            ("The Ruritanian state media said so.", &[]),
            (
                "They want an Islamic state. Local municipalities agreed.",
                &[],
            ),
            ("The Orvane Party district office closed.", &[]),
            // Kinds of units by country, and the Arabic article glued before.
            (
                "Drones hit Kessaro oblast, and Dorvel tehsil and Murvell barangay flooded.",
                &[
                    ("Kessaro", "place"),
                    ("Dorvel", "place"),
                    ("Murvell", "place"),
                ],
            ),
            (
                "Families fled Tarvane township and the al-Dorvel district.",
                &[("Tarvane", "place"), ("al-Dorvel", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_located_names() {
        for (text, expected) in [
            (
                "Ana Ruiz grew up in Tarvona. Tarvona welcomed her home.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Tarvona", "place"),
                    ("Tarvona", "place"),
                ][..],
            ),
            (
                "Officials said Kessaro residents had fled.",
                &[("Kessaro", "place")],
            ),
            // `in` as the text's first word.
            ("In Kessaro, rain fell.", &[("Kessaro", "place")]),
            (
                "Ben Okafor lives in Kessaro, where Kessaro officials met him.",
                &[
                    ("Ben Okafor", "person"),
                    ("Kessaro", "place"),
                    ("Kessaro", "place"),
                ],
            ),
            (
                "Ana Ruiz met Tarvon Okafor in Lima. Okafor said he was happy.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Tarvon Okafor", "person"),
                    ("Lima", "place"),
                    ("Okafor", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_by_shape() {
        for (text, expected) in [
            (
                "Crowds gathered in Uhuru Park on Saturday.",
                &[("Uhuru Park", "place")][..],
            ),
            (
                "LISBON, Portugal (AP) — Talks resumed.",
                &[("LISBON", "place"), ("Portugal", "place")],
            ),
            (
                "She met the Texas Republican on Monday.",
                &[("Texas", "place")],
            ),
            (
                "The boat capsized on Lake Mweru.",
                &[("Lake Mweru", "place")],
            ),
            (
                "Rain fell on Talvora City and the Dressel province.",
                &[("Talvora City", "place"), ("Dressel", "place")],
            ),
            ("County governments were told to act.", &[]),
            (
                "The floods reached northern Oskavel by noon.",
                &[("Oskavel", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_in_regions() {
        for (text, expected) in [
            (
                "He moved to Melvin, Banmo district, in 2010.",
                &[("Melvin", "place"), ("Banmo", "place")][..],
            ),
            (
                "The blast hit Carver, Tarrow Province, on Friday.",
                &[("Carver", "place"), ("Tarrow Province", "place")],
            ),
            (
                "Ana Ruiz, Kolda district commissioner, said roads were shut.",
                &[
                    ("Ana Ruiz", "person"),
                    ("Kolda", "place"),
                    ("district commissioner", "position"),
                ],
            ),
            (
                "Tom Vell, Banmo County, won the prize.",
                &[("Tom Vell", "person"), ("Banmo County", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_after_kinds() {
        for (text, expected) in [
            (
                "The towns of Harvey, Carver and Melvin were flooded.",
                &[
                    ("Harvey", "place"),
                    ("Carver", "place"),
                    ("Melvin", "place"),
                ][..],
            ),
            (
                "Villages such as Harvey and Carver lost power.",
                &[("Harvey", "place"), ("Carver", "place")],
            ),
            (
                "The state of Ana Ruiz's health worried Tomas Vell.",
                &[("Ana Ruiz", "person"), ("Tomas Vell", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_located_given_names() {
        check(
            "Carver residents were told to leave before the river rose.",
            &[("Carver", "place")],
        );
        check(
            "Raymond Carver wrote stories. Fans in Carver's home town met.",
            &[("Raymond Carver", "person"), ("Carver", "person")],
        );
    }
}
