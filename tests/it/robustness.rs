//! `annotate` never panics and keeps its invariants on odd input.

use super::annotate;

#[test]
fn robustness_odd_inputs() {
    let long_line = "Word ".repeat(20_000);
    let inputs = [
        "",
        " ",
        "\r\n\r\n",
        "...,,,;;;!!!???",
        "\u{0301}\u{0301}a\u{200D}",
        "ALL CAPS HEADLINE ABOUT PRESIDENT OLEK MARCHENKO IN KYIV",
        "Москва и Киев; القاهرة; 北京市 and Tōkyō",
        "👨‍👩‍👧‍👦👍🏽🇺🇦\u{FE0F}",
        "\u{0000}\u{0007}\u{001B}[31m control chars",
        "Mr.",
        "U.S.-",
        "-Putin-",
        "’s ’s 's",
        long_line.as_str(),
    ];
    for text in inputs {
        annotate(text);
    }
}
