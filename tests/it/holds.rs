//! Who holds which post: the syntactic patterns of `resolve`, with invented names.

use super::{annotate, has};
use annotator::engine::{Annotation, Kind::*};

fn holds(ann: &Annotation, person: &str, position: &str) -> bool {
    ann.holds
        .iter()
        .any(|h| h.person == person && h.position == position)
}

#[test]
fn holds_past_an_honorific_between_post_and_name() {
    let ann = annotate(
        "Veloria’s Emir, Sheikh Tarek bin Hamdan Al Qaswari, sent a cable. Valdorian President Sheikh Omar bin Rafiq Al Nuwari telephoned him.",
    );
    assert!(
        has(&ann, Person, "Tarek bin Hamdan Al Qaswari"),
        "{:?}",
        ann.mentions
    );
    assert!(
        holds(&ann, "Tarek bin Hamdan Al Qaswari", "Emir"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Omar bin Rafiq Al Nuwari", "President"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_honorific_inside_a_name_stays_inside() {
    let ann = annotate("Somali President Abdi Sheikh Warsame asked for more money.");
    assert!(
        has(&ann, Person, "Abdi Sheikh Warsame"),
        "{:?}",
        ann.mentions
    );
}

#[test]
fn holds_ambassador_to_a_place_before_the_name() {
    let ann = annotate("Saudi Ambassador to Yemen Khalid Al Faraj said the kingdom would pay.");
    assert!(
        holds(&ann, "Khalid Al Faraj", "Ambassador"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_not_for_a_name_that_opens_a_new_clause() {
    let ann = annotate("Tavo Brenner will remain captain, Ornetti said on Monday.");
    assert!(!holds(&ann, "Ornetti", "captain"), "{:?}", ann.holds);
}

#[test]
fn holds_apposition_with_party_words_initials_and_verbs() {
    let ann = annotate(
        "Marta Quiller, the independent MP for Dunmere, spoke first. Teo Vasquel, the U.N. special envoy for Veloria, agreed. Rian Okafo took over as chairperson of the bloc. Dana Ferrow, who served as acting administrator, testified.",
    );
    assert!(holds(&ann, "Marta Quiller", "MP"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Teo Vasquel", "special envoy"),
        "{:?}",
        ann.holds
    );
    assert!(holds(&ann, "Rian Okafo", "chairperson"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Dana Ferrow", "administrator"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_a_post_that_owns_something_names_no_holder() {
    let ann = annotate("Ravi Dunmore, the chief minister’s nephew, led the campaign.");
    assert!(
        !holds(&ann, "Ravi Dunmore", "chief minister"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_named_as_gives_the_post_to_the_object() {
    let ann = annotate(
        "Tamsin Orla, the prime minister, named Ivo Keller, until now the party’s policy chief, as Defense Minister.",
    );
    assert!(
        holds(&ann, "Ivo Keller", "Defense Minister"),
        "{:?}",
        ann.holds
    );
    assert!(
        !holds(&ann, "Tamsin Orla", "Defense Minister"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_coordinated_posts_set_off_before_a_name() {
    let ann = annotate(
        "He spoke alongside Veloria’s Prime Minister and Foreign Minister, Sheikh Nasser bin Khalid Al Marwan.",
    );
    assert!(
        holds(&ann, "Nasser bin Khalid Al Marwan", "Foreign Minister"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Nasser bin Khalid Al Marwan", "Prime Minister"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_family_name_first_remention_joins_the_full_name() {
    let ann = annotate(
        "Harada Keito, the Chief Cabinet Secretary, read the list. Harada, who also serves as the government’s spokesman, stays.",
    );
    assert!(holds(&ann, "Harada Keito", "spokesman"), "{:?}", ann.holds);
}

#[test]
fn holds_abbreviated_lieutenant_governor() {
    let ann = annotate("Lt. Gov. Brant Colley backed the measure.");
    assert!(has(&ann, Position, "Lt. Gov."), "{:?}", ann.mentions);
    assert!(holds(&ann, "Brant Colley", "Lt. Gov."), "{:?}", ann.holds);
}

#[test]
fn holds_posts_whose_portfolios_the_tagger_reads_as_organisations() {
    let ann = annotate(
        "Mara Tessel, the federal Minister of Emergency Management and Community Resilience, said planes were coming. Ivo Runde now returns to the post of Minister of Agriculture, Forestry and Fisheries.",
    );
    assert!(
        has(
            &ann,
            Position,
            "Minister of Emergency Management and Community Resilience"
        ),
        "{:?}",
        ann.mentions
    );
    assert!(
        has(
            &ann,
            Position,
            "Minister of Agriculture, Forestry and Fisheries"
        ),
        "{:?}",
        ann.mentions
    );
    assert!(holds(
        &ann,
        "Mara Tessel",
        "Minister of Emergency Management and Community Resilience"
    ));
}

#[test]
fn holds_a_post_before_of_and_an_organisation_keeps_the_organisation_outside() {
    let ann = annotate(
        "Dario Velm, president of the Federation of Copper Workers, said the union would strike.",
    );
    assert!(has(&ann, Position, "president"), "{:?}", ann.mentions);
    assert!(holds(&ann, "Dario Velm", "president"), "{:?}", ann.holds);
}

#[test]
fn holds_leader_in_lower_case_and_shadow_and_senior_posts() {
    let ann = annotate(
        "Orla Fenwick, leader of Dunmere County Council, spoke. Reform leader Cal Brisby agreed. The Leader of the Opposition, Tam Hollis, did not. The shadow housing secretary, Ned Varley, and Pia Lund, a senior adviser to the mayor, were there. Lord Ravell, who was communities secretary, laughed. Mid Rovers, whose club coach, Sandro Vey, watched.",
    );
    assert!(holds(&ann, "Orla Fenwick", "leader"), "{:?}", ann.holds);
    assert!(holds(&ann, "Cal Brisby", "leader"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Tam Hollis", "Leader of the Opposition"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Ned Varley", "shadow housing secretary"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Pia Lund", "senior adviser to the mayor"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Ravell", "communities secretary"),
        "{:?}",
        ann.holds
    );
    assert!(holds(&ann, "Sandro Vey", "coach"), "{:?}", ann.holds);
    // Plural groups stay no post.
    let ann = annotate("Party leaders met on Sunday.");
    assert!(
        !ann.mentions.iter().any(|m| m.kind == Position),
        "{:?}",
        ann.mentions
    );
}

#[test]
fn holds_a_definite_post_with_a_short_phrase_before_the_comma() {
    let ann = annotate(
        "In Velora, the president of the rebels’ Supreme Ruling Council, Dario Meskel, spoke. The Leader of the Opposition on the council, Liberal Democrat Tam Hollis, objected. The acting Commissioner of Police in the state, Bode Arinze, said officers were calm.",
    );
    assert!(holds(&ann, "Dario Meskel", "president"), "{:?}", ann.holds);
    assert!(
        holds(&ann, "Tam Hollis", "Leader of the Opposition"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Bode Arinze", "Commissioner of Police"),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_a_post_set_off_before_a_rank_and_name() {
    let ann =
        annotate("Veloria’s army chief, Gen. Abdel-Karim Tessaly, rejected any role for them.");
    assert!(
        has(&ann, Person, "Abdel-Karim Tessaly"),
        "{:?}",
        ann.mentions
    );
    assert!(
        holds(&ann, "Abdel-Karim Tessaly", "army chief"),
        "{:?}",
        ann.holds
    );
    assert!(
        holds(&ann, "Abdel-Karim Tessaly", "Gen."),
        "{:?}",
        ann.holds
    );
}

#[test]
fn holds_an_organisation_running_into_a_post() {
    let ann = annotate("House Minority Leader Lorna Vasquel called the amendment a giveaway.");
    assert!(has(&ann, Position, "Minority Leader"), "{:?}", ann.mentions);
    assert!(
        holds(&ann, "Lorna Vasquel", "Minority Leader"),
        "{:?}",
        ann.holds
    );
}

/// Constructions news outlets everywhere use to say who holds a post, each
/// with every hold it gives (none for a post only proposed, or shared out).
#[test]
fn holds_constructions_of_news_from_everywhere() {
    let table: &[(&str, &[(&str, &str)])] = &[
        (
            "Halima Osei, 54, the deputy governor, was arrested on Monday.",
            &[("Halima Osei", "deputy governor")],
        ),
        (
            "Ana Ruiz succeeded Tomas Vellard as chairwoman in 2018.",
            &[("Ana Ruiz", "chairwoman")],
        ),
        (
            "Ana Ruiz (president) and Tomas Vellard (treasurer) signed the deal.",
            &[("Ana Ruiz", "president"), ("Tomas Vellard", "treasurer")],
        ),
        (
            "The governor (Halima Osei) said the roads were closed.",
            &[("Halima Osei", "governor")],
        ),
        (
            "Ana Ruiz – the mayor – said the roads were closed.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "Ana Ruiz has been the club's president since 2011.",
            &[("Ana Ruiz", "president")],
        ),
        (
            "Kofi Mensara stepped down as coach after the defeat.",
            &[("Kofi Mensara", "coach")],
        ),
        (
            "The new coach is Tomas Vellard.",
            &[("Tomas Vellard", "coach")],
        ),
        (
            "Ana Ruiz, 61, who was elected mayor in 2015, said she would run again.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "Ana Ruiz, the long-serving mayor, retired.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "As finance minister, Ana Ruiz cut taxes.",
            &[("Ana Ruiz", "finance minister")],
        ),
        (
            "During Ana Ruiz's tenure as mayor, crime fell.",
            &[("Ana Ruiz", "mayor")],
        ),
        (
            "Tomas Vellard, chairman and chief executive of Harbour Bank, signed the deal.",
            &[
                ("Tomas Vellard", "chairman"),
                ("Tomas Vellard", "chief executive"),
            ],
        ),
        (
            "The board has named Ana Ruiz its new chief executive.",
            &[("Ana Ruiz", "chief executive")],
        ),
        (
            "Ana Ruiz was appointed on Monday as chief executive.",
            &[("Ana Ruiz", "chief executive")],
        ),
        (
            "Ana Ruiz took over from Tomas Vellard as coach in 2019.",
            &[("Ana Ruiz", "coach")],
        ),
        (
            "Parliament will vote on whether to confirm Halima Osei as auditor general.",
            &[],
        ),
        ("The nomination of Ana Ruiz as ambassador stalled.", &[]),
        // Two lists paired in order by `respectively` (the `respectively`
        // pattern), never every post to the last name.
        (
            "Ana Ruiz and Tomas Vellard, the mayor and governor respectively, met.",
            &[("Ana Ruiz", "mayor"), ("Tomas Vellard", "governor")],
        ),
    ];
    for &(text, expected) in table {
        let ann = annotate(text);
        let mut got: Vec<(&str, &str)> = (ann.holds.iter())
            .map(|h| (h.person.as_str(), h.position.as_str()))
            .collect();
        let mut want = expected.to_vec();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{text}");
    }
}

/// The inventory of how outlets in each region write posts and tie them to
/// people (India, Pakistan, Bangladesh, Nigeria, Ghana, Kenya, Uganda, South
/// Africa, the Philippines, Southeast Asia, Australia, Britain, Ireland, the
/// United States, the Gulf, Latin America, the EU, companies, NGOs, the UN,
/// police, armies, sport, churches, universities), in invented sentences
/// with invented names, through the whole engine: every post it marks and
/// every hold it gives.
/// A sentence, the posts marked in it, and the holds `(person, post)` it gives.
type Row = (
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

#[test]
fn holds_and_posts_of_news_from_every_region() {
    let table: &[Row] = &[
        ("Union Minister of State for Home Affairs Ana Ruiz said the border was calm.", &["Minister of State for Home Affairs"], &[("Ana Ruiz", "Minister of State for Home Affairs")]),
        ("Chief Minister Dario Kemp inaugurated the bridge on Tuesday.", &["Chief Minister"], &[("Dario Kemp", "Chief Minister")]),
        ("BJP MP Halima Osei said the bill would pass.", &["MP"], &[("Halima Osei", "MP")]),
        ("The state's Deputy CM, Mara Tessel, chaired the meeting.", &["Deputy CM"], &[("Mara Tessel", "Deputy CM")]),
        ("Congress leader Rian Okafo accused the government of delay.", &["leader"], &[("Rian Okafo", "leader")]),
        ("District Collector Sami Oyelaran ordered the schools shut.", &["District Collector"], &[("Sami Oyelaran", "District Collector")]),
        ("Superintendent of Police Wanjiru Keter said four men were held.", &["Superintendent of Police"], &[("Wanjiru Keter", "Superintendent of Police")]),
        ("Speaking to reporters, Health Minister Priya Namboodri said beds were ready.", &["Health Minister"], &[("Priya Namboodri", "Health Minister")]),
        ("Edda Solvang, the MLA from Rampuri, met the Governor.", &["Governor", "MLA"], &[("Edda Solvang", "MLA")]),
        ("The Director General of Police, Kemi Adet, issued the order.", &["Director General of Police"], &[("Kemi Adet", "Director General of Police")]),
        ("Advisor to the Prime Minister on Finance Ravi Dunmore briefed the cabinet.", &["Advisor to the Prime Minister on Finance"], &[("Ravi Dunmore", "Advisor to the Prime Minister on Finance")]),
        ("Special Assistant to the Prime Minister on Information Omar Dassi said talks continued.", &["Special Assistant to the Prime Minister on Information"], &[("Omar Dassi", "Special Assistant to the Prime Minister on Information")]),
        ("Information Minister Ines Korda told reporters the curfew would end.", &["Information Minister"], &[("Ines Korda", "Information Minister")]),
        ("The chief adviser, Professor Nadia Bruhl, met the envoy.", &["chief adviser", "Professor", "envoy"], &[("Nadia Bruhl", "chief adviser"), ("Nadia Bruhl", "Professor")]),
        ("The Honourable Minister of Aviation, Jonas Areli, inspected the airport.", &["Minister of Aviation"], &[("Jonas Areli", "Minister of Aviation")]),
        ("Chief of Staff to the Governor, Dr. Chidi Okorafo, read the statement.", &["Chief of Staff to the Governor"], &[("Chidi Okorafo", "Chief of Staff to the Governor")]),
        ("The Chief Press Secretary to the Governor, Marta Quiller, said in a statement that the governor was in Abuja.", &["Chief Press Secretary to the Governor", "governor"], &[("Marta Quiller", "Chief Press Secretary to the Governor")]),
        ("The Special Adviser to the President on Media and Publicity, Tomas Vell, said the President would travel.", &["President", "Special Adviser to the President on Media and Publicity"], &[("Tomas Vell", "Special Adviser to the President on Media and Publicity")]),
        ("The Police Public Relations Officer in the state, SP Lena Vost, confirmed the arrest.", &["Police Public Relations Officer", "SP"], &[("Lena Vost", "Police Public Relations Officer"), ("Lena Vost", "SP")]),
        ("The Municipal Chief Executive, Ivo Keller, cut the tape.", &["Municipal Chief Executive"], &[("Ivo Keller", "Municipal Chief Executive")]),
        ("Ghana's Minister for Finance, Kofi Mensara, presented the budget.", &["Minister for Finance"], &[("Kofi Mensara", "Minister for Finance")]),
        ("Deputy Minister for Roads and Highways Teo Vasquel inspected the site.", &["Deputy Minister for Roads and Highways"], &[("Teo Vasquel", "Deputy Minister for Roads and Highways")]),
        ("Interior Cabinet Secretary Petra Lind said police would act.", &["Interior Cabinet Secretary"], &[("Petra Lind", "Interior Cabinet Secretary")]),
        ("Cabinet Secretary for Health Bilal Rasheed said the hospitals were ready.", &["Cabinet Secretary for Health"], &[("Bilal Rasheed", "Cabinet Secretary for Health")]),
        ("Principal Secretary for Education Luis Ortegal announced the dates.", &["Principal Secretary for Education"], &[("Luis Ortegal", "Principal Secretary for Education")]),
        ("Ugandan army spokesperson Brig Gen Ana Ruiz said the troops had withdrawn.", &["Brig Gen", "army spokesperson"], &[("Ana Ruiz", "Brig Gen"), ("Ana Ruiz", "army spokesperson")]),
        ("Governor Dario Kemp of Nairobi County said the market would reopen.", &["Governor"], &[("Dario Kemp", "Governor")]),
        ("The Member of Parliament for Kibwezi East, Halima Osei, raised the matter.", &["Member of Parliament"], &[("Halima Osei", "Member of Parliament")]),
        ("Gauteng Premier Mara Tessel opened the clinic.", &["Premier"], &[("Mara Tessel", "Premier")]),
        ("The MEC for Health, Rian Okafo, said the nurses would be paid.", &["MEC for Health"], &[("Rian Okafo", "MEC for Health")]),
        ("Police Minister Sami Oyelaran said the task team had been formed.", &["Police Minister"], &[("Sami Oyelaran", "Police Minister")]),
        ("The DA's spokesperson on finance, Wanjiru Keter, criticised the plan.", &["spokesperson on finance"], &[("Wanjiru Keter", "spokesperson on finance")]),
        ("Sen. Priya Namboodri filed the resolution on Monday.", &["Sen."], &[("Priya Namboodri", "Sen.")]),
        ("Rep. Edda Solvang said the House would act.", &["Rep."], &[("Edda Solvang", "Rep.")]),
        ("Presidential spokesperson Kemi Adet told reporters the president was well.", &["Presidential spokesperson", "president"], &[("Kemi Adet", "Presidential spokesperson")]),
        ("Interior Secretary Ravi Dunmore said the mayors would be charged.", &["Interior Secretary"], &[("Ravi Dunmore", "Interior Secretary")]),
        ("Datuk Seri Omar Dassi, the Deputy Prime Minister, spoke.", &["Deputy Prime Minister"], &[("Omar Dassi", "Deputy Prime Minister")]),
        ("Indonesian Coordinating Minister for Economic Affairs Ines Korda said exports grew.", &["Coordinating Minister for Economic Affairs"], &[("Ines Korda", "Coordinating Minister for Economic Affairs")]),
        ("Thai Deputy Prime Minister and Commerce Minister Nadia Bruhl met the traders.", &["Commerce Minister", "Deputy Prime Minister"], &[("Nadia Bruhl", "Commerce Minister"), ("Nadia Bruhl", "Deputy Prime Minister")]),
        ("Opposition Leader Jonas Areli said the Coalition would oppose it.", &["Opposition Leader"], &[("Jonas Areli", "Opposition Leader")]),
        ("The shadow minister for home affairs, Chidi Okorafo, called it a failure.", &["shadow minister for home affairs"], &[("Chidi Okorafo", "shadow minister for home affairs")]),
        ("NSW Premier Marta Quiller announced the funding.", &["Premier"], &[("Marta Quiller", "Premier")]),
        ("Finance Minister Tomas Vell said the books were tight.", &["Finance Minister"], &[("Tomas Vell", "Finance Minister")]),
        ("Greens senator Lena Vost said the deal was weak.", &["senator"], &[("Lena Vost", "senator")]),
        ("Tánaiste Ivo Keller said Dublin would not be rushed.", &["Tánaiste"], &[("Ivo Keller", "Tánaiste")]),
        ("Home Secretary Kofi Mensara defended the plan.", &["Home Secretary"], &[("Kofi Mensara", "Home Secretary")]),
        ("Chief Constable Teo Vasquel said officers were injured.", &["Chief Constable"], &[("Teo Vasquel", "Chief Constable")]),
        ("Taoiseach Petra Lind met the unions.", &["Taoiseach"], &[("Petra Lind", "Taoiseach")]),
        ("Detective Chief Inspector Bilal Rasheed said the victim was 34.", &["Detective Chief Inspector"], &[("Bilal Rasheed", "Detective Chief Inspector")]),
        ("The Chancellor of the Exchequer, Luis Ortegal, will deliver the budget.", &["Chancellor of the Exchequer"], &[("Luis Ortegal", "Chancellor of the Exchequer")]),
        ("Sir Ana Ruiz, the Prime Minister, said the country would recover.", &["Prime Minister"], &[("Ana Ruiz", "Prime Minister")]),
        ("State Attorney General Dario Kemp sued the company.", &["Attorney General"], &[("Dario Kemp", "Attorney General")]),
        ("County Executive Halima Osei said the budget was balanced.", &["County Executive"], &[("Halima Osei", "County Executive")]),
        ("Lt. Gov. Mara Tessel presided over the Senate.", &["Lt. Gov."], &[("Mara Tessel", "Lt. Gov.")]),
        ("Sheriff Rian Okafo said deputies found the car.", &["Sheriff"], &[("Rian Okafo", "Sheriff")]),
        ("White House press secretary Sami Oyelaran declined to comment.", &["press secretary"], &[("Sami Oyelaran", "press secretary")]),
        ("Rep. Wanjiru Keter of New York voted no.", &["Rep."], &[("Wanjiru Keter", "Rep.")]),
        ("Police Chief Priya Namboodri said the suspect fled.", &["Police Chief"], &[("Priya Namboodri", "Police Chief")]),
        ("Mayor Edda Solvang signed the order.", &["Mayor"], &[("Edda Solvang", "Mayor")]),
        ("The Emir of Qatar, Sheikh Kemi Adet, received the envoy.", &["Emir", "envoy"], &[("Kemi Adet", "Emir")]),
        ("Crown Prince Ravi Dunmore met the delegation.", &["Crown Prince"], &[("Ravi Dunmore", "Crown Prince")]),
        ("Minister of State for Foreign Affairs Omar Dassi said talks would continue.", &["Minister of State for Foreign Affairs"], &[("Omar Dassi", "Minister of State for Foreign Affairs")]),
        ("Israeli Defence Minister Ines Korda ordered the strike.", &["Defence Minister"], &[("Ines Korda", "Defence Minister")]),
        ("Brazilian Finance Minister Nadia Bruhl said the deficit would fall.", &["Finance Minister"], &[("Nadia Bruhl", "Finance Minister")]),
        ("Mexico's Security Secretary Jonas Areli announced the arrests.", &["Security Secretary"], &[("Jonas Areli", "Security Secretary")]),
        ("EU foreign policy chief Chidi Okorafo said the bloc was united.", &["foreign policy chief"], &[("Chidi Okorafo", "foreign policy chief")]),
        ("European Commission President Marta Quiller said the deal was fair.", &["President"], &[("Marta Quiller", "President")]),
        ("EU Trade Commissioner Tomas Vell met his counterpart.", &["Trade Commissioner"], &[("Tomas Vell", "Trade Commissioner")]),
        ("German MEP Lena Vost demanded answers.", &["MEP"], &[("Lena Vost", "MEP")]),
        ("Ivo Keller, chief executive of Harbour Bank, said profits rose.", &["chief executive"], &[("Ivo Keller", "chief executive")]),
        ("UN Resident Coordinator Kofi Mensara said aid was arriving.", &["Resident Coordinator"], &[("Kofi Mensara", "Resident Coordinator")]),
        ("WHO Director-General Teo Vasquel said the outbreak was contained.", &["Director-General"], &[("Teo Vasquel", "Director-General")]),
        ("\"We are ready,\" said Petra Lind, a spokesperson for the ministry.", &["spokesperson"], &[("Petra Lind", "spokesperson")]),
        ("According to Bilal Rasheed, director of the institute, the results were clear.", &["director"], &[("Bilal Rasheed", "director")]),
        ("The ministry's spokesperson Luis Ortegal said the talks had stalled.", &["spokesperson"], &[("Luis Ortegal", "spokesperson")]),
        ("Former president Ana Ruiz died on Sunday.", &["president"], &[("Ana Ruiz", "president")]),
        ("Acting Governor Dario Kemp signed the decree.", &["Governor"], &[("Dario Kemp", "Governor")]),
        ("Then-prime minister Halima Osei approved the plan.", &["prime minister"], &[("Halima Osei", "prime minister")]),
        ("Outgoing chairman Mara Tessel thanked the staff.", &["chairman"], &[("Mara Tessel", "chairman")]),
        ("Newly appointed coach Rian Okafo named his squad.", &["coach"], &[("Rian Okafo", "coach")]),
        ("Ambassador-designate Sami Oyelaran arrived in Oslo.", &["Ambassador-designate"], &[("Sami Oyelaran", "Ambassador-designate")]),
        ("Wanjiru Keter, who is the country's finance minister, declined to comment.", &["finance minister"], &[("Wanjiru Keter", "finance minister")]),
        ("The mayor of Portvale, Priya Namboodri, welcomed the decision.", &["mayor"], &[("Priya Namboodri", "mayor")]),
        ("Deputy Governor Edda Solvang and Finance Minister Ana Ruiz met.", &["Deputy Governor", "Finance Minister"], &[("Ana Ruiz", "Finance Minister"), ("Edda Solvang", "Deputy Governor")]),
        ("Finance Minister Kemi Adet said the budget was tight. The minister added that taxes would rise.", &["Finance Minister", "minister"], &[("Kemi Adet", "Finance Minister")]),
        ("Brig. Gen. Ravi Dunmore, the army's spokesman, denied it.", &["Brig. Gen.", "spokesman"], &[("Ravi Dunmore", "Brig. Gen."), ("Ravi Dunmore", "spokesman")]),
        ("Professor Omar Dassi, vice-chancellor of Dunmere University, welcomed the grant.", &["Professor", "vice-chancellor"], &[("Omar Dassi", "Professor"), ("Omar Dassi", "vice-chancellor")]),
        ("Head coach Ines Korda said his team was tired.", &["Head coach"], &[("Ines Korda", "Head coach")]),
        ("Captain Nadia Bruhl scored twice.", &["Captain"], &[("Nadia Bruhl", "Captain")]),
        ("Coach Jonas Areli praised her players.", &["Coach"], &[("Jonas Areli", "Coach")]),
        ("Chidi Okorafo is the mayor of Portvale.", &["mayor"], &[("Chidi Okorafo", "mayor")]),
        ("Marta Quiller, mayor of Portvale since 2019, welcomed the decision.", &["mayor"], &[("Marta Quiller", "mayor")]),
        ("Speaking at the summit, the president of Veloria, Tomas Vell, said the crisis was over.", &["president"], &[("Tomas Vell", "president")]),
        ("Veloria's president Lena Vost said the crisis was over.", &["president"], &[("Lena Vost", "president")]),
        ("Ivo Keller, Veloria's president, said the crisis was over.", &["president"], &[("Ivo Keller", "president")]),
        ("Kofi Mensara, who served as prime minister from 2010 to 2014, died.", &["prime minister"], &[("Kofi Mensara", "prime minister")]),
        ("\"The economy is strong,\" Finance Minister Teo Vasquel told parliament.", &["Finance Minister"], &[("Teo Vasquel", "Finance Minister")]),
        ("\"The economy is strong,\" Petra Lind, the finance minister, told parliament.", &["finance minister"], &[("Petra Lind", "finance minister")]),
        ("\"The economy is strong,\" the finance minister, Bilal Rasheed, told parliament.", &["finance minister"], &[("Bilal Rasheed", "finance minister")]),
        ("Luis Ortegal, chief executive officer of Harbour Bank, said profits fell.", &["chief executive officer"], &[("Luis Ortegal", "chief executive officer")]),
        ("Harbour Bank's chief executive, Ana Ruiz, said profits fell.", &["chief executive"], &[("Ana Ruiz", "chief executive")]),
        ("Profits fell, said Dario Kemp, Harbour Bank's chief executive.", &["chief executive"], &[("Dario Kemp", "chief executive")]),
        ("Profits fell, Harbour Bank chief executive Halima Osei said.", &["chief executive"], &[("Halima Osei", "chief executive")]),
        ("Mara Tessel was previously deputy governor.", &["deputy governor"], &[("Mara Tessel", "deputy governor")]),
        ("Rian Okafo served as deputy governor from 2010.", &["deputy governor"], &[("Rian Okafo", "deputy governor")]),
        ("Sami Oyelaran, now the bank's deputy governor, resigned.", &["deputy governor"], &[("Sami Oyelaran", "deputy governor")]),
        ("Wanjiru Keter and Bilal Rasheed, the deputy governors, resigned.", &[], &[]),
        ("Deputy governor Luis Ortegal and chief economist Priya Namboodri resigned.", &["Deputy governor", "chief economist"], &[("Luis Ortegal", "Deputy governor"), ("Priya Namboodri", "chief economist")]),
        ("Ana Ruiz, the deputy governor, and Edda Solvang, the chief economist, resigned.", &["chief economist", "deputy governor"], &[("Ana Ruiz", "deputy governor"), ("Edda Solvang", "chief economist")]),
        ("Speaker of Parliament Kemi Adet adjourned the sitting.", &["Speaker of Parliament"], &[("Kemi Adet", "Speaker of Parliament")]),
        ("Ravi Dunmore, speaker of the National Assembly, adjourned the sitting.", &["speaker"], &[("Ravi Dunmore", "speaker")]),
        ("Pope Omar Dassi met the president.", &["Pope", "president"], &[("Omar Dassi", "Pope")]),
        ("Archbishop Ines Korda led the service.", &["Archbishop"], &[("Ines Korda", "Archbishop")]),
        ("Nadia Bruhl, the bishop of Dunmere, led the service.", &["bishop"], &[("Nadia Bruhl", "bishop")]),
        ("Prof. Jonas Areli, vice-chancellor of Dunmere University, spoke.", &["Prof.", "vice-chancellor"], &[("Jonas Areli", "Prof."), ("Jonas Areli", "vice-chancellor")]),
        ("Justice Chidi Okorafo adjourned the case.", &["Justice"], &[("Chidi Okorafo", "Justice")]),
        ("Chief Justice Marta Quiller swore in the president.", &["Chief Justice", "president"], &[("Marta Quiller", "Chief Justice")]),
        ("Judge Tomas Vell adjourned the case.", &["Judge"], &[("Tomas Vell", "Judge")]),
        ("Army spokesman Col. Lena Vost denied it.", &["Col.", "spokesman"], &[("Lena Vost", "Col."), ("Lena Vost", "spokesman")]),
        ("Lt. Col. Ivo Keller, commander of the 3rd Brigade, denied it.", &["Lt. Col.", "commander"], &[("Ivo Keller", "Lt. Col."), ("Ivo Keller", "commander")]),
        ("Kofi Mensara, the governor's chief of staff, denied it.", &["chief of staff", "governor"], &[("Kofi Mensara", "chief of staff")]),
        ("Governor Nadia Bruhl's spokesman, Teo Vasquel, denied it.", &["Governor", "spokesman"], &[("Nadia Bruhl", "Governor"), ("Teo Vasquel", "spokesman")]),
        ("Petra Lind, spokesman for Governor Jonas Areli, denied it.", &["Governor", "spokesman"], &[("Jonas Areli", "Governor"), ("Petra Lind", "spokesman")]),
        ("Bilal Rasheed, who chairs the committee, spoke.", &[], &[]),
        ("Luis Ortegal, chairperson of the committee, spoke.", &["chairperson"], &[("Luis Ortegal", "chairperson")]),
        ("Committee chairperson Ana Ruiz spoke.", &["chairperson"], &[("Ana Ruiz", "chairperson")]),
        ("The committee's chairperson, Dario Kemp, spoke.", &["chairperson"], &[("Dario Kemp", "chairperson")]),
        ("This was disclosed by Lagos State Commissioner for Health, Prof. Halima Osei, on Monday.", &["Commissioner for Health", "Prof."], &[("Halima Osei", "Commissioner for Health"), ("Halima Osei", "Prof.")]),
        ("The bill was signed by Governor of Oyo State, Mara Tessel, on Friday.", &["Governor"], &[("Mara Tessel", "Governor")]),
        ("MCA Rian Okafo raised the matter.", &["MCA"], &[("Rian Okafo", "MCA")]),
        ("Skipper Sami Oyelaran won the toss.", &["Skipper"], &[("Sami Oyelaran", "Skipper")]),
        ("Sen. Wanjiru Keter, R-Texas, said he would vote no.", &["Sen."], &[("Wanjiru Keter", "Sen.")]),
        ("Speaker of the House Priya Namboodri said the vote would be held.", &["Speaker of the House"], &[("Priya Namboodri", "Speaker of the House")]),
        ("House Speaker Edda Solvang said the vote would be held.", &["Speaker"], &[("Edda Solvang", "Speaker")]),
        ("The bank's governor, Kemi Adet, said rates would rise.", &["governor"], &[("Kemi Adet", "governor")]),
        ("In a statement, the group's secretary-general Ravi Dunmore said the talks had failed.", &["secretary-general"], &[("Ravi Dunmore", "secretary-general")]),
        ("Mayor-elect Omar Dassi thanked voters.", &["Mayor-elect"], &[("Omar Dassi", "Mayor-elect")]),
        ("Ines Korda, the newly elected president of the Dunmere Bar Association, spoke.", &["president"], &[("Ines Korda", "president")]),
        ("Police spokesperson, Supt. Nadia Bruhl, confirmed the arrest.", &["Supt.", "spokesperson"], &[("Nadia Bruhl", "Supt."), ("Nadia Bruhl", "spokesperson")]),
        ("Jonas Areli, spokeswoman for the ministry, said the talks had stalled.", &["spokeswoman"], &[("Jonas Areli", "spokeswoman")]),
        ("The ministry's spokeswoman, Chidi Okorafo, said the talks had stalled.", &["spokeswoman"], &[("Chidi Okorafo", "spokeswoman")]),
        ("Marta Quiller, who heads the agency, said the talks had stalled.", &[], &[]),
        ("Tomas Vell, head of the agency, said the talks had stalled.", &["head"], &[("Tomas Vell", "head")]),
        ("Manager Lena Vost said his team was tired.", &["Manager"], &[("Lena Vost", "Manager")]),
        ("Ivo Keller, the team's captain, scored twice.", &["captain"], &[("Ivo Keller", "captain")]),
    ];
    for &(text, posts, expected) in table
        .iter()
        .chain(NIGERIAN)
        .chain(RANKS_FIRMS_COURTS_FAITHS)
    {
        let ann = annotate(text);
        let mut got_posts: Vec<&str> = (ann.mentions.iter())
            .filter(|m| m.kind == Position)
            .map(|m| m.text.as_str())
            .collect();
        got_posts.sort();
        let mut want_posts = posts.to_vec();
        want_posts.sort();
        assert_eq!(got_posts, want_posts, "posts in {text}");
        let mut got: Vec<(&str, &str)> = (ann.holds.iter())
            .map(|h| (h.person.as_str(), h.position.as_str()))
            .collect();
        let mut want = expected.to_vec();
        got.sort();
        want.sort();
        assert_eq!(got, want, "holds in {text}");
    }
}

/// Nigerian usage: an engineer's or barrister's honorific between the post
/// and the name, and a senator named by the district represented.
const NIGERIAN: &[Row] = &[
    (
        "The Commissioner for Works, Engr. Ana Ruiz, said the road would open.",
        &["Commissioner for Works"],
        &[("Ana Ruiz", "Commissioner for Works")],
    ),
    (
        "The Attorney-General, Barr. Tomas Vell, said the case would continue.",
        &["Attorney-General"],
        &[("Tomas Vell", "Attorney-General")],
    ),
    (
        "Senator representing Kano South, Kemi Adet, sponsored the bill.",
        &["Senator"],
        &[("Kemi Adet", "Senator")],
    ),
];

/// Retired officers' ranks (`Maj. Gen. (retd)`), company, school, court,
/// church, palace, UN and army posts, and posts with `acting`, `outgoing`
/// and `then-` outside them.
const RANKS_FIRMS_COURTS_FAITHS: &[Row] = &[
    (
        "The Ooni of Ife, Oba Ana Ruiz, hosted the summit.",
        &["Oba", "Ooni"],
        &[("Ana Ruiz", "Ooni"), ("Ana Ruiz", "Oba")],
    ),
    (
        "The Principal of Rampuri College, Nadia Bruhl, said exams would go ahead.",
        &["Principal"],
        &[("Nadia Bruhl", "Principal")],
    ),
    (
        "Kofi Mensara and his deputy, Ivo Keller, resigned.",
        &["deputy"],
        &[("Ivo Keller", "deputy")],
    ),
    (
        "Ana Ruiz, the agency's representative in Oldland, said the camps were full.",
        &["representative"],
        &[("Ana Ruiz", "representative")],
    ),
    (
        "Secretary-General of the Health Ministry Lena Vost said vaccines arrived.",
        &["Secretary-General"],
        &[("Lena Vost", "Secretary-General")],
    ),
    (
        "Her deputy Tomas Vell will take over.",
        &["deputy"],
        &[("Tomas Vell", "deputy")],
    ),
    (
        "Deputy Ana Ruiz of the ruling party voted against the budget.",
        &["Deputy"],
        &[("Ana Ruiz", "Deputy")],
    ),
    (
        "Rt. Rev. Ivo Keller, Bishop of Oldtown, preached.",
        &["Bishop"],
        &[("Ivo Keller", "Bishop")],
    ),
    (
        "The Managing Director of Velmar Holdings, Ravi Dunmore, said sales fell.",
        &["Managing Director"],
        &[("Ravi Dunmore", "Managing Director")],
    ),
    (
        "The dean of the law faculty, Jonas Areli, resigned.",
        &["dean of the law faculty"],
        &[("Jonas Areli", "dean of the law faculty")],
    ),
    (
        "The UN Special Rapporteur on torture, Jonas Areli, said the report was damning.",
        &["Special Rapporteur"],
        &[("Jonas Areli", "Special Rapporteur")],
    ),
    (
        "Maj. Gen. (retd) Ana Ruiz said the army had failed.",
        &["Maj. Gen."],
        &[("Ana Ruiz", "Maj. Gen.")],
    ),
    (
        "Col. (rtd.) Dario Kemp led the panel.",
        &["Col."],
        &[("Dario Kemp", "Col.")],
    ),
    (
        "Brig. Gen. (Rtd) Halima Osei was appointed chairman.",
        &["Brig. Gen.", "chairman"],
        &[("Halima Osei", "Brig. Gen."), ("Halima Osei", "chairman")],
    ),
    (
        "General (rtd) Mara Tessel addressed the rally.",
        &["General"],
        &[("Mara Tessel", "General")],
    ),
    (
        "Harbour Bank's CEO Ana Ruiz said profits had risen.",
        &["CEO"],
        &[("Ana Ruiz", "CEO")],
    ),
    (
        "Velmar Group's CFO Sami Oyelaran presented the results.",
        &["CFO"],
        &[("Sami Oyelaran", "CFO")],
    ),
    (
        "The firm's COO, Wanjiru Keter, said jobs would go.",
        &["COO"],
        &[("Wanjiru Keter", "COO")],
    ),
    (
        "Group Managing Director Priya Namboodri announced the merger.",
        &["Group Managing Director"],
        &[("Priya Namboodri", "Group Managing Director")],
    ),
    (
        "Executive Chairman Edda Solvang opened the meeting.",
        &["Executive Chairman"],
        &[("Edda Solvang", "Executive Chairman")],
    ),
    (
        "Managing Partner Kemi Adet said the firm would expand.",
        &["Managing Partner"],
        &[("Kemi Adet", "Managing Partner")],
    ),
    (
        "The firm's managing partner, Ravi Dunmore, said the firm grew.",
        &["managing partner"],
        &[("Ravi Dunmore", "managing partner")],
    ),
    (
        "Professor Omar Dassi, the vice-chancellor of the university, spoke.",
        &["Professor", "vice-chancellor"],
        &[
            ("Omar Dassi", "Professor"),
            ("Omar Dassi", "vice-chancellor"),
        ],
    ),
    (
        "Principal Nadia Bruhl said exams would go ahead.",
        &["Principal"],
        &[("Nadia Bruhl", "Principal")],
    ),
    (
        "The head of department, Chidi Okorafo, denied the claims.",
        &["head of department"],
        &[("Chidi Okorafo", "head of department")],
    ),
    (
        "Emir of Kano Ivo Keller received the governor.",
        &["Emir", "governor"],
        &[("Ivo Keller", "Emir")],
    ),
    (
        "Oba Kofi Mensara blessed the couple.",
        &["Oba"],
        &[("Kofi Mensara", "Oba")],
    ),
    (
        "Imam Petra Lind led the prayers.",
        &["Imam"],
        &[("Petra Lind", "Imam")],
    ),
    (
        "Archbishop Luis Ortegal said mass.",
        &["Archbishop"],
        &[("Luis Ortegal", "Archbishop")],
    ),
    (
        "The Sultan of Oldland, Halima Osei, opened parliament.",
        &["Sultan"],
        &[("Halima Osei", "Sultan")],
    ),
    (
        "Crown Prince Mara Tessel met the president.",
        &["Crown Prince", "president"],
        &[("Mara Tessel", "Crown Prince")],
    ),
    (
        "Chief Justice Rian Okafo swore in the cabinet.",
        &["Chief Justice"],
        &[("Rian Okafo", "Chief Justice")],
    ),
    (
        "Magistrate Sami Oyelaran adjourned the case.",
        &["Magistrate"],
        &[("Sami Oyelaran", "Magistrate")],
    ),
    (
        "The prosecutor, Edda Solvang, asked for ten years.",
        &["prosecutor"],
        &[("Edda Solvang", "prosecutor")],
    ),
    (
        "Solicitor General Kemi Adet argued the case.",
        &["Solicitor General"],
        &[("Kemi Adet", "Solicitor General")],
    ),
    (
        "Country director Ravi Dunmore said aid was needed.",
        &["Country director"],
        &[("Ravi Dunmore", "Country director")],
    ),
    (
        "UN Resident Coordinator Omar Dassi called for calm.",
        &["Resident Coordinator"],
        &[("Omar Dassi", "Resident Coordinator")],
    ),
    (
        "UN High Commissioner for Refugees Nadia Bruhl visited the camp.",
        &["High Commissioner for Refugees"],
        &[("Nadia Bruhl", "High Commissioner for Refugees")],
    ),
    (
        "The commander of the 3rd Division, Maj. Gen. Chidi Okorafo, said troops advanced.",
        &["Maj. Gen.", "commander"],
        &[
            ("Chidi Okorafo", "commander"),
            ("Chidi Okorafo", "Maj. Gen."),
        ],
    ),
    (
        "Lt. Gen. Marta Quiller, the army's chief of staff, said the war was over.",
        &["Lt. Gen.", "chief of staff"],
        &[
            ("Marta Quiller", "Lt. Gen."),
            ("Marta Quiller", "chief of staff"),
        ],
    ),
    (
        "Acting Governor Lena Vost signed the bill.",
        &["Governor"],
        &[("Lena Vost", "Governor")],
    ),
    (
        "Outgoing Mayor Kofi Mensara thanked the staff.",
        &["Mayor"],
        &[("Kofi Mensara", "Mayor")],
    ),
    (
        "Then-Finance Minister Petra Lind signed the deal.",
        &["Finance Minister"],
        &[("Petra Lind", "Finance Minister")],
    ),
    (
        "The former chief executive of Velmar, Luis Ortegal, was charged.",
        &["chief executive"],
        &[("Luis Ortegal", "chief executive")],
    ),
];

#[test]
fn holds_posts_of_bodies_appositions_and_leaving_verbs() {
    // Each sentence invented: (text, person, post).
    let table = [
        (
            "Ana Ruiz, a representative for the Oldland Sheriff's Office, said the case was open.",
            "Ana Ruiz",
            "representative",
        ),
        (
            "Oldland's interior and overseas minister Ana Ruiz arrived in Dunmere.",
            "Ana Ruiz",
            "interior and overseas minister",
        ),
        (
            "Ana Ruiz, Director of the National Soil Study, and Chairman of the Oldland Centre for Soil Health, said so.",
            "Ana Ruiz",
            "Chairman",
        ),
        (
            "Ana Ruiz was forced to resign as foreign minister last month.",
            "Ana Ruiz",
            "foreign minister",
        ),
        (
            "Tomas Vell on Tuesday quit as party secretary general.",
            "Tomas Vell",
            "party secretary general",
        ),
        (
            "Oldland's deputy representative to the United Nations, Tomas Vell, wrote the letter.",
            "Tomas Vell",
            "deputy representative",
        ),
        (
            "Tomas Vell joined Harbour Bank as chief executive in 2019.",
            "Tomas Vell",
            "chief executive",
        ),
        (
            "Ana Ruiz, Harbour Bank chairman, said rates would rise.",
            "Ana Ruiz",
            "chairman",
        ),
        (
            "The chairman of the Oldland liberal democratic party Tomas Vell arrived.",
            "Tomas Vell",
            "chairman",
        ),
        (
            "Ana Ruiz, the editor at large of the Dunmere Gazette, wrote the piece.",
            "Ana Ruiz",
            "editor at large",
        ),
        (
            "Marta Quill, deputy head of the currency department at the customs office, said so.",
            "Marta Quill",
            "deputy head of the currency department",
        ),
    ];
    for (text, person, post) in table {
        let ann = annotate(text);
        assert!(holds(&ann, person, post), "{text}: {:?}", ann.holds);
    }
    // A source after `according to` is not the post that opens the clause.
    let ann = annotate("According to Vell, a detective for the Dunmere police was given the file.");
    assert!(has(&ann, Position, "detective"), "{:?}", ann.mentions);
    assert!(ann.holds.is_empty(), "{:?}", ann.holds);
}
