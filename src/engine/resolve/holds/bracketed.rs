//! Hold pattern: a post in brackets beside the name, or the name in brackets
//! beside the post (`Ana Ruiz (president) and Tomas Vell (treasurer)`, `Ruiz
//! (governor, Eastern Province)`, `the governor (Ana Ruiz)`), and a post in
//! brackets glossing the title before a name (`Datu Bandar (Mayor) Ana
//! Ruiz`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "bracketed",
    example: "Ana Ruiz (president)",
    reason: "in brackets beside the name",
    find: Find::Post(find),
};

/// The person beside the brackets around the post (or around the name after
/// the post).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    // `the governor (Ana Ruiz)`, also past the post's seat or place: `the
    // hon. Member for Eastwick (Ana Ruiz)`, as Hansard names a member.
    let mut end = p.end;
    if end + 1 < ctx.n && matches!(ctx.word(end), "for" | "of") {
        if let Some(m) = ctx.at_kind(end + 1, Kind::Place) {
            end = ctx.cands[m].end;
        }
    }
    if end > p.end && end + 2 < ctx.n && ctx.word(end) == "(" {
        if let Some(m) = ctx.person_after(end + 1) {
            let close = ctx.cands[m].end;
            if close < ctx.n && ctx.word(close) == ")" {
                return Some(m);
            }
        }
    }
    if p.end + 2 < ctx.n && ctx.word(p.end) == "(" {
        if let Some(m) = ctx.person_after(p.end + 1) {
            let end = ctx.cands[m].end;
            if end < ctx.n && ctx.word(end) == ")" {
                return Some(m);
            }
        }
    }
    // The post opens the brackets (past `the`).
    let mut open = p.start;
    if open > 0 && ctx.word(open - 1).eq_ignore_ascii_case("the") {
        open -= 1;
    }
    if open == 0 || ctx.word(open - 1) != "(" {
        return None;
    }
    open -= 1;
    // A gloss of the title before the name: `Datu Bandar (Mayor) Ana Ruiz`
    // (a name right after the brackets is the holder, even when the title
    // glossed was read as a name).
    if p.end + 1 < ctx.n && ctx.word(p.end) == ")" {
        if let Some(m) = ctx.person_after(p.end + 1) {
            return Some(m);
        }
    }
    // `Ana Ruiz (president)`, `Ruiz (governor, Eastern Province)`.
    ctx.person_ending_at(open)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn bracketed_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Ana Ruiz] ({president}) and [Tomas Vell] ({treasurer}) signed.",
                    &[("Ana Ruiz", "president"), ("Tomas Vell", "treasurer")],
                ),
                (
                    "[Ana Ruiz] ({governor}, <Eastern Province>) spoke.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "The {governor} ([Ana Ruiz]) spoke.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "The hon. {Member} for <Eastwick> ([Ana Ruiz]) asked a question.",
                    &[("Ana Ruiz", "Member")],
                ),
                (
                    "Then Datu Bandar ({Mayor}) [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Mayor")],
                ),
                (
                    "Then [Datu Bandar] ({Mayor}) [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Mayor")],
                ),
            ],
        );
    }

    #[test]
    fn bracketed_needs_the_brackets_beside_the_name() {
        check(
            PATTERN.reason,
            &[
                ("The {governor} (and [Ana Ruiz]) spoke.", &[]),
                ("[Ana Ruiz] met the board ({chair} and staff).", &[]),
                ("The {governor} ([Ana Ruiz]’s ally) spoke.", &[]),
            ],
        );
    }
}
