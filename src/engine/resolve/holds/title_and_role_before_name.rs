//! Hold pattern: a title joined by `and` to a role that is no post, right
//! before the name (`Captain and goalkicker Ana Ruiz`, `Oldland governor and
//! former presidential candidate Ana Ruiz`): the title is the named person's.
//! Not after an article (`the minister and activist Ana Ruiz` may be two
//! people), nor when the role is a relative (`President and first lady`,
//! `the mayor and his wife`).

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "title_and_role_before_name",
    example: "Captain and goalkicker Ana Ruiz",
    reason: "title joined to the person’s role before the name",
    find: Find::Post(find),
};

/// Words that end the role: articles, possessives, relatives, and words that
/// open a clause.
fn stops_the_role(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "lady"
            | "brother"
            | "sister"
            | "mother"
            | "father"
            | "partner"
            | "who"
            | "with"
            | "of"
            | "for"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "from"
            | "said"
            | "says"
            | "mr"
            | "mrs"
            | "ms"
            | "mr."
            | "mrs."
            | "ms."
    )
}

/// For a post that no article or owner comes before (past places and
/// capitalised words: `New Jersey governor`), followed by `and` and one to
/// seven words of a role with no comma, the person right after the role.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if p.end + 2 >= ctx.n || ctx.word(p.end) != "and" || ctx.owns_next(p) {
        return None;
    }
    // Nothing definite before the post.
    let mut b = p.start;
    while b > 0
        && ctx.sentence[b - 1] == ctx.sentence[p.start]
        && (ctx.cover[b - 1].is_some_and(|m| ctx.cands[m].kind == Kind::Place)
            || (ctx.cover[b - 1].is_none() && ctx.word(b - 1).starts_with(char::is_uppercase)))
    {
        b -= 1;
    }
    if b > 0
        && ctx.sentence[b - 1] == ctx.sentence[p.start]
        && matches!(
            ctx.word(b - 1),
            "the" | "a" | "an" | "’s" | "'s" | "his" | "her" | "its" | "their"
        )
    {
        return None;
    }
    let mut t = p.end + 1;
    while t < ctx.n && t - p.end <= 8 && ctx.sentence[t] == ctx.sentence[p.start] {
        if let Some(m) = ctx.at_kind(t, Kind::Person) {
            return (t > p.end + 1).then_some(m);
        }
        let w = ctx.word(t);
        let place = ctx.cover[t].is_some_and(|m| ctx.cands[m].kind == Kind::Place);
        if (!place && ctx.cover[t].is_some())
            || !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            || stops_the_role(&w.to_lowercase())
        {
            return None;
        }
        t += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn title_and_role_before_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "{Captain} and goalkicker [Ana Ruiz] scored 18 points.",
                    &[("Ana Ruiz", "Captain")],
                ),
                (
                    "A photo of <Oldland> {governor} and former Liberal <United Oldland> presidential candidate [Ana Ruiz] went public.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "Club {president} and founder [Tomas Vell] spoke.",
                    &[("Tomas Vell", "president")],
                ),
            ],
        );
    }

    #[test]
    fn title_and_role_before_name_needs_one_person() {
        for marked in [
            // An article before the post: maybe two people.
            "She met the {minister} and activist [Ana Ruiz].",
            // A relative, or an honorific: a spouse.
            "{President} and first lady [Ana Ruiz] waved.",
            "{Mayor} and his wife [Ana Ruiz] came.",
            "{President} and Mrs [Ana Ruiz] waved.",
            // A comma or another post between.
            "{Mayor} and, later, [Ana Ruiz] came.",
            "{Mayor} and {treasurer} [Ana Ruiz] came.",
        ] {
            assert!(
                holds(marked).iter().all(|h| h.2 != PATTERN.reason),
                "{marked}"
            );
        }
    }
}
