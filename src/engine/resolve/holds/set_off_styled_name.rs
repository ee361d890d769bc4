//! Hold pattern: a post set off by a comma before a name in its formal
//! style of address (`Minister of Works, the Hon. Ana Ruiz`, `the
//! Ambassador, H.E. Tomas Vell`), as Commonwealth government releases list
//! a cabinet (Caribbean, Pacific, Nepali and UK styles: the Honourable, the
//! Right Honourable, His Excellency; unseen real news, holds round ten).
//! The style says the name is the post's holder, so the name may go on
//! into a list (`..., the Hon. Ana Ruiz and Minister of Health, ...`) and a
//! second post joined to the first by `and` is the same holder's (`Minister
//! of Justice and Acting Minister of Works, the Hon. Ana Ruiz`). Runs
//! before [`super::apposition`], which would give the post to a name
//! before it (`Tomas Vell, Minister of Works, the Hon. Ana Ruiz`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::HOLD_STYLES_AFTER_THE;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "set_off_styled_name",
    example: "Minister of Works, the Hon. Ana Ruiz and others",
    reason: "title set off before the name in its formal style",
    find: Find::Post(find),
};

/// For a post (or the first of two joined by `and`), the comma after it and
/// a style of address, the person the style opens.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let mut t = ctx.past_initials(p.end);
    // A second post joined by `and`, past up to two capitalised words
    // (`and Acting Minister of Works`).
    if t + 2 < ctx.n && ctx.word(t) == "and" {
        let mut u = t + 1;
        while u < ctx.n && u - t <= 2 && ctx.at[u].is_none() && is_modifier(ctx.word(u)) {
            u += 1;
        }
        let q = ctx.at_kind(u, Kind::Position)?;
        t = ctx.past_initials(ctx.cands[q].end);
    }
    if t + 3 >= ctx.n || ctx.word(t) != "," || ctx.sentence[t] != ctx.sentence[p.start] {
        return None;
    }
    // Past the holder's rank or second title: `, Senator the Hon. Ana Ruiz`.
    let style = ctx
        .at_kind(t + 1, Kind::Position)
        .map_or(t + 1, |r| ctx.cands[r].end);
    if style + 1 >= ctx.n || !styled(ctx, style) {
        return None;
    }
    // `His Excellency`: past the pronoun, `Excellency` is an honorific.
    let name = if matches!(ctx.word(style), "His" | "Her") {
        style + 1
    } else {
        style
    };
    ctx.person_after(name)
}

/// A capitalised word that may stand before a post (`Acting`, `Deputy`).
fn is_modifier(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
}

/// Whether a style of address opens at `t`: `the Hon.`, `Hon.`, `the Right
/// Honourable`, `His Excellency`, `H.E.`.
fn styled(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.word(t);
    let s = if w.eq_ignore_ascii_case("the") {
        t + 1
    } else {
        t
    };
    s + 1 < ctx.n
        && ctx.at[t].is_none()
        && (HOLD_STYLES_AFTER_THE.contains(ctx.word(s))
            || (matches!(ctx.word(s), "His" | "Her") && ctx.word(s + 1) == "Excellency")
            || matches!(ctx.word(s), "H.E." | "H.E"))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn set_off_styled_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "Present were [Tomas Vell], {Minister of Works}, the Hon. [Ana Ruiz] and others.",
                    &[("Ana Ruiz", "Minister of Works")],
                ),
                // Two posts joined by `and`: both the name's.
                (
                    "The {Minister of Justice} and Acting {Minister of Trade}, the Hon. [Ana Ruiz] and the {Minister of Health} spoke.",
                    &[("Ana Ruiz", "Minister of Justice"), ("Ana Ruiz", "Minister of Trade")],
                ),
                (
                    "They met the {Ambassador}, His Excellency [Tomas Vell], and others.",
                    &[("Tomas Vell", "Ambassador")],
                ),
                (
                    "They met the {Speaker}, Hon. [Ana Ruiz] and others.",
                    &[("Ana Ruiz", "Speaker")],
                ),
            ],
        );
    }

    #[test]
    fn set_off_styled_name_passes_the_holders_rank() {
        // The rank is the name's too, by the title before the name.
        let got = holds("Then {Minister of Works}, {Senator} the Hon. [Lia Kamen] spoke.");
        let want = (
            "Lia Kamen".to_string(),
            "Minister of Works".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
    }

    #[test]
    fn set_off_styled_name_needs_the_style() {
        for marked in [
            "Present were [Tomas Vell], {Minister of Works}, [Ana Ruiz] and others.",
            "The {Minister of Works}, the new [Ana Ruiz], spoke.",
            // Another post after `and` that is not set off.
            "The {mayor} and {governor} [Ana Ruiz] spoke.",
        ] {
            let got = holds(marked);
            assert!(
                got.iter().all(|h| h.2 != PATTERN.reason),
                "{marked}: {got:?}"
            );
        }
    }
}
