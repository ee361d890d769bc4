//! The perceptron model: quantised feature weights and tag transitions, read
//! from and written to a compact binary form.
//!
//! Takes the bytes of `data/model/tagger.bin` (or the trainer's parts),
//! creates a [`Model`] whose [`Model::add`] adds one feature's weights to a
//! score row. Loading builds an open-addressing table once; lookups do not
//! allocate.
//!
//! File layout (little-endian): magic `NERP`, format version, feature version,
//! feature groups, scale (`f32`), tag count, feature count; start weights and
//! the transition matrix (`i32`, in quantised units); the sorted 32-bit feature
//! keys as LEB128 deltas; then the `i8` weights, tag by tag.

use std::sync::atomic::{AtomicU64, Ordering};

use super::clusters;
use super::tags::NUM_TAGS;
use super::templates::{groups, FEATURE_VERSION};

const MAGIC: &[u8; 4] = b"NERP";
const FORMAT: u32 = 1;

/// Why a model could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "tagger model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// A trained tagger model.
#[derive(Clone, Debug)]
pub struct Model {
    /// Feature groups the model was trained with (see `templates::groups`).
    pub groups: u32,
    /// Real value of one quantised unit.
    pub scale: f32,
    /// Score of each tag at the start of a sentence.
    pub start: [i32; NUM_TAGS],
    /// `trans[from][to]`: score of tag `to` after tag `from`.
    pub trans: [[i32; NUM_TAGS]; NUM_TAGS],
    /// Number of stored features.
    len: usize,
    /// Distinct for every model built in this process (clones share it):
    /// score rows cached for one model are never used with another.
    id: u64,
    /// Open-addressing table (linear probing) of keys; empty slots hold 0.
    /// About half the lookups miss, so the keys sit apart from the weights in
    /// a compact array that stays in cache (one array of key and weights
    /// together was slower).
    keys: Vec<u32>,
    /// Weights of the key in the same slot.
    slots: Vec<[i8; NUM_TAGS]>,
}

impl Model {
    /// A model from its parts; `features` may be in any order. Entries with
    /// the same key are summed (saturating); all-zero entries are dropped.
    pub fn from_parts(
        groups: u32,
        scale: f32,
        start: [i32; NUM_TAGS],
        trans: [[i32; NUM_TAGS]; NUM_TAGS],
        mut features: Vec<(u32, [i8; NUM_TAGS])>,
    ) -> Model {
        features.sort_by_key(|f| f.0);
        let mut merged: Vec<(u32, [i8; NUM_TAGS])> = Vec::with_capacity(features.len());
        for (k, w) in features {
            match merged.last_mut() {
                Some(last) if last.0 == k => {
                    for (x, y) in last.1.iter_mut().zip(w) {
                        *x = x.saturating_add(y);
                    }
                }
                _ => merged.push((k, w)),
            }
        }
        merged.retain(|(k, w)| *k != 0 && w.iter().any(|&x| x != 0));
        let (keys, slots) = table(&merged);
        Model {
            groups,
            scale,
            start,
            trans,
            len: merged.len(),
            id: next_id(),
            keys,
            slots,
        }
    }

