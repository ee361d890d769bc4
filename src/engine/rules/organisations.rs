//! Organisations the tagger reads as names or names inside: a lone word that
//! opens an organisation's name elsewhere (`Vortex` after `Vortex Holdings Ltd`),
//! companies and peoples read as persons (`Kessler Bros`, `Seven Ruritanians`),
//! posts opening an organisation's name (`president of the Federation of
//! Copper Workers`), and brands, sites and creeds by the shape of their word
//! (`ZapTrail`, `eVoter`, `Quorbism`).

use super::{full_name_words, is_hyphen, Ctx, Pass, State};
use crate::engine::lexicon::casing::{FxMap, FxSet};
use crate::engine::positions;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static ORGANISATION_HEADS: Pass = Pass {
    name: "organisation-heads",
    reason: "a lone word that opens an organisation's name elsewhere in the article names that organisation",
    reads: "spans",
    writes: "spans (removed)",
    run: organisation_heads,
};

/// A lone word the article also opens an organisation's name with, and never
/// uses in a person's full name, is that organisation.
fn organisation_heads(c: &Ctx, st: &mut State) {
    let org_heads: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Org && x.e - x.s >= 2 && c.cap(x.s))
        .map(|x| c.w(x.s))
        .collect();
    if !org_heads.is_empty() {
        let in_names = full_name_words(c.doc, &st.spans);
        st.spans.retain(|x| {
            let w = c.w(x.s);
            !(x.label == Label::Per
                && x.e == x.s + 1
                && org_heads.contains(w)
                && !in_names.contains(w))
        });
    }
}

pub(super) static ORGANISATION_MAJORITY: Pass = Pass {
    name: "organisation-majority",
    reason: "a name the tagger reads as an organisation more often than as a person in the article, with no given name and in no person's full name, names that organisation",
    reads: "spans",
    writes: "spans (removed)",
    run: organisation_majority,
};

/// A one- or two-word "person", opening with no given name, that the tagger
/// reads as an organisation more often elsewhere in the article (`Vortex said` beside `shares in Vortex`,
/// `Vortex's board`), and no word of a person's full name, is that organisation:
/// the tagger's organisations are evidence the rules use like its persons.
fn organisation_majority(c: &Ctx, st: &mut State) {
    let text = |x: &super::spans::Span| c.doc.span_text(x.s, x.e);
    let mut votes: FxMap<&str, (u32, u32)> = FxMap::default();
    for x in st.spans.iter().filter(|x| x.e - x.s <= 2) {
        let v = votes.entry(text(x)).or_default();
        match x.label {
            Label::Org => v.0 += 1,
            Label::Per => v.1 += 1,
            _ => {}
        }
    }
    if !votes.values().any(|v| v.0 > 0 && v.1 > 0) {
        return;
    }
    let in_names = full_name_words(c.doc, &st.spans);
    st.spans.retain(|x| {
        let more_orgs = || {
            let (orgs, persons) = votes.get(text(x)).copied().unwrap_or_default();
            orgs >= persons
        };
        !(x.label == Label::Per
            && x.e - x.s <= 2
            && more_orgs()
            && !c.lex.is_given_name(c.w(x.s))
            && !(x.e - x.s == 1 && in_names.contains(c.w(x.s))))
    });
}

pub(super) static COMPANIES_AND_PEOPLES: Pass = Pass {
    name: "companies-and-peoples",
    reason: "a company's legal suffix, a plural people's name or a faith is no person",
    reads: "spans",
    writes: "spans (removed)",
    run: companies_and_peoples,
};

/// Companies, peoples and faiths the tagger may read as persons: `Kessler SpA`,
/// `Seven Ruritanians`, `Sunni Muslims`.
fn companies_and_peoples(c: &Ctx, st: &mut State) {
    let n = c.n;
    st.spans.retain(|x| {
        let e = x.e;
        if x.label != Label::Per {
            return true;
        }
        let suffix = words::COMPANY_SUFFIXES.contains(c.w(e - 1))
            || (e < n && words::COMPANY_SUFFIXES.contains(c.w(e)) && !c.newline(e));
        // Plural only: `Moldovan` is also a surname.
        let people = || {
            c.w(e - 1)
                .strip_suffix('s')
                .is_some_and(|x| c.lex.demonym_country(x).is_some())
        };
        let faith = || words::FAITH_WORDS.contains(c.w(e - 1));
        !(suffix || people() || faith())
    });
}

