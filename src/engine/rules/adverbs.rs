//! Sentence adverbs glued to a name: the tagger may read `Later de la Cruz said`
//! or `Meanwhile Ana Ruiz` as one name. A capitalised sentence adverb
//! (`data/sources/words/sentence-adverbs.txt`) opening a longer span is no part
//! of the name: the span starts after it.

use super::{Ctx, Pass, State};
use crate::engine::words;

pub(super) static LEADING_ADVERBS: Pass = Pass {
    name: "leading-adverbs",
    reason: "a name after a sentence adverb (Later, Meanwhile), which is no part of it",
    reads: "spans",
    writes: "spans (shortened)",
    run: leading_adverbs,
};

fn leading_adverbs(c: &Ctx, st: &mut State) {
    for k in 0..st.spans.len() {
        let x = st.spans[k];
        if x.e - x.s > 1 && words::SENTENCE_ADVERBS.contains(c.w(x.s)) {
            st.spans.set(k, x.s + 1, x.e, x.label, LEADING_ADVERBS.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn adverbs_stay_outside_names() {
        for (text, expected) in [
            (
                "Rosa de la Cruz won. Later de la Cruz thanked her team.",
                &[("Rosa de la Cruz", "person"), ("de la Cruz", "person")][..],
            ),
            (
                "Meanwhile Tomasz Wrona said nothing.",
                &[("Tomasz Wrona", "person")][..],
            ),
            (
                "Fans stop me and say, 'Hey Tomasz, my name is Ana,' and I say, 'Hey Ana.'",
                &[("Tomasz", "person"), ("Ana", "person"), ("Ana", "person")][..],
            ),
        ] {
            check(text, expected);
        }
    }
}
