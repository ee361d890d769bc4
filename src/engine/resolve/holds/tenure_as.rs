//! Hold pattern: an owner's time in a post, or entering or leaving it, named
//! by a noun before `as` + post (`Ruiz’s tenure as mayor`, `Ruiz’s
//! resignation as coach`, `Ruiz’s appointment as ambassador`): the owner
//! holds (or held) the post. A proposal (`Ruiz’s nomination as`) is none.

use super::pronoun_subject::of_other_sex;
use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::words::HOLD_TENURE_NOUNS;

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "tenure_as",
    example: "Ana Ruiz’s tenure as mayor",
    reason: "the person’s time in the post (“tenure as”)",
    find: Find::Post(find),
};

/// For a post right after `as` and a tenure noun, the person who owns the
/// noun (`Ruiz’s`, past one adjective: `Ruiz’s first term as`).
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    if ctx.owns_next(p) || p.start < 4 {
        return None;
    }
    // The post's country or team between `as` and the post: `as <Oldland>
    // captain`, `as Harbour's manager`.
    let mut a = p.start;
    if let Some(m) = ctx.cover[a - 1].filter(|&m| ctx.cands[m].kind == Kind::Place) {
        a = ctx.cands[m].start;
    } else if a >= 3 && matches!(ctx.word(a - 1), "’" | "'" | "’s" | "'s") {
        a -= 2;
    } else if ctx.lex.demonym_country(ctx.word(a - 1)).is_some() || region_before(ctx, a) {
        a -= 1;
    }
    if a < 4 || ctx.word(a - 1) != "as" {
        return None;
    }
    let mut t = a - 2;
    if !HOLD_TENURE_NOUNS.contains(ctx.word(t)) {
        return None;
    }
    // `re-election` splits in three.
    if t >= 2 && ctx.word(t - 1) == "-" {
        t -= 2;
    }
    // One adjective: `first`, `brief`, `short`.
    if t >= 2
        && !matches!(ctx.word(t - 1), "’s" | "'s" | "his" | "her")
        && ctx.word(t - 1).chars().all(char::is_lowercase)
    {
        t -= 1;
    }
    if t >= 1 && matches!(ctx.word(t - 1), "his" | "her") {
        // Not a post turned down: `Ruiz declined her appointment as`.
        let refused = t >= 2
            && matches!(
                ctx.word(t - 2),
                "declined" | "rejected" | "refused" | "down" | "opposed" | "blocked" | "challenged"
            );
        return (!refused).then(|| sentence_subject(ctx, t - 1)).flatten();
    }
    if t < 2 || !matches!(ctx.word(t - 1), "’s" | "'s") {
        return None;
    }
    let m = ctx.cover[t - 2]?;
    (ctx.cands[m].kind == Kind::Person).then_some(m)
}

