//! Letter-case and spelling helpers for lexicon lookups: ALL-CAPS detection,
//! title-casing into a stack buffer (no allocation for ASCII words), ASCII
//! folding of Latin diacritics (`Kraków` -> `Krakow`), and the fast hash maps
//! the engine uses ([`FxMap`], [`FxSet`]).
//!
//! No data of its own; used by the other lexicon files at load and lookup time.

/// Whether `word` has an upper-case letter and no lower-case one (`NEW`, `U.S.`).
pub fn is_all_caps(word: &str) -> bool {
    let mut upper = false;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}

/// Longest word title-cased on the stack; longer ones are not looked up.
const TITLE_MAX: usize = 64;

/// Calls `f` with `word` title-cased (`NEW` -> `New`, `BADEN-WÜRTTEMBERG` ->
/// `Baden-württemberg`). ASCII words use a stack buffer; others allocate, which
/// is rare (ALL-CAPS text is mostly datelines and headlines).
pub fn with_title_case<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() && word.len() <= TITLE_MAX {
        let mut buf = [0u8; TITLE_MAX];
        let bytes = word.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            buf[i] = if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
        }
        // The bytes are ASCII, so this cannot fail.
        f(std::str::from_utf8(&buf[..bytes.len()]).unwrap_or(word))
    } else {
        let mut s = String::with_capacity(word.len());
        for (i, c) in word.chars().enumerate() {
            if i == 0 {
                s.extend(c.to_uppercase());
            } else {
                s.extend(c.to_lowercase());
            }
        }
        f(&s)
    }
}

/// Case-insensitive equality without allocation (`YORK` == `York`).
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// The ASCII spelling of a Latin name (`Nuevo León` -> `Nuevo Leon`,
/// `Côte d’Ivoire` -> `Cote d'Ivoire`), or `None` when it is already ASCII or
/// has a letter with no ASCII form here.
pub fn fold_ascii(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let s = match c {
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ậ' => {
                "a"
            }
            'Æ' => "Ae",
            'æ' => "ae",
            'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'Ď' | 'Đ' | 'Ð' => "D",
            'ď' | 'đ' | 'ð' => "d",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ế' | 'ề' | 'ệ' => {
                "e"
            }
            'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'Ĥ' | 'Ħ' => "H",
            'ĥ' | 'ħ' | 'ḥ' => "h",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ị' => "i",
            'Ĵ' => "J",
            'ĵ' => "j",
            'Ķ' => "K",
            'ķ' => "k",
            'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "N",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' | 'Ơ' => "O",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ọ' | 'ố' | 'ồ' | 'ộ'
            | 'ớ' | 'ờ' => "o",
            'Œ' => "Oe",
            'œ' => "oe",
            'Ŕ' | 'Ŗ' | 'Ř' => "R",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' => "s",
            'ß' => "ss",
            'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
            'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' => "t",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'Ư' => "U",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ụ' | 'ủ' | 'ứ'
            | 'ừ' => "u",
            'Ŵ' => "W",
            'ŵ' => "w",
            'Ý' | 'Ÿ' | 'Ŷ' => "Y",
            'ý' | 'ÿ' | 'ŷ' | 'ỳ' => "y",
            'Ź' | 'Ż' | 'Ž' => "Z",
            'ź' | 'ż' | 'ž' => "z",
            'Þ' => "Th",
            'þ' => "th",
            '’' | 'ʼ' | '‘' | 'ʻ' => "'",
            '‐' | '‑' | '–' => "-",
            _ => return None,
        };
        out.push_str(s);
    }
    Some(out)
}

/// A `HashMap` with rustc's Fx hash (`rustc-hash`): much faster than SipHash
/// on short words, and the keys are our own embedded data or the article's
/// words, so hash flooding is no concern. No output depends on its order.
pub type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A `HashSet` with rustc's Fx hash (see [`FxMap`]).
pub type FxSet<K> = rustc_hash::FxHashSet<K>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casing_all_caps() {
        for (w, expect) in [
            ("NEW", true),
            ("U.S.", true),
            ("New", false),
            ("123", false),
            ("ÉTATS", true),
        ] {
            assert_eq!(is_all_caps(w), expect, "{w}");
        }
    }

    #[test]
    fn casing_title_case() {
        assert_eq!(with_title_case("NEW", str::to_owned), "New");
        assert_eq!(with_title_case("ZÜRICH", str::to_owned), "Zürich");
        assert_eq!(with_title_case("A", str::to_owned), "A");
    }

    #[test]
    fn casing_eq_ignore_case() {
        assert!(eq_ignore_case("YORK", "York"));
        assert!(eq_ignore_case("LEÓN", "León"));
        assert!(!eq_ignore_case("YORK", "Yorks"));
    }

    #[test]
    fn casing_fold_ascii() {
        assert_eq!(fold_ascii("Kraków").as_deref(), Some("Krakow"));
        assert_eq!(
            fold_ascii("Côte d’Ivoire").as_deref(),
            Some("Cote d'Ivoire")
        );
        assert_eq!(fold_ascii("Paris"), None);
        assert_eq!(fold_ascii("Київ"), None);
    }
}
