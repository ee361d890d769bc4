//! The feature hashes: fixed `u64` arithmetic (FNV-1a over code points, a
//! splitmix64 finaliser), so the numbers are identical on wasm32 and x86_64
//! and from run to run, and the model's 32-bit keys stay valid.
//!
//! Also a map keyed by such hashes ([`IdMap`], no re-hashing) and a quick
//! hash of raw bytes for the word cache.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a offset basis: the hash of the empty string.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// One FNV-1a step: `h` with code `c` mixed in.
#[inline]
pub fn fnv_step(h: u64, c: u32) -> u64 {
    (h ^ c as u64).wrapping_mul(FNV_PRIME)
}

/// splitmix64 finaliser.
#[inline]
pub const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash of a string (FNV-1a over code points).
pub fn str_hash(s: &str) -> u64 {
    s.chars().fold(FNV_OFFSET, |h, c| fnv_step(h, c as u32))
}

/// A feature from a template id and one value hash.
#[inline]
pub fn feat(template: u32, v: u64) -> u64 {
    mix(v ^ (template as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A feature from a template id and two value hashes.
#[inline]
pub fn feat2(template: u32, a: u64, b: u64) -> u64 {
    feat2_mixed(template, premix(a), b)
}

/// The first value hash of [`feat2`] as it enters the feature: a word's,
/// worked out once per word rather than at every token.
#[inline]
pub const fn premix(a: u64) -> u64 {
    mix(a).rotate_left(23)
}

/// [`feat2`] of `a` and `b`, given `premix(a)`.
#[inline]
pub fn feat2_mixed(template: u32, a_mixed: u64, b: u64) -> u64 {
    feat(template, a_mixed ^ b)
}

/// The 32-bit key a feature is stored under in the model (never 0).
#[inline]
pub fn key32(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// A quick 64-bit hash of raw bytes (rustc's Fx hash; a cache key only,
/// hits are verified).
#[inline]
pub fn bytes_hash(b: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(b);
    h.finish()
}

/// Identity hasher for keys that are already hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fnv_step(self.0, b as u32);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature hashes (no re-hashing).
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_fixed() {
        // These constants must not change between platforms or runs.
        assert_eq!(str_hash(""), FNV_OFFSET);
        assert_eq!(str_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(mix(0), 0);
        assert_eq!(feat(1, str_hash("Lisbon")), feat(1, str_hash("Lisbon")));
        assert_ne!(feat(1, str_hash("Lisbon")), feat(2, str_hash("Lisbon")));
        assert_ne!(key32(0), 0);
    }
}
