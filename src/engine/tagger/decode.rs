//! Viterbi decoding of the tagger's score rows in 32-bit lanes: the same
//! best path as [`super::perceptron::viterbi`], in fewer instructions.
//!
//! Takes a sentence's score rows and a model's start and transition scores
//! ([`Trans32`]); gives the best BIO-valid tag index of each token, ties to
//! the lower index, exactly as the 64-bit decoder. The forward step takes,
//! for every tag at once, the maximum over the previous tags (per previous
//! tag, nine adds and maxima, which the compiler turns into vector code,
//! with no branch), and keeps only the maxima: the best path is read back
//! by asking each of its tokens again which previous tag gave its score. Forward scores are kept
//! relative to tag O's at each token, so they stay small: a shift common to
//! all tags changes no comparison, and 32 bits cannot overflow while the
//! transitions stay within [`Trans32::LIMIT`] and a row sums a few hundred
//! 8-bit weights.

use super::tags::{allowed, NUM_TAGS};

/// Lanes of one step: the tags (padding them to whole 128-bit vectors
/// measured 30 % slower).
const LANES: usize = NUM_TAGS;

/// Score of a forbidden move or start: far below any real path, and twice
/// it still fits in 32 bits.
const NEG: i32 = i32::MIN / 4;

/// A model's start and transition scores for [`decode`].
pub struct Trans32 {
    start: [i32; NUM_TAGS],
    /// `from[p][t]`: score of tag `t` after tag `p`, [`NEG`] if BIO forbids it.
    from: [[i32; LANES]; NUM_TAGS],
}

impl Trans32 {
    /// The largest magnitude of a start or transition score taken.
    pub const LIMIT: i32 = 1 << 20;

    /// The scores of `start` and `trans` (`trans[from][to]`), if all within
    /// [`Trans32::LIMIT`].
    pub fn new(start: &[i32; NUM_TAGS], trans: &[[i32; NUM_TAGS]; NUM_TAGS]) -> Option<Trans32> {
        let small = |v: &i32| v.unsigned_abs() <= Trans32::LIMIT as u32;
        if !(start.iter().all(small) && trans.iter().flatten().all(small)) {
            return None;
        }
        let mut from = [[0; LANES]; NUM_TAGS];
        for (p, row) in from.iter_mut().enumerate() {
            for (t, x) in row.iter_mut().take(NUM_TAGS).enumerate() {
                *x = if allowed(Some(p), t) {
                    trans[p][t]
                } else {
                    NEG
                };
            }
        }
        Some(Trans32 {
            start: *start,
            from,
        })
    }

    /// The previous tag that gives tag `t` its best score after the forward
    /// scores `cur` (the lowest on a tie). `I-x` may only follow `B-x`
    /// (index `t - 1`) or `I-x`; the other moves are forbidden.
    #[inline(always)]
    fn best_before(&self, cur: &[i32; LANES], t: usize) -> usize {
        if t != 0 && t % 2 == 0 {
            let b = cur[t - 1] + self.from[t - 1][t];
            let i = cur[t] + self.from[t][t];
            return if i > b { t } else { t - 1 };
        }
        let mut best = cur[0] + self.from[0][t];
        let mut arg = 0;
        for (p, (c, f)) in cur.iter().zip(&self.from).enumerate().skip(1) {
            let s = c + f[t];
            if s > best {
                best = s;
                arg = p;
            }
        }
        arg
    }

    /// The forward scores after `cur` and a token's row `row`, relative to
    /// tag O's: every tag's best previous score (forbidden moves never win:
    /// `B-x` is always reachable) plus its own row. The maxima are taken
    /// for all tags at once, previous tag by previous tag.
    #[inline(always)]
    fn step(&self, cur: &[i32; LANES], row: &[i32; NUM_TAGS]) -> [i32; LANES] {
        let mut acc = [0; LANES];
        for (x, y) in acc.iter_mut().zip(&self.from[0]) {
            *x = cur[0] + y;
        }
        for (p, f) in self.from.iter().enumerate().skip(1) {
            for (x, y) in acc.iter_mut().zip(f) {
                *x = (*x).max(cur[p] + y);
            }
        }
        let base = acc[0] + row[0];
        let mut next = [NEG; LANES];
        for (t, x) in next.iter_mut().take(NUM_TAGS).enumerate() {
            *x = acc[t] + row[t] - base;
        }
        next
    }
}

/// Decodes one sentence's rows `scores` into `out` with `tr`, keeping the
/// forward scores in `hist` (as long as `scores`). The forward scores
/// before token `from` are taken from `hist` as an earlier decoding of rows
/// that agree before `from` left them.
pub fn decode(
    scores: &[[i32; NUM_TAGS]],
    tr: &Trans32,
    hist: &mut [[i32; LANES]],
    from: usize,
    out: &mut [usize],
) {
    let n = scores.len();
    if n == 0 {
        return;
    }
    let mut cur = if from == 0 {
        let mut c = [NEG; LANES];
        for t in 0..NUM_TAGS {
            if allowed(None, t) {
                c[t] = tr.start[t] + scores[0][t];
            }
        }
        hist[0] = c;
        c
    } else {
        hist[from - 1]
    };
    for i in from.max(1)..n {
        cur = tr.step(&cur, &scores[i]);
        hist[i] = cur;
    }
    let mut t = 0;
    for k in 1..NUM_TAGS {
        if cur[k] > cur[t] {
            t = k;
        }
    }
    for i in (1..n).rev() {
        out[i] = t;
        t = tr.best_before(&hist[i - 1], t);
    }
    out[0] = t;
}

/// The forward scores of a document's tokens, for [`decode`].
pub type History = Vec<[i32; LANES]>;

/// A history of `n` tokens (its contents are written by [`decode`]).
pub fn history(h: &mut History, n: usize) {
    h.clear();
    h.resize(n, [NEG; LANES]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tagger::perceptron::viterbi;

    /// The same path as the 64-bit decoder on rows of every kind, ties
    /// included, also when decoding again from a later token.
    #[test]
    fn decode_agrees_with_viterbi() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: i64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % (2 * m as u64 + 1)) as i64 - m
        };
        for case in 0..300 {
            let m = if case % 3 == 0 { 3 } else { 900 };
            let start = [0; NUM_TAGS].map(|_| next(m) as i32);
            let trans = [[0; NUM_TAGS]; NUM_TAGS].map(|r| r.map(|_| next(m) as i32));
            let n = 1 + (next(20) + 20) as usize;
            let mut rows: Vec<[i32; NUM_TAGS]> = (0..n)
                .map(|_| [0; NUM_TAGS].map(|_| next(m) as i32))
                .collect();
            let tr = Trans32::new(&start, &trans).unwrap();
            let (mut want, mut got) = (vec![0; n], vec![0; n]);
            let mut hist = History::new();
            history(&mut hist, n);
            decode(&rows, &tr, &mut hist, 0, &mut got);
            viterbi(&rows, &start, &trans, &mut Vec::new(), &mut want);
            assert_eq!(got, want, "case {case}");
            let from = n / 2;
            rows[from][3] += 500;
            decode(&rows, &tr, &mut hist, from, &mut got);
            viterbi(&rows, &start, &trans, &mut Vec::new(), &mut want);
            assert_eq!(got, want, "case {case} from {from}");
        }
        assert!(Trans32::new(&[1 << 21; NUM_TAGS], &[[0; NUM_TAGS]; NUM_TAGS]).is_none());
    }
}
