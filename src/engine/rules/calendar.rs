//! Weekday, month and festival names alone are no persons: `…, the minister said Friday`,
//! `Ramadan began`.
//! Months that are also given names (`May`, `June`) stay persons when the
//! article uses them inside a full name (`June Okafor`). A holiday named after
//! a person (`Ruiz Okafor Day`) is no person either, and a weekday right
//! after a full name (`Omar bin Tarek Saturday took the oath`) is no part of it.

use super::{full_name_words, Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static CALENDAR_NAMES: Pass = Pass {
    name: "calendar-names",
    reason: "a weekday, month or festival name alone, or a holiday named after someone (Okafor Day), is no person, and a weekday after a full name is no part of it",
    reads: "spans",
    writes: "spans (removed, shortened)",
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
    st.spans
        .retain(|x| !(x.label == Label::Per && x.e >= x.s + 2 && c.w(x.e - 1) == "Day"));
    // A weekday after a full name of two words or more, before a lower-case
    // word (`Omar bin Tarek Saturday took the oath`), ends the name.
    let dated: Vec<usize> = (0..st.spans.len())
        .filter(|&k| {
            let x = st.spans[k];
            x.label == Label::Per
                && x.e >= x.s + 3
                && words::WEEKDAYS.contains(c.w(x.e - 1))
                && (x.e >= c.n || !c.cap(x.e))
        })
        .collect();
    for k in dated {
        let x = st.spans[k];
        st.spans.set(k, x.s, x.e - 1, x.label, CALENDAR_NAMES.name);
    }
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
            ("Offices close for Ruiz Okafor Day next week.", &[]),
            // Months' abbreviations in datelines (lead round eleven).
            (
                "OLDPORT, Jun 12 (Reuters) - Ana Ruiz spoke on Aug 3.",
                &[("OLDPORT", "place"), ("Ana Ruiz", "person")],
            ),
            (
                "Culture Minister Omar bin Tarek Saturday took the oath.",
                &[
                    ("Culture Minister", "position"),
                    ("Omar bin Tarek", "person"),
                ],
            ),
        ] {
            check(text, expected);
        }
    }
}
