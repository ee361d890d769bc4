//! Table tests of the quotation stage on invented sentences, over hand-made
//! annotations (no model): each quotation's opening words, speaker and reason.

use crate::engine::annotation::Kind::{Person as Per, Place as Pla, Position as Pos};
use crate::engine::test_fixture;
use crate::engine::tokenize::tokenize;

type Expected = (&'static str, Option<&'static str>, &'static str);

/// `(text, mentions (surface, kind, entity), post mentions' holders (mention, entity), expected)`.
type Case = (
    &'static str,
    Vec<(&'static str, crate::engine::Kind, usize)>,
    Vec<(usize, usize)>,
    Vec<Expected>,
);

const AFTER: &str = "said after the quotation";
const BEFORE: &str = "speaker before the quotation";
const PARTIAL: &str = "partial quotation in the speaker's reported speech";
const PRONOUN: &str = "pronoun resolved to the last person named";
const UNNAMED: &str = "no named person: an unnamed source, organisation or document";
const NO_ATTRIBUTION: &str = "no named speaker: no attribution (a term, title or scare quote)";
const NAME: &str = "no named speaker: a quoted name, nickname or title";

fn run(cases: Vec<Case>) {
    for (text, spans, holders, expected) in cases {
        let mut ann = test_fixture::annotate(text, &spans);
        for (m, e) in holders {
            ann.mentions[m].holder = Some(e);
        }
        let doc = tokenize(text);
        let quotes = super::find(&doc, &ann);
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<(String, Option<String>, String)> = quotes
            .iter()
            .map(|q| {
                let quoted: String = chars[q.start..q.end].iter().collect();
                let speaker = q.speaker.map(|e| ann.entities[e].name.clone());
                (quoted, speaker, q.reason.to_string())
            })
            .collect();
        assert_eq!(got.len(), expected.len(), "{text}: {got:?}");
        for ((quoted, speaker, reason), (opening, want, why)) in got.iter().zip(&expected) {
            assert!(
                quoted.starts_with(opening),
                "{text}: {quoted:?} should open with {opening:?}"
            );
            assert_eq!(speaker.as_deref(), *want, "{text}: {quoted:?}");
            assert_eq!(reason, why, "{text}: {quoted:?}");
        }
    }
}

#[test]
fn quotes_attribution_patterns() {
    run(vec![
        (
            "“We will build the bridge,” said Mirela Dovan.",
            vec![("Mirela Dovan", Per, 0)],
            vec![],
            vec![("We will build the bridge,", Some("Mirela Dovan"), AFTER)],
        ),
        (
            "“The river is rising,” Dovan told reporters.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("The river is rising", Some("Dovan"), AFTER)],
        ),
        (
            "Tomas Ekwueme wrote on X: “Nothing is decided yet.”",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("Nothing is decided yet.", Some("Tomas Ekwueme"), BEFORE)],
        ),
        (
            "According to Mirela Dovan, “the plan is sound.”",
            vec![("Mirela Dovan", Per, 0)],
            vec![],
            vec![("the plan is sound", Some("Mirela Dovan"), "according to")],
        ),
        (
            "Mirela Dovan visited the dam. “It held,” she said.",
            vec![("Mirela Dovan", Per, 0)],
            vec![],
            vec![("It held", Some("Mirela Dovan"), PRONOUN)],
        ),
        (
            "Mayor Tomas Ekwueme opened the bridge. “It is safe,” the mayor added.",
            vec![
                ("Mayor", Pos, 0),
                ("Tomas Ekwueme", Per, 1),
                ("mayor", Pos, 0),
            ],
            vec![(2, 1)],
            vec![(
                "It is safe",
                Some("Tomas Ekwueme"),
                "post resolved to its holder",
            )],
        ),
        (
            "“Not yet,” Dovan said, “but soon.”",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                ("Not yet", Some("Dovan"), AFTER),
                (
                    "but soon",
                    Some("Dovan"),
                    "split quotation: the same attribution",
                ),
            ],
        ),
        (
            "Then Dovan went into detail: “Three bridges, two roads.”",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("Three bridges", Some("Dovan"), "speaker before a colon")],
        ),
        // A name used as a modifier (`the Karsk video`) is not the clause's subject.
        (
            "Then Dovan turned to the Karsk video: “Three bridges, two roads.”",
            vec![("Dovan", Per, 0), ("Karsk", Per, 1)],
            vec![],
            vec![("Three bridges", Some("Dovan"), "speaker before a colon")],
        ),
        (
            "Dovan told the crowd:\n\n“We will stay.”",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("We will stay", Some("Dovan"), "speaker before a colon")],
        ),
        (
            "Dovan said the talks were “very useful” and “long overdue”.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                (
                    "very useful",
                    Some("Dovan"),
                    "partial quotation in the speaker's reported speech",
                ),
                (
                    "long overdue",
                    Some("Dovan"),
                    "the sentence's speaker goes on",
                ),
            ],
        ),
        (
            "“We start today,” Dovan said. “It takes a year.”",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                ("We start today", Some("Dovan"), AFTER),
                (
                    "It takes a year",
                    Some("Dovan"),
                    "the paragraph's speaker goes on",
                ),
            ],
        ),
        // The subject before an appositive or relative clause, not a name inside it.
        (
            "Mirela Dovan, who met Tomas Ekwueme on Monday, said the bridge was “nearly finished”.",
            vec![("Mirela Dovan", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![("nearly finished", Some("Mirela Dovan"), PARTIAL)],
        ),
        // A new clause after the closing mark is not its attribution.
        (
            "Dovan said the plan was “too slow,” while Tomas Ekwueme called it “bold.”",
            vec![("Dovan", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![
                ("too slow", Some("Dovan"), PARTIAL),
                ("bold", Some("Tomas Ekwueme"), BEFORE),
            ],
        ),
        (
            "Mirela Dovan spoke first. She then rejected “a quick fix” outright.",
            vec![("Mirela Dovan", Per, 0)],
            vec![],
            vec![("a quick fix", Some("Mirela Dovan"), PRONOUN)],
        ),
    ]);
}

#[test]
fn quotes_speech_verbs_of_features() {
    // Lively verbs of features and columns, and the present tense of profiles.
    run(vec![
        (
            "“Bridges do not build themselves,” quipped Mirela Dovan.",
            vec![("Mirela Dovan", Per, 0)],
            vec![],
            vec![(
                "Bridges do not build themselves,",
                Some("Mirela Dovan"),
                AFTER,
            )],
        ),
        (
            "“Not this year,” Dovan retorted.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("Not this year,", Some("Dovan"), AFTER)],
        ),
        (
            "“I started with one boat,” recalls Tomas Ekwueme.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("I started with one boat,", Some("Tomas Ekwueme"), AFTER)],
        ),
    ]);
}

#[test]
fn quotes_paragraphs() {
    run(vec![
        // An unclosed quotation goes on in the next paragraph that opens with a mark.
        (
            "Dovan said: “We start on Monday.\n\n“The work takes a year.”",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                ("We start on Monday.", Some("Dovan"), BEFORE),
                (
                    "The work takes a year.",
                    Some("Dovan"),
                    "continues the previous paragraph's quotation",
                ),
            ],
        ),
        // A quotation over paragraphs whose speaker is named in its last one.
        (
            "The town is flooded.\n\n“We start on Monday.\n\n“It takes a year,” Dovan said.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                (
                    "We start on Monday.",
                    Some("Dovan"),
                    "goes on into a paragraph naming its speaker",
                ),
                ("It takes a year", Some("Dovan"), AFTER),
            ],
        ),
        // Not for a straight mark left open: as often a mispaired one.
        (
            "The town is flooded.\n\n\"We start on Monday.\n\n\"It takes a year,\" Dovan said.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                ("We start on Monday.", None, NO_ATTRIBUTION),
                ("It takes a year", Some("Dovan"), AFTER),
            ],
        ),
        (
            "“We start on Monday,” Dovan said.\n\n“The work takes a year.”",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![
                ("We start on Monday", Some("Dovan"), AFTER),
                (
                    "The work takes a year.",
                    Some("Dovan"),
                    "the previous paragraph's speaker goes on",
                ),
            ],
        ),
    ]);
}

