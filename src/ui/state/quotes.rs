//! Quotations in the page's state: the text runs cut at quotation ends (so
//! that the view can wrap each quotation's runs), and what a quotation's
//! details and a person's list of quotations show.

use crate::engine::text::OffsetMap;
use crate::engine::Quote;

use super::{Analysis, Segment};

/// `segments` (plain and mention runs, in order) with each plain run cut
/// where a quotation starts or ends, and every run inside a quotation
/// knowing it (a mention by its start). Quotations that fall outside the
/// text, are empty, or overlap an earlier one are left out.
pub(super) fn split_at_quotes(
    segments: Vec<Segment>,
    quotes: &[Quote],
    offsets: &OffsetMap,
) -> Vec<Segment> {
    let n = offsets.char_len();
    let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(quotes.len());
    let mut at = 0;
    for (i, q) in quotes.iter().enumerate() {
        if q.start < at || q.end <= q.start || q.end > n {
            continue;
        }
        spans.push((
            offsets.char_to_byte(q.start),
            offsets.char_to_byte(q.end),
            i,
        ));
        at = q.end;
    }
    if spans.is_empty() {
        return segments;
    }
    let mut out = Vec::with_capacity(segments.len() + spans.len() * 2);
    let mut next = 0; // the first span not wholly before the run
    for seg in segments {
        while next < spans.len() && spans[next].1 <= seg.start {
            next += 1;
        }
        if seg.mention.is_some() {
            let quote = spans
                .get(next)
                .filter(|&&(s, e, _)| s <= seg.start && seg.start < e)
                .map(|s| s.2);
            out.push(Segment { quote, ..seg });
            continue;
        }
        let mut from = seg.start;
        let mut k = next;
        while from < seg.end {
            let (cut, quote) = match spans.get(k) {
                Some(&(s, _, _)) if s > from => (s.min(seg.end), None),
                Some(&(_, e, i)) => (e.min(seg.end), Some(i)),
                None => (seg.end, None),
            };
            out.push(Segment {
                start: from,
                end: cut,
                quote,
                ..seg
            });
            if quote.is_some() && spans.get(k).is_some_and(|s| s.1 <= cut) {
                k += 1;
            }
            from = cut;
        }
    }
    out
}

impl Analysis {
    /// The quoted words of quotation `q` (empty when there is no such one).
    pub fn quote_text(&self, q: usize) -> &str {
        let Some(quote) = self.annotation.quotes.get(q) else {
            return "";
        };
        let n = self.offsets.char_len();
        let (s, e) = (quote.start.min(n), quote.end.min(n));
        &self.text[self.offsets.char_to_byte(s)..self.offsets.char_to_byte(e)]
    }

    /// The name of quotation `q`'s speaker, if a named person says it.
    pub fn quote_speaker(&self, q: usize) -> Option<&str> {
        let e = self.annotation.quotes.get(q)?.speaker?;
        Some(self.annotation.entities.get(e)?.name.as_str())
    }

    /// The quotations person `e` says, in text order.
    pub fn quotes_of(&self, e: usize) -> Vec<usize> {
        (self.annotation.quotes.iter().enumerate())
            .filter(|(_, q)| q.speaker == Some(e))
            .map(|(i, _)| i)
            .collect()
    }
}

/// `s` cut to at most `width` code points, with an ellipsis where cut.
pub fn shorten(s: &str, width: usize) -> String {
    match s.char_indices().nth(width) {
        Some((b, _)) => format!("{}…", s[..b].trim_end()),
        None => s.to_string(),
    }
}
