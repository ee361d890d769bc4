//! A place the gazetteer knows before `government` or `governor` is the place
//! governed: `the Ruritania government`, `the Valdora Governor`; and before
//! any post of government, the place whose post it is: `Penang Chief Minister
//! Ana Rahim`, `Tarsex Police Commissioner`. The tagger often reads it as part
//! of an organisation or the holder's name, or leaves it out.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static GOVERNMENT_PLACES: Pass = Pass {
    name: "government-places",
    reason: "a place the gazetteer knows before government or governor is the place governed",
    reads: "spans",
    writes: "spans (added, shortened, re-typed)",
    run: government_places,
};

pub(super) static PLACES_BEFORE_POSTS: Pass = Pass {
    name: "places-before-posts",
    reason: "a place the gazetteer knows right before a post, such as Penang before Chief Minister, is the place whose post it is",
    reads: "titles, spans",
    writes: "spans (added, re-typed)",
    run: places_before_posts,
};

/// The longest run of capitalised words ending before token `t` (up to three)
/// that is a place the gazetteer knows.
fn place_before(c: &Ctx, t: usize) -> Option<usize> {
    (t.saturating_sub(3)..t).find(|&s| (s..t).all(|u| c.cap(u)) && c.known_place(s, t))
}

/// A place the gazetteer knows, in capitalised words right before a post
/// (`Penang Chief Minister`, `Tarsex Police Commissioner`, `Oldshire MP`), no
/// part of a longer name, is a place; the tagger reads it as the holder's
/// name, part of an organisation, or nothing. Not before a post a club, a
/// company or an outlet has more often (`Harbourton manager`, `Valdora
/// chairman`: `club-posts.txt`, `company-posts.txt`), nor after `of` or a
/// possessive (`the mayor of Tarsex Police Commissioner` is no shape a place
/// takes here).
fn places_before_posts(c: &Ctx, st: &mut State) {
    let span_at = st.spans.last_at(c.n);
    let mut add = Vec::new();
    for f in &st.titles {
        let t = f.start;
        if t == 0 || c.newline(t) {
            continue;
        }
        let post: Vec<&str> = (f.start..f.end).map(|u| c.lower[u]).collect();
        let post = post.join(" ");
        if words::CLUB_POSTS.contains(&post) || words::COMPANY_POSTS.contains(&post) {
            continue;
        }
        let Some(s) = place_before(c, t) else {
            continue;
        };
        if body_place(c, s, t) {
            continue;
        }
        let longer = s > 0
            && !c.newline(s)
            && (c.cap(s - 1) || matches!(c.lower[s - 1], "of" | "’s" | "'s"));
        // On one line: no line break inside the place's words.
        if longer || (s + 1..t).any(|u| c.newline(u)) {
            continue;
        }
        // Free words, or one span holding exactly the place.
        match span_at[s] {
            k if k == usize::MAX => {
                if (s..t).all(|u| span_at[u] == usize::MAX) {
                    add.push((s, t));
                }
            }
            k => {
                // Or one span holding the place and some of the post's
                // words (`Valdora Chief` read as one organisation).
                let (ks, ke, label) = st.spans[k].tuple();
                if ks == s && ke == t && label != Label::Loc {
                    st.spans.retype(k, Label::Loc, PLACES_BEFORE_POSTS.name);
                } else if ks == s && ke > t && ke <= f.end {
                    st.spans.set(k, s, t, Label::Loc, PLACES_BEFORE_POSTS.name);
                }
            }
        }
    }
    if !add.is_empty() {
        for (s, e) in add {
            st.spans.push(s, e, Label::Loc, PLACES_BEFORE_POSTS.name);
        }
        st.spans.sort();
    }
}

/// Whether `s..t` names a union of states the gazetteer lists as a place
/// (`EU`: the European Union): before a post it is the body whose post it is
/// (`EU foreign policy chief`).
fn body_place(c: &Ctx, s: usize, t: usize) -> bool {
    let words: Vec<&str> = (s..t).map(|u| c.w(u)).collect();
    c.lex.longest_place(&words).is_some_and(|(_, p)| {
        p.name
            .rsplit(' ')
            .next()
            .is_some_and(|last| words::ORG_HEADS.contains(last))
    })
}

fn government_places(c: &Ctx, st: &mut State) {
    let span_at = st.spans.last_at(c.n);
    let mut added = false;
    for t in 1..c.n {
        if !words::GOVERNMENT_WORDS.contains(c.w(t)) || c.newline(t) {
            continue;
        }
        let Some(s) = place_before(c, t) else {
            continue;
        };
        // Not part of a longer name: `Upper Valdora government`.
        if s > 0 && c.cap(s - 1) && !c.newline(s) {
            continue;
        }
        let k = span_at[s];
        if k == usize::MAX {
            if (s..t).all(|u| span_at[u] == usize::MAX) {
                st.spans.push(s, t, Label::Loc, GOVERNMENT_PLACES.name);
                added = true;
            }
            continue;
        }
        let (ks, ke, label) = st.spans[k].tuple();
        let holds_place = ks == s && (ke == t || ke == t + 1);
        if holds_place && (label != Label::Loc || ke != t) {
            st.spans.set(k, s, t, Label::Loc, GOVERNMENT_PLACES.name);
        }
    }
    if added {
        st.spans.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn governments_name_places() {
        for (text, expected) in [
            (
                "The court sent notices to the Kerala government on Friday.",
                &[("Kerala", "place")][..],
            ),
            (
                "He stays until the Bavaria Government's council meets.",
                &[("Bavaria", "place")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn places_before_posts_are_places() {
        for (text, expected) in [
            (
                "Penang Chief Minister Ali Rustam opened the bridge.",
                &[
                    ("Penang", "place"),
                    ("Chief Minister", "position"),
                    ("Ali Rustam", "person"),
                ][..],
            ),
            (
                "On Monday, Selangor Menteri Besar Amir Hamzah spoke.",
                &[
                    ("Selangor", "place"),
                    ("Menteri Besar", "position"),
                    ("Amir Hamzah", "person"),
                ],
            ),
            // A union of states: the body.
            (
                "EU foreign policy chief Ana Ruiz spoke.",
                &[("foreign policy chief", "position"), ("Ana Ruiz", "person")],
            ),
            // A club's post: the club, no place.
            (
                "Liverpool manager Tomas Vell praised the fans.",
                &[("manager", "position"), ("Tomas Vell", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
