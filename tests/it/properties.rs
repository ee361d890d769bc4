//! Property tests: for any string, `annotate` keeps its invariants.

use super::annotate;
use proptest::prelude::*;

/// Strings mixing the characters that break naive text code.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Putin",
        "U.S.",
        "Mr.",
        "Defense Minister",
        "KYIV",
        "’s",
        "'s",
        "-",
        "—",
        "“",
        "”",
        " ",
        "\n",
        "\r\n",
        "\t",
        ".",
        ",",
        "Zoe\u{0308}",
        "\u{0301}",
        "👨‍👩‍👧",
        "👍🏽",
        "🇺🇦",
        "\u{200D}",
        "\u{FE0F}",
        "Москва",
        "القاهرة",
        "北京",
        "\u{0000}",
        "\u{001B}",
        "of",
        "the",
        "President",
        "Ana",
        "Lisbon",
        "Gen.",
        "Lt.",
        "e\u{0301}",
        "\u{FFFD}",
        "\u{2028}",
        "A",
        "B.",
        "&",
        "'",
    ]);
    prop::collection::vec(
        prop_oneof![
            pieces.prop_map(String::from),
            any::<char>().prop_map(String::from)
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn properties_invariants_hold_for_nasty_strings(s in nasty()) {
        annotate(&s);
    }

    #[test]
    fn properties_invariants_hold_for_any_string(s in any::<String>()) {
        annotate(&s);
    }
}