    /// This model's identity within the process (see the field).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The weights of feature key `key`, if stored.
    #[inline]
    pub fn weights(&self, key: u32) -> Option<&[i8; NUM_TAGS]> {
        let mask = self.keys.len() - 1;
        let mut s = slot(key, mask);
        loop {
            let k = self.keys[s];
            if k == key {
                return Some(&self.slots[s]);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// The stored features, sorted by key.
    fn sorted(&self) -> Vec<(u32, [i8; NUM_TAGS])> {
        let mut v: Vec<_> = self
            .keys
            .iter()
            .zip(&self.slots)
            .filter(|e| *e.0 != 0)
            .map(|(&k, &w)| (k, w))
            .collect();
        v.sort_unstable_by_key(|e| e.0);
        v
    }

    /// Adds the weights of feature `key` (if stored) to `scores`.
    #[inline]
    pub fn add(&self, key: u32, scores: &mut [i32; NUM_TAGS]) {
        if let Some(w) = self.weights(key) {
            for t in 0..NUM_TAGS {
                scores[t] += w[t] as i32;
            }
        }
    }

    /// The model as bytes (see the module docs for the layout).
    pub fn to_bytes(&self) -> Vec<u8> {
        let feats = self.sorted();
        let mut out = Vec::with_capacity(64 + feats.len() * (NUM_TAGS + 3));
        out.extend_from_slice(MAGIC);
        for v in [FORMAT, FEATURE_VERSION, self.groups] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(NUM_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        for v in self.start.iter().chain(self.trans.iter().flatten()) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let mut prev = 0u32;
        for &(k, _) in &feats {
            let mut d = k - prev;
            prev = k;
            loop {
                let b = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
        for t in 0..NUM_TAGS {
            out.extend(feats.iter().map(|f| f.1[t] as u8));
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError("bad magic".into()));
        }
        let format = r.u32()?;
        let fv = r.u32()?;
        if format != FORMAT || fv != FEATURE_VERSION {
            return Err(ModelError(format!(
                "format {format} / features {fv}, expected {FORMAT} / {FEATURE_VERSION}"
            )));
        }
        let groups = r.u32()?;
        if groups & (groups::CLUSTER | groups::CLUSTER_CONTEXT) != 0 && !clusters::AVAILABLE {
            return Err(ModelError(
                "trained with word clusters: build with the cargo feature `clusters`".into(),
            ));
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().expect("4 bytes"));
        if r.u32()? as usize != NUM_TAGS {
            return Err(ModelError("tag count".into()));
        }
        let n = r.u32()? as usize;
        let mut start = [0i32; NUM_TAGS];
        for v in &mut start {
            *v = r.u32()? as i32;
        }
        let mut trans = [[0i32; NUM_TAGS]; NUM_TAGS];
        for v in trans.iter_mut().flatten() {
            *v = r.u32()? as i32;
        }
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            let mut d = 0u32;
            let mut shift = 0;
            loop {
                let b = r.take(1)?[0];
                if shift > 28 {
                    return Err(ModelError("bad key".into()));
                }
                d |= ((b & 0x7f) as u32) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            prev = prev
                .checked_add(d)
                .filter(|&k| k != 0 && (keys.is_empty() || d != 0))
                .ok_or_else(|| ModelError("keys not increasing".into()))?;
            keys.push(prev);
        }
        let mut weights = vec![[0i8; NUM_TAGS]; n];
        for t in 0..NUM_TAGS {
            let col = r.take(n)?;
            for (w, &b) in weights.iter_mut().zip(col) {
                w[t] = b as i8;
            }
        }
        if r.pos != bytes.len() {
            return Err(ModelError("trailing bytes".into()));
        }
        let feats: Vec<(u32, [i8; NUM_TAGS])> = keys.into_iter().zip(weights).collect();
        let (keys, slots) = table(&feats);
        Ok(Model {
            groups,
            scale,
            start,
            trans,
            len: n,
            id: next_id(),
            keys,
            slots,
        })
    }
}

/// The lookup table (keys, weights) for distinct non-zero keys, at a load
/// factor of 1/6 to 1/3: a lookup then mostly reads one slot (at 0.35-0.7 it
/// read 2.25 on average, and the tagger was 12 % slower).
type Table = (Vec<u32>, Vec<[i8; NUM_TAGS]>);

fn table(feats: &[(u32, [i8; NUM_TAGS])]) -> Table {
    let cap = (feats.len() * 3).next_power_of_two().max(16);
    let mask = cap - 1;
    let (mut keys, mut slots) = (vec![0u32; cap], vec![[0i8; NUM_TAGS]; cap]);
    for &(key, w) in feats {
        let mut s = slot(key, mask);
        while keys[s] != 0 {
            s = (s + 1) & mask;
        }
        keys[s] = key;
        slots[s] = w;
    }
    (keys, slots)
}

fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[inline]
fn slot(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b1) >> 7) as usize & mask
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| ModelError("truncated".into()))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_round_trip() {
        let mut trans = [[0i32; NUM_TAGS]; NUM_TAGS];
        trans[1][2] = 300;
        trans[0][3] = -70000;
        let feats = vec![
            (900u32, [1, -2, 3, 0, 0, 0, 0, 0, 127]),
            (5, [0, 0, 0, 0, 0, 0, 0, 0, -128]),
            (u32::MAX, [9; NUM_TAGS]),
            (7, [0; NUM_TAGS]),
            (900, [1, 0, 0, 0, 0, 0, 0, 0, 0]),
        ];
        let m = Model::from_parts(3, 0.25, [1, 2, 3, 4, 5, 6, 7, 8, -9], trans, feats);
        assert_eq!(m.len(), 3);
        let bytes = m.to_bytes();
        let r = Model::from_bytes(&bytes).unwrap();
        assert_eq!(r.to_bytes(), bytes);
        assert_eq!(
            (r.groups, r.scale, r.start, r.trans),
            (3, 0.25, m.start, trans)
        );
        assert_eq!(r.weights(900), Some(&[2, -2, 3, 0, 0, 0, 0, 0, 127]));
        assert_eq!(r.weights(u32::MAX), Some(&[9; NUM_TAGS]));
        assert_eq!(r.weights(7), None);
        assert_eq!(r.weights(6), None);
        let mut s = [0; NUM_TAGS];
        r.add(5, &mut s);
        assert_eq!(s[8], -128);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"NERQ").is_err());
    }
}