#[test]
fn quotes_no_speaker() {
    run(vec![
        (
            "“Talks failed,” a source said.",
            vec![],
            vec![],
            vec![("Talks failed", None, UNNAMED)],
        ),
        (
            "“Talks failed,” the statement said, quoting Dovan.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("Talks failed", None, UNNAMED)],
        ),
        (
            "“We disagree,” officials told Tomas Ekwueme.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("We disagree", None, UNNAMED)],
        ),
        (
            "The town hailed the plan as a “historic step” on Monday.",
            vec![],
            vec![],
            vec![("historic step", None, NO_ATTRIBUTION)],
        ),
        (
            "Dovan’s brother told reporters of “cracks in the wall” for weeks.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("cracks in the wall", None, UNNAMED)],
        ),
        (
            "Dovan read “The Long Road” aloud.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("The Long Road", None, NAME)],
        ),
        (
            "Tomas “Tom” Ekwueme stayed silent.",
            vec![("Tomas", Per, 0), ("Ekwueme", Per, 0)],
            vec![],
            vec![("Tom", None, NAME)],
        ),
    ]);
}

#[test]
fn quotes_marks() {
    run(vec![
        // Straight double marks pair within a paragraph.
        (
            "\"We are ready,\" said Tomas Ekwueme. \"Truly.\"",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![
                ("We are ready", Some("Tomas Ekwueme"), AFTER),
                (
                    "Truly",
                    Some("Tomas Ekwueme"),
                    "the paragraph's speaker goes on",
                ),
            ],
        ),
        // Single marks as quotation marks, curly and straight.
        (
            "‘We are ready,’ said Tomas Ekwueme.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("We are ready", Some("Tomas Ekwueme"), AFTER)],
        ),
        (
            "'Soon,' Dovan said.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("Soon", Some("Dovan"), AFTER)],
        ),
        // Apostrophes are not quotation marks.
        (
            "Ruritania’s envoy said he didn’t know the songs of the ’90s.",
            vec![],
            vec![],
            vec![],
        ),
        (
            "The students' union said it wasn't the '90s any more.",
            vec![],
            vec![],
            vec![],
        ),
        // Offsets are code points: non-ASCII text before and inside.
        (
            "Zoë Løvland wrote on X: “Ça va très bien.”",
            vec![("Zoë Løvland", Per, 0)],
            vec![],
            vec![("Ça va très bien.", Some("Zoë Løvland"), BEFORE)],
        ),
        // Single marks inside a double quotation are not quotations of their own.
        (
            "“They called it ‘the long week’,” said Dovan.",
            vec![("Dovan", Per, 0)],
            vec![],
            vec![("They called it ‘the long week’,", Some("Dovan"), AFTER)],
        ),
    ]);
}

