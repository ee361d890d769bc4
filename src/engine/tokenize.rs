//! Stage 1: text -> tokens and sentences, each with code-point and byte offsets.
//!
//! Takes `&str`, creates [`Doc`]. Never fails: every character of the text is
//! either whitespace or inside exactly one token.
//!
//! Splitting follows news conventions: possessive `’s` / `'s` is its own token,
//! hyphens and dashes are tokens (`Zelenskyy-Putin` -> three tokens), dotted
//! abbreviations stay whole (`U.S.`, `Lt.`, `Ga.`), numbers keep their inner
//! separators (`1,250.5`).

use std::ops::Range;

use crate::engine::words;

/// One token: a word, number, abbreviation, punctuation mark or symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// First byte.
    pub bstart: usize,
    /// One past the last byte.
    pub bend: usize,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
    /// Whether a line break separates this token from the previous one.
    pub newline_before: bool,
}

/// A tokenised text.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    /// The text, unchanged.
    pub text: &'a str,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences as ranges of token indexes, covering every token once.
    pub sentences: Vec<Range<usize>>,
    /// Each token's text, sliced once ([`Doc::word`] runs for every token
    /// in most passes).
    words: Vec<&'a str>,
}

impl<'a> Doc<'a> {
    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The text from the start of token `a` to the end of token `b - 1`.
    #[inline]
    pub fn span_text(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens[a].bstart..self.tokens[b - 1].bend]
    }

    /// Index of the sentence holding each token.
    pub fn sentence_of_tokens(&self) -> Vec<usize> {
        let mut out = vec![0; self.tokens.len()];
        for (s, r) in self.sentences.iter().enumerate() {
            for t in r.clone() {
                out[t] = s;
            }
        }
        out
    }
}

fn is_abbreviation(word: &str) -> bool {
    words::DOTTED_ABBREVIATIONS.contains(word)
}

/// Combining marks, joiners and variation selectors: they belong to the
/// character before them.
pub(crate) fn is_joining(c: char) -> bool {
    (c as u32) >= 0x0300
        && matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x0900..=0x0903
        | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F)
}

#[inline(always)]
pub(crate) fn is_word_char(c: char) -> bool {
    // No joining mark is ASCII: most characters are answered here, inline.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_wide_word_char(c)
}

#[inline(never)]
fn is_wide_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_joining(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens and sentences.
pub fn tokenize(text: &str) -> Doc<'_> {
    let mut chars = Vec::with_capacity(text.len());
    chars.extend(text.chars());
    let n = chars.len();
    // Byte offset of code point `i`, for `i` never decreasing from call to call.
    let ascii = n == text.len();
    let mut cursor = (0, 0);
    let mut byte_at = |i: usize| {
        if ascii {
            return i;
        }
        while cursor.0 < i {
            cursor.1 += chars[cursor.0].len_utf8();
            cursor.0 += 1;
        }
        cursor.1
    };
    let ch = |i: usize| if i < n { chars[i] } else { '\0' };
    let mut tokens = Vec::with_capacity(n / 5 + 1);
    let (mut space, mut newline) = (false, false);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() {
            space = true;
            newline |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}');
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) && !is_joining(c) {
            i = scan_word(&chars, i);
        } else if is_apostrophe(c)
            && !tokens.is_empty()
            && matches!(ch(i + 1), 's' | 'S')
            && !is_word_char(ch(i + 2))
        {
            // Possessive `’s` after a word (also spaced off, as in CoNLL text).
            i += 2;
        } else {
            // A punctuation mark or symbol, with whatever joins onto it
            // (emoji modifiers, ZWJ sequences, combining marks).
            i += 1;
            while i < n && is_joining(ch(i)) {
                i += 1;
                if ch(i - 1) == '\u{200D}' && i < n && !ch(i).is_whitespace() {
                    i += 1;
                }
            }
        }
        tokens.push(Token {
            start,
            end: i,
            bstart: byte_at(start),
            bend: byte_at(i),
            space_before: space,
            newline_before: newline,
        });
        space = false;
        newline = false;
    }
    let words = tokens.iter().map(|t| &text[t.bstart..t.bend]).collect();
    let mut doc = Doc {
        text,
        tokens,
        sentences: Vec::new(),
        words,
    };
    doc.sentences = split_sentences(&doc);
    doc
}

