//! Names after honorifics and regal titles: `Sheikh Omar bin Khalid Al Nasri`,
//! `Baroness Ruiz`, `King Harald V`, `Leopold XIV`; and the honours and degrees after a
//! name (`Ana Ruiz, QC`), which name nothing.

use super::{glued, is_hyphen, Ctx, Pass, State};
use crate::engine::positions::Found;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static HONORIFIC_NAMES: Pass = Pass {
    name: "honorific-names",
    reason: "capitalised words after an honorific such as Sheikh, Mrs or Sir name a person",
    reads: "titles, spans",
    writes: "spans (added)",
    run: honorific_names,
};

pub(super) static POSTS_ADDRESSED: Pass = Pass {
    name: "posts-addressed",
    reason: "a post addressed by its title after Mr, Madam or Mister, such as Mr. Speaker or Madam Chair, is the post, no person",
    reads: "spans",
    writes: "spans (removed)",
    run: posts_addressed,
};

/// `Mr. Speaker, the bill is flawed`, `Madam Deputy Speaker`: a name span that
/// is exactly a post of `data/sources/words/address-posts.txt`, right after
/// `Mr`, `Mr.`, `Madam`, `Madame` or `Mister`, is the post being addressed; the
/// `positions` pass reads it as the post.
fn posts_addressed(c: &Ctx, st: &mut State) {
    let mut posts = Vec::new();
    let honorific = |t: usize| matches!(c.w(t), "Mr" | "Mr." | "Madam" | "Madame" | "Mister");
    st.spans.retain(|x| {
        // The honorific before the span, or opening it (`Madam Speaker` read
        // whole at a sentence's start).
        let s = if honorific(x.s) { x.s + 1 } else { x.s };
        let address =
            x.label == Label::Per && (s > x.s || (x.s > 0 && honorific(x.s - 1))) && s < x.e;
        // (The phrase is built only behind an honorific: this runs at every span.)
        let addressed = address && {
            let post = (s..x.e).map(|t| c.w(t)).collect::<Vec<_>>().join(" ");
            words::ADDRESS_POSTS.contains(post.as_str())
        };
        if addressed {
            posts.push((s, x.e));
        }
        !addressed
    });
    if posts.is_empty() {
        return;
    }
    // The post, where the lexicon left it to the name it read there.
    for (s, e) in posts {
        if !st.titles.iter().any(|f| f.start < e && s < f.end) {
            st.titles.push(Found {
                start: s,
                end: e,
                reason: "post addressed by its title",
            });
        }
    }
    st.titles.sort_by_key(|f| f.start);
}

/// A name after an honorific that is never a place's or a title's (the tagger
/// stops at particles or reads a place). Not inside a name: `Hassan Sheikh
/// Mohamud`.
fn honorific_names(c: &Ctx, st: &mut State) {
    let n = c.n;
    let org = |t: usize| words::ORG_WORDS.contains(c.w(t));
    let mut title_ends = vec![false; n + 1];
    st.titles.iter().for_each(|f| title_ends[f.end] = true);
    let mut honoured = Vec::new();
    for (t, &titled) in title_ends.iter().enumerate().take(n.saturating_sub(1)) {
        // The first letters of the honorifics of the lists, asked before any
        // hashing (this runs at every token).
        if !matches!(
            c.w(t).as_bytes().first(),
            Some(b'S' | b'M' | b'B' | b'D' | b'E' | b'T' | b'P' | b'U' | b'A' | b'H' | b'K' | b'O')
        ) || (t > 0 && c.name_word(t - 1) && !titled && !c.newline(t))
        {
            continue;
        }
        let Some(mut first) = honorific_end(c, t) else {
            continue;
        };
        // Another honorific after the first: `the Hon. Dr. Ana Ruiz`.
        while first + 1 < n && words::NAME_HONORIFICS.contains(c.w(first)) {
            first += 1;
        }
        // `Mr.`, `Mrs.` and `Ms.` go only with a surname (`Mr Major`); a post
        // after another style is addressed, no name (`the Hon. Minister`).
        let surname_only = matches!(c.w(t), "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms.");
        if first >= n
            || !c.name_word(first)
            || org(first)
            || c.newline(first)
            || (!surname_only && crate::engine::positions::is_title_vocabulary(c.w(first)))
        {
            continue;
        }
        let mut e = first + 1;
        while e < n && e - t < 9 && !c.newline(e) {
            if c.name_word(e) && c.doc.tokens[e].space_before && !org(e) {
                e += 1;
            } else if e + 1 < n
                && c.name_word(e + 1)
                && (words::NAME_PARTICLES.contains(c.w(e))
                    || words::OPENING_PARTICLES.contains(c.w(e))
                    || (is_hyphen(c.w(e)) && glued(c.doc, e) && glued(c.doc, e + 1)))
            {
                e += 2;
            } else {
                break;
            }
        }
        // A place's name after an honorific is a place (`Sri`, `Sheikh` open
        // places' names too), but not after `Mr.`, `Mrs.` or `Ms.`, which only
        // a person's name follows: Japanese family names are often towns'
        // (`Ms. Nagano`, `Mr Toyama`). (Not `Ms` without its stop, a state's
        // abbreviation in a dateline.)
        let plain = surname_only && c.w(t) != "Ms";
        if c.known_place(first, e) && !plain {
            continue;
        }
        honoured.push((first, e, Label::Per));
    }
    if !honoured.is_empty() {
        st.spans.replace(honoured, HONORIFIC_NAMES.name, false);
    }
}

