//! A name right after a lower-case word for a ship, boat or spacecraft names
//! that craft (`the tanker Sea Maiden`, `the aircraft carrier Harry Truman`,
//! `the space shuttle Discovery`), and one right after a word for a work (`the
//! novel Marla Quinn`, `the 1970 film Night Rider`) is its title: no person or
//! place, even when it is a person's name.

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

pub(super) static WORK_TITLES: Pass = Pass {
    name: "work-titles",
    reason: "a name right after a word such as film, novel or album is the work's title, no person or place",
    reads: "spans",
    writes: "spans (removed)",
    run: work_titles,
};

/// Also a name after, or opening with, a ship's prefix (`the MV Kalinda Star`,
/// `HMS Dauntless`, `data/sources/words/vessel-prefixes.txt`).
fn vessel_names(c: &Ctx, st: &mut State) {
    drop_after(c, st, |w| words::VESSEL_WORDS.contains(w));
    st.spans.retain(|x| {
        let after = x.s >= 1 && words::VESSEL_PREFIXES.contains(c.w(x.s - 1));
        let opens = x.e - x.s > 1 && words::VESSEL_PREFIXES.contains(c.w(x.s));
        !(matches!(x.label, Label::Per | Label::Loc) && (after || opens))
    });
}

fn work_titles(c: &Ctx, st: &mut State) {
    drop_after(c, st, |w| words::WORK_NOUNS.contains(w));
}

/// Drops the persons and places right after a lower-case word `noun` accepts.
fn drop_after(c: &Ctx, st: &mut State, noun: impl Fn(&str) -> bool) {
    st.spans.retain(|x| {
        !(matches!(x.label, Label::Per | Label::Loc)
            && x.s >= 1
            && !c.cap(x.s - 1)
            && noun(c.w(x.s - 1)))
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
            ("The MV Marla Quinn sank off the coast.", &[]),
            ("HMS Dauntless docked at dawn.", &[]),
            ("Her 1970 novel Marla Quinn sold well.", &[]),
            ("The romantic comedy Marla Quinn opened in May.", &[]),
            ("She starred in the television series Tomas Brandt.", &[]),
            (
                "Captain Ivo Brandt boarded the ship.",
                &[("Captain", "position"), ("Ivo Brandt", "person")],
            ),
        ] {
            check(text, expected);
        }
    }
}