pub(super) static BRAND_NAMES: Pass = Pass {
    name: "brand-names",
    reason: "a word with a capital inside, such as ZapTrail or eVoter, or ending in -ism or -ology, names a brand, a site or a creed, no person",
    reads: "spans",
    writes: "spans (removed)",
    run: brand_names,
};

/// One-word "persons" shaped like a brand, a product, a web site or a creed:
/// a capital inside the word after three lower-case letters or more
/// (`ZapTrail`, `PayWise`; not `McKay`, `DeShawn`, `MacLeod`), a lower-case first
/// letter before a capital (`eVoter`, `wikiTrail`), or a creed's or science's
/// ending (`Quorbism`, `Zentology`).
/// (A place the gazetteer does not know, so shaped, is such a name too.) Not
/// the surname of a person's full name in the article (`Tomas Quorbism`).
fn brand_names(c: &Ctx, st: &mut State) {
    // The surnames of the article's full names of persons opening with a
    // given name (`Sidney Chism`): a creed's ending there says nothing.
    let surnames: Vec<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per && x.e - x.s > 1 && c.lex.is_given_name(c.w(x.s)))
        .map(|x| c.w(x.e - 1))
        .collect();
    st.spans.retain(|x| {
        let (s, e, label) = x.tuple();
        // The gazetteer is asked last: brand-shaped words are few.
        let kind = || label == Label::Per || (label == Label::Loc && !c.known_place(s, e));
        !(e == s + 1
            && matches!(label, Label::Per | Label::Loc)
            && brand_shaped(c.w(s))
            && !surnames.contains(&c.w(s))
            && kind())
    });
}

/// Whether `w` is shaped like a brand's or creed's name, never a person's.
pub(super) fn brand_shaped(w: &str) -> bool {
    // Most words: a capital, then lower-case ASCII letters only, no creed's
    // ending (the answer below is no for them too, without a buffer).
    let b = w.as_bytes();
    let plain = b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && !(w.ends_with("ism") || w.ends_with("ology"));
    if b.len() < 4 || plain {
        return false;
    }
    let chars: Vec<char> = w.chars().collect();
    if chars.len() < 4 || !chars.iter().all(|ch| ch.is_alphabetic()) {
        return false;
    }
    if chars[0].is_lowercase() {
        return chars[1..].iter().any(|ch| ch.is_uppercase());
    }
    if w.ends_with("ism") || w.ends_with("ology") {
        return true;
    }
    // The first inner capital, after a run of lower-case letters.
    let Some(k) = (1..chars.len()).find(|&k| chars[k].is_uppercase()) else {
        return false;
    };
    let prefix: String = chars[..k].iter().collect();
    k >= 3 && k + 1 < chars.len() && !words::NAME_PREFIXES.contains(prefix.as_str())
}

pub(super) static KNOWN_ORGANISATIONS: Pass = Pass {
    name: "known-organisations",
    reason: "a well-known organisation, such as a news agency, a web platform, a large company or an armed group, is no person or place",
    reads: "spans",
    writes: "spans (removed)",
    run: known_organisations,
};

/// Names of well-known organisations (`data/sources/words/known-organisations.txt`)
/// the tagger reads as a person or place: `Xinhua said`, `posted on Facebook`.
/// A name's words are its tokens less its hyphens (`al-Shabab`: three tokens,
/// two words; `Jaish-e-Mohammed`: five tokens, three words). A "person" or
/// "place" of two or three words opening with a one-word organisation's name,
/// with no given name and no place after it, names the organisation's product
/// (`Google Orvane`, as `Google Chrome`, `Microsoft Word`).
fn known_organisations(c: &Ctx, st: &mut State) {
    st.spans.retain(|x| {
        let (s, e, label) = x.tuple();
        let n_words = (s..e).filter(|&t| !is_hyphen(c.w(t))).count();
        let product = matches!(label, Label::Per | Label::Loc)
            && (e - s == 2 || e - s == 3)
            && words::KNOWN_ORGANISATIONS.contains(c.w(s))
            && (s + 1..e).all(|t| c.cap(t) && !c.lex.is_given_name(c.w(t)))
            && !c.known_place(s + 1, e);
        !(matches!(label, Label::Per | Label::Loc)
            && n_words <= 3
            && words::KNOWN_ORGANISATIONS.contains(c.doc.span_text(s, e))
            || product)
    });
}

