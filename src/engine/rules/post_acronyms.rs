//! A post's initials the article defines in brackets (`Chief Minister (CM)`,
//! `Senior Superintendent of Police (SSP)`) name that post there and wherever
//! the article uses them again (`the CM said`), in the same case.

use super::{Ctx, Pass, State};
use crate::engine::positions::Found;

pub(super) static POST_ACRONYMS: Pass = Pass {
    name: "post-acronyms",
    reason: "the initials the article gives a post in brackets name that post",
    reads: "titles, spans",
    writes: "titles (added), spans (removed)",
    run: post_acronyms,
};

/// Whether `w` may be a post's initials: two to six capitals (`CM`, `DGP`).
fn initials(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Every title followed by `(` + initials + `)`, the initials opening with the
/// title's first letter, makes each use of those initials a title.
fn post_acronyms(c: &Ctx, st: &mut State) {
    let defined: Vec<&str> = st
        .titles
        .iter()
        .filter(|f| {
            f.end + 2 < c.n
                && c.w(f.end) == "("
                && c.w(f.end + 2) == ")"
                && initials(c.w(f.end + 1))
                && c.w(f.start).chars().next() == c.w(f.end + 1).chars().next()
        })
        .map(|f| c.w(f.end + 1))
        .collect();
    if defined.is_empty() {
        return;
    }
    let mut titled = vec![false; c.n];
    st.titles
        .iter()
        .for_each(|f| titled[f.start..f.end].iter_mut().for_each(|b| *b = true));
    let uses: Vec<usize> = (0..c.n)
        .filter(|&t| !titled[t] && defined.contains(&c.w(t)))
        .collect();
    if uses.is_empty() {
        return;
    }
    // A name read at the initials alone is the post, not a name.
    st.spans
        .retain(|x| !(x.e == x.s + 1 && uses.binary_search(&x.s).is_ok()));
    st.titles.extend(uses.iter().map(|&t| Found {
        start: t,
        end: t + 1,
        reason: POST_ACRONYMS.reason,
    }));
    st.titles.sort_by_key(|f| f.start);
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn post_acronyms_name_the_post_everywhere() {
        for (text, expected) in [
            (
                "Chief Minister (CM) Ravi Pereth opened the bridge. The CM later left.",
                &[
                    ("Chief Minister", "position"),
                    ("CM", "position"),
                    ("Ravi Pereth", "person"),
                    ("CM", "position"),
                ][..],
            ),
            (
                "The Director General of Police (DGP) said the DGP would visit.",
                &[
                    ("Director General of Police", "position"),
                    ("DGP", "position"),
                    ("DGP", "position"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn post_acronyms_need_the_posts_initial() {
        // Initials of something else in brackets after a post.
        check(
            "The minister (BJP) spoke and BJP members left.",
            &[("minister", "position")],
        );
    }
}
