//! Hold pattern: the subject of a verb of joining or returning to a body,
//! then `as` and the post (`Ruiz joined Harbour Bank as chief executive`,
//! `Ruiz rejoined the government as prime minister last June`, `Ruiz
//! returned to the club as coach`, `Ruiz, 54, has joined the board as its
//! chairman`, `Ruiz, who joined the firm in 2019 as finance director`; leading or
//! serving one: `Ruiz, who has headed the central bank as governor`; working
//! there: `Ruiz worked at the ministry as permanent secretary`, `Ruiz served
//! the club as president`, `Ruiz spent ten years at the bank as chief
//! economist`): the subject takes the post.

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::{HOLD_JOINING_VERBS, HOLD_PASSIVE_AUXILIARIES};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "joined_as",
    example: "Ana Ruiz joined Harbour Bank as chief executive",
    reason: "joined a body in the post (“joined … as”)",
    find: Find::Post(find),
};

/// Where `as` stands before the post starting at `start`, past a
/// determiner, an owner's pronoun and `new`, `interim`, `acting`.
fn as_before(ctx: &Ctx, start: usize) -> Option<usize> {
    let mut t = start;
    while t > 0
        && start - t < 3
        && matches!(
            ctx.word(t - 1),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "new" | "interim" | "acting"
        )
    {
        t -= 1;
    }
    (t > 0 && ctx.word(t - 1) == "as").then(|| t - 1)
}

/// The joining verb before the body that ends at `as`: up to eight words of
/// the body and a time (`the firm in 2019`), no comma and no person or
/// post between; `returned`, `moved` only before `to`.
fn verb_before(ctx: &Ctx, a: usize) -> Option<usize> {
    let mut t = a;
    while t > 0 && a - t < 9 && ctx.sentence[t - 1] == ctx.sentence[a] {
        t -= 1;
        if let Some(m) = ctx.cover[t] {
            if ctx.cands[m].kind != Kind::Place {
                return None;
            }
            continue;
        }
        let w = ctx.word(t);
        if HOLD_JOINING_VERBS.contains(w) {
            let to_needed = w.starts_with("return") || w.starts_with("move");
            // Working, serving or spending time name a body between (`at the
            // bank`, `the club`, `Harbour Bank`), not only a time (`served
            // two terms as` is a copula's).
            let body_needed = ["work", "serv", "spen"].iter().any(|v| w.starts_with(v));
            let body = (t + 1..a).any(|i| {
                ctx.word(i) == "the"
                    || ctx.word(i).starts_with(char::is_uppercase)
                    || ctx.cover[i].is_some()
            });
            return (t + 1 < a
                && (!to_needed || ctx.word(t + 1) == "to")
                && (!body_needed || body)
                && t + 1 + usize::from(to_needed) < a)
                .then_some(t);
        }
        if matches!(w, "," | ";" | ":" | "and" | "but" | "said" | "says") {
            return None;
        }
    }
    None
}

/// For a post after `as` that ends a joining verb's body, the verb's
/// subject: the person right before it and its auxiliaries, past one
/// phrase set off by commas (`Ruiz, 54, has joined`) or `, who`.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) {
        return None;
    }
    let verb = verb_before(ctx, as_before(ctx, p.start)?)?;
    let same = |t: usize| ctx.sentence[t] == ctx.sentence[p.start];
    let mut t = verb;
    while t > 0 && same(t - 1) && HOLD_PASSIVE_AUXILIARIES.contains(ctx.word(t - 1)) {
        t -= 1;
    }
    if t >= 3 && ctx.word(t - 1) == "who" && ctx.word(t - 2) == "," {
        t -= 2;
    } else if t >= 2 && ctx.word(t - 1) == "," {
        // One phrase set off by commas: `Ruiz, 54, has joined`.
        let mut c = t - 1;
        while c > 0 && same(c - 1) && t - c < 8 && ctx.word(c - 1) != "," {
            c -= 1;
        }
        if c == 0 || ctx.word(c - 1) != "," {
            return None;
        }
        t = c - 1;
    }
    let m = ctx.person_ending_at(t)?;
    same(t - 1).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn joined_as_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Tomas Vell] joined Harbour Bank as {chief executive} in 2019.",
                    &[("Tomas Vell", "chief executive")],
                ),
                // Entering a body (holds round ten).
                (
                    "[Tomas Vell] entered Cabinet as {Minister for Sports} in May.",
                    &[("Tomas Vell", "Minister for Sports")],
                ),
                (
                    "[Ana Ruiz] entered parliament in 2015 as {MP} for <Oldtown>.",
                    &[("Ana Ruiz", "MP")],
                ),
                // Working or serving in a body (unseen real news, holds round nine).
                (
                    "[Tomas Vell] worked at the ministry as {permanent secretary} until 2010.",
                    &[("Tomas Vell", "permanent secretary")],
                ),
                (
                    "[Tomas Vell] served the club as {president} for a decade.",
                    &[("Tomas Vell", "president")],
                ),
                (
                    "[Tomas Vell] spent ten years at the bank as {chief economist}.",
                    &[("Tomas Vell", "chief economist")],
                ),
                (
                    "[Tomas Vell] rejoined the government as {prime minister} last June.",
                    &[("Tomas Vell", "prime minister")],
                ),
                (
                    "[Tomas Vell] returned to the club as {coach} in May.",
                    &[("Tomas Vell", "coach")],
                ),
                (
                    "[Ana Ruiz], 54, has joined the board as its new {chairman}.",
                    &[("Ana Ruiz", "chairman")],
                ),
                (
                    "[Ana Ruiz], who joined the firm in 2019 as {finance director}, left.",
                    &[("Ana Ruiz", "finance director")],
                ),
                (
                    "[Ana Ruiz] has joined <Oldland>'s largest bank as {chief economist}.",
                    &[("Ana Ruiz", "chief economist")],
                ),
                (
                    "[Selin Arslan], who has headed the central bank as {governor} since 2021, spoke.",
                    &[("Selin Arslan", "governor")],
                ),
                (
                    "[Tomas Vell] led the union as its {president} for a decade.",
                    &[("Tomas Vell", "president")],
                ),
            ],
        );
    }

    #[test]
    fn joined_as_needs_the_verb_s_subject() {
        check(
            PATTERN.reason,
            &[
                // No joining verb: the body is seen as something.
                ("[Ana Ruiz] saw the club as {coach} material.", &[]),
                // `returned` with no `to`: something given back.
                ("[Ana Ruiz] returned the cup as {captain}.", &[]),
                // A clause between.
                ("[Ana Ruiz] joined the club, and Bo stayed as {coach}.", &[]),
            ],
        );
    }
}