pub(super) static ORGANISATION_APPOSITIONS: Pass = Pass {
    name: "organisation-appositions",
    reason: "a name set off by a comma before the or a and a noun such as company, firm or party names an organisation, no person",
    reads: "spans",
    writes: "spans (removed)",
    run: organisation_appositions,
};

/// `Zentrix, the Ruritanian mining company, said`; `Korvo, a chip maker.`: a
/// one-word "person" (or two words opening with no given name), then a comma,
/// `the`/`a`/`an` and up to four words ending in an organisation noun that ends
/// the phrase (not `Ruiz, the party leader`, `the company's chief` nor `a member
/// of the party`).
fn organisation_appositions(c: &Ctx, st: &mut State) {
    let n = c.n;
    let org_phrase = |e: usize| {
        if e + 2 >= n || c.w(e) != "," || !matches!(c.lower[e + 1], "the" | "a" | "an") {
            return false;
        }
        (e + 2..n.min(e + 6))
            .take_while(|&t| {
                !matches!(
                    c.w(t),
                    "," | "." | ";" | "of" | "for" | "at" | "in" | "with"
                )
            })
            .any(|t| {
                words::ORGANISATION_NOUNS.contains(c.lower[t])
                    && (t + 1 >= n
                        || matches!(
                            c.w(t + 1),
                            "," | "." | ";" | ")" | "that" | "which" | "based"
                        ))
            })
    };
    st.spans.retain(|x| {
        !(x.label == Label::Per
            && (x.e == x.s + 1 || (x.e == x.s + 2 && !c.lex.is_given_name(c.w(x.s))))
            && org_phrase(x.e))
    });
}

pub(super) static CLUB_NAMES: Pass = Pass {
    name: "club-names",
    reason:
        "a name right after the word club names a club, here and wherever the article repeats it",
    reads: "spans",
    writes: "spans (removed)",
    run: club_names,
};

/// `his boyhood club Tarvo`, `Premier League club Dorvel City`: the name after
/// `club` is the club, an organisation, and so is every mention of it in the
/// article (`playing for Tarvo`), unless it is several words opening with a
/// given name.
fn club_names(c: &Ctx, st: &mut State) {
    let text = |s: usize, e: usize| c.doc.span_text(s, e);
    let clubs: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| {
            x.s > 0
                && matches!(c.w(x.s - 1), "club" | "clubs")
                && (x.e == x.s + 1 || !c.lex.is_given_name(c.w(x.s)))
        })
        .map(|x| text(x.s, x.e))
        .collect();
    if !clubs.is_empty() {
        st.spans.retain(|x| {
            !(matches!(x.label, Label::Per | Label::Loc) && clubs.contains(text(x.s, x.e)))
        });
    }
}

pub(super) static NAMES_AFTER_ORGANISATION_NOUNS: Pass = Pass {
    name: "names-after-organisation-nouns",
    reason: "a name right after a word such as newspaper, charity or airline, and before a comma, a full stop or a speech verb, names that organisation, here and wherever the article repeats it",
    reads: "spans",
    writes: "spans (removed)",
    run: names_after_organisation_nouns,
};

/// `the legal charity Harvestline, which…`, `the newspaper El Correo said`,
/// `Oldland's largest airline Skyvora.`: the name right after an organisation
/// noun (`data/sources/words/organisation-nouns.txt`) is that organisation, and
/// so is every mention of it in the article. Only where the name ends its
/// phrase (a comma, a full stop, a bracket, a speech verb after it) and opens
/// with no given name (an article such as `El` or `Al` is none): `the firm
/// Ruiz founded` and `the party Ana Ruiz leads` keep their person.
fn names_after_organisation_nouns(c: &Ctx, st: &mut State) {
    let text = |s: usize, e: usize| c.doc.span_text(s, e);
    let ends_phrase = |e: usize| {
        e >= c.n
            || c.newline(e)
            || matches!(c.w(e), "," | "." | ";" | ":" | ")")
            || words::SPEECH_VERBS.contains(c.lower[e])
    };
    let named: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| {
            matches!(x.label, Label::Per | Label::Loc)
                && x.s > 0
                && words::ORGANISATION_NOUNS.contains(c.w(x.s - 1))
                && (!c.lex.is_given_name(c.w(x.s)) || words::OPENING_PARTICLES.contains(c.w(x.s)))
                && ends_phrase(x.e)
        })
        .map(|x| text(x.s, x.e))
        .collect();
    if !named.is_empty() {
        st.spans.retain(|x| {
            !(matches!(x.label, Label::Per | Label::Loc) && named.contains(text(x.s, x.e)))
        });
    }
}

