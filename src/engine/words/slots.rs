//! The static hash tables of word lists: `build.rs` lays each long list's
//! entries out in a table of slots (compiled into `engine::words`), and a
//! lookup hashes the word the same way, so no set is built at run time.
//!
//! A table has a power-of-two number of slots, at least twice the entries;
//! slot `s` holds 0 (empty) or 1 + an entry's index in the sorted list. An
//! entry goes in the first empty slot from its hash on (linear probing).
//! The hash takes eight bytes at a time in 64-bit arithmetic, the same on
//! every platform (so that the build script, run on the build machine,
//! agrees with WebAssembly).

/// The hash of `key`'s bytes.
#[inline]
pub fn hash(key: &[u8]) -> u32 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut v = [0u8; 8];
        v.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(v)).wrapping_mul(K).rotate_left(29);
    }
    // The last 1-7 bytes in two overlapping reads (no loop per byte).
    let rest = chunks.remainder();
    let n = rest.len();
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            rest[i],
            rest[i + 1],
            rest[i + 2],
            rest[i + 3],
        ]))
    };
    let v = if n >= 4 {
        u32_at(0) | u32_at(n - 4) << 32
    } else if n > 0 {
        u64::from(rest[0]) << 16 | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1])
    } else {
        0
    };
    ((h ^ v).wrapping_mul(K) >> 32) as u32
}

/// The table of slots for `words` (in their order): `2^k` slots for the
/// smallest `k` giving at least twice as many slots as words.
pub fn table(words: &[&str]) -> Vec<u16> {
    assert!(
        words.len() < usize::from(u16::MAX),
        "too many words for u16 slots"
    );
    let size = (words.len() * 2).max(2).next_power_of_two();
    let mut slots = vec![0u16; size];
    for (i, w) in words.iter().enumerate() {
        let mut s = hash(w.as_bytes()) as usize & (size - 1);
        while slots[s] != 0 {
            s = (s + 1) & (size - 1);
        }
        slots[s] = i as u16 + 1;
    }
    slots
}

/// Whether `key` is one of `words`, laid out in `slots` by [`table`]
/// (inlined into the one caller: the call cost a third of a lookup).
#[inline(always)]
pub fn holds(slots: &[u16], words: &[&str], key: &[u8]) -> bool {
    let mask = slots.len() - 1;
    let mut s = hash(key) as usize & mask;
    loop {
        match slots[s] {
            0 => return false,
            k if words[usize::from(k) - 1].as_bytes() == key => return true,
            _ => s = (s + 1) & mask,
        }
    }
}