/// A whole-sentence quotation with no attribution of its own: the subject of
/// the sentence before (in its paragraph, or ending the paragraph before).
#[test]
fn quotes_speaker_named_in_the_sentence_before() {
    const PREV: &str = "speaker named in the sentence before";
    run(vec![
        (
            "Ana Ruiz, the union leader, was blunt. “We will strike on Monday. Nobody wants this.”",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("We will strike on Monday.", Some("Ana Ruiz"), PREV)],
        ),
        (
            "Tomas Brevik spoke to reporters after the vote.\n\n\"It was a long night.\"",
            vec![("Tomas Brevik", Per, 0)],
            vec![],
            vec![("It was a long night.", Some("Tomas Brevik"), PREV)],
        ),
        (
            "The interior minister, Ahmed Khalil, was firm. “The border is closed.”",
            vec![("interior minister", Pos, 0), ("Ahmed Khalil", Per, 1)],
            vec![],
            vec![("The border is closed.", Some("Ahmed Khalil"), PREV)],
        ),
        (
            "Ruritanian Senator Ana Ruiz issued a statement. “I am disappointed.”",
            vec![
                ("Ruritanian", Pla, 0),
                ("Senator", Pos, 1),
                ("Ana Ruiz", Per, 2),
            ],
            vec![],
            vec![("I am disappointed.", Some("Ana Ruiz"), PREV)],
        ),
        (
            "Ahmed Khalil met the envoys. He was firm. “The border is closed.”",
            vec![("Ahmed Khalil", Per, 0)],
            vec![],
            vec![("The border is closed.", Some("Ahmed Khalil"), PREV)],
        ),
        // Not the subject: a possessive.
        (
            "Ana Ruiz’s office was quiet. “Closed for repairs.”",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("Closed for repairs.", None, NO_ATTRIBUTION)],
        ),
        // Not a whole sentence: a quoted term.
        (
            "Ana Ruiz left early. “Green bonds” are popular again.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("Green bonds", None, NO_ATTRIBUTION)],
        ),
    ]);
}

