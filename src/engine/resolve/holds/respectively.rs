//! Hold pattern: two lists paired in order by `respectively` (`Ana Ruiz and
//! Tomas Vell, the president and vice president respectively,`, `the
//! secretary and the treasurer, Ana Ruiz and Tomas Vell respectively,`,
//! `Ruiz and Vell were elected chair and secretary respectively`): the n-th
//! post goes to the n-th name. It runs first, since the patterns that read
//! one post at a time would give every post of the list to the name nearest
//! it.

use super::{Ctx, Find, Pattern};
use crate::engine::annotation::Kind;
use crate::engine::lexicon::casing::FxMap;
use crate::engine::rules;
use crate::engine::words::{HOLD_COPULA_LINKS, HOLD_PASSIVE_APPOINTMENTS, HOLD_RESPECTIVELY_LINKS};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "respectively",
    example: "Ana Ruiz and Tomas Vell, the president and vice president respectively",
    reason: "paired with the name in a list by “respectively”",
    find: Find::Post(find),
};

/// Words that may stand between two items of one list: `,`, `and`, an
/// article, a possessive or a time word before a post (`the president and
/// its former treasurer`).
fn between_items(w: &str) -> bool {
    matches!(
        w,
        "," | "and" | "the" | "its" | "their" | "former" | "acting" | "current" | "new"
    )
}

/// The list of mentions of one kind (persons or posts) that ends right
/// before token `end`, in text order, with the token it starts at: two or
/// more, the last two joined by `and`.
fn list_ending_at(ctx: &Ctx, end: usize) -> Option<(Kind, Vec<usize>, usize)> {
    let last = ctx.cover[end.checked_sub(1)?]?;
    let kind = ctx.cands[last].kind;
    if !matches!(kind, Kind::Person | Kind::Position) {
        return None;
    }
    let mut items = vec![last];
    let mut start = ctx.cands[last].start;
    let mut joined = false;
    loop {
        let mut t = start;
        let mut and = false;
        while t > 0
            && ctx.cover[t - 1].is_none()
            && (between_items(ctx.word(t - 1))
                || (kind == Kind::Person && rules::is_honorific(ctx.lex, ctx.word(t - 1))))
        {
            and |= ctx.word(t - 1) == "and";
            t -= 1;
        }
        let separated = t < start
            && (and || ctx.word(start - 1) == "," || {
                // A comma anywhere between the two items.
                (t..start).any(|i| ctx.word(i) == ",")
            });
        let Some(m) = t
            .checked_sub(1)
            .and_then(|i| ctx.cover[i])
            .filter(|&m| ctx.cands[m].kind == kind && separated)
        else {
            break;
        };
        if items.len() == 1 {
            joined = and;
        }
        items.push(m);
        start = ctx.cands[m].start;
    }
    items.reverse();
    // Honorifics and articles before the first item stay outside the list.
    (items.len() >= 2 && joined).then_some((kind, items, start))
}

/// For a post in one of two lists of the same length paired by
/// `respectively` (the second right before it, the first a few words before
/// the second), the name at the same place in the other list.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    ctx.respectively
        .get_or_init(|| table(ctx))
        .get(&pi)
        .copied()
}

/// Each post mention's holder by `respectively`, built once per document
/// (a long sentence holds many posts and would be scanned once for each):
/// the post's first `respectively` after it in its sentence, and the lists
/// that word pairs.
pub(super) fn table(ctx: &Ctx) -> FxMap<usize, usize> {
    let mut holder = FxMap::default();
    let words: Vec<usize> = (0..ctx.n)
        .filter(|&t| ctx.word(t) == "respectively")
        .collect();
    if words.is_empty() {
        return holder;
    }
    // The first `respectively` at or after each token, in its sentence.
    let mut next = vec![usize::MAX; ctx.n];
    for t in (0..ctx.n).rev() {
        next[t] = if ctx.word(t) == "respectively" {
            t
        } else if t + 1 < ctx.n && ctx.sentence[t + 1] == ctx.sentence[t] {
            next[t + 1]
        } else {
            usize::MAX
        };
    }
    for r in words {
        let Some((persons, posts)) = pairing(ctx, r) else {
            continue;
        };
        for (&post, &person) in posts.iter().zip(&persons) {
            let p = &ctx.cands[post];
            let first =
                p.end < ctx.n && ctx.sentence[p.end] == ctx.sentence[p.start] && next[p.end] == r;
            if first {
                holder.entry(post).or_insert(person);
            }
        }
    }
    holder
}