/// Where the name starts after an honorific at token `t`: one of
/// `data/sources/words/name-honorifics.txt` (`Sheikh`, `Datuk`, and `Dato'`
/// with its apostrophe) or a pair of `honorific-pairs.txt` (`Tan Sri`), then
/// the second words of Malay honorifics (`Datuk Seri`, `Dato' Sri`). None
/// when no honorific stands at `t`.
fn honorific_end(c: &Ctx, t: usize) -> Option<usize> {
    let mut first = if words::NAME_HONORIFICS.contains(c.w(t)) {
        t + 1
    } else if t + 1 < c.n && honorific_pair(c.w(t), c.w(t + 1)) {
        t + 2
    } else {
        return None;
    };
    if first < c.n && matches!(c.w(first), "'" | "’") && glued(c.doc, first) {
        first += 1;
    }
    while first < c.n && words::HONORIFIC_SECONDS.contains(c.w(first)) {
        first += 1;
    }
    Some(first)
}

/// Whether `a b` is a two-word honorific of `data/sources/words/honorific-pairs.txt`
/// (`Tan Sri`); a few entries, compared without building the phrase (by
/// length first: this runs at many tokens).
pub(super) fn honorific_pair(a: &str, b: &str) -> bool {
    words::HONORIFIC_PAIRS
        .iter()
        .any(|p| p.len() == a.len() + 1 + b.len() && p.split_once(' ') == Some((a, b)))
}

pub(super) static REGNAL_NUMBERS: Pass = Pass {
    name: "regnal-numbers",
    reason: "a regnal number after a monarch's or pope's name is part of it",
    reads: "spans",
    writes: "spans (extended)",
    run: regnal_numbers,
};

/// Regnal numbers: `Leopold III`, `Leo XIV`; `Elizabeth I` after a title.
fn regnal_numbers(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.label != Label::Per || x.e >= c.n || c.newline(x.e) {
            continue;
        }
        let numeral = c.w(x.e);
        let roman = numeral.len() <= 5 && numeral.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'));
        let regal = x.s > 0 && words::REGAL_TITLES.contains(c.w(x.s - 1));
        if roman && (numeral.len() > 1 || regal) {
            st.spans.set(k, x.s, x.e + 1, x.label, REGNAL_NUMBERS.name);
        }
    }
}

pub(super) static POST_NOMINALS: Pass = Pass {
    name: "post-nominals",
    reason: "letters after a person's name and a comma, such as QC, SC or MD, are an honour or a degree, no place or person",
    reads: "spans",
    writes: "spans (removed)",
    run: post_nominals,
};

