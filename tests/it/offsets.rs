//! Offsets are code points, whatever the text holds.

use super::annotate;
use annotator::engine::text::OffsetMap;

#[test]
fn offsets_with_curly_quotes_accents_emoji_and_combining_marks() {
    let texts = [
        "“We will not yield,” said Foreign Minister Ana Lúcia Ferreira in Lisbon.",
        "🇺🇦 President Olek Marchenko 👍🏽 met Chancellor Zoe\u{0308} Brandt in Berlin 👨‍👩‍👧.",
        "Prime Minister José Martí’s visit to Córdoba — and Kyiv — was “historic”.",
    ];
    for text in texts {
        let ann = annotate(text);
        assert!(!ann.mentions.is_empty(), "{text}");
        // The page converts to UTF-16; the round trip must land on the same text.
        let map = OffsetMap::new(text);
        let units: Vec<u16> = text.encode_utf16().collect();
        for m in &ann.mentions {
            let (a, b) = (map.char_to_utf16(m.start), map.char_to_utf16(m.end));
            assert_eq!(String::from_utf16(&units[a..b]).unwrap(), m.text);
            assert_eq!(
                (map.utf16_to_char(a), map.utf16_to_char(b)),
                (m.start, m.end)
            );
        }
    }
}

#[test]
fn offsets_possessive_stays_outside() {
    let ann =
        annotate("Minister Olek Marchenko’s offer and Brandt's reply reached Ruritania’s capital.");
    for m in &ann.mentions {
        assert!(!m.text.ends_with("’s") && !m.text.ends_with("'s"), "{m:?}");
    }
}

#[test]
fn offsets_sentences_cover_mentions() {
    let ann = annotate("Olek Marchenko spoke in Lisbon. Then Ana Ferreira replied.");
    assert_eq!(ann.sentences.len(), 2);
    for m in &ann.mentions {
        let (s, e) = ann.sentence_at(m.start).expect("mention inside a sentence");
        assert!(s <= m.start && m.end <= e);
    }
    assert_eq!(ann.sentence_at(10_000), None);
}
