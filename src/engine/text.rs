//! Offsets: the engine speaks Unicode code points, the page speaks UTF-16, Rust
//! strings are indexed by bytes. This module is the only place that converts.

/// Converts between code-point, byte and UTF-16 offsets of one text.
///
/// Built once per text in O(n); each conversion is a binary search or a lookup.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// Byte offset of each code point, plus the text length at the end.
    bytes: Vec<usize>,
    /// UTF-16 offset of each code point, plus the UTF-16 length at the end.
    utf16: Vec<usize>,
}

impl OffsetMap {
    /// Indexes `text`.
    pub fn new(text: &str) -> OffsetMap {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            bytes.push(b);
            utf16.push(u);
            u += c.len_utf16();
        }
        bytes.push(text.len());
        utf16.push(u);
        OffsetMap { bytes, utf16 }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// Length of the text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        *self.utf16.last().unwrap_or(&0)
    }

    /// Byte offset of code point `c` (clamped to the end).
    pub fn char_to_byte(&self, c: usize) -> usize {
        self.bytes[c.min(self.char_len())]
    }

    /// UTF-16 offset of code point `c` (clamped to the end).
    pub fn char_to_utf16(&self, c: usize) -> usize {
        self.utf16[c.min(self.char_len())]
    }

    /// Code point at UTF-16 offset `u`. An offset inside a surrogate pair
    /// rounds down to the pair's start; past the end clamps to the end.
    pub fn utf16_to_char(&self, u: usize) -> usize {
        match self.utf16.binary_search(&u) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Code point containing byte `b` (rounds down inside a multi-byte char).
    pub fn byte_to_char(&self, b: usize) -> usize {
        match self.bytes.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
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
    fn text_clamps_out_of_range() {
        let m = OffsetMap::new("ab");
        assert_eq!(m.char_to_utf16(99), 2);
        assert_eq!(m.utf16_to_char(99), 2);
        assert_eq!(char_slice("ab", 1, 99), "b");
        assert_eq!(char_slice("", 0, 0), "");
    }
}
