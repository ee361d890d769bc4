//! The tag encoding shared by the model, the decoder and the trainer: each
//! BIO [`Tag`] as an index in `0..NUM_TAGS`, which indexes may follow which,
//! and score rows (one summed weight per tag).

use super::{Label, Tag};

/// Number of BIO tags: `O`, then `B`/`I` for PER, LOC, ORG, MISC.
pub const NUM_TAGS: usize = 9;

/// A score row: one summed weight per tag.
pub type Row = [i32; NUM_TAGS];

/// Adds `other` to `row`, tag by tag.
#[inline]
pub fn add_row(row: &mut Row, other: &Row) {
    for t in 0..NUM_TAGS {
        row[t] += other[t];
    }
}

/// Index of a tag in `0..NUM_TAGS`.
pub fn tag_index(t: Tag) -> usize {
    let l = |l: Label| match l {
        Label::Per => 0,
        Label::Loc => 1,
        Label::Org => 2,
        Label::Misc => 3,
    };
    match t {
        Tag::O => 0,
        Tag::B(x) => 1 + 2 * l(x),
        Tag::I(x) => 2 + 2 * l(x),
    }
}

/// The tag with index `i` (see [`tag_index`]).
pub fn tag_from_index(i: usize) -> Tag {
    const L: [Label; 4] = [Label::Per, Label::Loc, Label::Org, Label::Misc];
    match i {
        0 => Tag::O,
        i if i % 2 == 1 => Tag::B(L[(i - 1) / 2 % 4]),
        i => Tag::I(L[(i - 2) / 2 % 4]),
    }
}

/// The label slot of a tag: 0 for O, then 1 + PER, LOC, ORG, MISC.
pub fn label_slot(t: Tag) -> usize {
    match t {
        Tag::O => 0,
        Tag::B(l) | Tag::I(l) => 1 + tag_index(Tag::B(l)) / 2,
    }
}

/// Whether tag `to` may follow tag `from` (`None` = sentence start) in BIO.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    if to == 0 || to % 2 == 1 {
        return true;
    }
    // `to` is I-x: only after B-x or I-x.
    matches!(from, Some(f) if f != 0 && f.div_ceil(2) == to / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_indexes_round_trip() {
        for i in 0..NUM_TAGS {
            assert_eq!(tag_index(tag_from_index(i)), i);
        }
    }

    #[test]
    fn tags_allowed_transitions() {
        for (from, to, expected) in [
            (Some(1), 2, true),
            (Some(3), 2, false),
            (None, 2, false),
            (Some(0), 4, false),
            (Some(2), 2, true),
            (None, 1, true),
        ] {
            assert_eq!(allowed(from, to), expected, "{from:?} -> {to}");
        }
    }
}
