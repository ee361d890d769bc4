//! The name spans the rule passes edit: the tagger's spans, each remembering the
//! pass that made or last changed it, kept with a per-token cover.
//!
//! A pass that adds spans sorts them by `(start, end)` before it ends; passes that
//! only stretch spans in place leave the order as it was, and spans may overlap
//! until the `overlaps` pass keeps the first of each overlapping run (the stage
//! has always worked so, and its output depends on it). Every edit goes through
//! a method here, so the cover (how many spans hold each token) stays exact.

use std::ops::Index;

use crate::engine::tagger::Label;

/// The pass name of spans as the tagger read them.
pub(super) const TAGGER: &str = "tagger";

/// One name span, in token indexes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Span {
    /// First token.
    pub s: usize,
    /// One past the last token.
    pub e: usize,
    /// What the span names.
    pub label: Label,
    /// The pass that made or last changed it ([`TAGGER`] for the tagger).
    pub by: &'static str,
}

impl Span {
    /// The span as `(start, end, label)`.
    pub fn tuple(&self) -> (usize, usize, Label) {
        (self.s, self.e, self.label)
    }
}

/// How many spans cover each token.
#[derive(Clone)]
pub(super) struct Cover(Vec<u32>);

impl Cover {
    /// The cover of `n` tokens by `spans`.
    pub fn of(n: usize, spans: impl IntoIterator<Item = (usize, usize)>) -> Cover {
        let mut c = Cover(vec![0; n]);
        for (s, e) in spans {
            c.add(s, e);
        }
        c
    }

    fn add(&mut self, s: usize, e: usize) {
        let e = e.min(self.0.len());
        self.0[s.min(e)..e].iter_mut().for_each(|x| *x += 1);
    }

    fn remove(&mut self, s: usize, e: usize) {
        let e = e.min(self.0.len());
        self.0[s.min(e)..e].iter_mut().for_each(|x| *x -= 1);
    }

    /// Whether no span covers token `t`.
    #[inline]
    pub fn is_o(&self, t: usize) -> bool {
        self.0.get(t).is_none_or(|&x| x == 0)
    }

    /// Whether some span covers a token of `s..e`.
    pub fn any(&self, s: usize, e: usize) -> bool {
        (s..e).any(|t| !self.is_o(t))
    }
}

/// The spans of one document with their cover.
pub(super) struct Spans {
    list: Vec<Span>,
    cover: Cover,
}

impl Index<usize> for Spans {
    type Output = Span;
    #[inline]
    fn index(&self, k: usize) -> &Span {
        &self.list[k]
    }
}

impl Spans {
    /// The tagger's spans (sorted, never overlapping) over `n` tokens.
    pub fn new(n: usize, tagged: Vec<(usize, usize, Label)>) -> Spans {
        let cover = Cover::of(n, tagged.iter().map(|&(s, e, _)| (s, e)));
        let list = tagged
            .into_iter()
            .map(|(s, e, label)| Span {
                s,
                e,
                label,
                by: TAGGER,
            })
            .collect();
        Spans { list, cover }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Span> {
        self.list.iter()
    }

    /// The current cover.
    pub fn cover(&self) -> &Cover {
        &self.cover
    }

    /// Whether no span covers token `t`.
    #[inline]
    pub fn is_o(&self, t: usize) -> bool {
        self.cover.is_o(t)
    }

    /// Adds a span at the end (call [`Spans::sort`] before the pass ends).
    pub fn push(&mut self, s: usize, e: usize, label: Label, by: &'static str) {
        self.cover.add(s, e);
        self.list.push(Span { s, e, label, by });
    }

    /// Sets span `k` to `s..e` with `label`, made by `by`.
    pub fn set(&mut self, k: usize, s: usize, e: usize, label: Label, by: &'static str) {
        let old = self.list[k];
        if (old.s, old.e, old.label) == (s, e, label) {
            return;
        }
        self.cover.remove(old.s, old.e);
        self.cover.add(s, e);
        self.list[k] = Span { s, e, label, by };
    }

    /// Gives span `k` a new label.
    pub fn retype(&mut self, k: usize, label: Label, by: &'static str) {
        let Span { s, e, .. } = self.list[k];
        self.set(k, s, e, label, by);
    }

    /// Removes span `k`; returns it.
    pub fn remove(&mut self, k: usize) -> Span {
        let x = self.list.remove(k);
        self.cover.remove(x.s, x.e);
        x
    }

    /// Keeps the spans `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&Span) -> bool) {
        let cover = &mut self.cover;
        self.list.retain(|x| {
            let k = keep(x);
            if !k {
                cover.remove(x.s, x.e);
            }
            k
        });
    }