pub(super) static COMPANY_POSTS: Pass = Pass {
    name: "company-posts",
    reason: "a name right before a post only a company has, such as chief executive or chairman, names that company, here and wherever the article repeats it",
    reads: "titles, spans",
    writes: "spans (removed)",
    run: company_posts,
};

/// `Valdora Foods chief executive Ana Ruiz`, `Korvo's chairman said`: a
/// "person" right before a post only a body has (`data/sources/words/
/// company-posts.txt`), with another name right after the post or an `'s`
/// before it, is the company, and so is every mention of it in the article.
/// A comma between (`Ana Ruiz, chief executive`) makes it the holder instead.
fn company_posts(c: &Ctx, st: &mut State) {
    // Each title's end by its start (the first title starting there), for
    // the titles that are company posts.
    let mut ends: FxMap<usize, usize> = FxMap::default();
    for p in &st.titles {
        ends.entry(p.start).or_insert(p.end);
    }
    ends.retain(|&s, e| {
        s < c.n && !c.newline(s) && words::COMPANY_POSTS.contains(&c.lower[s..*e].join(" "))
    });
    let post_end = |t: usize| ends.get(&t).copied();
    let names_at: FxSet<usize> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per)
        .map(|x| x.s)
        .collect();
    let companies: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per)
        .filter(|x| {
            let possessive = x.e < c.n && matches!(c.w(x.e), "'s" | "’s");
            if possessive {
                post_end(x.e + 1).is_some()
            } else {
                post_end(x.e).is_some_and(|e| names_at.contains(&e))
            }
        })
        .map(|x| c.doc.span_text(x.s, x.e))
        .collect();
    remove_persons_named(c, st, &companies);
}

/// Removes every person span whose text is one of `names`.
fn remove_persons_named(c: &Ctx, st: &mut State, names: &FxSet<&str>) {
    if !names.is_empty() {
        st.spans
            .retain(|x| !(x.label == Label::Per && names.contains(c.doc.span_text(x.s, x.e))));
    }
}

pub(super) static MEMBER_NOUNS: Pass = Pass {
    name: "member-nouns",
    reason: "a name before a plural such as lawmakers, MPs or fighters names the party or armed group they belong to, here and wherever the article repeats it",
    reads: "spans",
    writes: "spans (removed)",
    run: member_nouns,
};

/// `Tarvo lawmakers walked out`, `Dorak fighters attacked`: a "person" right
/// before a plural noun for a body's members (`data/sources/words/
/// member-nouns.txt`) is that party or group, and so is every mention of it.
/// A person's followers (`Ruiz supporters`) are not in the list.
fn member_nouns(c: &Ctx, st: &mut State) {
    let groups: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| {
            x.label == Label::Per
                && x.e < c.n
                && !c.newline(x.e)
                && words::MEMBER_NOUNS.contains(c.w(x.e))
        })
        .map(|x| c.doc.span_text(x.s, x.e))
        .collect();
    remove_persons_named(c, st, &groups);
}

pub(super) static PARTY_BEFORE_POSTS: Pass = Pass {
    name: "party-before-posts",
    reason: "a one-word name between a or an and a post (a Green MEP, an Independent senator) names the holder's party or group, no person",
    reads: "titles, spans",
    writes: "spans (removed)",
    run: party_before_posts,
};