/// Scans one word starting at `i` (a letter or digit); returns its end.
fn scan_word(chars: &[char], mut i: usize) -> usize {
    let n = chars.len();
    let ch = |i: usize| if i < n { chars[i] } else { '\0' };
    let start = i;
    let numeric = ch(i).is_ascii_digit();
    let mut dotted = false;
    while i < n {
        let c = ch(i);
        if is_word_char(c) {
            i += 1;
        } else if is_apostrophe(c) && i > start && ch(i + 1).is_alphabetic() {
            // Possessive or contraction suffix `'s`: a token of its own.
            let s_suffix = matches!(ch(i + 1), 's' | 'S') && !is_word_char(ch(i + 2));
            if s_suffix {
                break;
            }
            i += 1;
        } else if numeric && matches!(c, ',' | '.') && ch(i + 1).is_ascii_digit() {
            i += 1;
        } else if c == '.' && !numeric && ch(i + 1).is_alphabetic() && ch(i + 2) == '.' {
            // U.S., U.N., a.m.
            dotted = true;
            i += 1;
        } else if c == '.' && !numeric && dotted {
            // Final dot of U.S.
            i += 1;
            break;
        } else {
            break;
        }
    }
    if ch(i) == '.' && !dotted {
        let initial = i == start + 1 && chars[start].is_uppercase();
        let word = || chars[start..i].iter().collect::<String>();
        if initial
            || digraph_initial(&chars[start..i], ch(i + 1))
            || (i - start <= 6 && is_abbreviation(&word()))
        {
            i += 1;
        }
    }
    i
}

/// A Mongolian patronymic initial of two letters, one Cyrillic letter
/// romanised (Ц Ts, Ч Ch, Ш Sh, Х Kh, Ж Zh, Я Ya, Ю Yu, Е Ye, Ё Yo), written
/// with its dot right against the given name (`Ts.Oyun`, `Kh.Bat`): the dot
/// belongs to the initial, as it does to a one-letter one (`D.Bold`).
fn digraph_initial(word: &[char], next: char) -> bool {
    let pair: String = word.iter().collect();
    next.is_uppercase()
        && matches!(
            pair.as_str(),
            "Ts" | "Ch" | "Sh" | "Kh" | "Zh" | "Ya" | "Yu" | "Ye" | "Yo"
        )
}

fn is_closing_quote(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "»")
}

/// Whether the line break before token `i` only wraps a sentence: the line
/// before is long, has no blank line after it, and ends mid-phrase.
fn wrapped_line(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    let prev = &doc.tokens[i - 1];
    let gap = &doc.text[prev.bend..t.bstart];
    if gap.matches('\n').count()
        + gap
            .matches('\r')
            .count()
            .saturating_sub(gap.matches("\r\n").count())
        > 1
    {
        return false;
    }
    let line_start = doc.text[..prev.bstart].rfind('\n').map_or(0, |b| b + 1);
    let line_len = doc.text[line_start..prev.bend].chars().count();
    let pw = doc.word(i - 1);
    let mid_phrase = pw == "," || pw.chars().next().is_some_and(|c| c.is_lowercase());
    let next_lower = doc.word(i).chars().next().is_some_and(|c| c.is_lowercase());
    let nw = doc.word(i);
    let next_caps = nw.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !nw.chars().any(char::is_lowercase);
    mid_phrase && !next_caps && (line_len >= 40 || next_lower)
}