/// `the prosecutor, Ana Ruiz, QC, said`; `Tomas Vell, MD`: letters from
/// `data/sources/words/post-nominals.txt` right after a person's name and a
/// comma (QC, SC and MD are also regions' codes), or a degree with a small letter
/// anywhere (`my M.Sc studies`), name no place or person.
fn post_nominals(c: &Ctx, st: &mut State) {
    let person_ends: Vec<usize> = st
        .spans
        .iter()
        .filter(|x| x.label == Label::Per)
        .map(|x| x.e)
        .collect();
    st.spans.retain(|x| {
        let text = c.doc.span_text(x.s, x.e);
        if x.label == Label::Org || !words::POST_NOMINALS.contains(text) {
            return true;
        }
        let after_person = x.s >= 2 && c.w(x.s - 1) == "," && person_ends.contains(&(x.s - 1));
        !(after_person || text.chars().any(char::is_lowercase))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn posts_addressed_are_posts() {
        check(
            "\"We will not back down, Mr. Speaker,\" said Tom Brisco.",
            &[("Speaker", "position"), ("Tom Brisco", "person")],
        );
        check(
            "Madam Speaker, the member is out of order.",
            &[("Speaker", "position")],
        );
        // A surname that is also a post stays a person.
        check("Mr Major said the vote was lost.", &[("Major", "person")]);
    }

    #[test]
    fn honorifics_names_after_them() {
        for (text, expected) in [
            (
                "Sheikh Omar bin Khalid Al Nasri met reporters.",
                &[("Omar bin Khalid Al Nasri", "person")][..],
            ),
            // The Commonwealth's style of ministers and members; not before a
            // post (lead round eleven).
            (
                "The Hon. Tomas Vell said so, and Honourable Ana Ruiz agreed.",
                &[("Tomas Vell", "person"), ("Ana Ruiz", "person")],
            ),
            (
                "The Hon. Minister of Finance met the Hon. Dr. Ana Ruiz.",
                &[("Minister of Finance", "position"), ("Ana Ruiz", "person")],
            ),
            // West African and Malay pilgrims' honorifics.
            (
                "Hajiya Talatu Gwandu opened the clinic.",
                &[("Talatu Gwandu", "person")],
            ),
            (
                "Dame Ruth Okafor opened the clinic.",
                &[("Ruth Okafor", "person")],
            ),
            (
                "\"The vote was unfair,\" U Kyaw Zin Htun told reporters.",
                &[("Kyaw Zin Htun", "person")],
            ),
            (
                "Tan Sri Hamid Osman opened the clinic.",
                &[("Hamid Osman", "person")],
            ),
            (
                "Dato' Sri Liew Chong Hock opened the clinic.",
                &[("Liew Chong Hock", "person")],
            ),
            // West African and Malaysian styles (probe corpus).
            (
                "Alhaji Sani Lawal received the petition.",
                &[("Sani Lawal", "person")],
            ),
            (
                "Menteri Besar Datuk Rashid Hamzah spoke.",
                &[("Menteri Besar", "position"), ("Rashid Hamzah", "person")],
            ),
            // Thai and Cambodian honorifics.
            (
                "M.R. Anan Sriwong and Khunying Dara Phongsri came; Samdech Sok Vanna left.",
                &[
                    ("Anan Sriwong", "person"),
                    ("Dara Phongsri", "person"),
                    ("Sok Vanna", "person"),
                ],
            ),
            // A family name that is also a town's, after Mr, Mrs or Ms.
            (
                "Mr. Toyama said the plan was sound, and Mrs Matsumoto agreed.",
                &[("Toyama", "person"), ("Matsumoto", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn honorifics_abbreviated_regional_styles() {
        // South Asian and West African styles with a full stop that ends no
        // sentence and stays outside the name.
        for (text, expected) in [
            (
                "Chief Minister Smt. Asha Verma opened the road.",
                &[("Chief Minister", "position"), ("Asha Verma", "person")][..],
            ),
            (
                "Minister Tmt. Kavitha Rani and Governor Alh. Musa Bello met.",
                &[
                    ("Minister", "position"),
                    ("Kavitha Rani", "person"),
                    ("Governor", "position"),
                    ("Musa Bello", "person"),
                ],
            ),
            (
                "Smt. Verma opened the road and Kum. Priya Nair cut the ribbon.",
                &[("Verma", "person"), ("Priya Nair", "person")],
            ),
            (
                "Panel Mayor Adv. Rafiq Alam filed the case.",
                &[("Panel Mayor", "position"), ("Rafiq Alam", "person")],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn honorifics_regnal_numbers() {
        for (text, expected) in [
            (
                "Pope Leo XIV visited Lisbon.",
                &[
                    ("Pope", "position"),
                    ("Leo XIV", "person"),
                    ("Lisbon", "place"),
                ][..],
            ),
            (
                "King Harald V of Norway waved.",
                &[
                    ("King", "position"),
                    ("Harald V", "person"),
                    ("Norway", "place"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }

    #[test]
    fn honorifics_post_nominals() {
        for (text, expected) in [
            (
                "The prosecutor, Ana Ruiz, QC, said the child had suffered.",
                &[("prosecutor", "position"), ("Ana Ruiz", "person")][..],
            ),
            (
                "Tomas Vell, MD, treated the boy in Kolda.",
                &[("Tomas Vell", "person"), ("Kolda", "place")],
            ),
            (
                "She began her M.Sc studies in Kolda.",
                &[("Kolda", "place")],
            ),
        ] {
            check(text, expected);
        }
    }
}