/// `Ruiz, a Green MEP,`, `an Independent senator`, `a Likud lawmaker`: an
/// indefinite article never opens a person's name, so a single capitalised
/// word between it and a post the lexicon found says which party, group or
/// place the holder is of. Only this mention goes (the word may name a person
/// elsewhere).
fn party_before_posts(c: &Ctx, st: &mut State) {
    // Each title's end by its start; the tagger may have read the post into
    // the span (`Green MEP`), which then ends no later than the post.
    let mut ends: FxMap<usize, usize> = FxMap::default();
    for p in &st.titles {
        ends.entry(p.start).or_insert(p.end);
    }
    st.spans.retain(|x| {
        !(x.label == Label::Per
            && x.s > 0
            && x.s + 1 < c.n
            && matches!(c.lower[x.s - 1], "a" | "an")
            && ends.get(&(x.s + 1)).is_some_and(|&e| x.e <= e)
            && !c.newline(x.s + 1))
    });
}

pub(super) static PARTY_NAMES_BEFORE_POSTS: Pass = Pass {
    name: "party-names-before-posts",
    reason: "a name made only of party words right before a post (Green councillor, Liberal Democrat MP, Fine Gael TD) names the holder's party, no person",
    reads: "titles, spans",
    writes: "spans (removed)",
    run: party_names_before_posts,
};

/// Whether the word at `t` may stand in a party's name before a post:
/// `hold_party_words.txt` or `party-names-before-posts.txt`.
fn party_word(c: &Ctx, t: usize) -> bool {
    words::HOLD_PARTY_WORDS.contains(c.w(t)) || words::PARTY_NAMES_BEFORE_POSTS.contains(c.w(t))
}

/// `Green councillor Ana Ruiz`, `Liberal Democrat councillor for Westmoor`:
/// a person's or place's span whose words before a post the lexicon found
/// are all party words (the span may run into the post, `Green MEP`) names
/// the holder's party; this mention goes. A person's span of party words
/// and one capitalised post word the lexicon left alone (`a Fianna Fáil
/// Councillor said`) is that post; a person's span that ends a party's
/// name (`Fine Gael`, the tagger reading `Gael`) goes.
fn party_names_before_posts(c: &Ctx, st: &mut State) {
    let posts: Vec<usize> = st
        .spans
        .iter()
        .filter(|x| {
            x.label == Label::Per
                && x.e - x.s >= 2
                && positions::is_title_vocabulary(c.w(x.e - 1))
                && (x.s..x.e - 1).all(|t| party_word(c, t))
                && !st.titles.iter().any(|f| f.start < x.e && f.end > x.s)
        })
        .map(|x| x.e - 1)
        .collect();
    for t in posts {
        st.titles.push(positions::Found {
            start: t,
            end: t + 1,
            reason: "post after a party's name",
        });
    }
    st.titles.sort_by_key(|f| (f.start, f.end));
    let mut ends: FxMap<usize, usize> = FxMap::default();
    for p in &st.titles {
        ends.entry(p.start).or_insert(p.end);
    }
    st.spans.retain(|x| {
        let party = |k: usize| {
            ends.get(&k).is_some_and(|&e| x.e <= e)
                && !c.newline(k)
                && (x.s..k).all(|t| party_word(c, t))
        };
        // Or the rest of a party's name (`Fine` + `Gael`).
        let rest = x.label == Label::Per
            && x.s > 0
            && !c.newline(x.s)
            && (x.s - 1..x.e).all(|t| party_word(c, t));
        !(rest || matches!(x.label, Label::Per | Label::Loc) && (x.s + 1..=x.e).any(party))
    });
}

pub(super) static SHARE_NAMES: Pass = Pass {
    name: "share-names",
    reason: "a name whose shares or stock trade (shares of Korvo, Korvo shares fell) is a listed company's, here and wherever the article repeats it",
    reads: "spans",
    writes: "spans (removed)",
    run: share_names,
};

/// `shares of Dana Kessler fell`, `a stake in Korvo`, `Korvo shares rose 3%`
/// (a price verb after, `data/sources/words/share-words.txt`; not `Ruiz shares
/// the view`): the name is a listed company's, no person.
fn share_names(c: &Ctx, st: &mut State) {
    let l = |t: usize| c.lower[t];
    let companies: FxSet<&str> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per)
        .filter(|x| {
            let (s, e) = (x.s, x.e);
            let before = s >= 2
                && matches!(l(s - 1), "of" | "in")
                && matches!(l(s - 2), "shares" | "stake" | "stock");
            let after = e + 1 < c.n
                && matches!(l(e), "shares" | "stock")
                && words::SHARE_WORDS.contains(c.w(e + 1));
            before || after
        })
        .map(|x| c.doc.span_text(x.s, x.e))
        .collect();
    remove_persons_named(c, st, &companies);
}

