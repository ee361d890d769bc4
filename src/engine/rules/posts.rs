//! Titles and offices: title words that are names here (`Rosa Mae King`, `Dean
//! Okafor`), then the positions themselves, which win over the names around
//! them (`President Ruiz` -> position + person).

use super::spans::Editor;
use super::{is_capitalised, Candidate, Ctx, Pass, State};
use crate::engine::annotation::Kind;
use crate::engine::lexicon::casing::FxSet;
use crate::engine::positions;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static JURISDICTION_POSTS_AS_NAMES: Pass = Pass {
    name: "jurisdiction-posts-as-names",
    reason: "a word such as Regional or Provincial and the post after it name an office, no person",
    reads: "titles, spans",
    writes: "spans (removed)",
    run: jurisdiction_posts_as_names,
};

/// A person's name that is a jurisdiction's word of
/// `jurisdiction-adjectives.txt` and a post running to its end (`Regional
/// Chairman`, read as a name before `, Ana Ruiz who ...`) is that post, whose
/// jurisdiction word stays outside: no person.
fn jurisdiction_posts_as_names(c: &Ctx, st: &mut State) {
    let mut post_from = vec![usize::MAX; c.n + 1];
    for f in &st.titles {
        post_from[f.end] = post_from[f.end].min(f.start);
    }
    st.spans.retain(|x| {
        !(x.label == Label::Per
            && x.e - x.s >= 2
            && words::JURISDICTION_ADJECTIVES.contains(c.w(x.s))
            && post_from[x.e] == x.s + 1)
    });
}

pub(super) static TITLE_WORDS_AS_NAMES: Pass = Pass {
    name: "title-words-as-names",
    reason:
        "a title word used as a name here: a surname after a given name, or a given name before one",
    reads: "titles, spans",
    writes: "titles (dropped), spans (added)",
    run: title_words_as_names,
};

