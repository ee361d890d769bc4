//! The abbreviated posts of district, county, police and legislative
//! administration that South Asian and African newspapers write bare (`the DC
//! said`, `the new RDC`, `the Kessaro OC`) or right before the holder's name
//! (`Mtwara DC Ana Ruiz`, `OC Tomas Ekwueme`), and never as a name. Their
//! plurals (`the DCs`, `deputy RDCs`) name a group: neither a post nor a name.
//! The list: `data/sources/words/regional-post-abbreviations.txt`.

use super::{Ctx, Pass, State};
use crate::engine::positions::{self, Found};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static REGIONAL_POST_ABBREVIATIONS: Pass = Pass {
    name: "regional-post-abbreviations",
    reason: "an abbreviated district, county or police post such as DC, DPO or RDC after the or before a name is that post",
    reads: "titles, spans",
    writes: "titles (added), spans (removed)",
    run: regional_post_abbreviations,
};

/// Words before a bare post that make it one (`the DC`, `his PS`, `took
/// over as DPO`).
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "his" | "her" | "their" | "its" | "our" | "your" | "as"
    )
}

/// Whether token `t`, a listed abbreviation, follows a determiner, with only
/// words of `post-abbreviation-fillers.txt` and capitalised place words (`the Kessaro DC`) between.
fn after_determiner(c: &Ctx, t: usize) -> bool {
    let mut s = t;
    while s > 0 && t - s < 4 {
        let p = s - 1;
        if determiner(c.lower[p]) {
            return true;
        }
        if !(words::POST_ABBREVIATION_FILLERS.contains(c.lower[p]) || c.name_word(p))
            || c.newline(s)
        {
            return false;
        }
        s = p;
    }
    false
}

/// Whether token `t` opens a person's name: a capitalised word that is no
/// organisation's word and opens no other post.
/// `first_at`: the first span (in list order) holding each token;
/// `title_start`: whether a post starts at each token.
fn name_opens(c: &Ctx, st: &State, first_at: &[usize], title_start: &[bool], t: usize) -> bool {
    let w = c.w(t);
    let other = words::ORG_WORDS.contains(w)
        || words::ORG_HEADS.contains(w)
        || words::REGIONAL_POST_ABBREVIATIONS.contains(w)
        || title_start[t]
        || (t + 1 < c.n && c.lower[t + 1] == "of");
    c.name_word(t)
        && !other
        && (first_at[t] == usize::MAX || {
            let x = st.spans[first_at[t]];
            x.label == Label::Per && x.s == t
        })
}

/// A listed abbreviation inside a longer name the tagger read (`Mtwara DC Ana
/// Ruiz` as one organisation, `the Kessaro DC` as one place) splits it: the
/// words before are the place (when the gazetteer knows them) or stay as read,
/// the capitalised words after are the holder.
fn split_at_abbreviations(c: &Ctx, st: &mut State) {
    let listed = |t: usize| words::REGIONAL_POST_ABBREVIATIONS.contains(c.w(t));
    let mut split = Vec::new();
    st.spans.retain(|x| {
        let (s, e, label) = x.tuple();
        let Some(t) = (s..e).find(|&t| listed(t)) else {
            return true;
        };
        let holder = t + 1 < e
            && (t + 1..e).all(|u| {
                c.cap(u) && !words::ORG_WORDS.contains(c.w(u)) && !words::ORG_HEADS.contains(c.w(u))
            });
        let trailing = t + 1 == e && t > s && label != Label::Per && !c.known_place(s, e);
        // Another kind of name through the post splits where a full name
        // (two words or more) or a known place stands beside the post
        // (`Mtwara DC Ana Ruiz`), never at one word after it (`DC Comics`).
        let kept = label == Label::Per || e - t > 2 || (t > s && c.known_place(s, t));
        if !(holder && kept || trailing) {
            return true;
        }
        if t > s {
            let place = c.known_place(s, t);
            split.push((s, t, if place { Label::Loc } else { label }));
        }
        if holder {
            split.push((t + 1, e, Label::Per));
        }
        false
    });
    for (s, e, label) in split {
        st.spans.push(s, e, label, REGIONAL_POST_ABBREVIATIONS.name);
    }
    st.spans.sort();
}