pub(super) static ORGANISATION_NAMES: Pass = Pass {
    name: "organisation-names",
    reason: "a name ending in a word such as Bank, Council, Party or Union names an organisation, no person or place",
    reads: "spans",
    writes: "spans (removed)",
    run: organisation_names,
};

/// A person's or place's name whose last word, or the capitalised word right
/// after it, is an organisation's head word (`Valdora Savings Bank`, `Civil
/// Defence`) is that organisation, unless the gazetteer knows the place whole;
/// so is a name of two words or more ending in `House` (`Kessel House`).
fn organisation_names(c: &Ctx, st: &mut State) {
    let head = |t: usize| words::ORG_HEADS.contains(c.w(t));
    st.spans.retain(|x| {
        let (s, e, label) = x.tuple();
        let next = e < c.n && head(e) && !c.newline(e);
        // A building's or an institution's house (`Kessel House`, `State
        // House`); not a name before one (`the Ruiz White House`).
        let house = e - s > 1 && c.w(e - 1) == "House" && !c.known_place(s, e);
        if house && matches!(label, Label::Per | Label::Loc) {
            return false;
        }
        match label {
            Label::Per => !(head(e - 1) || next),
            // A head word alone too (`the Centre on Arms Control`'s `Centre`).
            Label::Loc => !head(e - 1) || c.known_place(s, e),
            _ => true,
        }
    });
}

pub(super) static POSTS_OPENING_NAMES: Pass = Pass {
    name: "posts-opening-names",
    reason: "the organisation or place after a post that opens its name",
    reads: "titles, spans",
    writes: "spans (shortened, re-typed, removed)",
    run: posts_opening_names,
};