    /// The span holding each of the `n` tokens, `usize::MAX` for none; where
    /// spans overlap (before the `overlaps` pass) the last in the list wins.
    /// Built once per pass, so a pass looks a token's span up in constant time.
    pub fn last_at(&self, n: usize) -> Vec<usize> {
        let mut at = vec![usize::MAX; n];
        for (k, x) in self.list.iter().enumerate() {
            at[x.s..x.e].iter_mut().for_each(|v| *v = k);
        }
        at
    }

    /// As [`Spans::last_at`], but the first span in the list wins.
    pub fn first_at(&self, n: usize) -> Vec<usize> {
        let mut at = vec![usize::MAX; n];
        for (k, x) in self.list.iter().enumerate().rev() {
            at[x.s..x.e].iter_mut().for_each(|v| *v = k);
        }
        at
    }

    /// Sorts by `(start, end)`, stably.
    pub fn sort(&mut self) {
        self.list.sort_by_key(|x| (x.s, x.e));
    }

    /// Drops repeats of the same `(start, end, label)` next to each other.
    pub fn dedup(&mut self) {
        let cover = &mut self.cover;
        self.list.dedup_by(|b, a| {
            let same = a.tuple() == b.tuple();
            if same {
                cover.remove(b.s, b.e);
            }
            same
        });
    }

    /// Puts `new` in place of every span that shares a token with one of them,
    /// then sorts (and drops repeats when `dedup`).
    pub fn replace(&mut self, new: Vec<(usize, usize, Label)>, by: &'static str, dedup: bool) {
        let n = self.cover.0.len();
        // The new spans' cover over the tokens `lo..hi` they reach, not the
        // whole document (a pass replaces a few spans, often near each other).
        let lo = new.iter().map(|x| x.0).min().unwrap_or(0);
        let hi = new.iter().map(|x| x.1.min(n)).max().unwrap_or(0).max(lo);
        let by_new = Cover::of(
            hi - lo,
            new.iter().map(|&(s, e, _)| (s - lo, e.min(n).max(s) - lo)),
        );
        let taken = |s: usize, e: usize| {
            let (a, b) = (s.max(lo), e.min(hi));
            a < b && by_new.any(a - lo, b - lo)
        };
        self.retain(|x| !taken(x.s, x.e));
        for (s, e, label) in new {
            self.push(s, e, label, by);
        }
        self.sort();
        if dedup {
            self.dedup();
        }
    }

    /// Keeps the first of each run of overlapping spans (after sorting).
    pub fn drop_overlaps(&mut self) {
        self.sort();
        let mut end = 0;
        let mut first = true;
        self.retain(|x| {
            let keep = first || x.s >= end;
            if keep {
                end = x.e;
                first = false;
            }
            keep
        });
    }
}

/// Many cuts and additions to the spans in one pass, at a cost linear in the
/// text: a pass that, at each of its finds, drops the spans sharing a token
/// with a range and adds a span there would scan the whole list at every find
/// (quadratic on a long text full of finds); the editor keeps, for each token,
/// the spans over it, so a find costs the length of its range. The edits have
/// the meaning they would have made one after another on the list, and
/// [`Editor::apply`] leaves the list as that would have (kept spans in their
/// order, then the added ones in theirs; the pass sorts as before).
pub(super) struct Editor {
    list: Vec<Span>,
    alive: Vec<bool>,
    /// How many of `list` came from the spans the editor was made from.
    old: usize,
    /// For each token, its first entry (`NONE` for none); each entry is a span
    /// over the token and the next entry at that token.
    head: Vec<u32>,
    entries: Vec<(u32, u32)>,
}

const NONE: u32 = u32::MAX;

impl Editor {
    /// An editor over `spans` of a text of `n` tokens.
    pub fn new(spans: &Spans, n: usize) -> Editor {
        let mut ed = Editor {
            list: Vec::with_capacity(spans.len()),
            alive: Vec::with_capacity(spans.len()),
            old: spans.len(),
            head: vec![NONE; n],
            entries: Vec::new(),
        };
        for x in spans.iter() {
            ed.link(*x);
        }
        ed
    }

    fn link(&mut self, x: Span) {
        let k = self.list.len() as u32;
        let e = x.e.min(self.head.len());
        for t in x.s.min(e)..e {
            self.entries.push((k, self.head[t]));
            self.head[t] = (self.entries.len() - 1) as u32;
        }
        self.list.push(x);
        self.alive.push(true);
    }

