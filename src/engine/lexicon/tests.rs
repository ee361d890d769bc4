//! Lexicon tests: real lookups in the embedded data (table tests), the name
//! ranking on invented data, and sanity checks of the generated files.

use super::*;
use crate::engine::tokenize::tokenize;

fn lex() -> &'static Lexicon {
    Lexicon::embedded()
}

/// Tokenizes `text` the way the tagger does and matches at its first token.
fn place_at(text: &str) -> Option<(usize, String, String)> {
    let doc = tokenize(text);
    let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
    lex()
        .longest_place(&words)
        .map(|(n, p)| (n, p.name.clone(), p.facts.category.clone()))
}

#[test]
fn lexicon_longest_place_table() {
    // (text, words matched, place name, category)
    let cases: &[(&str, usize, &str, &str)] = &[
        ("U.S. officials", 1, "United States", "country"),
        ("US troops", 1, "United States", "country"),
        ("USA", 1, "United States", "country"),
        ("United States of America", 4, "United States", "country"),
        ("United States envoy", 2, "United States", "country"),
        ("NEW YORK (Reuters)", 2, "New York City", "city"),
        ("New York City police", 3, "New York City", "city"),
        ("Buenos Aires on Monday", 2, "Buenos Aires", "capital"),
        ("BUENOS AIRES", 2, "Buenos Aires", "capital"),
        ("LA PAZ", 2, "La Paz", "city"),
        ("LA", 1, "Los Angeles", "city"),
        ("EL PASO", 2, "El Paso", "city"),
        ("Georgia law", 1, "Georgia", "country"),
        ("Paris talks", 1, "Paris", "capital"),
        ("Turkey said", 1, "Turkey", "country"),
        ("Türkiye said", 1, "Turkey", "country"),
        ("Kyiv accepted", 1, "Kyiv", "capital"),
        ("Kiev accepted", 1, "Kyiv", "capital"),
        ("Washington said", 1, "Washington, D.C.", "capital"),
        ("Washington, D.C., on", 3, "Washington, D.C.", "capital"),
        ("Guinea-Bissau", 3, "Guinea-Bissau", "country"),
        ("Guinea said", 1, "Guinea", "country"),
        ("Middle East", 2, "Middle East", "area"),
        ("West Bank", 2, "West Bank", "region"),
        ("Gaza Strip", 2, "Gaza Strip", "region"),
        ("Black Sea", 2, "Black Sea", "sea"),
        ("Europe", 1, "Europe", "continent"),
        ("Anambra State", 2, "Anambra State", "region"),
        ("Bavaria", 1, "Bavaria", "region"),
        ("Nuevo León", 2, "Nuevo León", "region"),
        ("Nuevo Leon", 2, "Nuevo León", "region"),
        ("Texas", 1, "Texas", "region"),
        ("Ga.", 1, "Georgia", "region"),
        ("UK", 1, "United Kingdom", "country"),
        ("Britain", 1, "United Kingdom", "country"),
        ("Holland", 1, "Netherlands", "country"),
        ("UAE", 1, "United Arab Emirates", "country"),
        ("DRC", 1, "DR Congo", "country"),
        ("Congo", 1, "DR Congo", "country"),
        ("Congo Republic", 2, "Republic of the Congo", "country"),
        ("Lagos", 1, "Lagos", "city"),
        ("Istanbul", 1, "Istanbul", "city"),
        ("Kraków", 1, "Kraków", "city"),
        ("Krakow", 1, "Kraków", "city"),
        ("Gaza", 1, "Gaza Strip", "region"),
        ("Gaza City", 2, "Gaza", "city"),
        ("Geneva", 1, "Genève", "city"),
        ("Frankfurt", 1, "Frankfurt am Main", "city"),
        ("St. Petersburg", 2, "Saint Petersburg", "city"),
        ("Victoria", 1, "Victoria", "region"),
        ("Ramallah", 1, "Ramallah", "capital"),
        ("East Jerusalem", 2, "East Jerusalem", "city"),
        ("Soviet Union", 2, "Soviet Union", "former country"),
        ("Bosnia", 1, "Bosnia and Herzegovina", "country"),
        ("Kent", 1, "Kent", "region"),
        ("Tibet", 1, "Tibet", "area"),
        ("Avdiivka", 1, "Avdiivka", "city"),
        ("Nice", 1, "Nice", "city"),
        ("Surprise", 0, "", ""),
        ("Free State", 2, "Free State", "region"),
        ("Free", 0, "", ""),
        ("Thu Bon River", 3, "Thu Bon River", "river"),
        ("Rhone", 1, "Rhône", "river"),
    ];
    for &(text, n, name, category) in cases {
        if n == 0 {
            assert_eq!(place_at(text), None, "{text:?}");
            continue;
        }
        assert_eq!(
            place_at(text),
            Some((n, name.to_owned(), category.to_owned())),
            "{text:?}"
        );
    }
}

