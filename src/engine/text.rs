//! Offsets: the engine speaks Unicode code points, the page speaks UTF-16, Rust
//! strings are indexed by bytes. This module is the only place that converts.

/// Converts between code-point, byte and UTF-16 offsets of one text.
///
/// Built once per text in O(n); each conversion is a binary search. Only the
/// code points that are not ASCII are recorded (an ASCII code point is one
/// byte and one UTF-16 unit), so indexing a 5 MB news article takes a few
/// milliseconds and little memory rather than two entries per code point.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// (code point, byte, UTF-16) offsets where a run of ASCII starts: the
    /// text's start and the position after each non-ASCII code point. Up to
    /// the next entry (less the non-ASCII code point before it), every
    /// code point is one byte and one unit.
    runs: Vec<[usize; 3]>,
    /// Code points, bytes and UTF-16 units in the whole text.
    len: [usize; 3],
}

impl Default for OffsetMap {
    fn default() -> Self {
        OffsetMap::new("")
    }
}

/// Which offset of a run: code point, byte, UTF-16 unit.
const CHAR: usize = 0;
const BYTE: usize = 1;
const UTF16: usize = 2;

impl OffsetMap {
    /// Indexes `text`.
    pub fn new(text: &str) -> OffsetMap {
        let mut runs = vec![[0, 0, 0]];
        let (mut chars, mut units) = (0, 0);
        for (b, c) in text.char_indices() {
            chars += 1;
            units += c.len_utf16();
            if !c.is_ascii() {
                runs.push([chars, b + c.len_utf8(), units]);
            }
        }
        OffsetMap {
            runs,
            len: [chars, text.len(), units],
        }
    }

    /// Offset `to` of the position whose offset `from` is `x`, rounding down
    /// inside a code point and clamping to the end.
    fn convert(&self, from: usize, to: usize, x: usize) -> usize {
        let x = x.min(self.len[from]);
        let i = self.runs.partition_point(|r| r[from] <= x) - 1;
        let run = self.runs[i];
        // The ASCII code points of this run: up to the next non-ASCII one.
        let ascii = self
            .runs
            .get(i + 1)
            .map_or(self.len[CHAR], |next| next[CHAR] - 1)
            - run[CHAR];
        run[to] + (x - run[from]).min(ascii)
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.len[CHAR]
    }

    /// Length of the text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.len[UTF16]
    }

    /// Byte offset of code point `c` (clamped to the end).
    pub fn char_to_byte(&self, c: usize) -> usize {
        self.convert(CHAR, BYTE, c)
    }

    /// UTF-16 offset of code point `c` (clamped to the end).
    pub fn char_to_utf16(&self, c: usize) -> usize {
        self.convert(CHAR, UTF16, c)
    }

    /// Code point at UTF-16 offset `u`. An offset inside a surrogate pair
    /// rounds down to the pair's start; past the end clamps to the end.
    pub fn utf16_to_char(&self, u: usize) -> usize {
        self.convert(UTF16, CHAR, u)
    }

    /// Code point containing byte `b` (rounds down inside a multi-byte char).
    pub fn byte_to_char(&self, b: usize) -> usize {
        self.convert(BYTE, CHAR, b)
    }
}

/// The slice of `text` between code points `start` and `end` (clamped).
pub fn char_slice(text: &str, start: usize, end: usize) -> &str {
    let mut it = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let b0 = it.by_ref().nth(start).unwrap_or(text.len());
    let b1 = if end > start {
        it.nth(end - start - 1).unwrap_or(text.len())
    } else {
        b0
    };
    &text[b0..b1]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, start: usize, end: usize, expect: &str) {
        let m = OffsetMap::new(text);
        let (u0, u1) = (m.char_to_utf16(start), m.char_to_utf16(end));
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[u0..u1]).unwrap(), expect);
        assert_eq!(m.utf16_to_char(u0), start);
        assert_eq!(m.utf16_to_char(u1), end);
        assert_eq!(&text[m.char_to_byte(start)..m.char_to_byte(end)], expect);
        assert_eq!(char_slice(text, start, end), expect);
    }

    #[test]
    fn text_ascii() {
        check("Putin met Trump.", 10, 15, "Trump");
    }

    #[test]
    fn text_curly_quotes_and_accents() {
        // ’ and “ are one code point and one UTF-16 unit, three bytes.
        let t = "“Zelenskyy’s offer” to José Martí";
        check(t, 1, 10, "Zelenskyy");
        check(t, 23, 33, "José Martí");
    }

    #[test]
    fn text_emoji_surrogate_pairs() {
        // 🇺🇦 is two code points, four UTF-16 units.
        let t = "🇺🇦 Kyiv 👍🏽 Odesa";
        check(t, 3, 7, "Kyiv");
        check(t, 11, 16, "Odesa");
        let m = OffsetMap::new(t);
        assert_eq!(m.char_to_utf16(3), 5);
        // Inside a surrogate pair rounds down.
        assert_eq!(m.utf16_to_char(1), 0);
    }

    #[test]
    fn text_combining_marks() {
        // "Zoë" written with a combining diaeresis: four code points.
        let t = "Zoe\u{0308} Ball in Malmo\u{0308}";
        check(t, 0, 4, "Zoe\u{0308}");
        check(t, 13, 19, "Malmo\u{0308}");
    }

    #[test]
    fn text_every_offset_agrees_with_std() {
        let t = "a“b’c 🇺🇦x\u{0308}y 日本 z\r\n👍🏽";
        let m = OffsetMap::new(t);
        let mut u = 0;
        for (c, (b, ch)) in t.char_indices().enumerate() {
            assert_eq!(m.char_to_byte(c), b, "char {c}");
            assert_eq!(m.char_to_utf16(c), u, "char {c}");
            assert_eq!(m.byte_to_char(b), c);
            assert_eq!(m.utf16_to_char(u), c);
            // Inside the code point rounds down to it.
            for inner in 1..ch.len_utf8() {
                assert_eq!(m.byte_to_char(b + inner), c);
            }
            if ch.len_utf16() == 2 {
                assert_eq!(m.utf16_to_char(u + 1), c);
            }
            u += ch.len_utf16();
        }
        let n = t.chars().count();
        assert_eq!((m.char_len(), m.utf16_len()), (n, u));
        assert_eq!(m.char_to_byte(n), t.len());
        assert_eq!(m.byte_to_char(t.len()), n);
        assert_eq!(m.utf16_to_char(u), n);
    }

    #[test]
    fn text_clamps_out_of_range() {
        let m = OffsetMap::new("ab");
        assert_eq!(m.char_to_utf16(99), 2);
        assert_eq!(m.utf16_to_char(99), 2);
        assert_eq!(char_slice("ab", 1, 99), "b");
        assert_eq!(char_slice("", 0, 0), "");
    }
}
