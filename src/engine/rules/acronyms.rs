//! An organisation's acronym after of or from, before a person's full name
//! (`the leader of CISL Marco Velluti said`), is read by the tagger as one
//! organisation with the name; when the words after the acronym open with a
//! given name, or are two name words before a speech verb or a comma, and are
//! all capitalised name words, they are a person, and the acronym alone the
//! organisation.

use super::{Ctx, Pass, State};
use crate::engine::lexicon::casing::is_all_caps;
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static ACRONYMS_BEFORE_NAMES: Pass = Pass {
    name: "acronyms-before-names",
    reason: "a full name opening with a given name after an organisation's acronym (leader of CISL Marco Velluti) is a person",
    reads: "spans",
    writes: "spans (split)",
    run: acronyms_before_names,
};

fn acronyms_before_names(c: &Ctx, st: &mut State) {
    let mut split = Vec::new();
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if !matches!(x.label, Label::Org | Label::Misc) || x.e - x.s < 3 {
            continue;
        }
        let head = c.w(x.s);
        let acronym = is_all_caps(head)
            && (2..=6).contains(&head.chars().count())
            && head.chars().all(char::is_alphabetic)
            && !c.known_place(x.s, x.s + 1)
            && x.s > 0
            && matches!(c.w(x.s - 1), "of" | "from");
        // A given name the lexicon knows opens the rest, or the rest is two
        // words ending the clause's subject (`of UIL Pierpaolo Bombardieri
        // said`, `…, the head of KWU Odhiambo Wekesa, …`), whatever the names.
        let two_before_verb = x.e - x.s == 3
            && x.e < c.n
            && (c.w(x.e) == "," || words::SPEECH_VERBS.contains(c.w(x.e)));
        let person = (c.lex.is_given_name(c.w(x.s + 1)) || two_before_verb)
            && (x.s + 1..x.e).all(|t| {
                c.name_word(t)
                    && !is_all_caps(c.w(t))
                    && !words::ORG_WORDS.contains(c.w(t))
                    && !words::ORG_HEADS.contains(c.w(t))
            });
        if acronym && person {
            split.push((k, x.s, x.e, x.label));
        }
    }
    for &(k, s, e, label) in split.iter().rev() {
        st.spans.set(k, s, s + 1, label, ACRONYMS_BEFORE_NAMES.name);
        st.spans
            .push(s + 1, e, Label::Per, ACRONYMS_BEFORE_NAMES.name);
    }
    if !split.is_empty() {
        st.spans.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn acronyms_before_full_names() {
        for (text, expected) in [
            (
                "In Turin the leader of CISL Marco Velluti said the strike was peaceful.",
                &[
                    ("Turin", "place"),
                    ("leader", "position"),
                    ("Marco Velluti", "person"),
                ][..],
            ),
            (
                "At the rally the head of KWU Odhiambo Wekesa said the strike would go on.",
                &[("head", "position"), ("Odhiambo Wekesa", "person")],
            ),
            ("The NBA Finals open on Friday.", &[]),
        ] {
            check(text, expected);
        }
    }
}