#[test]
fn lexicon_no_place_for_common_words() {
    for text in [
        "the city",
        "new york",
        "March",
        "May",
        "Police",
        "Mobile",
        "Split",
        "Of",
        "Reading",
        "Mr.",
        "President",
        "Turkish",
        "Sunday",
        "It",
        "IT",
        "OR",
        "West",
        "North",
    ] {
        assert_eq!(place_at(text), None, "{text:?}");
    }
    assert_eq!(lex().longest_place(&[]), None);
}

#[test]
fn lexicon_place_facts() {
    let (_, ankara) = lex().longest_place(&["Ankara"]).unwrap();
    assert_eq!(ankara.facts.country.as_deref(), Some("Turkey"));
    assert_eq!(ankara.facts.category, "capital");
    let lat = ankara.facts.lat.unwrap();
    let lon = ankara.facts.lon.unwrap();
    assert!(
        (39.0..41.0).contains(&lat) && (32.0..34.0).contains(&lon),
        "{lat} {lon}"
    );
    assert!(ankara.facts.population.unwrap() > 3_000_000);
    let (_, turkey) = lex().longest_place(&["Turkey"]).unwrap();
    assert_eq!(turkey.facts.country.as_deref(), Some("Turkey"));
    assert!(turkey.facts.population.unwrap() > 80_000_000);
    let (_, sea) = lex().longest_place(&["Black", "Sea"]).unwrap();
    assert_eq!(sea.facts.country, None);
}

#[test]
fn lexicon_countries() {
    for (name, expect) in [
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("America", "United States"),
        ("UK", "United Kingdom"),
        ("Türkiye", "Turkey"),
        ("Republic of Turkey", "Turkey"),
        ("Russian Federation", "Russia"),
        ("Holland", "Netherlands"),
    ] {
        assert_eq!(lex().canonical_country(name), Some(expect), "{name}");
    }
    assert_eq!(lex().canonical_country("Paris"), None);
    assert_eq!(
        lex().country_by_code("TR").map(|p| p.name.as_str()),
        Some("Turkey")
    );
    assert_eq!(lex().country_by_code("ZZ"), None);
}

#[test]
fn lexicon_demonyms() {
    for (word, expect) in [
        ("Turkish", Some("Turkey")),
        ("TURKISH", Some("Turkey")),
        ("Ukrainian", Some("Ukraine")),
        ("Russian", Some("Russia")),
        ("American", Some("United States")),
        ("British", Some("United Kingdom")),
        ("French", Some("France")),
        ("Indian", Some("India")),
        ("Saudi", Some("Saudi Arabia")),
        ("South Korean", Some("South Korea")),
        ("Russians", None),
        ("Arab", None),
        ("European", None),
        ("turkish", None),
        ("Antiguan", Some("Antigua and Barbuda")),
    ] {
        assert_eq!(lex().demonym_country(word), expect, "{word}");
    }
    let longest = |w: &[&str]| lex().longest_demonym(w);
    assert_eq!(
        longest(&["South", "Korean", "envoy"]),
        Some((2, Some("South Korea")))
    );
    assert_eq!(longest(&["South", "Korea"]), None);
    assert_eq!(longest(&["Turkish", "minister"]), Some((1, Some("Turkey"))));
    assert_eq!(longest(&["European", "leaders"]), Some((1, None)));
    assert_eq!(longest(&["Costa", "Rican"]), Some((2, Some("Costa Rica"))));
    assert_eq!(longest(&[]), None);
    assert!(
        lex().is_demonym("European") && lex().is_demonym("Turkish") && !lex().is_demonym("Europe")
    );
}

