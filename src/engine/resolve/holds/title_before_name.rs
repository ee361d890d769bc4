//! Hold pattern: a title right before the name (`Defense Minister Ana
//! Ruiz`), also past an honorific that stays outside the name (`Emirati
//! President Sheikh Omar`). Not across a line's end: a headline that
//! ends in a post (`Harbour Bank names new CEO`) is not the title of the
//! name opening the line after it.

use super::{Ctx, Find, Pattern};

/// The pattern.
pub(super) const PATTERN: Pattern = Pattern {
    name: "title_before_name",
    example: "Defense Minister Ana Ruiz",
    reason: "title before the name",
    find: Find::Post(find),
};

/// The person right after the post, also past the post's initials in
/// brackets (`Senior Superintendent of Police (SSP) Ajit Naval`), not
/// past the line break that ends the post's sentence.
fn find(ctx: &Ctx, pi: usize) -> Option<usize> {
    let p = &ctx.cands[pi];
    ctx.person_after(ctx.past_initials(p.end)).filter(|&m| {
        let start = ctx.cands[m].start;
        ctx.sentence[start] == ctx.sentence[p.start]
            || !(p.end..=start).any(|t| ctx.doc.tokens[t].newline_before)
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::PATTERN;

    #[test]
    fn title_before_name_finds_holders() {
        check(
            PATTERN.reason,
            &[
                (
                    "{Defense Minister} [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Defense Minister")],
                ),
                (
                    "Then {Mayor} [Tomas Vell] left.",
                    &[("Tomas Vell", "Mayor")],
                ),
                // Past an honorific outside the name.
                (
                    "{President} Sheikh [Omar Vell] arrived.",
                    &[("Omar Vell", "President")],
                ),
                (
                    "{Minister} Dr. [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Minister")],
                ),
                // Past a chain of honorifics (Malaysian styles).
                (
                    "{Chief Minister} Datuk Seri [Liew Ah Kow] spoke.",
                    &[("Liew Ah Kow", "Chief Minister")],
                ),
                (
                    "{Health Minister} Datuk Seri Dr [Noor Azlan] spoke.",
                    &[("Noor Azlan", "Health Minister")],
                ),
                (
                    "{Chief Minister} Tan Sri [Musa Karim] spoke.",
                    &[("Musa Karim", "Chief Minister")],
                ),
                // Past a Commonwealth style after `the` (holds round ten).
                (
                    "{Minister of Finance} the Hon. [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Minister of Finance")],
                ),
                (
                    "{Prime Minister} the Right Honourable [Tomas Vell] spoke.",
                    &[("Tomas Vell", "Prime Minister")],
                ),
                // Past the post's initials in brackets.
                (
                    "{Chief Minister} (CM) [Ravi Pereth] spoke.",
                    &[("Ravi Pereth", "Chief Minister")],
                ),
                // Past a retirement tag after a rank.
                (
                    "{Maj. Gen.} (retd) [Ana Ruiz] spoke.",
                    &[("Ana Ruiz", "Maj. Gen.")],
                ),
                ("{Col.} (rtd.) [Ivo Lanz] spoke.", &[("Ivo Lanz", "Col.")]),
                // Past two honorifics.
                (
                    "{Speaker} Rt. Hon. [Ada Eze] spoke.",
                    &[("Ada Eze", "Speaker")],
                ),
            ],
        );
    }

    #[test]
    fn title_before_name_needs_the_name_right_after() {
        check(
            PATTERN.reason,
            &[
                ("{Defense Minister} said [Ana Ruiz] left.", &[]),
                ("The {mayor} met Dr. Lee and [Ana Ruiz].", &[]),
                // A second word alone is no honorific.
                ("The {mayor} Seri [Ana Ruiz] spoke.", &[]),
                // Brackets holding something else: a party.
                ("The {mayor} (Labour) [Ana Ruiz] spoke.", &[]),
                // A headline ending in a post, the name opening the next
                // line (unseen real news, holds round eleven).
                (
                    "Harbour Bank names new {CEO}\n\n[Ana Ruiz] joins in May.",
                    &[],
                ),
            ],
        );
    }
}
