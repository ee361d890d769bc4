//! A member's constituency after `for` (`the MP for Westbury`, `Senator for
//! Tasmania`, `MLA for Burnaby-Lougheed`, `the TD for Cork South Central`) is a
//! place, as GUIDELINES.md splits a title and `for` + place; the tagger reads
//! a constituency it does not know as nothing, a person or an organisation,
//! and joins it to the holder's name when no comma comes between (`Senator for
//! Tasmania Carl Dunne`).

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static CONSTITUENCIES: Pass = Pass {
    name: "constituencies",
    reason: "the capitalised words after a member's post and for name the member's constituency, a place",
    reads: "titles, spans",
    writes: "spans (added, cut, removed)",
    run: constituencies,
};

/// Whether the title `s..e` ends in a member's post of
/// `constituency-posts.txt` (`MP`, `Senator`, `Member of Parliament`).
fn member_post(c: &Ctx, s: usize, e: usize) -> bool {
    (s..e).any(|t| words::CONSTITUENCY_POSTS.contains(&c.lower[t..e].join(" ")))
}

/// Whether the token at `t` may stand in a constituency's name: a
/// capitalised word (no party or organisation word), or a hyphen or `and`
/// between two of them (`Burnaby-Lougheed`, `Kingston and Surbiton`).
fn name_token(c: &Ctx, t: usize) -> bool {
    let cap = |u: usize| {
        c.name_word(u)
            && c.w(u).chars().any(char::is_alphabetic)
            && !words::ORG_WORDS.contains(c.lower[u])
            && !words::HOLD_PARTY_WORDS.contains(c.w(u))
            && !words::PARTY_MEMBERS.contains(c.w(u))
    };
    let joiner = |u: usize| {
        (c.tight_hyphen(u) || matches!(c.w(u), "and" | "–" | "—"))
            && u > 0
            && cap(u - 1)
            && cap(u + 1)
    };
    cap(t) || joiner(t)
}

/// The constituency after the post ending at `e` (`for` at `e`): its first
/// token and end, and where a holder's name joined to it starts (`Tasmania
/// Carl Dunne`: two or three capitalised words opening with a given name or
/// after a place the gazetteer knows).
fn constituency(c: &Ctx, e: usize) -> Option<(usize, usize, Option<usize>)> {
    if e + 1 >= c.n || c.lower[e] != "for" || c.newline(e + 1) {
        return None;
    }
    let s = e + 1;
    let mut end = s;
    while end < c.n && end - s < 6 && name_token(c, end) && (end == s || !c.newline(end)) {
        end += 1;
    }
    if end == s || c.lower[end - 1] == "and" {
        return None;
    }
    let name_at = |t: usize| (2..=3).contains(&(end - t)) && (t..end).all(|u| c.cap(u));
    // A given name opens the holder's name; or the gazetteer knows the words
    // before it as a place, and not the words with it.
    let holder = (s + 1..end)
        .find(|&t| name_at(t) && c.lex.is_given_name(c.w(t)))
        .or_else(|| {
            (s + 1..end)
                .rev()
                .find(|&t| name_at(t) && c.known_place(s, t) && !c.known_place(s, end))
        });
    Some((s, holder.unwrap_or(end), holder))
}

fn constituencies(c: &Ctx, st: &mut State) {
    let mut found = Vec::new();
    for f in &st.titles {
        if member_post(c, f.start, f.end) {
            if let Some(x) = constituency(c, f.end) {
                found.push(x);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let end_of = |&(_, place_end, holder): &(usize, usize, Option<usize>)| {
        holder.map_or(place_end, |h| (h..c.n).find(|&t| !c.cap(t)).unwrap_or(c.n))
    };
    for x in &found {
        let (s, e) = (x.0, end_of(x));
        st.spans.retain(|y| y.e <= s || y.s >= e);
    }
    for x in &found {
        let (s, place_end, holder) = *x;
        st.spans.push(s, place_end, Label::Loc, CONSTITUENCIES.name);
        if let Some(h) = holder {
            st.spans.push(h, end_of(x), Label::Per, CONSTITUENCIES.name);
        }
    }
    st.spans.sort();
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn constituencies_after_member_posts() {
        for (text, expected) in [
            (
                "Ana Ruiz, the Labour MP for Westbury North, said no.",
                &[
                    ("Ana Ruiz", "person"),
                    ("MP", "position"),
                    ("Westbury North", "place"),
                ][..],
            ),
            (
                "Senator for Tasmania Carl Dunne said the bill was flawed.",
                &[
                    ("Senator", "position"),
                    ("Tasmania", "place"),
                    ("Carl Dunne", "person"),
                ],
            ),
            (
                "Lia Moss, the Member of the Legislative Assembly for Harbourside, said no.",
                &[
                    ("Lia Moss", "person"),
                    ("Member of the Legislative Assembly", "position"),
                    ("Harbourside", "place"),
                ],
            ),
            (
                "Ana Ruiz, MLA for Kelby-Lorne, said no.",
                &[
                    ("Ana Ruiz", "person"),
                    ("MLA", "position"),
                    ("Kelby-Lorne", "place"),
                ],
            ),
            // A party after `for` is no constituency.
            (
                "Ana Ruiz, the MP for the Greens, said no.",
                &[("Ana Ruiz", "person"), ("MP", "position")],
            ),
        ] {
            check(text, expected);
        }
    }
}