#[test]
fn lexicon_given_names_and_honorifics() {
    for w in [
        "Marco",
        "Olena",
        "Volodymyr",
        "Donald",
        "Emmanuel",
        "Maria",
        "MARCO",
    ] {
        assert!(lex().is_given_name(w), "{w}");
    }
    for w in ["Will", "May", "the", "marco", "Putin"] {
        assert!(!lex().is_given_name(w), "{w}");
    }
    for w in [
        "Mr.", "Mr", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Sheikh", "Lord", "Lady", "Madame",
        "Mme", "Herr", "Prof.", "MR.",
    ] {
        assert!(lex().is_honorific(w), "{w}");
    }
    for w in ["President", "Minister", "Gen.", "mr.", "Senator"] {
        assert!(!lex().is_honorific(w), "{w}");
    }
}

#[test]
fn lexicon_word_flags_table() {
    use flags::*;
    let cases: &[(&str, u32, u32)] = &[
        // (word, bits that must be set, bits that must be clear)
        ("Turkey", COUNTRY | PLACE_FIRST, CITY | GIVEN_NAME),
        ("U.S.", COUNTRY | PLACE_FIRST, 0),
        ("Paris", CITY | PLACE_FIRST, COUNTRY),
        ("Bavaria", REGION | PLACE_FIRST, COUNTRY | CITY),
        ("Georgia", COUNTRY | REGION, 0),
        ("New", PLACE_FIRST, COUNTRY | CITY),
        ("York", PLACE_INNER, 0),
        ("Aires", PLACE_INNER, 0),
        ("Turkish", DEMONYM, COUNTRY | GIVEN_NAME),
        ("Marco", GIVEN_NAME, DEMONYM),
        ("European", DEMONYM, 0),
        ("Korean", DEMONYM, 0),
        ("Mr.", HONORIFIC, GIVEN_NAME),
        ("PARIS", CITY, 0),
        ("the", 0, !0),
        ("paris", 0, !0),
        ("", 0, !0),
    ];
    for &(w, set, clear) in cases {
        let f = lex().word_flags(w);
        assert_eq!(f & set, set, "{w}: {f:#b}");
        assert_eq!(f & clear, 0, "{w}: {f:#b}");
    }
}

#[test]
fn lexicon_ranking_on_invented_data() {
    // Invented places: a country, a capital and a big region share names.
    let places = "# test\n\
        Zembla\tcountry\tZZ\t1\t2\t\tZembla Republic\tZ.R.\n\
        Zembla\tregion\tYY\t1\t2\t9000000\t\t\n\
        Ostrova\tcapital\tZZ\t1\t2\t1000\t\t\n\
        Ostrova\tcity\tYY\t1\t2\t4000\t\t\n\
        Ostrova\tregion\tXX\t1\t2\t80000\t\t\n\
        Ostrova Bay\tsea\t\t1\t2\t\t\t\n\
        Kalm Oblast\tregion\tZZ\t1\t2\t5000000\tKalm\t\n\
        Kalm\tcity\tZZ\t1\t2\t10000\t\t\n\
        Velt\tcity\tZZ\t1\t2\t10000\t\tVeltburg\n\
        Veltburg\tcity\tYY\t1\t2\t5000000\t\t\n";
    let lex = Lexicon::parse(places, "Zemblan\tZZ\n", "Ada\n", "Mr.\n");
    let best = |w: &[&str]| {
        lex.longest_place(w)
            .map(|(n, p)| (n, p.facts.category.as_str()))
    };
    assert_eq!(best(&["Zembla"]), Some((1, "country")));
    assert_eq!(best(&["Z.R."]), Some((1, "country")));
    assert_eq!(best(&["Zembla", "Republic", "x"]), Some((2, "country")));
    // Capital weight 5 * 1000 < region 80000 / 4.
    assert_eq!(best(&["Ostrova"]), Some((1, "region")));
    assert_eq!(best(&["Ostrova", "Bay"]), Some((2, "sea")));
    assert_eq!(best(&["OSTROVA", "BAY"]), Some((2, "sea")));
    // A place's own name beats another's alternative name.
    assert_eq!(best(&["Kalm"]), Some((1, "city")));
    // A hand-written alias beats population.
    assert_eq!(
        lex.longest_place(&["Veltburg"])
            .map(|(_, p)| p.facts.population),
        Some(Some(10000))
    );
    assert_eq!(lex.demonym_country("Zemblan"), Some("Zembla"));
    assert_eq!(
        lex.longest_place(&["Ostrova"]).unwrap().1.facts.country,
        None
    );
    assert_eq!(
        lex.longest_place(&["Kalm"])
            .unwrap()
            .1
            .facts
            .country
            .as_deref(),
        Some("Zembla")
    );
}

