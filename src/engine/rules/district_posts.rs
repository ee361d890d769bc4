//! The district right after a district post, with no `of`, as Pakistani and
//! other South Asian outlets write it (`Deputy Commissioner Kessaro said`,
//! `DPO Kessaro Ana Ruiz`): a place the gazetteer knows there is the post's
//! district, not its holder; the holder's name, if any, follows it.
//! The posts: `data/sources/words/posts-before-districts.txt`.

use super::{Ctx, Pass, State};

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

#[cfg(test)]
mod tests {
    use super::super::tests::check;

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
