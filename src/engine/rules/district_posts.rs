//! The district right after a district post, with no `of`, as Pakistani and
//! other South Asian outlets write it (`Deputy Commissioner Kessaro said`,
//! `DPO Kessaro Ana Ruiz`): a place the gazetteer knows there is the post's
//! district, not its holder; the holder's name, if any, follows it.
//! The posts: `data/sources/words/posts-before-districts.txt`.

use super::{Ctx, Pass, State};
use crate::engine::positions::{self, Found};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static DISTRICTS_AFTER_POSTS: Pass = Pass {
    name: "districts-after-posts",
    reason: "a place the gazetteer knows right after a district post such as Deputy Commissioner or DPO is its district, not its holder",
    reads: "titles, spans",
    writes: "spans (split, re-typed)",
    run: districts_after_posts,
};

fn districts_after_posts(c: &Ctx, st: &mut State) {
    let n = c.n;
    let mut new: Vec<(usize, usize, Label)> = Vec::new();
    // The span holding each token (the first in the list), built at the
    // first district.
    let mut span_at: Option<Vec<usize>> = None;
    for f in &st.titles {
        let post: Vec<&str> = (f.start..f.end).map(|t| c.lower[t]).collect();
        let t = f.end;
        if t >= n || !words::POSTS_BEFORE_DISTRICTS.contains(&post.join(" ")) {
            continue;
        }
        if !c.name_word(t) || c.lex.is_given_name(c.w(t)) || c.newline(t) {
            continue;
        }
        let ahead: Vec<&str> = (t..n.min(t + 4)).map(|u| c.w(u)).collect();
        let Some((k, _)) = c.lex.longest_place(&ahead) else {
            continue;
        };
        let e = t + k;
        if !(t..e).all(|u| c.cap(u)) {
            continue;
        }
        // The span the tagger or an earlier pass read from the district (or
        // from inside the post) on.
        let at = span_at.get_or_insert_with(|| st.spans.first_at(n))[t];
        let x = (at != usize::MAX).then(|| st.spans[at].tuple());
        match x {
            Some((s, xe, _)) if f.start <= s && s <= t && xe >= e => {
                new.push((t, e, Label::Loc));
                if xe > e {
                    new.push((e, xe, Label::Per));
                }
            }
            None if !(e < n && c.cap(e)) => new.push((t, e, Label::Loc)),
            _ => {}
        }
    }
    if !new.is_empty() {
        st.spans.replace(new, DISTRICTS_AFTER_POSTS.name, false);
    }
}

pub(super) static CONSTITUENCIES_AFTER_MEMBERS: Pass = Pass {
    name: "constituencies-after-members",
    reason: "capitalised words after a legislator's post and for, such as MP for or Member for, name the constituency, a place, not a person",
    reads: "titles, spans",
    writes: "titles (added), spans (added, split, re-typed)",
    run: constituencies_after_members,
};

/// Where the constituency's name that opens at `t` ends: up to four
/// capitalised words (`St.` with its dot), ending after a compass word
/// (`Eastvale South`) and before a given name opening the holder's name.
fn constituency_end(c: &Ctx, t: usize) -> usize {
    let mut e = t;
    while e < c.n && e < t + 4 && c.cap(e) && !(e > t && c.newline(e)) {
        let saint = e > t && matches!(c.w(e - 1), "St" | "St." | ".");
        if e > t && !saint && c.lex.is_given_name(c.w(e)) {
            break;
        }
        e += 1;
        if e < c.n && c.w(e) == "." && c.w(e - 1) == "St" {
            e += 1;
        }
        if matches!(c.w(e - 1), "North" | "South" | "East" | "West" | "Central") {
            break;
        }
    }
    e
}