fn split_sentences(doc: &Doc) -> Vec<Range<usize>> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..n {
        if i > start && doc.tokens[i].newline_before && !wrapped_line(doc, i) {
            out.push(start..i);
            start = i;
        }
        let w = doc.word(i);
        if matches!(w, "." | "!" | "?" | "…") && i + 1 < n {
            let mut j = i + 1;
            while j < n && is_closing_quote(doc.word(j)) && !doc.tokens[j].space_before {
                j += 1;
            }
            if j < n && doc.tokens[j].space_before && !doc.tokens[j].newline_before {
                let next = doc.word(j).chars().next().unwrap_or(' ');
                if next.is_uppercase()
                    || next.is_numeric()
                    || matches!(next, '"' | '“' | '‘' | '\'')
                {
                    out.push(start..j);
                    start = j;
                }
            }
        }
    }
    if start < n {
        out.push(start..n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[&str]) {
        let doc = tokenize(text);
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
        assert_eq!(words, expect, "{text:?}");
        let chars: Vec<char> = text.chars().collect();
        for t in &doc.tokens {
            let s: String = chars[t.start..t.end].iter().collect();
            assert_eq!(s, &text[t.bstart..t.bend]);
        }
    }

    #[test]
    fn tokenize_abbreviations_and_possessives() {
        check(
            "U.S. Lt. Gen. Smith’s team met Mr. J. Doe in Savannah, Ga. on Friday.",
            &[
                "U.S.", "Lt.", "Gen.", "Smith", "’s", "team", "met", "Mr.", "J.", "Doe", "in",
                "Savannah", ",", "Ga.", "on", "Friday", ".",
            ],
        );
    }

    #[test]
    fn tokenize_mongolian_digraph_initials() {
        check(
            "President Ts.Oyun met Kh.Bat and D.Bold. Ch. was it. Ya.",
            &[
                "President",
                "Ts.",
                "Oyun",
                "met",
                "Kh.",
                "Bat",
                "and",
                "D.",
                "Bold",
                ".",
                "Ch",
                ".",
                "was",
                "it",
                ".",
                "Ya",
                ".",
            ],
        );
    }

    #[test]
    fn tokenize_hyphens_numbers_and_apostrophes() {
        check(
            "The Zelenskyy-Putin meeting, a 30-day truce, 1,250.5 tonnes; O'Brien didn't",
            &[
                "The",
                "Zelenskyy",
                "-",
                "Putin",
                "meeting",
                ",",
                "a",
                "30",
                "-",
                "day",
                "truce",
                ",",
                "1,250.5",
                "tonnes",
                ";",
                "O'Brien",
                "didn't",
            ],
        );
    }

    #[test]
    fn tokenize_quotes_emoji_and_marks() {
        check(
            "“Kyiv” 👍🏽 Zoe\u{0308}’s 👨‍👩‍👧 ok",
            &["“", "Kyiv", "”", "👍🏽", "Zoe\u{0308}", "’s", "👨‍👩‍👧", "ok"],
        );
    }

    #[test]
    fn tokenize_sentences() {
        let doc = tokenize("Putin spoke. “Yes.” Trump left in the U.S. today\nNEW YORK 1996");
        let s: Vec<_> = doc
            .sentences
            .iter()
            .map(|r| doc.span_text(r.start, r.end))
            .collect();
        assert_eq!(
            s,
            [
                "Putin spoke.",
                "“Yes.”",
                "Trump left in the U.S. today",
                "NEW YORK 1996"
            ]
        );
        // A hard-wrapped long line continues its sentence; a blank line never does.
        let doc =
            tokenize("His rival, Dewi Sari, the outgoing\ndeputy governor, took 49%.\n\nnext");
        let s: Vec<_> = doc
            .sentences
            .iter()
            .map(|r| doc.span_text(r.start, r.end))
            .collect();
        assert_eq!(
            s,
            [
                "His rival, Dewi Sari, the outgoing\ndeputy governor, took 49%.",
                "next"
            ]
        );
    }

    #[test]
    fn tokenize_abbreviations_keep_their_dot() {
        check(
            "Gen. Ruiz met Sen. Ode",
            &["Gen.", "Ruiz", "met", "Sen.", "Ode"],
        );
        check("in Calif. Then", &["in", "Calif.", "Then"]);
    }

    #[test]
    fn tokenize_empty_and_odd_input() {
        assert!(tokenize("").tokens.is_empty());
        assert!(tokenize(" \r\n\t").tokens.is_empty());
        check("\u{0301}a", &["\u{0301}", "a"]);
        check("...", &[".", ".", "."]);
    }
}
