//! Names beside a post: a title inside what the tagger read as one organisation
//! (`Valdora Mayor Ana Ruiz` is place + post + person), names after a post
//! (`Finance Minister Ngozi Adeyemi-Okafor`) and names set off before one
//! (`Babu Otieno, the MP for Kisumu West`).

use super::streets::street_after;
use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static POSTS_IN_ORGANISATIONS: Pass = Pass {
    name: "posts-in-organisations",
    reason: "a name after a post the tagger read as part of one organisation",
    reads: "titles, spans",
    writes: "spans (split)",
    run: posts_in_organisations,
};

/// A title inside an organisation name: `Valdora Mayor Ana Ruiz` read as one
/// organisation is place + title + person.
fn posts_in_organisations(c: &Ctx, st: &mut State) {
    let titles = &st.titles;
    let w = |t: usize| c.w(t);
    let mut split = Vec::new();
    // The first title (in list order) inside `s..e`; titles come in text
    // order, so only those starting inside need looking at.
    let sorted = titles.is_sorted_by_key(|p| p.start);
    let title_inside = |s: usize, e: usize| {
        let from = if sorted {
            titles.partition_point(|p| p.start < s)
        } else {
            0
        };
        titles[from..]
            .iter()
            .take_while(|p| !sorted || p.start < e)
            .find(|p| s <= p.start && p.end < e)
    };
    st.spans.retain(|x| {
        let (s, e, label) = x.tuple();
        if !matches!(label, Label::Org | Label::Misc) {
            return true;
        }
        let Some(p) = title_inside(s, e) else {
            return true;
        };
        let name_after = (p.end..e).all(|t| {
            (c.cap(t) || words::NAME_PARTICLES.contains(w(t))) && !words::ORG_WORDS.contains(w(t))
        }) && c.cap(p.end);
        if !name_after {
            return true;
        }
        if p.start > s {
            let place = c.known_place(s, p.start);
            split.push((s, p.start, if place { Label::Loc } else { label }));
        }
        split.push((p.end, e, Label::Per));
        false
    });
    for (s, e, label) in split {
        st.spans.push(s, e, label, POSTS_IN_ORGANISATIONS.name);
    }
    st.spans.sort();
}

pub(super) static NAMES_BESIDE_POSTS: Pass = Pass {
    name: "names-beside-posts",
    reason:
        "capitalised words right after a post, or set off by a comma before one, name its holder",
    reads: "titles, spans",
    writes: "spans (added, re-typed)",
    run: names_beside_posts,
};

