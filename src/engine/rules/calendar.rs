//! Weekday, month and festival names alone are no persons: `…, the minister said Friday`,
//! `Ramadan began`.
//! Months that are also given names (`May`, `June`) stay persons when the
//! article uses them inside a full name (`June Okafor`).

use super::{full_name_words, Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static CALENDAR_NAMES: Pass = Pass {
    name: "calendar-names",
    reason: "a weekday, month or festival name alone is no person",
    reads: "spans",
    writes: "spans (removed)",
    run: calendar_names,
};

fn calendar_names(c: &Ctx, st: &mut State) {
    let in_names = full_name_words(c.doc, &st.spans);
    st.spans.retain(|x| {
        let w = c.w(x.s);
        !(x.label == Label::Per
            && x.e == x.s + 1
            && words::CALENDAR_NAMES.contains(w)
            && !in_names.contains(w))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn calendar_names_no_persons() {
        for (text, expected) in [
            (
                "The talks will resume, the envoy told reporters Friday.",
                &[("envoy", "position")][..],
            ),
            (
                "Officer April Kessler arrived on Monday.",
                &[("April Kessler", "person")],
            ),
            (
                "Ramadan began on Monday, and Diwali falls in November.",
                &[],
            ),
        ] {
            check(text, expected);
        }
    }
}