/// A definite post with no holder of its own takes the holder of the latest
/// earlier post with the same head word.
#[test]
fn quotes_post_with_the_head_of_an_earlier_post() {
    const POST: &str = "post resolved to its holder";
    run(vec![
        (
            "Sunita Kaul, the finance minister, spoke.\n\n“We have the money,” the minister added.",
            vec![
                ("Sunita Kaul", Per, 0),
                ("finance minister", Pos, 1),
                ("minister", Pos, 2),
            ],
            vec![(1, 0)],
            vec![("We have the money", Some("Sunita Kaul"), POST)],
        ),
        // Another head: no holder.
        (
            "Sunita Kaul, the finance minister, spoke.\n\n“We have the money,” the governor added.",
            vec![
                ("Sunita Kaul", Per, 0),
                ("finance minister", Pos, 1),
                ("governor", Pos, 2),
            ],
            vec![(1, 0)],
            vec![("We have the money", None, "a post with no named holder")],
        ),
    ]);
}

/// Where and for whom, not who: `in a statement`, `a spokesman for Kaul`.
#[test]
fn quotes_source_nouns_in_phrases() {
    run(vec![
        (
            "Arjun Pillai, in a statement, said “we are ready”.",
            vec![("Arjun Pillai", Per, 0)],
            vec![],
            vec![("we are ready", Some("Arjun Pillai"), BEFORE)],
        ),
        (
            "“We are ready,” the spokesperson for Sunita Kaul said.",
            vec![("Sunita Kaul", Per, 0)],
            vec![],
            vec![("We are ready", None, UNNAMED)],
        ),
    ]);
}

/// `the 29-year-old said`: an age as a noun stands for the last person named;
/// not when the name follows it (`said the 24-year-old Ruiz`).
#[test]
fn quotes_age_as_noun() {
    run(vec![
        (
            "Kofi Mensah scored twice. “It was a great day,” the 29-year-old said.",
            vec![("Kofi Mensah", Per, 0)],
            vec![],
            vec![("It was a great day", Some("Kofi Mensah"), PRONOUN)],
        ),
        (
            "Kofi Mensah scored twice. “It was a great day,” said the 29-year-old.",
            vec![("Kofi Mensah", Per, 0)],
            vec![],
            vec![("It was a great day", Some("Kofi Mensah"), PRONOUN)],
        ),
        (
            "Kofi Mensah lost to Ana Ruiz. “I was aggressive,” said the 24-year-old Ruiz.",
            vec![
                ("Kofi Mensah", Per, 0),
                ("Ana Ruiz", Per, 1),
                ("Ruiz", Per, 1),
            ],
            vec![],
            vec![("I was aggressive", Some("Ana Ruiz"), AFTER)],
        ),
        (
            "“It was a great day,” Kofi Mensah beamed.",
            vec![("Kofi Mensah", Per, 0)],
            vec![],
            vec![("It was a great day", Some("Kofi Mensah"), AFTER)],
        ),
    ]);
}

/// Headline and pull-quote form: a colon or dash after the closing mark, then a name.
#[test]
fn quotes_name_after_colon_or_dash() {
    const DASH: &str = "a name after the quotation's colon or dash";
    run(vec![
        (
            "‘We have the money’: Sunita Kaul hits back at critics",
            vec![("Sunita Kaul", Per, 0)],
            vec![],
            vec![("We have the money", Some("Sunita Kaul"), DASH)],
        ),
        (
            "“We are ready.” — Kofi Mensah, party leader",
            vec![("Kofi Mensah", Per, 0)],
            vec![],
            vec![("We are ready.", Some("Kofi Mensah"), DASH)],
        ),
        // Not a name right after the mark.
        (
            "The town hailed a “new dawn” – a phrase Kofi Mensah likes.",
            vec![("Kofi Mensah", Per, 0)],
            vec![],
            vec![("new dawn", None, NO_ATTRIBUTION)],
        ),
    ]);
}

