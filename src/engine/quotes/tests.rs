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
        // A straight quotation going on into a paragraph with no opening mark
        // closes there; the next pair is read as it is written.
        (
            "Ana Ruiz said, \"It felt good.\n\nWe could have won early.\" Later Tomas Ekwueme said, \"We were tired.\"",
            vec![("Ana Ruiz", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![
                ("It felt good.", Some("Ana Ruiz"), BEFORE),
                ("We were tired.", Some("Tomas Ekwueme"), BEFORE),
            ],
        ),
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
        // Another word for the same post: its class in post-head-aliases.txt.
        (
            "Prime Minister Sunita Kaul opened the session.\n\n“We have the money,” the premier said.",
            vec![
                ("Prime Minister", Pos, 0),
                ("Sunita Kaul", Per, 1),
                ("premier", Pos, 2),
            ],
            vec![(0, 1)],
            vec![("We have the money", Some("Sunita Kaul"), POST)],
        ),
        (
            "Gov. Arjun Pillai signed the bill.\n\n“It is done,” the governor told reporters.",
            vec![("Gov.", Pos, 0), ("Arjun Pillai", Per, 1), ("governor", Pos, 2)],
            vec![(0, 1)],
            vec![("It is done", Some("Arjun Pillai"), POST)],
        ),
        (
            "Ana Ruiz, a spokeswoman for the port, was asked.\n\n“No ships today,” the spokesperson said.",
            vec![("Ana Ruiz", Per, 0), ("spokeswoman", Pos, 1), ("spokesperson", Pos, 2)],
            vec![(1, 0)],
            vec![("No ships today", Some("Ana Ruiz"), POST)],
        ),
        // The head of `Minister of Health` is `minister`, not `health`.
        (
            "Tomas Berg, the Minister of Health, spoke.\n\n“Wards reopen,” the minister said.",
            vec![("Tomas Berg", Per, 0), ("Minister of Health", Pos, 1), ("minister", Pos, 2)],
            vec![(1, 0)],
            vec![("Wards reopen", Some("Tomas Berg"), POST)],
        ),
        // A deputy prime minister is not the premier.
        (
            "Deputy Prime Minister Tomas Berg spoke.\n\n“Wards reopen,” the premier said.",
            vec![
                ("Deputy Prime Minister", Pos, 0),
                ("Tomas Berg", Per, 1),
                ("premier", Pos, 2),
            ],
            vec![(0, 1)],
            vec![("Wards reopen", None, "a post with no named holder")],
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
        // An appositive holding an organisation's noun: the name before it.
        (
            "Ana Ruiz, a former mayor who now heads the Green Party of Varna, called the plan “a gamble”.",
            vec![("Ana Ruiz", Per, 0), ("Varna", Pla, 1)],
            vec![],
            vec![("a gamble", Some("Ana Ruiz"), BEFORE)],
        ),
        (
            "“We will find him,” Arjun Pillai, deputy head of the prison service, told reporters.",
            vec![("Arjun Pillai", Per, 0)],
            vec![],
            vec![("We will find him", Some("Arjun Pillai"), AFTER)],
        ),
        // Not after a name: as before.
        (
            "The union, which represents the dock workers, said “no”.",
            vec![],
            vec![],
            vec![("no", None, UNNAMED)],
        ),
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

/// A pronoun agrees with its person where the article shows the person's sex
/// (a given name of one sex, an honorific): `she` passes over a man named first.
#[test]
fn quotes_pronoun_agrees_in_sex() {
    const AGREES: &str = "pronoun resolved to the last person of its sex named";
    run(vec![
        (
            "Tomas Ekwueme met Ana Ruiz at the port.\n\n“The cranes arrive in May,” she said.",
            vec![("Tomas Ekwueme", Per, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![("The cranes arrive in May", Some("Ana Ruiz"), AGREES)],
        ),
        (
            "Ana Ruiz thanked Tomas Ekwueme. “He kept his word,” he added.",
            vec![("Ana Ruiz", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![("He kept his word", Some("Tomas Ekwueme"), AGREES)],
        ),
        // A sentence further back.
        (
            "Olena Varga chairs the board. Peter Dovan joined in March. “We stay,” she said.",
            vec![("Olena Varga", Per, 0), ("Peter Dovan", Per, 1)],
            vec![],
            vec![("We stay", Some("Olena Varga"), AGREES)],
        ),
        // Honorifics show the sex where the given name is not written.
        (
            "Mr. Dovan spoke to Mrs. Kettering on Friday. “I will sign,” she said.",
            vec![("Dovan", Per, 0), ("Kettering", Per, 1)],
            vec![],
            vec![("I will sign", Some("Kettering"), AGREES)],
        ),
        // Agreeing with the first person named: as before.
        (
            "Ana Ruiz met Tomas Ekwueme at the port. “The cranes arrive in May,” she said.",
            vec![("Ana Ruiz", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![("The cranes arrive in May", Some("Ana Ruiz"), PRONOUN)],
        ),
        // A sex the article does not show (`Kettering`) agrees with any pronoun.
        (
            "Kettering met Tomas Ekwueme. “We stay,” she said.",
            vec![("Kettering", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![("We stay", Some("Kettering"), PRONOUN)],
        ),
        // Both sexes shown for one entity (a dog named `Mr. Ruiz`): none.
        (
            "Ana Ruiz walked Mr. Ruiz, her dog. “He is calm,” she said.",
            vec![("Ana Ruiz", Per, 0), ("Ruiz", Per, 0)],
            vec![],
            vec![("He is calm", Some("Ana Ruiz"), PRONOUN)],
        ),
        // No person of the pronoun's sex: nobody rather than the wrong one.
        (
            "Tomas Ekwueme met Peter Dovan. “We stay,” she said.",
            vec![("Tomas Ekwueme", Per, 0), ("Peter Dovan", Per, 1)],
            vec![],
            vec![(
                "We stay",
                None,
                "a pronoun agreeing with no person named before",
            )],
        ),
    ]);
}

/// A quotation ending its paragraph unfinished, its attribution opening the
/// next paragraph (pages split at the closing mark).
#[test]
fn quotes_attribution_in_the_next_paragraph() {
    const NEXT: &str = "said at the start of the next paragraph";
    run(vec![
        (
            "Tomas Ekwueme spoke first. “We are ready,” he said.\n\n“The port reopens next week,”\n\nAna Ruiz said in a statement.",
            vec![("Tomas Ekwueme", Per, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![
                ("We are ready", Some("Tomas Ekwueme"), PRONOUN),
                ("The port reopens next week", Some("Ana Ruiz"), NEXT),
            ],
        ),
        // An organisation there: nobody, not the previous paragraph's speaker.
        (
            "Tomas Ekwueme spoke first. “We are ready,” he said.\n\n“The port reopens next week,”\n\nthe ministry said in a statement.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![
                ("We are ready", Some("Tomas Ekwueme"), PRONOUN),
                ("The port reopens next week", None, UNNAMED),
            ],
        ),
        // A finished quotation and a new paragraph of reported speech: not its attribution.
        (
            "Tomas Ekwueme spoke first.\n\n“We are ready.”\n\nAna Ruiz said the port would reopen.",
            vec![("Tomas Ekwueme", Per, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![(
                "We are ready",
                Some("Tomas Ekwueme"),
                "speaker named in the sentence before",
            )],
        ),
    ]);
}

/// After the verb, a person's name followed by `’s` is a possessor, not the
/// speaker; a name set off after a source noun is.
#[test]
fn quotes_possessors_after_the_verb() {
    run(vec![
        (
            "“The talks are over,” said a statement from Ana Ruiz’s office.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("The talks are over", None, UNNAMED)],
        ),
        (
            "“We will appeal,” said Tomas Brevik’s lawyer, Ana Ruiz.",
            vec![("Tomas Brevik", Per, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![("We will appeal", Some("Ana Ruiz"), AFTER)],
        ),
        (
            "“We will appeal,” said Tomas Brevik’s lawyer.",
            vec![("Tomas Brevik", Per, 0)],
            vec![],
            vec![("We will appeal", None, UNNAMED)],
        ),
    ]);
}

/// Nobody's words: a passive speech verb's subject heard them; a term
/// introduced as one (`so-called`, `titled`) is no quotation of anyone.
#[test]
fn quotes_passives_and_introduced_terms() {
    const PASSIVE: &str =
        "no named speaker: a speech verb in the passive (its subject heard the words)";
    const TERM: &str = "no named speaker: a term, name or title introduced as one";
    run(vec![
        (
            "Ana Ruiz met reporters.\n\n“What happens next?” she was asked.\n\n“We wait,” she replied.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![
                ("What happens next?", None, PASSIVE),
                ("We wait", Some("Ana Ruiz"), PRONOUN),
            ],
        ),
        (
            "Tomas Ekwueme was later told: “The ferry has gone.”",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("The ferry has gone", None, PASSIVE)],
        ),
        // `was saying`: active.
        (
            "Tomas Ekwueme was saying “we wait” all week.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("we wait", Some("Tomas Ekwueme"), BEFORE)],
        ),
        (
            "Ana Ruiz lives in a so-called “green” house in Varna.",
            vec![("Ana Ruiz", Per, 0), ("Varna", Pla, 1)],
            vec![],
            vec![("green", None, TERM)],
        ),
        (
            "Ana Ruiz wrote a thesis titled “Tides and the old harbour”.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("Tides and the old harbour", None, TERM)],
        ),
    ]);
}

/// Terms, not words: titles with small words, and a word or two in marks in a
/// sentence with no speech verb; `described … as` is the subject's words.
#[test]
fn quotes_titles_and_terms() {
    run(vec![
        (
            "Ana Ruiz painted “Harbour of the North” in Varna.",
            vec![("Ana Ruiz", Per, 0), ("Varna", Pla, 1)],
            vec![],
            vec![("Harbour of the North", None, NAME)],
        ),
        (
            "Tomas Ekwueme counted the ships in the “cruise” phase.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("cruise", None, NO_ATTRIBUTION)],
        ),
        (
            "Tomas Ekwueme steered the crew through “steady hands under fire”.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![(
                "steady hands under fire",
                Some("Tomas Ekwueme"),
                "partial quotation: the sentence's subject",
            )],
        ),
        (
            "Tomas Ekwueme described the crossing as “rough”.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("rough", Some("Tomas Ekwueme"), PARTIAL)],
        ),
        (
            "The crossing was described as “rough”.",
            vec![],
            vec![],
            vec![(
                "rough",
                None,
                "no named speaker: a speech verb in the passive (its subject heard the words)",
            )],
        ),
    ]);
}

/// Attributions far from their subject: a participle after a comma, a verb
/// coordinated with an earlier one, `attributed to`, `in the words of`.
#[test]
fn quotes_participles_and_coordinated_verbs() {
    run(vec![
        (
            "Ana Ruiz criticised the response of the press to the plan in a long radio interview last year, saying “it is offensive to everyone”.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("it is offensive", Some("Ana Ruiz"), BEFORE)],
        ),
        (
            "Ana Ruiz said her party had backed the plan for months, and said it was “damning that nothing moved”.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("damning that nothing moved", Some("Ana Ruiz"), BEFORE)],
        ),
        (
            "There is a fine line attributed to Tomas Ekwueme — “A harbour is a promise.”",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("A harbour is a promise.", Some("Tomas Ekwueme"), "according to")],
        ),
        (
            "The child cried, and in the words of the state prosecutor, Ana Ruiz, “she suffered for months”.",
            vec![("state prosecutor", Pos, 0), ("Ana Ruiz", Per, 1)],
            vec![],
            vec![("she suffered for months", Some("Ana Ruiz"), "according to")],
        ),
        // A possessor is not the subject; a robot `named “…”` says nothing.
        (
            "Tomas Ekwueme’s readers voted to call the bridge “the long grey promise of the north”.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![(
                "the long grey promise",
                None,
                "no named speaker: no attribution (a term, title or scare quote)",
            )],
        ),
        (
            "According to Ana Ruiz, the robot, named “Better Days Ahead,” won.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![(
                "Better Days Ahead",
                None,
                "no named speaker: a term, name or title introduced as one",
            )],
        ),
    ]);
}

/// Verbs that quote their object take their subject from before them, never
/// after (the object), and attribute nothing before them; a partial quotation
/// whose full stop ends its sentence takes no attribution from the next one.
#[test]
fn quotes_verbs_quoting_their_object() {
    run(vec![
        (
            "Ana Ruiz thanked both crews for “choosing the harder path.” Tomas Ekwueme said the port would reopen.",
            vec![("Ana Ruiz", Per, 0), ("Tomas Ekwueme", Per, 1)],
            vec![],
            vec![("choosing the harder path", Some("Ana Ruiz"), PARTIAL)],
        ),
        (
            "Critics have accused Tomas Ekwueme of running a “shell game with the harbour”.",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![(
                "shell game with the harbour",
                None,
                "no named speaker: no attribution (a term, title or scare quote)",
            )],
        ),
        (
            "Ana Ruiz said the port posed “no threat to anyone,” remarks that officials dismissed.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("no threat to anyone", Some("Ana Ruiz"), PARTIAL)],
        ),
    ]);
}

/// A quotation over several paragraphs has one speaker: the one its last
/// paragraph's attribution names, over a guess from the sentence before.
#[test]
fn quotes_long_quotation_takes_its_attribution() {
    run(vec![(
        "Ana Ruiz met Tomas Ekwueme on Monday.\n\n“We waited ten years for this bridge.\n\n“Now the cars can cross,” said Ekwueme.",
        vec![("Ana Ruiz", Per, 0), ("Tomas Ekwueme", Per, 1), ("Ekwueme", Per, 1)],
        vec![],
        vec![
            (
                "We waited ten years",
                Some("Tomas Ekwueme"),
                "goes on into a paragraph naming its speaker",
            ),
            ("Now the cars can cross", Some("Tomas Ekwueme"), AFTER),
        ],
    )]);
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

#[test]
fn quotes_participles_and_reported_sources() {
    run(vec![
        // A speech verb's participle after a comma: the sentence's subject.
        (
            "However, Tomas Ekwueme doubts the figures, stating, “Nobody counted the boats.”",
            vec![("Tomas Ekwueme", Per, 0)],
            vec![],
            vec![("Nobody counted the boats.", Some("Tomas Ekwueme"), BEFORE)],
        ),
        (
            "Mirela Dovan explained the delay, adding that “the cranes arrive late.”",
            vec![("Mirela Dovan", Per, 0)],
            vec![],
            vec![("the cranes arrive late.", Some("Mirela Dovan"), BEFORE)],
        ),
        // `according to` a source naming no person after a quotation inside a
        // person's reported speech: the reported speech's subject.
        (
            "Ana Ruiz said the mayor sends the town “warm greetings” according to the agency.",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("warm greetings", Some("Ana Ruiz"), PARTIAL)],
        ),
        // A speech verb in the present tense of letters and profiles.
        (
            "In the letter, Ana Ruiz pleads with the governor to use “every means to free me.”",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("every means to free me.", Some("Ana Ruiz"), PARTIAL)],
        ),
        // The agencies' passive: its subject said the words.
        (
            "Ana Ruiz was quoted by the state news agency as saying “the port stays shut.”",
            vec![("Ana Ruiz", Per, 0)],
            vec![],
            vec![("the port stays shut.", Some("Ana Ruiz"), BEFORE)],
        ),
        // A word inside the name shows the sex: `he` is not the daughter.
        (
            "Siti Aminah binti Yusof met Obiora Nwankwo. “The port stays shut,” he said.",
            vec![
                ("Siti Aminah binti Yusof", Per, 0),
                ("Obiora Nwankwo", Per, 1),
            ],
            vec![],
            vec![(
                "The port stays shut",
                Some("Obiora Nwankwo"),
                "pronoun resolved to the last person of its sex named",
            )],
        ),
        // With no reported speech before it, nobody.
        (
            "The town got “warm greetings” according to the agency.",
            vec![],
            vec![],
            vec![("warm greetings", None, "according to")],
        ),
    ]);
}