/// Title words that are names here: a surname after a given name (`Billie Jean
/// King`, and then every lone `King` that is no title before a name), a given
/// name such as `Dean` in the middle of a name (`Tomas Dean Okafor`), or a
/// given name opening a name with no article or modifier before it (`Dean
/// Jones`, `captain Dean Jones`; but `the Dean`, `Law School Dean Ann Ruiz`).
fn title_words_as_names(c: &Ctx, st: &mut State) {
    let (n, by) = (c.n, TITLE_WORDS_AS_NAMES.name);
    let w = |t: usize| c.w(t);
    let name_like = |t: usize| {
        t < n
            && is_capitalised(w(t))
            && w(t).chars().any(char::is_lowercase)
            && !words::NOT_NAME_WORDS.contains(w(t))
    };
    // The spans as this pass edits them, looked up by token.
    let mut ed = Editor::new(&st.spans, n);
    let person_at = |ed: &Editor, t: usize| ed.at(t).any(|x| x.label == Label::Per);
    // Where titles end, and the tokens just after each title's first.
    let mut title_end = vec![false; n + 1];
    let mut after_title_start = vec![false; n + 1];
    for f in &st.titles {
        title_end[f.end] = true;
        after_title_start[f.start + 1..=f.end]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    let mut surnames: FxSet<&str> = FxSet::default();
    let titles = std::mem::take(&mut st.titles);
    let mut keep = Vec::with_capacity(titles.len());
    for f in titles {
        let (s, e) = (f.start, f.end);
        let one = e == s + 1 && name_like(s) && !c.newline(s);
        // A surname: `Billie Jean King said`.
        let after_given = one
            && s > 0
            && name_like(s - 1)
            && c.doc.tokens[s].space_before
            && !title_end[s]
            && !after_title_start[s]
            && (c.lex.is_given_name(w(s - 1)) || person_at(&ed, s - 1))
            && c.lex.demonym_country(w(s - 1)).is_none()
            // `Regional Chairman`: a jurisdiction's word, no given name.
            && !words::JURISDICTION_ADJECTIVES.contains(w(s - 1))
            // `Virginia Governor`, `Regina Mayor`: a place that is also a
            // given name, alone before the title, is the place governed.
            && !(c.known_place(s - 1, s) && !(s >= 2 && name_like(s - 2)))
            // `San Diego Mayor`, `Los Angeles Sheriff`: nor is a place of
            // several words that opens with one.
            && !place_before(c, s, name_like)
            && (!name_like(e) || words::TITLE_GIVEN_NAMES.contains(w(s)));
        if after_given {
            let mut b = s - 1;
            while b > 0 && name_like(b - 1) && !c.newline(b) {
                b -= 1;
            }
            // A middle name goes on with the surname: `Ana Dean Ruiz`.
            let mut end = e;
            while end < n && name_like(end) && !c.newline(end) {
                end += 1;
            }
            ed.cut(b, end);
            ed.push(b, end, Label::Per, by);
            if end == e {
                surnames.insert(w(s));
            }
            continue;
        }
        // A given name: `Dean Jones`.
        let prev = s.checked_sub(1).map(w).unwrap_or("");
        // `founded by Dean Kamen`: after a preposition, where the tagger reads
        // the title word and the name after it as one person.
        let tagged_whole = || {
            ed.at(s)
                .any(|x| x.label == Label::Per && x.s == s && x.e > e)
        };
        let bare = || {
            s == 0
                || c.newline(s)
                || title_end[s]
                || prev == "and"
                || prev.chars().all(|ch| !ch.is_alphanumeric())
                || (matches!(prev, "by" | "with" | "to" | "from" | "for") && tagged_whole())
        };
        if one && words::TITLE_GIVEN_NAMES.contains(w(s)) && name_like(e) && bare() {
            let mut end = e + 1;
            while end < n && name_like(end) && !c.newline(end) {
                end += 1;
            }
            ed.cut(s, end);
            ed.push(s, end, Label::Per, by);
            continue;
        }
        keep.push(f);
    }
    // Lone mentions of such a surname, not before a name: `King said`.
    keep.retain(|f| {
        let lone = f.end == f.start + 1 && surnames.contains(w(f.start)) && !name_like(f.end);
        if lone && !person_at(&ed, f.start) {
            ed.cut(f.start, f.end);
            ed.push(f.start, f.end, Label::Per, by);
        }
        !lone
    });
    ed.apply(&mut st.spans);
    st.spans.sort();
    st.titles = keep;
}

/// Whether the capitalised words right before token `s`, from the first of
/// their run, are a place of two or three words the gazetteer knows whole.
fn place_before(c: &Ctx, s: usize, name_like: impl Fn(usize) -> bool) -> bool {
    let mut b = s;
    while b > 0 && s - b < 4 && name_like(b - 1) && !c.newline(b) {
        b -= 1;
    }
    (2..=3).contains(&(s - b)) && c.known_place(b, s)
}

pub(super) static POSTS_IN_NAMES: Pass = Pass {
    name: "posts-in-names",
    reason: "a title opening the name of a street, a natural place, a building or a prize is part of that name, no post",
    reads: "titles, spans",
    writes: "titles (dropped), spans (added, removed)",
    run: posts_in_names,
};

/// Whether `t` ends the name of a place
/// often named after a titled person: a street (`King Street`, `Admiral
/// Blvd.`) or a natural place (`Queen Creek`), not a jurisdiction (`Governor
/// Ana Ruiz State` is rarer than a post before a state's name).
fn place_tail(c: &Ctx, t: usize) -> bool {
    let w = c.w(t);
    let jurisdiction = matches!(
        w,
        "County"
            | "District"
            | "Governorate"
            | "Oblast"
            | "Prefecture"
            | "Province"
            | "Region"
            | "State"
    );
    super::streets::street_after(w) || (words::PLACE_HEADS.contains(w) && !jurisdiction)
}

/// A capitalised title opening a run of capitalised words that ends in a
/// street's, a natural place's, a building's, a work's or a prize's last
/// word is part of that name (`King Street`, `Queen Creek`, `the Imam
/// Mosque`, `the Emperor Lanz Bridge`, `the Prince Series`): no post; a
/// street or natural place is a place, the rest no mention of ours.
fn posts_in_names(c: &Ctx, st: &mut State) {
    let by = POSTS_IN_NAMES.name;
    let titles = std::mem::take(&mut st.titles);
    let mut keep = Vec::with_capacity(titles.len());
    for f in titles {
        let (s, e) = (f.start, f.end);
        let mut r = e;
        while r < c.n
            && r - e < 3
            && c.cap(r)
            && !c.newline(r)
            && c.w(r).chars().any(char::is_lowercase)
        {
            r += 1;
        }
        let capitalised = (s..e).all(|t| c.cap(t));
        let ends = |t: usize| r > e && t == r - 1 && !positions::is_title_vocabulary(c.w(t));
        let place = ends(r.wrapping_sub(1)) && place_tail(c, r - 1);
        let thing = ends(r.wrapping_sub(1)) && words::NAMED_AFTER_TAILS.contains(c.w(r - 1));
        // A holder's surname (`President Park`, `Judge Ana Hall`, read as a
        // person), not a name; a street's last word is no surname unless
        // common as one (`Lane`).
        // A monarch's title names streets (`King Street`, `King George
        // Street`).
        let surname = || {
            r > e
                && !words::REGAL_TITLES.contains(c.w(s))
                && ((r == e + 1 && words::SURNAME_TAILS.contains(c.w(e)))
                    || ((!super::streets::street_after(c.w(r - 1))
                        || words::SURNAME_TAILS.contains(c.w(r - 1)))
                        && st.spans.iter().any(|x| {
                            // The tagger may read the title with the name
                            // (`Mayor Carl Lane`).
                            x.label == Label::Per && x.s >= s && x.e == r && x.e > x.s.max(e) + 1
                        })))
        };
        if !capitalised || !(place || thing) || surname() {
            keep.push(f);
            continue;
        }
        st.spans.retain(|x| x.e <= s || x.s >= r);
        if place {
            st.spans.push(s, r, Label::Loc, by);
        }
    }
    st.spans.sort();
    st.titles = keep;
}

pub(super) static POSITIONS: Pass = Pass {
    name: "positions",
    reason: "a title or office the position lexicon knows",
    reads: "titles, spans",
    writes: "spans (removed), candidates (positions), taken",
    run: positions_pass,
};

/// An organisation's name that ends in a post is the post's body or place
/// and the post (`Lagos State Commissioner for Health`, `Harbour Bank Chief
/// Executive`): the name ends before the post, which stays a post. Not a
/// post after `of`, `the`, `for` or `and` inside the name (`Office of the
/// President`).
fn split_posts_ending_names(c: &Ctx, st: &mut State) {
    let mut ends: Vec<(usize, usize)> = st.titles.iter().map(|f| (f.end, f.start)).collect();
    ends.sort_unstable();
    let mut cut = Vec::new();
    for (k, x) in st.spans.iter().enumerate() {
        if !matches!(x.label, Label::Org | Label::Misc) {
            continue;
        }
        let Ok(i) = ends.binary_search_by_key(&x.e, |&(e, _)| e) else {
            continue;
        };
        let start = ends[i].1;
        if start > x.s
            && start < x.e
            && !matches!(
                c.lower[start - 1],
                "of" | "the" | "for" | "and" | "'s" | "’s"
            )
        {
            cut.push((k, start));
        }
    }
    for (k, start) in cut {
        let x = st.spans[k];
        // What is left may be the post's place: `Lagos State`.
        let label = if c.known_place(x.s, start) {
            Label::Loc
        } else {
            x.label
        };
        st.spans.set(k, x.s, start, label, POSITIONS.name);
    }
}

/// An organisation's name that opens with a post and `of` is the post and
/// its body (`Managing Director of Velmar Holdings`, `Group Managing
/// Director of the Harbour Bank Group`): the name starts after `of` (and
/// `the`), the post stays a post, and a `The` before it no name. Not when the post is the whole name or
/// nothing is left after `of`.
fn split_posts_opening_names(c: &Ctx, st: &mut State) {
    let mut cut = Vec::new();
    let mut cover = Vec::new();
    for (k, x) in st.spans.iter().enumerate() {
        if !matches!(x.label, Label::Org | Label::Misc) {
            continue;
        }
        if cover.is_empty() {
            cover = title_cover(c.n, &st.titles);
        }
        // (The name may open with `The`, or inside the post: `Director of
        // Velmar Holdings` after `Managing`.)
        let first = x.s + usize::from(c.lower[x.s] == "the");
        let Some(f) = cover[first].map(|t| &st.titles[t]) else {
            continue;
        };
        let mut start = f.end + 1;
        if start < x.e && c.lower[start] == "the" {
            start += 1;
        }
        if f.end < x.e && c.lower[f.end] == "of" && start < x.e {
            cut.push((k, start));
        }
    }
    for (k, start) in cut {
        let x = st.spans[k];
        let label = if c.known_place(start, x.e) {
            Label::Loc
        } else {
            x.label
        };
        st.spans.set(k, start, x.e, label, POSITIONS.name);
    }
}

/// A post of a body before the holder's name with no comma, where the
/// tagger read the body and the name as one organisation
/// (`Secretary-General of the Health Ministry Ana Ruiz`, `Permanent
/// Secretary of the Ministry of Health Ana Ruiz`): the organisation ends
/// at its last word (an organisation's or a portfolio's), and the two or
/// three capitalised words after it, opening with a given name, are a person;
/// never where the whole name ends in an organisation's head word (`spokesman
/// of the Royal Zembran Police`: a force named by a demonym, no person).
fn split_names_ending_bodies(c: &Ctx, st: &mut State) {
    let mut cut = Vec::new();
    let mut title_ends = Vec::new();
    for (k, x) in st.spans.iter().enumerate() {
        let of_before = (x.s >= 2 && c.lower[x.s - 1] == "of")
            || (x.s >= 3 && c.lower[x.s - 1] == "the" && c.lower[x.s - 2] == "of");
        if x.label != Label::Org || !of_before {
            continue;
        }
        if title_ends.is_empty() {
            title_ends = vec![false; c.n + 1];
            for f in &st.titles {
                title_ends[f.end] = true;
            }
        }
        // A post ends one or two tokens before the name (`of`, `of the`).
        let post_before = title_ends[x.s - 1] || title_ends[x.s - 2];
        let split = (x.s + 1..x.e.saturating_sub(1)).find(|&t| {
            (2..=3).contains(&(x.e - t))
                && c.lex.is_given_name(c.w(t))
                && (t..x.e).all(|u| c.cap(u))
                && !words::ORG_HEADS.contains(c.w(x.e - 1))
                && (words::ORG_HEADS.contains(c.w(t - 1))
                    || positions::is_title_vocabulary(c.w(t - 1)))
        });
        if let (true, Some(t)) = (post_before, split) {
            cut.push((k, t));
        }
    }
    for &(k, t) in cut.iter().rev() {
        let x = st.spans[k];
        st.spans.set(k, x.s, t, x.label, POSITIONS.name);
        st.spans.push(t, x.e, Label::Per, POSITIONS.name);
    }
    if !cut.is_empty() {
        st.spans.sort();
    }
}

/// For each token, the title (by index) that covers it, if any: one pass
/// over the titles, so the splits above need no scan of every title per
/// name.
fn title_cover(n: usize, titles: &[positions::Found]) -> Vec<Option<usize>> {
    let mut cover = vec![None; n];
    for (t, f) in titles.iter().enumerate() {
        for slot in &mut cover[f.start..f.end.min(n)] {
            slot.get_or_insert(t);
        }
    }
    cover
}

/// Positions become candidates (each with the position lexicon's reason),
/// and a service's name right before one is no name (`Navy spokesperson`);
/// except inside organisation names: tokens there cannot hold a title, unless
/// the whole name is title vocabulary (the tagger mistook `Foreign Minister`).
fn positions_pass(c: &Ctx, st: &mut State) {
    split_posts_ending_names(c, st);
    split_posts_opening_names(c, st);
    split_names_ending_bodies(c, st);
    let mut blocked = vec![false; c.n];
    for x in st.spans.iter() {
        if matches!(x.label, Label::Org | Label::Misc)
            && !(x.s..x.e).all(|t| positions::is_title_vocabulary(c.w(t)))
        {
            blocked[x.s..x.e].iter_mut().for_each(|b| *b = true);
        }
    }
    // A service's name before a post is no person or place: `Navy
    // spokesperson`, `Air Force spokesman`.
    let service = |t: usize| {
        words::ORGANISATIONS_BEFORE_POSTS.contains(c.w(t))
            || (c.w(t) == "Air" && c.w(t + 1) == "Force")
    };
    let mut before_post = vec![false; c.n + 1];
    for f in &st.titles {
        before_post[f.start] = true;
    }
    st.spans.retain(|x| {
        !(matches!(x.label, Label::Per | Label::Loc) && before_post[x.e] && (x.s..x.e).all(service))
    });
    for f in std::mem::take(&mut st.titles)
        .into_iter()
        .filter(|f| !(f.start..f.end).any(|t| blocked[t]))
    {
        st.taken[f.start..f.end].iter_mut().for_each(|b| *b = true);
        st.out.push(Candidate {
            start: f.start,
            end: f.end,
            kind: Kind::Position,
            reason: f.reason.into(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn posts_an_organisation_name_ending_in_a_post_keeps_the_post() {
        for (text, expected) in [
            (
                "It was disclosed by Lagos State Commissioner for Health, Prof. Akin Abay, on Monday.",
                &[
                    ("Lagos State", "place"),
                    ("Commissioner for Health", "position"),
                    ("Prof.", "position"),
                    ("Akin Abay", "person"),
                ][..],
            ),
            (
                "Tomas Vell, the State Department Spokesperson, said no.",
                &[("Tomas Vell", "person"), ("Spokesperson", "position")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_an_organisation_name_opening_with_a_post_keeps_the_post() {
        for (text, expected) in [
            (
                "The Managing Director of Velmar Holdings, Ana Ruiz, said sales fell.",
                &[("Managing Director", "position"), ("Ana Ruiz", "person")][..],
            ),
            (
                "The Group Managing Director of Velmar Holdings, Ivo Lanz, resigned.",
                &[
                    ("Group Managing Director", "position"),
                    ("Ivo Lanz", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_a_name_the_tagger_joined_to_a_post_s_body_is_a_person() {
        for (text, expected) in [
            (
                "Secretary-General of the Health Ministry Maria Lopez said vaccines arrived.",
                &[("Secretary-General", "position"), ("Maria Lopez", "person")][..],
            ),
            (
                "Permanent Secretary of the Ministry of Health Ana Ruiz said.",
                &[("Permanent Secretary", "position"), ("Ana Ruiz", "person")],
            ),
            // No post of the body before it: no split.
            (
                "He met officials of the Health Ministry Maria Lopez runs.",
                &[],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_positions_win_over_names() {
        for (text, expected) in [
            (
                "The deal was signed by Prime Minister Ana Ruiz.",
                &[("Prime Minister", "position"), ("Ana Ruiz", "person")][..],
            ),
            (
                "Minister Park Soo-ah arrived.",
                &[("Minister", "position"), ("Park Soo-ah", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_services_before_posts_are_no_names() {
        for (text, expected) in [
            (
                "Navy spokesperson Capt Ivo Lanz said ten boats left.",
                &[
                    ("spokesperson", "position"),
                    ("Capt", "position"),
                    ("Ivo Lanz", "person"),
                ][..],
            ),
            (
                "Air Force spokesman Ivo Lanz said two jets left.",
                &[("spokesman", "position"), ("Ivo Lanz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_posts_in_names() {
        for (text, expected) in [
            (
                "Traffic stopped on King Street near Queen Creek.",
                &[("King Street", "place"), ("Queen Creek", "place")][..],
            ),
            (
                "Crowds filled the Imam Mosque and President Tomas Avenue.",
                &[("President Tomas Avenue", "place")],
            ),
            (
                "President Park met Judge Ana Ruiz in Lisbon.",
                &[
                    ("President", "position"),
                    ("Park", "person"),
                    ("Judge", "position"),
                    ("Ana Ruiz", "person"),
                    ("Lisbon", "place"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_title_words_as_names() {
        for (text, expected) in [
            (
                "President Tomas Ruiz arrived in Lisbon.",
                &[
                    ("President", "position"),
                    ("Tomas Ruiz", "person"),
                    ("Lisbon", "place"),
                ][..],
            ),
            (
                "Dean Okafor scored twice for the visitors.",
                &[("Dean Okafor", "person")],
            ),
            // After a preposition, read whole by the tagger: a given name.
            (
                "The prize was founded by Dean Okafor in 1992.",
                &[("Dean Okafor", "person")],
            ),
            (
                "The court heard that Tomas Dean Okafor had paid.",
                &[("Tomas Dean Okafor", "person")],
            ),
            // A place that is also a given name, before a title, is no name:
            // the title stays a post everywhere.
            (
                "Which previous Virginia Governor did the most? She ran for \
                 Governor of Virginia. She would be a fine Governor.",
                &[
                    ("Virginia", "place"),
                    ("Governor", "position"),
                    ("Governor", "position"),
                    ("Virginia", "place"),
                    ("Governor", "position"),
                ],
            ),
            // Nor a place of several words opening with a given name.
            (
                "The San Diego Mayor met Ana Ruiz. Billie Jean King said.",
                &[
                    ("San Diego", "place"),
                    ("Mayor", "position"),
                    ("Ana Ruiz", "person"),
                    ("Billie Jean King", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn posts_after_bodies() {
        for (text, expected) in [
            // A jurisdiction's word and its post read as a name.
            (
                "Also present was Regional Chairman, Tomas Verrill who praised the farmers.",
                &[("Chairman", "position"), ("Tomas Verrill", "person")][..],
            ),
            // A force named by a land ends in its head word: no person inside.
            (
                "Col Banu Treval, deputy spokesman of the Royal Lorena Police, denied it.",
                &[
                    ("Col", "position"),
                    ("Banu Treval", "person"),
                    ("deputy spokesman", "position"),
                ],
            ),
            // A chamber's portfolio ends its name, not the post's.
            (
                "Velmar Chamber of Commerce Chairman Oskan Tirelli spoke.",
                &[("Chairman", "position"), ("Oskan Tirelli", "person")],
            ),
            (
                "The Velmar Chamber of Commerce and Industry Vice Chairman, Alda Brenz, spoke.",
                &[("Vice Chairman", "position"), ("Alda Brenz", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