/// A post opening what the tagger read as one organisation or other name:
/// `president of the Federation of Copper Workers`, `Emir of Qatar`. The post
/// stays; the rest is the organisation, or a place the gazetteer knows.
/// Portfolios read as organisations inside a post (`Minister of Agriculture,
/// Forestry and Fisheries`) go.
fn posts_opening_names(c: &Ctx, st: &mut State) {
    let (n, by) = (c.n, POSTS_OPENING_NAMES.name);
    let titles = &st.titles;
    let mut title_end_at = vec![usize::MAX; n];
    let mut title_of = vec![usize::MAX; n];
    for (k, f) in titles.iter().enumerate() {
        title_end_at[f.start] = f.end;
        title_of[f.start..f.end].iter_mut().for_each(|x| *x = k);
    }
    // Spans inside one post go after the loop, all at once (each removal
    // in it moved every span after it).
    let mut inside_post = vec![false; st.spans.len()];
    for (k, inside) in inside_post.iter_mut().enumerate() {
        let (s, e, label) = st.spans[k].tuple();
        if !matches!(label, Label::Org | Label::Misc) {
            continue;
        }
        if title_of[s] != usize::MAX && title_of[s] == title_of[e - 1] {
            *inside = true;
            continue;
        }
        // An organisation that runs into a post: `House Minority` +
        // `Minority Leader` is `House` + the post.
        if let Some(f) = titles.get(title_of[e - 1]) {
            if f.start > s && f.end > e && title_of[s] == usize::MAX {
                st.spans.set(k, s, f.start, label, by);
                continue;
            }
        }
        let te = title_end_at[s];
        if te == usize::MAX || te > e {
            continue;
        }
        if te + 1 < e && matches!(c.lower[te], "of" | "for" | "to") {
            let place = c.known_place(te + 1, e);
            st.spans
                .set(k, te + 1, e, if place { Label::Loc } else { label }, by);
        }
    }
    let mut k = 0;
    st.spans.retain(|_| {
        k += 1;
        !inside_post[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn organisations_not_persons() {
        for (text, expected) in [
            ("Shares in Kessler SpA rose.", &[][..]),
            ("Seven Kenyans were arrested.", &[]),
            (
                "Crews from Civil Defence and Orvane Savings Bank helped.",
                &[],
            ),
            (
                "Ana Ruiz told the Korvana Times that the vote was fair.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Ben Okafor wrote for Zelmar Daily before joining Tarvo Radio.",
                &[("Ben Okafor", "person")],
            ),
            (
                "She is president of the Federation of Copper Workers.",
                &[("president", "position")],
            ),
            // Embassies and parties named by a country are no places.
            (
                "The remarks by the Velmar Republic Embassy angered Ana Ruiz.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Ana Ruiz, a congresswoman from Ecuador Libre, voted no.",
                &[("Ana Ruiz", "person"), ("congresswoman", "position")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_brand_names() {
        for (word, brand) in [
            ("ZapTrail", true),
            ("PayWise", true),
            ("eVoter", true),
            ("wikiTrail", true),
            ("Quorbism", true),
            ("Zentology", true),
            ("McKellan", false),
            ("DeShawn", false),
            ("MacLeod", false),
            ("VanDorn", false),
            ("Ruiz", false),
            ("NASA", false),
            ("O'Neill", false),
        ] {
            assert_eq!(super::brand_shaped(word), brand, "{word}");
        }
        check("Ana MacLeod spoke first.", &[("Ana MacLeod", "person")]);
    }

    #[test]
    fn organisations_organisation_majority() {
        for (text, expected) in [
            (
                "Ana Ruiz joined Zentrix in 2010. Zentrix Inc. makes chips. Zentrix said Ruiz would lead it.",
                &[("Ana Ruiz", "person"), ("Ruiz", "person")][..],
            ),
            // A person read as an organisation as often keeps a full name's words.
            (
                "Ana Ruiz spoke. Ruiz said the plan would work.",
                &[("Ana Ruiz", "person"), ("Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_organisation_appositions() {
        for (text, expected) in [
            (
                "Zentrix, the Ruritanian mining company, said output fell.",
                &[][..],
            ),
            (
                "Ruiz, the party leader, said output fell.",
                &[("Ruiz", "person")],
            ),
            (
                "Ana Ruiz spoke. Ruiz, a member of the party, agreed.",
                &[("Ana Ruiz", "person"), ("Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_club_names() {
        for (text, expected) in [
            (
                "Ana Ruiz returned to her old club Tarvona last year. She scored twice for Tarvona.",
                &[("Ana Ruiz", "person")][..],
            ),
            (
                "Ben Okafor joined the club Ana Ruiz founded.",
                &[("Ben Okafor", "person"), ("Ana Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_names_after_organisation_nouns() {
        for (text, expected) in [
            (
                "The legal charity Harvestline, which helped the pair, said Harvestline would appeal.",
                &[][..],
            ),
            (
                "According to Lisbon's newspaper El Correo, Ana Ruiz left.",
                &[("Lisbon", "place"), ("Ana Ruiz", "person")],
            ),
            (
                "Ben Okafor praised the firm Ana Ruiz founded.",
                &[("Ben Okafor", "person"), ("Ana Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_institutions() {
        for (text, expected) in [
            (
                "Judges at the High Court in Lisbon ruled, and the Labour Tribunal agreed.",
                &[("Lisbon", "place")][..],
            ),
            (
                "A cameraman with al-Mardin TV was hurt in the blast in Baghdad.",
                &[("Baghdad", "place")],
            ),
            (
                "Speaking to reporters at Kessel House, Tomas Vell said the deal was done.",
                &[("Tomas Vell", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_known_organisations() {
        for (text, expected) in [
            (
                "Ana Ruiz told Reuters that Hamas had agreed.",
                &[("Ana Ruiz", "person")][..],
            ),
            (
                "Ben Okafor posted the video on Facebook and TikTok.",
                &[("Ben Okafor", "person")],
            ),
            (
                "Ana Ruiz wrote on Telegram and WeChat that the talks had ended.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "State Duma Speaker Ana Ruiz said the Sejm and the Sabor agreed.",
                &[("Speaker", "position"), ("Ana Ruiz", "person")],
            ),
            (
                "Ana Ruiz told Haaretz that the PKK had fired first.",
                &[("Ana Ruiz", "person")],
            ),
            // A product named with its maker's name: no person or place.
            (
                "Ana Ruiz said users of Google Orvane and Microsoft Veltra complained.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Reuters reporter Ana Ruiz flew to Lisbon.",
                &[("Ana Ruiz", "person"), ("Lisbon", "place")],
            ),
            (
                "Ana Ruiz said the gunmen were members of al-Shabab, and Jaish-e-Mohammed denied it.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Garda said a man from Kolda was held, and the Carabinieri agreed.",
                &[("Kolda", "place")],
            ),
            (
                "Ana Ruiz found the page on Bing with Firefox, not Chrome.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Wells Fargo and Goldman Sachs cut jobs, Ana Ruiz said.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Two Black Hawk helicopters and a Rafale jet flew over Kolda.",
                &[("Kolda", "place")],
            ),
            (
                "Pakatan Harapan won, and Cosatu called a strike, Ana Ruiz said.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Ana Ruiz asked Gemini and Grok, then Copilot on Windows.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Al Hilal beat Man City, and Ryanair flew the fans home, Ana Ruiz said.",
                &[("Ana Ruiz", "person")],
            ),
            (
                "Fine Gael and Shiv Sena lost seats, and Transnet shut ports, Ana Ruiz said.",
                &[("Ana Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_party_before_posts() {
        for (text, expected) in [
            (
                "Pieter Janssens, a Green MEP, called for a vote.",
                &[("Pieter Janssens", "person"), ("MEP", "position")][..],
            ),
            (
                "Tomas Vell, an Independent senator, said no.",
                &[("Tomas Vell", "person"), ("senator", "position")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_party_names_before_posts() {
        for (text, expected) in [
            (
                "The vote was close. Green councillor Tomas Vell said the plan was wrong.",
                &[("councillor", "position"), ("Tomas Vell", "person")][..],
            ),
            (
                "Liberal Democrat councillor Ana Ruiz said the park would close.",
                &[("councillor", "position"), ("Ana Ruiz", "person")],
            ),
            (
                "The claim by a Fianna Fáil Councillor was denied.",
                &[("Councillor", "position")],
            ),
            (
                "Fine Gael TD Ana Ruiz and Tory MP Tomas Vell spoke.",
                &[
                    ("TD", "position"),
                    ("Ana Ruiz", "person"),
                    ("MP", "position"),
                    ("Tomas Vell", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_company_posts() {
        for (text, expected) in [
            (
                "Dana Kessler chief executive Tomas Vell said sales rose. Dana Kessler cut jobs.",
                &[("chief executive", "position"), ("Tomas Vell", "person")][..],
            ),
            (
                "Marlo Benetti's chairman resigned on Monday.",
                &[("chairman", "position")],
            ),
            (
                "Ana Ruiz, chief executive of the firm, said sales rose.",
                &[("Ana Ruiz", "person"), ("chief executive", "position")],
            ),
            (
                "President Ana Ruiz's chief of staff Tomas Vell resigned.",
                &[
                    ("President", "position"),
                    ("Ana Ruiz", "person"),
                    ("chief of staff", "position"),
                    ("Tomas Vell", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_member_nouns() {
        for (text, expected) in [
            (
                "Tarvo Sena lawmakers walked out. Tarvo Sena said it would return.",
                &[][..],
            ),
            (
                "Ana Ruiz supporters marched in Kolda.",
                &[("Ana Ruiz", "person"), ("Kolda", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_share_names() {
        for (text, expected) in [
            ("Shares of Dana Kessler fell 4% on Monday.", &[][..]),
            ("Marlo Benetti shares rose after the results.", &[]),
            (
                "Ana Ruiz shares the view of her party.",
                &[("Ana Ruiz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn organisations_company_words() {
        use super::super::tests::run_pass;
        use crate::engine::tagger::Label::Per;
        // A company's last word (Semiconductor, Software, Pictures, Brewing)
        // ends no person's name.
        for (text, tagged) in [
            ("Shares of Marlow Semiconductor rose.", &[(2, 2, Per)][..]),
            ("Corwin Software hired staff.", &[(0, 2, Per)]),
            ("Dana Kessler Pictures made the film.", &[(0, 3, Per)]),
            ("Ruiz Brewing sold beer.", &[(0, 2, Per)]),
            // Government offices and administrations (lead round eleven).
            ("The Presidential Office said no.", &[(1, 2, Per)]),
            (
                "Tom Vell joined the Kessel City State Administration.",
                &[(4, 4, crate::engine::tagger::Label::Loc)],
            ),
        ] {
            let found = run_pass(&super::ORGANISATION_NAMES, text, tagged);
            assert!(found.is_empty(), "in {text:?}: {found:?}");
        }
    }
}
