//! A name right after a lower-case word for a ship, boat or spacecraft names
//! that craft (`the tanker Sea Maiden`, `the aircraft carrier Harry Truman`,
//! `the space shuttle Discovery`): no person or place, even when it is a
//! person's name.

use super::{Ctx, Pass, State};
use crate::engine::tagger::Label;
use crate::engine::words;

pub(super) static VESSEL_NAMES: Pass = Pass {
    name: "vessel-names",
    reason: "a name right after a word such as tanker, ferry or shuttle names the craft, no person or place",
    reads: "spans",
    writes: "spans (removed)",
    run: vessel_names,
};

fn vessel_names(c: &Ctx, st: &mut State) {
    st.spans.retain(|x| {
        !(matches!(x.label, Label::Per | Label::Loc)
            && x.s >= 1
            && !c.cap(x.s - 1)
            && words::VESSEL_WORDS.contains(c.w(x.s - 1)))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn vessels_craft_names() {
        for (text, expected) in [
            ("The tanker Marla Quinn ran aground.", &[][..]),
            ("The shuttle Vantor landed on Friday.", &[]),
            (
                "Captain Ivo Brandt boarded the ship.",
                &[("Captain", "position"), ("Ivo Brandt", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
