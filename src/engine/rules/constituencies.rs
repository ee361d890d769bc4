//! A member's constituency after `for` (`the MP for Westbury`, `Senator for
//! Tasmania`, `MLA for Oldbury-Eastvale`, `the TD for Cork South Central`) is a
//! place, as GUIDELINES.md splits a title and `for` + place; the tagger reads
//! a constituency it does not know as nothing, a person or an organisation,
//! and joins it to the holder's name when no comma comes between (`Senator for
//! Tasmania Carl Dunne`).

use super::spans::Editor;
use super::{Ctx, Pass, State};
use crate::engine::positions;
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
/// `constituency-posts.txt` (`MP`, `Senator`, `Member of Parliament`), also
/// with `-elect` after it (`MP-elect`), or is the capitalised `Member` that
/// `members-for` found.
fn member_post(c: &Ctx, s: usize, e: usize) -> bool {
    // `MP-elect for South Beach`: the member's post before `-elect`.
    let e = if e >= s + 3 && c.lower[e - 1] == "elect" && c.lower[e - 2] == "-" {
        e - 2
    } else {
        e
    };
    (e == s + 1 && c.w(s) == "Member")
        || (s..e).any(|t| words::CONSTITUENCY_POSTS.contains(&c.lower[t..e].join(" ")))
}

/// Whether the token at `t` may stand in a constituency's name: a
/// capitalised word (no party, organisation or title word: `councillor for
/// Fine Gael`), or a hyphen,
/// `and` or a lower-case particle between two of them (`Oldbury-Eastvale`,
/// `Oldbury and Marsh`, `Pointe a Lisle`).
fn name_token(c: &Ctx, t: usize) -> bool {
    let cap = |u: usize| {
        c.name_word(u)
            && c.w(u).chars().any(char::is_alphabetic)
            && !words::ORG_WORDS.contains(c.lower[u])
            && !words::HOLD_PARTY_WORDS.contains(c.w(u))
            && !words::PARTY_MEMBERS.contains(c.w(u))
            && !words::PARTY_NAMES_BEFORE_POSTS.contains(c.w(u))
            // A settlement's noun may be a title word too (`Town` of `Town
            // Clerk`) and still end a seat's name (`Bains Town`).
            && (compass(c.w(u))
                || words::SETTLEMENT_NOUNS.contains(c.lower[u])
                || !positions::is_title_vocabulary(c.w(u)))
    };
    let joiner = |u: usize| {
        (c.tight_hyphen(u)
            || matches!(
                c.w(u),
                "and" | "–" | "—" | "a" | "de" | "du" | "la" | "le" | "des" | "del"
            ))
            && u > 0
            && cap(u - 1)
            && cap(u + 1)
    };
    cap(t) || joiner(t)
}

