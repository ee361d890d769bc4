//! Hold pattern: a post fronted before the sentence's subject (`As mayor,
//! Ana Ruiz cut taxes.`, `While serving as finance minister, Ruiz ...`, `A
//! former mayor, Ruiz now runs a bakery.`): the name right after the comma
//! holds it.

use super::{Ctx, Find, Pattern};
use crate::engine::words::HOLD_APPOSITION_FILLERS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "fronted_as",
    example: "As mayor, Ana Ruiz cut taxes",
    reason: "the post fronted before the name (“As mayor, …”)",
    find: Find::Post(find),
};

/// Whether the words from the sentence's start to `t` front a post: `As`
/// (or `while serving as`, `during her time as`), or `A`/`An`, then fillers
/// (`the`, `former`, `the country’s`).
fn fronted(ctx: &Ctx, start: usize) -> bool {
    let s = ctx.sentence[start];
    let mut t = start;
    let mut as_seen = false;
    while t > 0 && ctx.sentence[t - 1] == s && start - t < 8 {
        t -= 1;
        let w = ctx.word(t);
        if w.eq_ignore_ascii_case("as") {
            as_seen = true;
        } else if !(HOLD_APPOSITION_FILLERS.contains(w)
            || ctx.lex.demonym_country(w).is_some()
            || (t + 1 < start && matches!(ctx.word(t + 1), "’s" | "'s"))
            || matches!(
                w,
                "serving" | "working" | "While" | "During" | "In" | "A" | "An"
            ))
        {
            return false;
        }
    }
    let opens = t == 0 || ctx.sentence[t - 1] != s;
    opens && (as_seen || matches!(ctx.word(t), "A" | "An"))
}

/// The person right after the comma that ends the fronted post (past a short
/// phrase of small and capitalised words: `As mayor of Portvale,`; not a
/// verb: `As the mayor said, Ruiz left`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || !fronted(ctx, p.start) {
        return None;
    }
    let mut t = p.end;
    while t < ctx.n && t - p.end < 6 && ctx.word(t) != "," {
        let w = ctx.word(t);
        let phrase = matches!(w, "of" | "for" | "to" | "in" | "at" | "the" | "and")
            || w.starts_with(char::is_uppercase);
        if ctx.sentence[t] != ctx.sentence[p.start] || !phrase {
            return None;
        }
        t += 1;
    }
    if t + 1 >= ctx.n || ctx.word(t) != "," {
        return None;
    }
    ctx.person_after(t + 1)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn fronted_as_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "As {mayor}, [Ana Ruiz] cut taxes.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "It rained. As {finance minister} of <Oldland>, [Ana Ruiz] cut taxes.",
                    &[("Ana Ruiz", "finance minister")],
                ),
                (
                    "While serving as {mayor}, [Ana Ruiz] cut taxes.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "A former {mayor}, [Ana Ruiz] now runs a bakery.",
                    &[("Ana Ruiz", "mayor")],
                ),
            ],
        );
    }

    #[test]
    fn fronted_as_needs_the_post_to_open_the_sentence() {
        check(
            PATTERN.reason,
            &[
                ("They met the {mayor}, [Ana Ruiz] said.", &[]),
                ("As the {mayor} said, [Ana Ruiz] left.", &[]),
                ("As {mayor}, she cut taxes.", &[]),
            ],
        );
    }
}
