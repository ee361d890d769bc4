//! Quotation spans: pairs of quotation marks in token units.
//!
//! Curly double marks pair as opening and closing; straight double marks
//! alternate within a paragraph. Single marks (`‘…’`, `'…'`) count only outside
//! a double quotation and only where they open before a word and close after
//! one, so apostrophes (`Nigeria’s`, `don’t`, `’90s`) never start a quotation.
//! Guillemets (`« … »`, French, Swiss, Russian, Arabic-language outlets) and
//! German low marks (`„ … “`, German, Polish, Czech, Balkan outlets) pair too:
//! each opening mark closes only with its own closing mark.
//! A paragraph (a line) whose quotation is still open at its end closes it there;
//! when the next paragraph opens with a mark, its quotation continues the same one.

use crate::engine::tokenize::Doc;

/// One quotation, in tokens and code points.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, `None` when the paragraph ends first.
    pub close: Option<usize>,
    /// One past the last quoted token.
    pub last: usize,
    /// Code point just inside the opening mark.
    pub start: usize,
    /// One past the last quoted code point.
    pub end: usize,
    /// Index of the paragraph holding the quotation.
    pub paragraph: usize,
    /// Whether it continues the previous paragraph's unclosed quotation.
    pub continues: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Double,
    Single,
    /// `« … »`.
    Guillemet,
    /// `„ … “` (or `„ … ”`).
    Low,
}

/// Paragraphs as token ranges: a line break starts a new one.
pub fn paragraphs(doc: &Doc) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        if i > start && t.newline_before {
            out.push(start..i);
            start = i;
        }
    }
    if start < doc.tokens.len() {
        out.push(start..doc.tokens.len());
    }
    out
}

/// Whether token `i` is a word (starts with a letter or digit).
fn is_word(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len()
        && doc
            .word(i)
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Whether token `i` touches the token after it (no space between).
fn attached_to_next(doc: &Doc, i: usize, end: usize) -> bool {
    i + 1 < end && !doc.tokens[i + 1].space_before
}

/// Whether a single mark at `i` can open a quotation: it starts a word.
fn single_opens(doc: &Doc, i: usize, para_start: usize, end: usize) -> bool {
    let w = doc.word(i);
    let spaced = i == para_start || doc.tokens[i].space_before || !is_word(doc, i - 1);
    let opener = w == "‘" || (w == "'" && spaced);
    opener
        && spaced
        && attached_to_next(doc, i, end)
        && !doc.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a single mark at `i` can close a quotation: it ends a word or phrase
/// and nothing letter-like follows it.
fn single_closes(doc: &Doc, i: usize, end: usize) -> bool {
    let w = doc.word(i);
    (w == "’" || w == "'")
        && !doc.tokens[i].space_before
        && !(i + 1 < end && is_word(doc, i + 1) && !doc.tokens[i + 1].space_before)
}

/// Every quotation of the text, in order.
pub fn find(doc: &Doc) -> Vec<Span> {
    let mut out = Vec::new();
    let mut carried: Option<Mark> = None;
    // A straight quotation left open at the previous paragraph's end, the
    // next paragraph opening with no mark.
    let mut dangling = false;
    for (p, range) in paragraphs(doc).into_iter().enumerate() {
        let (from, end) = (range.start, range.end);
        let mut open: Option<(Mark, usize)> = None;
        let mut continues = false;
        for i in from..end {
            let w = doc.word(i);
            if dangling && open.is_none() && matches!(w, "\"" | "“" | "”" | "«" | "„" | "‘" | "'")
            {
                dangling = false;
                if w == "\"" && closes_dangling(doc, i, end) {
                    continue;
                }
            }
            match (open, w) {
                (Some((Mark::Double, o)), "”" | "\"")
                | (Some((Mark::Guillemet, o)), "»")
                | (Some((Mark::Low, o)), "“" | "”") => {
                    out.extend(span(doc, o, Some(i), i, p, continues));
                    open = None;
                }
                (None, "“" | "\"") | (None, "”") if w != "”" || attached_to_next(doc, i, end) =>
                {
                    continues = i == from && carried == Some(Mark::Double);
                    open = Some((Mark::Double, i));
                }
                (None, "«" | "„") => {
                    let mark = if w == "«" {
                        Mark::Guillemet
                    } else {
                        Mark::Low
                    };
                    continues = i == from && carried == Some(mark);
                    open = Some((mark, i));
                }
                (Some((Mark::Single, o)), _) if single_closes(doc, i, end) => {
                    out.extend(span(doc, o, Some(i), i, p, continues));
                    open = None;
                }
                (None, "‘" | "'") if single_opens(doc, i, from, end) => {
                    continues = i == from && carried == Some(Mark::Single);
                    open = Some((Mark::Single, i));
                }
                _ => {}
            }
        }
        carried = None;
        if let Some((mark, o)) = open {
            // Open at the paragraph's end: a quotation that goes on in the next
            // paragraph (a single mark only if one really follows there).
            let next_opens = range.end < doc.tokens.len() && {
                let n = doc.word(range.end);
                match mark {
                    Mark::Double => matches!(n, "“" | "\""),
                    Mark::Single => matches!(n, "‘" | "'"),
                    Mark::Guillemet => matches!(n, "«" | "»"),
                    Mark::Low => n == "„",
                }
            };
            if mark != Mark::Single || next_opens {
                out.extend(span(doc, o, None, end, p, continues));
                carried = next_opens.then_some(mark);
            }
            dangling = mark == Mark::Double && doc.word(o) == "\"" && !next_opens;
        } else {
            dangling = false;
        }
    }
    out
}

/// `He said, "It felt good.¶We could have scored early." After the match …`:
/// a straight quotation that goes on into a paragraph with no opening mark
/// closes there with a mark right after a word and before a space (or the
/// paragraph's end), which must not open a new quotation and shift every
/// pair after it.
fn closes_dangling(doc: &Doc, i: usize, end: usize) -> bool {
    !doc.tokens[i].space_before && (i + 1 >= end || doc.tokens[i + 1].space_before)
}

/// The quotation from the mark at `o` to `close` (or to token `last`), if it holds a word.
fn span(
    doc: &Doc,
    o: usize,
    close: Option<usize>,
    last: usize,
    paragraph: usize,
    continues: bool,
) -> Option<Span> {
    (o + 1 < last).then(|| Span {
        open: o,
        close,
        last,
        start: doc.tokens[o + 1].start,
        end: close.map_or(doc.tokens[last - 1].end, |c| doc.tokens[c].start),
        paragraph,
        continues,
    })
}