/// A compass word that may end a constituency's name (`Cork North Central`).
fn compass(w: &str) -> bool {
    matches!(w, "North" | "South" | "East" | "West" | "Central" | "Mid")
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
    // The holder's two or three capitalised words: no compass word among
    // them, none after `St` (`St Catherine South` is one place).
    let name_at = |t: usize| {
        (2..=3).contains(&(end - t))
            && (t..end).all(|u| c.cap(u) && !compass(c.w(u)))
            && !matches!(c.w(t - 1), "St" | "St." | "Saint" | "Ste" | "Sainte")
    };
    // A given name opens the holder's name; or a compass word ends the
    // constituency before it (`Eastvale South`); or the gazetteer knows the
    // words before it as a place, and not the words with it.
    let holder = (s + 1..end)
        .find(|&t| name_at(t) && (c.lex.is_given_name(c.w(t)) || compass(c.w(t - 1))))
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

pub(super) static MEMBERS_FOR: Pass = Pass {
    name: "members-for",
    reason: "a capitalised Member before for and a constituency (the Member for Westbury) is a member's post",
    reads: "titles, spans",
    writes: "titles (added)",
    run: members_for,
};

/// `the Member for Westbury`, `Ana Ruiz, Member for Harbourside`: New
/// Zealand, Australian, Pacific and British parliaments name a member by
/// the seat. The capitalised `Member` alone, after `the`, `hon.` (`the hon.
/// Member for Westbury`, as Hansard and parliamentary reports write; `the
/// honorable Member`), a comma, a line's start or a legislature's name (`National
/// Assembly Member for Westbury`, as Gambian papers write; not inside another
/// longer name: `Board Member`), before `for`
/// and a constituency, is a post, whose constituency the pass
/// `constituencies` then marks.
fn members_for(c: &Ctx, st: &mut State) {
    let mut added = Vec::new();
    // The tokens inside posts, marked at the first `Member`.
    let mut in_title: Option<Vec<bool>> = None;
    for t in 0..c.n {
        // The cheap test first: this runs at every token.
        if c.w(t) != "Member" {
            continue;
        }
        // `hon.` may come as `hon` and a dot.
        let before = |u: usize| {
            if c.w(u) == "." && u > 0 {
                c.w(u - 1)
            } else {
                c.w(u)
            }
        };
        let opened = t == 0
            || c.newline(t)
            || matches!(
                c.w(t - 1),
                "the" | "The" | "," | "(" | "a" | "A" | "and" | "Assembly" | "Parliament"
            )
            || matches!(
                before(t - 1),
                "hon"
                    | "Hon"
                    | "hon."
                    | "Hon."
                    | "Honourable"
                    | "honourable"
                    | "Honorable"
                    | "honorable"
            );
        let titled = in_title.get_or_insert_with(|| {
            let mut at = vec![false; c.n];
            for f in &st.titles {
                at[f.start..f.end.min(c.n)]
                    .iter_mut()
                    .for_each(|x| *x = true);
            }
            at
        });
        if !opened || titled[t] || constituency(c, t + 1).is_none() {
            continue;
        }
        added.push(positions::Found {
            start: t,
            end: t + 1,
            reason: "member's post before for and a constituency",
        });
    }
    if !added.is_empty() {
        st.titles.extend(added);
        st.titles.sort_by_key(|f| (f.start, f.end));
    }
}

pub(super) static CONSTITUENCIES_BEFORE_POSTS: Pass = Pass {
    name: "constituencies-before-posts",
    reason: "the capitalised words right before a member's post such as MP, TD or assemblyman name the member's constituency, a place",
    reads: "titles, spans",
    writes: "spans (added, removed)",
    run: constituencies_before_posts,
};

/// Whether the word at `t` may stand in a constituency's name before a
/// post: capitalised, the rest lower case, and no given name, demonym,
/// party, organisation, jurisdiction or title word (but a compass word, as
/// in `Cork North Central`).
fn constituency_word(c: &Ctx, t: usize) -> bool {
    let w = c.w(t);
    if compass(w) {
        return true;
    }
    c.name_word(t)
        && w.chars().all(char::is_alphabetic)
        && w.chars().skip(1).all(char::is_lowercase)
        && !c.lex.is_given_name(w)
        && !c.lex.is_demonym(w)
        && !words::HOLD_PARTY_WORDS.contains(w)
        && !words::PARTY_MEMBERS.contains(w)
        && !words::ORG_WORDS.contains(c.lower[t])
        && !words::PORTFOLIO_RUN_STOPS.contains(c.lower[t])
        && !positions::is_title_vocabulary(w)
}

/// The constituency before a member's post at `s` (`the Louth TD`, `Hulu
/// Kelang assemblyman`): one to three words after `the` or `a`; or after
/// any other word that is not capitalised, or at a line's start, where the
/// post is in lower case or a name follows it (`Louth TD Ana Ruiz`; not
/// `Ana Ruiz MP said`). None where a
/// name the tagger read runs on before it, or where the words end in a
/// party or organisation `known-organisations.txt` lists.
///
/// `runs_on[b]` says whether a name span runs on across the start of token `b`.
fn constituency_before(c: &Ctx, runs_on: &[bool], s: usize, e: usize) -> Option<usize> {
    let mut b = s;
    while b > 0 && s - b < 3 && !c.newline(b) && constituency_word(c, b - 1) {
        b -= 1;
    }
    let article = b > 0 && matches!(c.lower[b - 1], "the" | "a" | "an");
    let opened = b == 0 || c.newline(b) || !c.cap(b - 1);
    let name_after = e < c.n && c.name_word(e) && !c.newline(e);
    let lower_post = !c.cap(s);
    // A name the tagger read that runs on before the words, or a party or
    // organisation the lists know (`Sinn Féin MP`), is no constituency.
    let inside_name = runs_on[b];
    let known_body = (b..s).any(|t| {
        let words: Vec<&str> = (t..s).map(|u| c.w(u)).collect();
        words::KNOWN_ORGANISATIONS.contains(&words.join(" "))
    });
    let context = article || (opened && (lower_post || name_after));
    (b < s && context && !inside_name && !known_body).then_some(b)
}

/// Where the member's post of `posts-after-constituencies.txt` starts inside
/// the title `s..e` that took capitalised words before it as its own (a
/// function noun or a modifier: `Marathon MP`, `Town MP` of `Free Town MP`),
/// with a name after it: there, those words open the constituency. None
/// otherwise.
fn member_post_in_title(c: &Ctx, s: usize, e: usize) -> Option<usize> {
    let m = (s + 1..e)
        .find(|&m| words::POSTS_AFTER_CONSTITUENCIES.contains(&c.lower[m..e].join(" ")))?;
    let name_after = e < c.n && c.name_word(e) && !c.newline(e);
    ((s..m).all(|t| seat_word(c, t)) && name_after && m - s <= 3).then_some(m)
}

/// Whether the word at `t`, at a line's start before a member's post and
/// its holder's name, may stand in the constituency's name: capitalised, the
/// rest lower case, and no demonym, party, organisation or portfolio word (a
/// given name or a title's word may: `Free Town`, `Marathon`).
fn seat_word(c: &Ctx, t: usize) -> bool {
    let w = c.w(t);
    c.cap(t)
        && w.chars().all(char::is_alphabetic)
        && w.chars().skip(1).all(char::is_lowercase)
        && !c.lex.is_demonym(w)
        && !words::HOLD_PARTY_WORDS.contains(w)
        && !words::PARTY_MEMBERS.contains(w)
        && !words::ORG_WORDS.contains(c.lower[t])
        && !positions::is_portfolio(c.lower[t])
}

/// Where the constituency that opens the title at `s` starts: up to two
/// words before it that may name one, or `s`; None unless it opens a line
/// or follows `the` or `a` (not `the Committee on Petitions MP`).
fn seat_start(c: &Ctx, s: usize) -> Option<usize> {
    let opened = |b: usize| b == 0 || c.newline(b) || matches!(c.lower[b - 1], "the" | "a" | "an");
    (s.saturating_sub(2)..=s)
        .find(|&b| (b..s).all(|t| !c.newline(t + 1) && seat_word(c, t)) && opened(b))
}

/// A title that is a post of `posts-after-constituencies.txt` takes the
/// constituency before it as a place; names the tagger read inside it go.
/// A title that swallowed the constituency's words is cut to the post.
fn constituencies_before_posts(c: &Ctx, st: &mut State) {
    let mut found = Vec::new();
    let mut runs_on: Option<Vec<bool>> = None;
    for f in st.titles.iter_mut() {
        let inner = member_post_in_title(c, f.start, f.end);
        if let Some((m, b)) = inner.and_then(|m| Some((m, seat_start(c, f.start)?))) {
            found.push((b, m));
            f.start = m;
            continue;
        }
        let post = c.lower[f.start..f.end].join(" ");
        if words::POSTS_AFTER_CONSTITUENCIES.contains(&post) {
            let runs_on = runs_on.get_or_insert_with(|| {
                let mut on = vec![false; c.n + 1];
                for x in st.spans.iter() {
                    on[(x.s + 1).min(x.e)..x.e]
                        .iter_mut()
                        .for_each(|v| *v = true);
                }
                on
            });
            if let Some(b) = constituency_before(c, runs_on, f.start, f.end) {
                found.push((b, f.start));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let mut ed = Editor::new(&st.spans, c.n);
    for &(b, s) in &found {
        ed.cut(b, s);
        ed.push(b, s, Label::Loc, CONSTITUENCIES_BEFORE_POSTS.name);
    }
    ed.apply(&mut st.spans);
    st.spans.sort();
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn constituencies_after_members() {
        for (text, expected) in [
            // A legislature's name, or the American spelling of `hon.`, before it.
            (
                "Kebba Sanneh, National Assembly Member for Kombo East, moved the motion.",
                &[
                    ("Kebba Sanneh", "person"),
                    ("Member", "position"),
                    ("Kombo East", "place"),
                ][..],
            ),
            (
                "The honorable Member for Upper Niumi, Lamin Jatta, spoke.",
                &[
                    ("Member", "position"),
                    ("Upper Niumi", "place"),
                    ("Lamin Jatta", "person"),
                ],
            ),
            (
                "Tom Reyes, the Member for Eastwick, said the road would be built.",
                &[
                    ("Tom Reyes", "person"),
                    ("Member", "position"),
                    ("Eastwick", "place"),
                ][..],
            ),
            (
                "The Member for Northgate South, Lia Moss, spoke in the debate.",
                &[
                    ("Member", "position"),
                    ("Northgate South", "place"),
                    ("Lia Moss", "person"),
                ],
            ),
            (
                "The hon. Member for Westbury and Kale (Lia Moss) made a good point.",
                &[
                    ("Member", "position"),
                    ("Westbury and Kale", "place"),
                    ("Lia Moss", "person"),
                ],
            ),
            // A ward's councillor; not one for a portfolio.
            (
                "Green councillor for Westmoor and Eastfield Ana Ruiz said no.",
                &[
                    ("councillor", "position"),
                    ("Westmoor and Eastfield", "place"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            (
                "Tom Reyes, the county councillor for Housing, said no.",
                &[
                    ("Tom Reyes", "person"),
                    ("councillor for Housing", "position"),
                ],
            ),
            // A party after `for` is no constituency.
            (
                "The new councillor for Fine Gael is Tom Reyes.",
                &[("councillor", "position"), ("Tom Reyes", "person")],
            ),
            // Not inside a longer name, nor before a portfolio.
            (
                "The Board Member for Finance, Lia Moss, spoke.",
                &[("Lia Moss", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

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
            // Caribbean members named by their seat, and a member-elect.
            (
                "Parliamentary Representative for Morne Vert, Hon. Lia Moss, spoke.",
                &[
                    ("Parliamentary Representative", "position"),
                    ("Morne Vert", "place"),
                    ("Lia Moss", "person"),
                ],
            ),
            (
                "The area representative for Orvale North, Tom Reyes, said no.",
                &[
                    ("area representative", "position"),
                    ("Orvale North", "place"),
                    ("Tom Reyes", "person"),
                ],
            ),
            (
                "The Parl Rep for Morne Vert, Lia Moss, spoke.",
                &[
                    ("Parl Rep", "position"),
                    ("Morne Vert", "place"),
                    ("Lia Moss", "person"),
                ],
            ),
            (
                "Ana Ruiz, MP-elect for Orvale Town and Kessel Town, spoke.",
                &[
                    ("Ana Ruiz", "person"),
                    ("MP-elect", "position"),
                    ("Orvale Town and Kessel Town", "place"),
                ],
            ),
            (
                "Carl Dunne, MP-elect for Pelham Reach, spoke on Monday.",
                &[
                    ("Carl Dunne", "person"),
                    ("MP-elect", "position"),
                    ("Pelham Reach", "place"),
                ],
            ),
            // A constituency before the post.
            (
                "The Westmere TD, Orla Keating, said no.",
                &[
                    ("Westmere", "place"),
                    ("TD", "position"),
                    ("Orla Keating", "person"),
                ],
            ),
            (
                "The rules were backed by Kampung Dalam assemblyman Ahmad Rosli.",
                &[
                    ("Kampung Dalam", "place"),
                    ("assemblyman", "position"),
                    ("Ahmad Rosli", "person"),
                ],
            ),
            // A holder's name or a party before the letters is no place.
            (
                "Orla Keating TD said no.",
                &[("Orla Keating", "person"), ("TD", "position")],
            ),
            (
                "The bill was opposed by the Sinn Féin TD, Orla Keating.",
                &[("TD", "position"), ("Orla Keating", "person")],
            ),
            // Particles and compass words inside the constituency's name; a
            // name after a compass word is the holder's, and none after `St`.
            (
                "Member of Parliament for Anse la Rivière Tomas Vell said no.",
                &[
                    ("Member of Parliament", "position"),
                    ("Anse la Rivière", "place"),
                    ("Tomas Vell", "person"),
                ],
            ),
            (
                "Member of Parliament for Lorne South Kiran Dastur said no.",
                &[
                    ("Member of Parliament", "position"),
                    ("Lorne South", "place"),
                    ("Kiran Dastur", "person"),
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

    #[test]
    fn constituencies_seats_after_members_are_places() {
        for (text, expected) in [
            (
                "Dana Kowalczyk, the MPP for Brantwood, said the bill was flawed.",
                &[
                    ("Dana Kowalczyk", "person"),
                    ("MPP", "position"),
                    ("Brantwood", "place"),
                ][..],
            ),
            (
                "The Member of Parliament for Halvern, Tom Brisco, said the vote was close.",
                &[
                    ("Member of Parliament", "position"),
                    ("Halvern", "place"),
                    ("Tom Brisco", "person"),
                ],
            ),
            (
                "Ana Pereira, the Member for Tarvena, said the mine would reopen.",
                &[
                    ("Ana Pereira", "person"),
                    ("Member", "position"),
                    ("Tarvena", "place"),
                ],
            ),
            (
                "The MP for St. Augustine, Ana Ruiz, said no.",
                &[
                    ("MP", "position"),
                    ("St. Augustine", "place"),
                    ("Ana Ruiz", "person"),
                ],
            ),
            (
                "Member of Parliament for Marova South Rudra Persad is calling for a vote.",
                &[
                    ("Member of Parliament", "position"),
                    ("Marova South", "place"),
                    ("Rudra Persad", "person"),
                ],
            ),
            // No name after `for`.
            ("He served as MP for twenty years.", &[("MP", "position")]),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn constituencies_inside_member_titles() {
        for (text, expected) in [
            // A function noun or a post's modifier the title took opens the seat.
            (
                "Marathon MP Sela Quorn is minister of the environment.",
                &[
                    ("Marathon", "place"),
                    ("MP", "position"),
                    ("Sela Quorn", "person"),
                    ("minister of the environment", "position"),
                ][..],
            ),
            (
                "Free Town MP Odran Vasquez was sworn in.",
                &[
                    ("Free Town", "place"),
                    ("MP", "position"),
                    ("Odran Vasquez", "person"),
                ],
            ),
            // A party before the post is no seat.
            (
                "Labour MP Odran Vasquez was sworn in.",
                &[("MP", "position"), ("Odran Vasquez", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
