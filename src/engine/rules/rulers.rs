//! A post whose word is also a given name (`Amir`, the Kuwaiti and Qatari
//! courts' English for `Emir`; `Wali`, a Moroccan or Omani governor; `Amir
//! Dalo` is a person) is the post where the post's syntax says so: after
//! `the`, a possessive or `Deputy` (`His Highness the Amir`, `Oldland's
//! Amir`, `the Deputy Amir`), before an honorific (`Amir Sheikh Nasser`), or
//! before `of` and a place (`the Wali of Oldtown`).

use super::{Ctx, Pass, State};
use crate::engine::positions::Found;
use crate::engine::words;

pub(super) static NAME_LIKE_POSTS: Pass = Pass {
    name: "name-like-posts",
    reason: "a post whose word is also a given name, such as Amir or Wali, after the, before Sheikh or before of and a place, is the post",
    reads: "titles, spans",
    writes: "titles (added), spans (shortened, removed)",
    run: name_like_posts,
};

/// Whether the word at `t` reads as the post: `the`, a possessive or
/// `Deputy` before it, or an honorific, or `of` and a place, after it.
fn post_syntax(c: &Ctx, t: usize) -> bool {
    let before = t > 0 && !c.newline(t) && matches!(c.lower[t - 1], "the" | "'s" | "’s" | "deputy");
    let honorific = t + 1 < c.n
        && !c.newline(t + 1)
        && (words::NAME_HONORIFICS.contains(c.w(t + 1))
            || words::GIVEN_NAME_HONORIFICS.contains(c.w(t + 1)));
    let of_place = t + 2 < c.n && c.lower[t + 1] == "of" && c.known_place(t + 2, t + 3);
    before || honorific || of_place
}

/// Each word of `name-like-posts.txt` in the post's syntax, in no
/// title yet, becomes a title (with `Deputy` before it); a name the tagger
/// read from it starts after it.
fn name_like_posts(c: &Ctx, st: &mut State) {
    let mut titled = vec![false; c.n];
    for f in &st.titles {
        titled[f.start..f.end].iter_mut().for_each(|b| *b = true);
    }
    let found: Vec<Found> = (0..c.n)
        .filter(|&t| !titled[t] && words::NAME_LIKE_POSTS.contains(c.w(t)) && post_syntax(c, t))
        .map(|t| {
            let deputy = t > 0 && c.w(t - 1) == "Deputy" && !titled[t - 1];
            Found {
                start: if deputy { t - 1 } else { t },
                end: t + 1,
                reason: NAME_LIKE_POSTS.reason,
            }
        })
        .collect();
    if found.is_empty() {
        return;
    }
    for f in &found {
        // (Found titles are rare: this runs only where one stands.)
        let hits: Vec<usize> = st
            .spans
            .iter()
            .enumerate()
            .filter(|(_, x)| x.s < f.end && f.start < x.e && x.s >= f.start)
            .map(|(k, _)| k)
            .collect();
        for &k in hits.iter().rev() {
            let x = st.spans[k];
            if x.e == f.end {
                st.spans.remove(k);
            } else if c.lower[f.end] != "of" {
                // (A post and `of` read whole as a name keep it: the names
                // pass leaves the post's place, `Wali of Oldtown`.)
                st.spans.set(k, f.end, x.e, x.label, NAME_LIKE_POSTS.name);
            }
        }
    }
    st.spans.sort();
    st.titles.extend(found);
    st.titles.sort_by_key(|f| f.start);
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn rulers_name_like_posts_in_the_posts_syntax() {
        for (text, expected) in [
            (
                "His Highness the Amir Sheikh Nasser Al-Fahad Al-Rumi received the envoy.",
                &[
                    ("Amir", "position"),
                    ("Nasser Al-Fahad Al-Rumi", "person"),
                    ("envoy", "position"),
                ][..],
            ),
            (
                "The Amir of Kuwait spoke on Monday.",
                &[("Amir", "position"), ("Kuwait", "place")],
            ),
            // A given name otherwise.
            (
                "Amir Dalo, a lawyer, spoke on Monday.",
                &[("Amir Dalo", "person")],
            ),
            (
                "The Wali of Marrakech opened the road.",
                &[("Wali", "position"), ("Marrakech", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