#[test]
fn lexicon_sizes_are_sane() {
    let count = |c: &str| lex().places().filter(|p| p.facts.category == c).count();
    assert!(
        (190..=200).contains(&count("country")),
        "{}",
        count("country")
    );
    assert!(count("city") + count("capital") > 5_000);
    assert!(count("capital") > 150);
    assert!(count("region") > 1_000);
    assert!(count("continent") >= 6);
    assert!(
        lex().counts.0 > 10_000 && lex().counts.1 > 30,
        "{:?}",
        lex().counts
    );
    assert!(lex().demonyms.whole.len() > 150);
    // The embedded lexicon files must stay small for the page (raw bytes;
    // data/generated/manifest.txt has the gzip sizes).
    let raw = places::PLACES_TSV.len()
        + demonyms::DEMONYMS_TSV.len()
        + given_names::GIVEN_NAMES_TXT.len()
        + honorifics::HONORIFICS_TXT.len();
    assert!(raw < 1_200_000, "{raw}");
}

#[test]
fn lexicon_gzip_budget_holds() {
    // The build records `gzip -9` sizes; the page's budget for all lexicon
    // data is ~350 KB and for the world map ~40 KB.
    let manifest = include_str!("../../../data/generated/manifest.txt");
    let total: usize = manifest
        .lines()
        .find_map(|l| l.strip_prefix("# lexicon total gzip -9 bytes: "))
        .and_then(|n| n.trim().parse().ok())
        .expect("manifest total");
    assert!(total <= 350_000, "{total}");
    let map: usize = manifest
        .lines()
        .find_map(|l| l.strip_prefix("world-110m.svgpath\t"))
        .and_then(|r| r.split('\t').nth(1)?.parse().ok())
        .expect("manifest map size");
    assert!(map <= 40_000, "{map}");
}

#[test]
fn lexicon_generated_files_say_what_generated_them() {
    for text in [
        places::PLACES_TSV,
        demonyms::DEMONYMS_TSV,
        given_names::GIVEN_NAMES_TXT,
        honorifics::HONORIFICS_TXT,
    ] {
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(
                "# Generated by `npm --prefix scripts/data ci && node scripts/data/build.mjs`"
            ) && first.ends_with("do not edit."),
            "{first}"
        );
    }
}

#[test]
fn lexicon_every_place_row_parses() {
    let rows = places::PLACES_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .count();
    assert_eq!(rows, lex().places().len());
    for p in lex().places() {
        assert!(p.facts.lat.is_some() && p.facts.lon.is_some(), "{}", p.name);
    }
}

#[test]
fn lexicon_every_place_name_matches_itself() {
    // Each place's own name, tokenized like article text, finds a place of
    // that exact name (not necessarily the same one: names are shared).
    for p in lex().places() {
        if !p.name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let doc = tokenize(&p.name);
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
        let hit = lex().longest_place(&words);
        assert_eq!(hit.map(|(n, _)| n), Some(words.len()), "{}", p.name);
    }
}

#[test]
fn lexicon_parse_time() {
    // Budget: ~20 ms in a release build (measured there; this test prints it
    // with `--nocapture`). A debug build is ~10x slower, so only a loose bound.
    let t = std::time::Instant::now();
    let lex = Lexicon::parse(
        places::PLACES_TSV,
        demonyms::DEMONYMS_TSV,
        given_names::GIVEN_NAMES_TXT,
        honorifics::HONORIFICS_TXT,
    );
    let ms = t.elapsed().as_secs_f64() * 1e3;
    println!("lexicon parse: {ms:.1} ms, {lex:?}");
    assert!(ms < 2_000.0, "{ms} ms");
}

#[test]
fn lexicon_given_names_with_accents() {
    // `Hector` and `Alvaro` are in the list; their accented spellings count too.
    assert!(lex().is_given_name("Héctor"));
    assert!(lex().is_given_name("Álvaro"));
    assert!(!lex().is_given_name("Ómnibus"));
}