/// The constituency after `MP for`, `MPP for`, `Member of Parliament for`,
/// `Member for` (`data/sources/words/posts-for-constituencies.txt`): a
/// place (the gold files' `[[MP|position]] for [[Clacton|place]]`), split from
/// a holder's name the tagger ran it into; a capitalised `Member` (with
/// `Regional` or `Open` before it) before it is the post.
fn constituencies_after_members(c: &Ctx, st: &mut State) {
    let n = c.n;
    let mut posts: Vec<(usize, usize, bool)> =
        st.titles.iter().map(|f| (f.start, f.end, false)).collect();
    // `Member for Oldbury`: the post the lexicon leaves to the name after it;
    // not the last word of another capitalised post (`Board Member for
    // Finance`) nor before a portfolio.
    let mut in_title: Option<Vec<bool>> = None;
    for t in 0..n.saturating_sub(2) {
        if c.w(t) != "Member" || c.lower[t + 1] != "for" {
            continue;
        }
        let titled = in_title.get_or_insert_with(|| {
            let mut at = vec![false; n];
            for f in &st.titles {
                at[f.start..f.end.min(n)].iter_mut().for_each(|x| *x = true);
            }
            at
        });
        if titled[t] {
            continue;
        }
        let s = if t > 0 && matches!(c.w(t - 1), "Regional" | "Open") {
            t - 1
        } else {
            t
        };
        let inside = s > 0
            && s == t
            && c.name_word(s - 1)
            && !super::is_honorific(c.lex, c.w(s - 1))
            && !c.newline(s);
        if !inside && !positions::is_portfolio(c.lower[t + 2]) {
            posts.push((s, t + 1, true));
        }
    }
    // The span holding each token (the first in the list), for the seats.
    let mut span_at: Option<Vec<usize>> = None;
    let mut new: Vec<(usize, usize, Label)> = Vec::new();
    let mut titles = Vec::new();
    for (s, e, bare) in posts {
        let t = e + 1;
        if t >= n
            || c.lower[e] != "for"
            || !words::POSTS_FOR_CONSTITUENCIES
                .contains(&(s..e).map(|t| c.lower[t]).collect::<Vec<_>>().join(" "))
            || !c.name_word(t)
            || c.newline(t)
            || words::HOLD_PARTY_WORDS.contains(c.w(t))
        {
            continue;
        }
        let end = constituency_end(c, t);
        if end == t {
            continue;
        }
        let at = span_at.get_or_insert_with(|| st.spans.first_at(n))[t];
        let x = (at != usize::MAX).then(|| st.spans[at].tuple());
        match x {
            // A place already, or a body's name (`MP for Harbour Party`).
            Some((_, _, Label::Loc)) => {}
            Some((_, xe, Label::Org)) if words::ORG_WORDS.contains(c.w(xe - 1)) => {}
            // The holder's name the tagger ran the seat into is a person's.
            Some((xs, xe, _)) if xs == t => {
                new.push((t, end, Label::Loc));
                if xe > end {
                    new.push((end, xe, Label::Per));
                }
            }
            Some(_) => continue,
            None => new.push((t, end, Label::Loc)),
        }
        if bare {
            titles.push(Found {
                start: s,
                end: e,
                reason: "member for a constituency",
            });
        }
    }
    if !titles.is_empty() {
        st.titles.extend(titles);
        st.titles.sort_by_key(|f| f.start);
    }
    if !new.is_empty() {
        st.spans
            .replace(new, CONSTITUENCIES_AFTER_MEMBERS.name, false);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn constituencies_after_members_are_places() {
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
    fn districts_after_posts_are_places() {
        for (text, expected) in [
            (
                "Deputy Commissioner Chakwal has exempted the mosques.",
                &[("Deputy Commissioner", "position"), ("Chakwal", "place")][..],
            ),
            (
                "Newly appointed DPO Okara Imtiaz Warraich said crime fell.",
                &[
                    ("DPO", "position"),
                    ("Okara", "place"),
                    ("Imtiaz Warraich", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn districts_after_posts_leave_holders() {
        check(
            "Deputy Commissioner Imran Rashid said the roads were open.",
            &[
                ("Deputy Commissioner", "position"),
                ("Imran Rashid", "person"),
            ],
        );
    }
}
