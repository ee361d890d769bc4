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

/// Found by cargo-fuzz (2026-11-27): a repaired person span ran across two
/// abbreviated titles (`Lt.`), and the mentions overlapped.
#[test]
fn robustness_fuzz_titles_inside_a_repaired_name() {
    let text = "Lz.LLz.Lt.Lt.L.Lt.Lt.LtIia\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0+.LLtI.L\0\0\0\0\0\0\0\0\0\0\0\
                +.LLtI.Lt.Lt.L.Lt.Lt.t.Lt.L.Lt.Lt.LtIia+.LLtIia+.Lt.tLt.Lt+.(.\0\0\0t.Lt.LtI33";
    annotate(text);
    // The shape without the noise.
    annotate("Lt.L. Lt. Lt. Lt.t.Lt.L.Lt.Lt.LtIia said Lt. Lt.L.Lt.Lt.t.Lt.L said.");
}