/// Titles for the listed abbreviations after `the` or before a name; spans
/// that are one of them alone, or its plural, are removed.
fn regional_post_abbreviations(c: &Ctx, st: &mut State) {
    split_at_abbreviations(c, st);
    let listed = |w: &str| words::REGIONAL_POST_ABBREVIATIONS.contains(w);
    let plural = |w: &str| plural_of_listed(w);
    // Indexed once, so the pass stays linear: posts' tokens and starts, the
    // first span holding each token, and tokens inside a longer name past
    // its first word.
    let mut titled = vec![false; c.n];
    let mut title_start = vec![false; c.n];
    for f in &st.titles {
        titled[f.start..f.end].iter_mut().for_each(|b| *b = true);
        title_start[f.start] = true;
    }
    let first_at = st.spans.first_at(c.n);
    let mut past_start = vec![false; c.n];
    for x in st.spans.iter() {
        past_start[x.s + 1..x.e].iter_mut().for_each(|b| *b = true);
    }
    let inside_longer = |t: usize| past_start[t];
    let uses: Vec<usize> = (0..c.n)
        .filter(|&t| listed(c.w(t)) && !titled[t] && !inside_longer(t))
        .filter(|&t| {
            let glued_hyphen = t + 1 < c.n && c.tight_hyphen(t + 1);
            let name_next = t + 1 < c.n && name_opens(c, st, &first_at, &title_start, t + 1);
            let free_next = !(t + 1 < c.n && c.name_word(t + 1));
            // Before another post the letters name its body (`the MLC
            // secretary-general`), no post.
            let post_next = t + 1 < c.n && title_start[t + 1];
            !glued_hyphen && !post_next && ((after_determiner(c, t) && free_next) || name_next)
        })
        .collect();
    st.spans.retain(|x| {
        let one = x.e == x.s + 1;
        !(one && (plural(c.w(x.s)) || uses.binary_search(&x.s).is_ok()))
    });
    if uses.is_empty() {
        return;
    }
    st.titles.extend(uses.iter().map(|&t| Found {
        start: t,
        end: t + 1,
        reason: REGIONAL_POST_ABBREVIATIONS.reason,
    }));
    st.titles.sort_by_key(|f| f.start);
}

/// Whether `w` is the plural of a listed abbreviation (`DCs`, `RDCs`), or of
/// a post the position lexicon writes in capitals (`the deputy PMs`, `two
/// MPs`, `the CMs`).
fn plural_of_listed(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s').filter(|x| !x.is_empty()) else {
        return false;
    };
    let capitals = (2..=4).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_uppercase());
    words::REGIONAL_POST_ABBREVIATIONS.contains(stem) || capitals && positions::is_title_word(stem)
}

pub(super) static REGIONAL_POST_PLURALS: Pass = Pass {
    name: "regional-post-plurals",
    reason:
        "the plural of an abbreviated post such as DCs, RDCs or PMs names a group, no person or place",
    reads: "spans",
    writes: "spans (removed)",
    run: regional_post_plurals,
};

/// Removes each span ending in a listed abbreviation's plural (`DCs`, `Seven
/// RDCs`); a place the gazetteer knows before it (`Kessaro DCs`) stays a place.
fn regional_post_plurals(c: &Ctx, st: &mut State) {
    let mut places = Vec::new();
    st.spans.retain(|x| {
        if !plural_of_listed(c.w(x.e - 1)) {
            return true;
        }
        if x.e - x.s > 1 && c.known_place(x.s, x.e - 1) {
            places.push((x.s, x.e - 1));
        }
        false
    });
    for (s, e) in places {
        st.spans.push(s, e, Label::Loc, REGIONAL_POST_PLURALS.name);
    }
    st.spans.sort();
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn regional_post_abbreviations_bare_and_before_names() {
        for (text, expected) in [
            (
                "The DC visited the camp on Monday.",
                &[("DC", "position")][..],
            ),
            (
                "Kessaro DC Ana Ruiz told the meeting that the DC office would open.",
                &[
                    ("Kessaro", "place"),
                    ("DC", "position"),
                    ("Ana Ruiz", "person"),
                    ("DC", "position"),
                ],
            ),
            (
                "Police station OC Tomas Ekwueme said the new OC would arrive.",
                &[
                    ("OC", "position"),
                    ("Tomas Ekwueme", "person"),
                    ("OC", "position"),
                ],
            ),
            (
                "The PS said the RDC had left.",
                &[("PS", "position"), ("RDC", "position")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn regional_post_abbreviation_plurals_name_no_one() {
        check("The RDCs met the governor.", &[("governor", "position")]);
        check("Seven DCs met in Kessaro.", &[("Kessaro", "place")]);
        check(
            "The two deputy PMs and three MPs met in Kessaro.",
            &[("Kessaro", "place")],
        );
    }

    #[test]
    fn regional_post_abbreviations_need_the_or_a_name() {
        // A city's abbreviation after a place, and a church's initials.
        check(
            "Talks in Washington DC ended, DC Comics grew and the RC Church bell rang.",
            &[("Washington DC", "place")],
        );
    }
}
