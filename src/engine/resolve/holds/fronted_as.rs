//! Hold pattern: a post fronted before the sentence's subject (`As mayor,
//! Ana Ruiz cut taxes.`, `While serving as finance minister, Ruiz ...`, `A
//! former mayor, Ruiz now runs a bakery.`, `Elected president in 2010, Ruiz
//! ...`, `Succeeding him as head of the movement, Ruiz ...`, `After becoming
//! mayor, Ruiz ...`): the name right after the comma holds it.

use super::{Ctx, Find, Pattern};
use crate::engine::words::{HOLD_APPOSITION_FILLERS, HOLD_PASSIVE_APPOINTMENTS};

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
        let lower = w.to_lowercase();
        // `as`, or a verb that gives the post: `Elected president in 2010,`,
        // `After becoming mayor,` (unseen real news, holds round nine).
        if w.eq_ignore_ascii_case("as")
            || matches!(lower.as_str(), "becoming" | "became")
            || HOLD_PASSIVE_APPOINTMENTS.contains(lower.as_str())
        {
            as_seen = true;
        } else if !(HOLD_APPOSITION_FILLERS.contains(w)
            // A clause that takes the post over: `Succeeding him as`, `Since
            // taking over as`, `Before he became`.
            || matches!(
                lower.as_str(),
                "succeeding" | "replacing" | "taking" | "over" | "being" | "since" | "after"
                    | "before" | "upon" | "on" | "him" | "her" | "he" | "she"
            )
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
    while t < ctx.n && t - p.end < 8 && ctx.word(t) != "," {
        let w = ctx.word(t);
        // Small and capitalised words, a year, or a body's lower-case word
        // after `the` (`As head of the movement,`).
        let body = t > p.end
            && ctx.word(t - 1) == "the"
            && w.len() > 2
            && w.chars().all(char::is_lowercase)
            && !w.ends_with("ed");
        let phrase = matches!(w, "of" | "for" | "to" | "in" | "at" | "the" | "and")
            || w.starts_with(char::is_uppercase)
            || w.chars().all(|c| c.is_ascii_digit())
            || body;
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
                // A verb that gives the post, a body's lower-case word, a year
                // (unseen real news, holds round nine).
                (
                    "Elected {president} in 2010, [Ana Ruiz] promised reforms.",
                    &[("Ana Ruiz", "president")],
                ),
                (
                    "Succeeding him as {head} of the movement, [Ana Ruiz], a teacher, ousted them.",
                    &[("Ana Ruiz", "head")],
                ),
                (
                    "After becoming {mayor} in 2019, [Ana Ruiz] cut taxes.",
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
                ("After the {mayor} resigned, [Ana Ruiz] left.", &[]),
                ("Elected in May, the {mayor} praised [Ana Ruiz].", &[]),
            ],
        );
    }
}