/// The person and post mentions, in order, that `respectively` at token
/// `r` pairs: a list of one kind right before it, and a list of the other
/// just before that one, joined by a link word, of the same length.
fn pairing(ctx: &Ctx, r: usize) -> Option<(Vec<usize>, Vec<usize>)> {
    let s = ctx.sentence[r];
    let end = if ctx.word(r.checked_sub(1)?) == "," {
        r - 1
    } else {
        r
    };
    let (kind, second, start) = list_ending_at(ctx, end)?;
    // The first list ends at most four words before the second starts, past
    // no other name or post (`, the`, `were elected`, `who are the`).
    let first_end = (start.saturating_sub(4)..start)
        .rev()
        .find(|&t| ctx.cover[t].is_some())?
        + 1;
    if ctx.sentence[first_end - 1] != s {
        return None;
    }
    // Only words that link a name to its post between (`were elected`,
    // `who are the`, `as`): `Ruiz and Vell met the mayor and the clerk
    // respectively` pairs visits, not posts.
    let link = |t: usize| {
        let w = ctx.word(t).to_lowercase();
        HOLD_RESPECTIVELY_LINKS.contains(&w)
            || HOLD_COPULA_LINKS.contains(&w)
            || HOLD_PASSIVE_APPOINTMENTS.contains(&w)
    };
    if !(first_end..start).all(link) {
        return None;
    }
    let (other, first, _) = list_ending_at(ctx, first_end)?;
    if other == kind || other == Kind::Place || first.len() != second.len() {
        return None;
    }
    Some(if kind == Kind::Person {
        (second, first)
    } else {
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, holds};
    use super::PATTERN;

    #[test]
    fn respectively_pairs_posts_and_names_in_order() {
        check(
            PATTERN.reason,
            &[
                (
                    "[Ana Ruiz] and [Tomas Vell], the {president} and {vice president} respectively, spoke.",
                    &[("Ana Ruiz", "president"), ("Tomas Vell", "vice president")],
                ),
                (
                    "The {secretary} and the {treasurer}, [Ana Ruiz] and [Tomas Vell] respectively, signed it.",
                    &[("Ana Ruiz", "secretary"), ("Tomas Vell", "treasurer")],
                ),
                (
                    "[Ana Ruiz] and [Tomas Vell] were elected {chair} and {secretary}, respectively.",
                    &[("Ana Ruiz", "chair"), ("Tomas Vell", "secretary")],
                ),
                (
                    "[Ana Ruiz], [Tomas Vell] and [Ivo Lanz] are the {mayor}, {treasurer} and {clerk} respectively.",
                    &[
                        ("Ana Ruiz", "mayor"),
                        ("Tomas Vell", "treasurer"),
                        ("Ivo Lanz", "clerk"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn respectively_needs_two_lists_of_one_length() {
        for marked in [
            // Three names, two posts.
            "[Ana Ruiz], [Tomas Vell] and [Ivo Lanz] became {chair} and {secretary} respectively.",
            // No `respectively`.
            "[Ana Ruiz] and [Tomas Vell] met the {mayor} and {clerk}.",
            // Not a link between: visits paired, not posts.
            "[Ana Ruiz] and [Tomas Vell] met the {mayor} and the {clerk} respectively.",
            // A list too far from the other.
            "[Ana Ruiz] and [Tomas Vell] said on a long day that the {chair} and {clerk} rose 3% and 4% respectively.",
        ] {
            assert!(
                holds(marked).iter().all(|h| h.2 != PATTERN.reason),
                "{marked}"
            );
        }
    }
}