/// A participial clause between the subject and its verb (`Boateng, asked
/// whether Mensah would run, said`): the subject stands before its comma.
#[test]
fn quotes_participial_clause() {
    run(vec![
        (
            "Ama Boateng, asked whether Kofi Mensah would run, said: “He is ready.”",
            vec![("Ama Boateng", Per, 0), ("Kofi Mensah", Per, 1)],
            vec![],
            vec![("He is ready.", Some("Ama Boateng"), BEFORE)],
        ),
        (
            "Ama Boateng, speaking after Kofi Mensah, said Mensah, who was ready, said “yes”.",
            vec![
                ("Ama Boateng", Per, 0),
                ("Kofi Mensah", Per, 1),
                ("Mensah", Per, 1),
            ],
            vec![],
            vec![("yes", Some("Kofi Mensah"), BEFORE)],
        ),
    ]);
}

/// `Brevik’s lawyer, Ana Ruiz, spoke. “…,” she said.`: the pronoun means the
/// possessor's lawyer named in apposition, not the possessor.
#[test]
fn quotes_pronoun_past_a_possessor() {
    run(vec![
        (
            "Tomas Brevik’s lawyer, Ana Ruiz, spoke after the hearing. “He is innocent,” she said.",
            vec![("Tomas Brevik", Per, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![("He is innocent", Some("Ana Ruiz"), PRONOUN)],
        ),
        (
            "Tomas Brevik’s lawyer Ana Ruiz spoke after the hearing. “He is innocent,” she said.",
            vec![("Tomas Brevik", Per, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![("He is innocent", Some("Ana Ruiz"), PRONOUN)],
        ),
        // No apposition: the first person named stays.
        (
            "Ana Ruiz met Tomas Brevik’s lawyer. “He is innocent,” she said.",
            vec![("Ana Ruiz", Per, 0), ("Tomas Brevik", Per, 1)],
            vec![],
            vec![("He is innocent", Some("Ana Ruiz"), PRONOUN)],
        ),
    ]);
}

/// Guillemets and German low marks pair with their own closing mark only.
#[test]
fn quotes_guillemets_and_low_marks() {
    run(vec![
        (
            "« We will not give in », said Jean Morvan.",
            vec![("Jean Morvan", Per, 0)],
            vec![],
            vec![("We will not give in", Some("Jean Morvan"), AFTER)],
        ),
        (
            "Jean Morvan said: «We will not give in.»",
            vec![("Jean Morvan", Per, 0)],
            vec![],
            vec![("We will not give in.", Some("Jean Morvan"), BEFORE)],
        ),
        (
            "„We will not give up,“ said Petra Lindqvist.",
            vec![("Petra Lindqvist", Per, 0)],
            vec![],
            vec![("We will not give up,", Some("Petra Lindqvist"), AFTER)],
        ),
        (
            "Petra Lindqvist said: „We will not give up.”",
            vec![("Petra Lindqvist", Per, 0)],
            vec![],
            vec![("We will not give up.", Some("Petra Lindqvist"), BEFORE)],
        ),
        // A guillemet quotation going on in the next paragraph.
        (
            "Jean Morvan said: « We start on Monday.\n\n« The work takes a year. »",
            vec![("Jean Morvan", Per, 0)],
            vec![],
            vec![
                ("We start on Monday.", Some("Jean Morvan"), BEFORE),
                (
                    "The work takes a year.",
                    Some("Jean Morvan"),
                    "continues the previous paragraph's quotation",
                ),
            ],
        ),
    ]);
}

#[test]
fn quotes_start_at_first_quoted_code_point() {
    let text = "Zoë said: “Ça va.”";
    let doc = tokenize(text);
    let spans = super::marks::find(&doc);
    assert_eq!(spans.len(), 1);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[spans[0].start - 1], '“');
    assert_eq!(chars[spans[0].end], '”');
}