/// Names the tagger missed beside a post. The tagger sometimes reads such names
/// as an organisation: they are free here too (an organisation is never set off
/// by a person's post).
fn names_beside_posts(c: &Ctx, st: &mut State) {
    let (n, w) = (c.n, |t: usize| c.w(t));
    let mut named = vec![false; n];
    for x in st.spans.iter() {
        if matches!(x.label, Label::Per | Label::Loc) {
            named[x.s..x.e].iter_mut().for_each(|y| *y = true);
        }
    }
    // The first several-word place of capitalised words ending at each token.
    let mut loc_ending = vec![usize::MAX; n + 1];
    for (k, x) in st.spans.iter().enumerate() {
        if x.label == Label::Loc
            && x.e - x.s >= 2
            && (x.s..x.e).all(|t| c.cap(t))
            && loc_ending[x.e] == usize::MAX
        {
            loc_ending[x.e] = k;
        }
    }
    // A name word, wherever its line starts (`name_at`: not at a line's start).
    let name_word = |t: usize| {
        c.name_word(t)
            && !named[t]
            && w(t).chars().any(char::is_lowercase)
            && !words::NOT_NAMES_AFTER_POSTS.contains(w(t))
            && !words::ORG_WORDS.contains(w(t))
    };
    let name_at = |t: usize| name_word(t) && !c.newline(t);
    let particle = |t: usize| words::NAME_PARTICLES.contains(w(t));
    let (mut found, mut retype) = (Vec::new(), Vec::new());
    for p in &st.titles {
        // After the post, or after its bracketed short form.
        let at = after_short_form(c, p.start, p.end);
        if name_at(at) {
            let mut e = at + 1;
            while e < n && e - at < 4 && (name_at(e) || (particle(e) && name_at(e + 1))) {
                e += 1;
            }
            let org_next = e < n && (c.cap(e) || words::ORG_WORDS.contains(w(e)));
            if !c.known_place(at, e) && !org_next {
                found.push((at, e, Label::Per));
                continue;
            }
        }
        // Before it, set off by a comma: `Name, the post`, `Name, a senior post`.
        let mut t = p.start;
        while t > 0
            && (words::APPOSITION_OPENERS.contains(w(t - 1))
                || c.lex.demonym_country(w(t - 1)).is_some())
        {
            t -= 1;
        }
        if t < 3 || w(t - 1) != "," {
            continue;
        }
        let e = t - 1;
        // A several-word "place" the gazetteer does not know whole, set off
        // before a post, is a person too (`Lusaka Obi, the party chairman`).
        if let Some(&k) = loc_ending.get(e).filter(|&&k| k != usize::MAX) {
            let (ls, le) = (st.spans[k].s, st.spans[k].e);
            let head = words::PLACE_HEADS.contains(w(le - 1)) || street_after(w(le - 1));
            if !c.known_place(ls, le) && !head {
                retype.push(k);
            }
            continue;
        }
        // Back to the name's first word, which may open its line
        // (`¶Ana Ruiz, director of …`).
        let mut s = e;
        while s > 0
            && e - s < 4
            && (s == e || !c.newline(s))
            && (name_word(s - 1) || (particle(s - 1) && s < e))
        {
            s -= 1;
        }
        if e - s < 2 || !name_word(s) {
            continue;
        }
        let before_ok = s == 0
            || c.newline(s)
            || !(c.cap(s - 1) || words::LOCATIVE_WORDS.contains(c.lower[s - 1]));
        if before_ok && !c.known_place(s, e) {
            found.push((s, e, Label::Per));
        }
    }
    for k in retype {
        st.spans.retype(k, Label::Per, NAMES_BESIDE_POSTS.name);
    }
    if !found.is_empty() {
        st.spans.replace(found, NAMES_BESIDE_POSTS.name, true);
    }
}

/// Where a name after the post `s..e` would start: past a bracketed short
/// form of the post (`Inspector General of Police (IGP) Ana Ruiz`), or past
/// the closing bracket when the post is itself that short form (`(IGP) Ana`).
fn after_short_form(c: &Ctx, s: usize, e: usize) -> usize {
    let w = |t: usize| c.w(t);
    let short = |t: usize| {
        let x = w(t);
        x.chars().count() >= 2 && x.chars().all(|ch| ch.is_ascii_uppercase())
    };
    if e + 2 < c.n && w(e) == "(" && short(e + 1) && w(e + 2) == ")" {
        e + 3
    } else if s > 0 && e < c.n && w(s - 1) == "(" && w(e) == ")" && short(s) {
        e + 1
    } else {
        e
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn beside_posts_names_found() {
        for (text, expected) in [
            (
                "Finance Minister Ngozi Adeyemi-Okafor resigned.",
                &[
                    ("Finance Minister", "position"),
                    ("Ngozi Adeyemi-Okafor", "person"),
                ][..],
            ),
            (
                "The former Inspector General of Police (IGP) Sekuba Damfa spoke.",
                &[
                    ("Inspector General of Police", "position"),
                    ("IGP", "position"),
                    ("Sekuba Damfa", "person"),
                ],
            ),
            (
                "The former police chief (IGP) Sekuba Damfa spoke.",
                &[("police chief", "position"), ("Sekuba Damfa", "person")],
            ),
            (
                "Tomas Ruiz, the party chairman, resigned.",
                &[("Tomas Ruiz", "person"), ("party chairman", "position")],
            ),
            (
                "The count went on.\n\nFelisberto Mavume, director of the count, spoke.",
                &[("Felisberto Mavume", "person"), ("director", "position")],
            ),
            (
                "Babu Otieno, the MP for Kisumu West, disagreed.",
                &[
                    ("Babu Otieno", "person"),
                    ("MP", "position"),
                    ("Kisumu West", "place"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }
}