/// Whether one capitalised word no mention covers stands between `as` and
/// the post at `a`: the region or body the post is of (`his position as
/// Oldshire Governor`, `her former office as Harbour governor`: unseen
/// real news, holds round ten).
fn region_before(ctx: &Ctx, a: usize) -> bool {
    a >= 2
        && ctx.cover[a - 1].is_none()
        && ctx.word(a - 2) == "as"
        && ctx
            .word(a - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && ctx.word(a - 1).chars().all(char::is_alphabetic)
}

/// For `his` or `her` at `t`, the person whose name opens the sentence,
/// with no other person named before `t` (`Ruiz is winding up her term as
/// ambassador`, `Vell, who has put on hold his role as coach, ...`); also
/// past a fronted phrase closed by a comma and the person's titles
/// (`Meanwhile, Vell will move from his role as chairman`, `On Monday,
/// former MEP Ana Ruiz said her removal as chairperson ...`: unseen real
/// news, holds round eleven); not a given name of the other sex.
fn sentence_subject(ctx: &Ctx, t: usize) -> Option<usize> {
    let s = ctx.sentence[t];
    let mut first = t;
    while first > 0 && ctx.sentence[first - 1] == s && t - first < 25 {
        first -= 1;
    }
    if first > 0 && ctx.sentence[first - 1] == s {
        return None;
    }
    let person = |u: usize| ctx.at[u].filter(|&m| ctx.cands[m].kind == Kind::Person);
    let m = (first..t).find_map(person)?;
    // The person's titles, honorifics and party before the name (`former
    // Labour MEP Dr Ana Ruiz`).
    let mut u = ctx.cands[m].start;
    while u > first {
        if let Some(q) = ctx.cover[u - 1].filter(|&q| ctx.cands[q].kind == Kind::Position) {
            u = ctx.cands[q].start;
        } else if ctx.cover[u - 1].is_none()
            && (matches!(ctx.word(u - 1), "former" | "the")
                || ctx.word(u - 1).starts_with(char::is_uppercase))
        {
            u -= 1;
        } else {
            break;
        }
    }
    // Or a short fronted phrase closed by a comma.
    let fronted = u > first && u - first <= 12 && ctx.word(u - 1) == ",";
    let other =
        (ctx.cands[m].end..t).any(|u| ctx.at[u].is_some_and(|o| ctx.cands[o].kind == Kind::Person));
    let female = ctx.word(t) == "her";
    ((u == first || fronted) && !other && !of_other_sex(ctx, m, female)).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn tenure_as_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "During [Ana Ruiz]’s tenure as {mayor}, crime fell.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "[Ana Ruiz]'s resignation as {coach} shocked fans.",
                    &[("Ana Ruiz", "coach")],
                ),
                (
                    "[Ana Ruiz]’s first term as {governor} ended.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "[Ana Ruiz]’s re-election as {mayor} was certain.",
                    &[("Ana Ruiz", "mayor")],
                ),
                (
                    "They criticised [Ana Ruiz]’s record as {mayor}.",
                    &[("Ana Ruiz", "mayor")],
                ),
                // `his` or `her`: the sentence's subject; a team or
                // country before the post.
                (
                    "[Tomas Vell] is winding up his term as {ambassador}.",
                    &[("Tomas Vell", "ambassador")],
                ),
                (
                    "[Tomas Vell] marked his debut as <Oldland> {captain} with a century.",
                    &[("Tomas Vell", "captain")],
                ),
                (
                    "It spoiled [Tomas Vell]'s debut as Harbour's {manager}.",
                    &[("Tomas Vell", "manager")],
                ),
                (
                    "[Tomas Vell] marked his debut as Indian {captain} on Monday.",
                    &[("Tomas Vell", "captain")],
                ),
                (
                    "[Tomas Vell], in his role as {mayor}, signed it.",
                    &[("Tomas Vell", "mayor")],
                ),
                // The post's office, position or capacity; a region's
                // name between `as` and the post (holds round ten).
                (
                    "[Tomas Vell], who retained his position as Oldshire {Governor}, spoke.",
                    &[("Tomas Vell", "Governor")],
                ),
                (
                    "[Ana Ruiz] was found guilty of using her former office as Harbour {governor} for gain.",
                    &[("Ana Ruiz", "governor")],
                ),
                (
                    "[Ana Ruiz] spoke in her capacity as {chairperson} of the board.",
                    &[("Ana Ruiz", "chairperson")],
                ),
                (
                    "[Tomas Vell] kept his portfolio as {Minister of Works}.",
                    &[("Tomas Vell", "Minister of Works")],
                ),
                // Past a fronted phrase and the person's titles (unseen real
                // news, holds round eleven).
                (
                    "Meanwhile, [Tomas Vell] will move from his role as {Executive Chairman} to the board.",
                    &[("Tomas Vell", "Executive Chairman")],
                ),
            ],
        );
    }

    #[test]
    fn tenure_as_reads_past_the_subjects_titles() {
        // Unseen real news, holds round eleven.
        let got = holds(
            "On Monday, former {MEP} [Ana Ruiz] said her removal as Harbour's {chairperson} came after a row.",
        );
        let want = (
            "Ana Ruiz".to_string(),
            "chairperson".to_string(),
            PATTERN.reason.to_string(),
        );
        assert!(got.contains(&want), "{got:?}");
    }

    #[test]
    fn tenure_as_needs_an_owner_and_no_proposal() {
        check(
            PATTERN.reason,
            &[
                ("[Ana Ruiz]’s nomination as {ambassador} stalled.", &[]),
                ("[Ana Ruiz]’s bid as {mayor} failed.", &[]),
                ("The tenure as {mayor} of [Ana Ruiz] ended.", &[]),
                // A fronted phrase naming someone, a given name of the
                // other sex.
                (
                    "After [Ana Ruiz] left, [Tomas Vell] ended his term as {mayor}.",
                    &[],
                ),
                ("[Maria Vell] ended his term as {mayor}.", &[]),
                // A post turned down.
                (
                    "[Ana Ruiz] has declined her appointment as {deputy head} of the office.",
                    &[],
                ),
                // Another person named before `his`.
                (
                    "[Ana Ruiz] praised [Tomas Vell] for his term as {mayor}.",
                    &[],
                ),
            ],
        );
    }
}