    /// The live spans over token `t`.
    pub fn at(&self, t: usize) -> impl Iterator<Item = &Span> + '_ {
        let mut i = self.head.get(t).copied().unwrap_or(NONE);
        std::iter::from_fn(move || {
            while i != NONE {
                let (k, next) = self.entries[i as usize];
                i = next;
                if self.alive[k as usize] {
                    return Some(&self.list[k as usize]);
                }
            }
            None
        })
    }

    /// Drops every live span sharing a token with `s..e`.
    pub fn cut(&mut self, s: usize, e: usize) {
        for t in s..e.min(self.head.len()) {
            let mut i = self.head[t];
            while i != NONE {
                let (k, next) = self.entries[i as usize];
                self.alive[k as usize] = false;
                i = next;
            }
        }
    }

    /// Adds a span.
    pub fn push(&mut self, s: usize, e: usize, label: Label, by: &'static str) {
        self.link(Span { s, e, label, by });
    }

    /// Writes the edits to `spans`, which must be the spans the editor was
    /// made from, unchanged since.
    pub fn apply(self, spans: &mut Spans) {
        debug_assert_eq!(spans.len(), self.old);
        let mut k = 0;
        spans.retain(|_| {
            k += 1;
            self.alive[k - 1]
        });
        for (x, &alive) in self.list[self.old..].iter().zip(&self.alive[self.old..]) {
            if alive {
                spans.push(x.s, x.e, x.label, x.by);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Editor, Spans, TAGGER};
    use crate::engine::tagger::Label;

    fn tuples(x: &Spans) -> Vec<(usize, usize, Label, &'static str)> {
        x.iter().map(|y| (y.s, y.e, y.label, y.by)).collect()
    }

    #[test]
    fn spans_replace_keeps_cover_and_makers() {
        for (new, expected, covered) in [
            (
                vec![(1, 3, Label::Loc)],
                vec![(1, 3, Label::Loc, "p"), (4, 6, Label::Per, TAGGER)],
                vec![false, true, true, false, true, true],
            ),
            (
                vec![(3, 4, Label::Per)],
                vec![
                    (0, 2, Label::Per, TAGGER),
                    (3, 4, Label::Per, "p"),
                    (4, 6, Label::Per, TAGGER),
                ],
                vec![true, true, false, true, true, true],
            ),
        ] {
            let mut x = Spans::new(6, vec![(0, 2, Label::Per), (4, 6, Label::Per)]);
            x.replace(new, "p", true);
            assert_eq!(tuples(&x), expected);
            let cover: Vec<bool> = (0..6).map(|t| !x.is_o(t)).collect();
            assert_eq!(cover, covered);
        }
    }

    #[test]
    fn spans_edits_and_overlaps() {
        let mut x = Spans::new(8, vec![(0, 2, Label::Per), (5, 6, Label::Loc)]);
        x.set(0, 0, 3, Label::Per, "a");
        x.push(2, 4, Label::Org, "b");
        x.retype(1, Label::Per, "c");
        x.drop_overlaps();
        assert_eq!(
            tuples(&x),
            [(0, 3, Label::Per, "a"), (5, 6, Label::Per, "c")]
        );
        let cover: Vec<bool> = (0..8).map(|t| !x.is_o(t)).collect();
        assert_eq!(cover, [true, true, true, false, false, true, false, false]);
        x.remove(0);
        assert!(x.is_o(1));
    }

    /// The editor leaves the list as the same cuts and additions made one
    /// after another with `retain` and `push` would.
    #[test]
    fn spans_editor_matches_edits_in_turn() {
        let tagged = vec![
            (0, 2, Label::Per),
            (3, 5, Label::Loc),
            (4, 6, Label::Per),
            (8, 9, Label::Org),
        ];
        let edits: [(usize, usize, Label); 4] = [
            (1, 3, Label::Per),
            (2, 4, Label::Loc),
            (8, 10, Label::Per),
            (6, 7, Label::Loc),
        ];
        let mut by_hand = Spans::new(10, tagged.clone());
        let mut edited = Spans::new(10, tagged);
        let mut ed = Editor::new(&edited, 10);
        for &(s, e, label) in &edits {
            by_hand.retain(|x| x.e <= s || x.s >= e);
            by_hand.push(s, e, label, "p");
            ed.cut(s, e);
            ed.push(s, e, label, "p");
        }
        assert_eq!(
            ed.at(3).map(|x| x.tuple()).collect::<Vec<_>>(),
            [(2, 4, Label::Loc)]
        );
        assert_eq!(ed.at(7).count(), 0);
        ed.apply(&mut edited);
        assert_eq!(tuples(&edited), tuples(&by_hand));
        let cover = |x: &Spans| (0..10).map(|t| x.is_o(t)).collect::<Vec<_>>();
        assert_eq!(cover(&edited), cover(&by_hand));
    }
}
