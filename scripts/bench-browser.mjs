// Browser benchmarks, in headless Debian Chromium (playwright-core):
//
// 1. Side by side in one page: our engine (WebAssembly) and compromise 14
//    (npm `compromise`, its browser build) on ~1 MB of news-like text, the
//    CoNLL-2003 test documents (tokens joined by spaces, sentences by
//    newlines, documents by blank lines) repeated to 1 MiB. 1 untimed warm-up
//    run then 5 timed runs each, interleaved; the median in characters per
//    second (JS string length, = code points here: the text is ASCII).
//      ours, whole text:   bench_annotate_json(text), then JSON.parse
//      ours, per document: the same for each document in turn
//      ours, count only:   bench_annotate_count(text) (nothing returned)
//      compromise:         nlp(text), then .people().json() and .places().json()
//      compromise per doc: the same for each document in turn
//    Our engine is src/bin/bench_wasm.rs, built by Trunk exactly as the page's
//    worker (release profile, feature web, wasm-opt z) into target/bench-dist/.
// 2. Cold start: from navigation to the first <mark data-kind> of the sample
//    article, median of 5 fresh page loads (a new browser context each) of
//    dist/ from a local server. A script injected before the page's own
//    clicks the "Sample article" button the moment it appears, as an
//    impatient reader would; times are the page's performance.now()
//    (milliseconds since navigation start). `data-engine="ready"` flips
//    with the worker's first answer (its warm-up request).
//
// Build first (two heavy builds: run them one after the other):
//   PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH trunk build --release
//   PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH \
//     trunk build benches/browser/index.html --release --dist target/bench-dist
// then
//   node scripts/bench-browser.mjs [--runs 5] [--only speed|coldstart]
// prints a table and writes target/bench-browser.json.

import { createServer } from 'node:http';
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const conllTest = path.resolve(root, '..', 'shared', 'data', 'conll2003', 'test.txt');
const compromiseDir = path.join(root, 'node_modules', 'compromise');
const compromiseFile = path.join(compromiseDir, 'builds', 'compromise.js');
const out = path.join(root, 'target', 'bench-browser.json');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 5));
// `--bench-dist DIR`: another build of the bench page (to compare two engines).
const benchDist = path.resolve(root, opt('bench-dist', path.join('target', 'bench-dist')));
const ONLY = opt('only', 'all');
const TARGET_BYTES = 1 << 20;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** The CoNLL test documents as text (as benches/annotate.rs builds them). */
async function conllDocuments() {
  const raw = await readFile(conllTest, 'utf8');
  const docs = [];
  let sentences = [];
  let words = [];
  const endSentence = () => {
    if (words.length) sentences.push(words.join(' '));
    words = [];
  };
  const endDoc = () => {
    endSentence();
    if (sentences.length) docs.push(sentences.join('\n'));
    sentences = [];
  };
  for (const line of raw.split('\n')) {
    if (line.startsWith('-DOCSTART-')) endDoc();
    else if (!line.trim()) endSentence();
    else words.push(line.split(' ')[0]);
  }
  endDoc();
  return docs;
}

/** Whole documents, repeated until the text reaches 1 MiB. */
async function benchDocuments() {
  const docs = await conllDocuments();
  const picked = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i = (i + 1) % docs.length) {
    picked.push(docs[i]);
    bytes += Buffer.byteLength(docs[i]) + 2;
  }
  return { conllDocs: docs.length, docs: picked };
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const BENCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>annotator vs compromise</title>
<link rel="icon" href="data:,">
<script src="/vendor/compromise.js"></script>
<script src="/bench/bench_wasm.js"></script>
</head><body>benchmark</body></html>`;

/** dist/ at /, the bench build at /bench/, compromise at /vendor/. */
async function serve(benchText) {
  const server = createServer(async (req, res) => {
    try {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file;
      let body;
      if (p === '/bench/' || p === '/bench/index.html') {
        body = BENCH_PAGE;
        file = 'x.html';
      } else if (p === '/bench/text.txt') {
        body = benchText;
        file = 'x.txt';
      } else if (p === '/vendor/compromise.js') {
        file = compromiseFile;
      } else if (p.startsWith('/bench/')) {
        file = path.join(benchDist, path.normalize(p.slice('/bench/'.length)));
        if (!file.startsWith(benchDist)) throw new Error('outside');
      } else {
        file = path.join(dist, path.normalize(p.endsWith('/') ? `${p}index.html` : p));
        if (!file.startsWith(dist)) throw new Error('outside');
      }
      body ??= await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // gc() between timed runs, so one run's garbage is not the next one's cost.
      '--js-flags=--expose-gc',
    ],
  });
}

async function mustExist(file, how) {
  try {
    await stat(file);
  } catch {
    console.error(`missing ${path.relative(root, file)}: ${how}`);
    process.exit(2);
  }
}

async function speed(browser, url, docs) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${url}bench/`);
  const setup = await page.evaluate(async () => {
    await wasm_bindgen({ module_or_path: '/bench/bench_wasm_bg.wasm' });
    const initMs = wasm_bindgen.bench_init();
    window.benchText = await (await fetch('/bench/text.txt')).text();
    window.benchDocs = window.benchText.split('\n\n');
    return {
      initMs,
      chars: window.benchText.length,
      codePoints: [...window.benchText].length,
      docs: window.benchDocs.length,
      userAgent: navigator.userAgent,
      compromiseVersion: nlp.version,
    };
  });
  if (setup.docs !== docs.length) throw new Error(`documents: page ${setup.docs}, node ${docs.length}`);

  // Each returns { ms, ...counts } for one run over the whole text.
  const runners = {
    ours_whole: () => {
      const t0 = performance.now();
      const ann = JSON.parse(wasm_bindgen.bench_annotate_json(window.benchText));
      const ms = performance.now() - t0;
      const kinds = {};
      for (const m of ann.mentions) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
      return { ms, mentions: ann.mentions.length, kinds };
    },
    ours_per_doc: () => {
      let mentions = 0;
      const t0 = performance.now();
      for (const d of window.benchDocs) {
        mentions += JSON.parse(wasm_bindgen.bench_annotate_json(d)).mentions.length;
      }
      return { ms: performance.now() - t0, mentions };
    },
    ours_per_doc_count_only: () => {
      let mentions = 0;
      const t0 = performance.now();
      for (const d of window.benchDocs) mentions += wasm_bindgen.bench_annotate_count(d);
      return { ms: performance.now() - t0, mentions };
    },
    ours_count_only: () => {
      const t0 = performance.now();
      const mentions = wasm_bindgen.bench_annotate_count(window.benchText);
      return { ms: performance.now() - t0, mentions };
    },
    compromise: () => {
      const t0 = performance.now();
      const doc = nlp(window.benchText);
      const people = doc.people().json();
      const places = doc.places().json();
      const ms = performance.now() - t0;
      return { ms, people: people.length, places: places.length };
    },
    compromise_per_doc: () => {
      let people = 0;
      let places = 0;
      const t0 = performance.now();
      for (const d of window.benchDocs) {
        const doc = nlp(d);
        people += doc.people().json().length;
        places += doc.places().json().length;
      }
      return { ms: performance.now() - t0, people, places };
    },
  };
  const names = Object.keys(runners);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  const counts = {};
  for (let r = 0; r <= RUNS; r++) {
    for (const name of names) {
      await page.evaluate(() => globalThis.gc?.());
      const res = await page.evaluate(runners[name]);
      const { ms, ...rest } = res;
      if (r === 0) {
        counts[name] = rest;
        process.stderr.write(`  warm-up ${name}: ${ms.toFixed(0)} ms\n`);
      } else {
        runs[name].push(ms);
        process.stderr.write(`  run ${r} ${name}: ${ms.toFixed(0)} ms\n`);
      }
    }
  }
  await page.close();
  if (problems.length) throw new Error(`bench page errors: ${problems.join('; ')}`);
  const results = {};
  for (const name of names) {
    const ms = median(runs[name]);
    results[name] = {
      runs_ms: runs[name].map((x) => +x.toFixed(1)),
      median_ms: +ms.toFixed(1),
      chars_per_s: Math.round(setup.chars / (ms / 1000)),
      counts: counts[name],
    };
  }
  return { setup, results };
}

// Injected before the page's scripts: clicks "Sample article" as soon as it
// exists, and records when the engine was ready and the first mark appeared.
function coldStartProbe() {
  const t = (window.__coldstart = {});
  const look = () => {
    if (t.click === undefined) {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Sample article');
      if (b) {
        t.button = performance.now();
        b.click();
        t.click = performance.now();
      }
    }
    if (t.ready === undefined && document.querySelector('[data-engine="ready"]')) t.ready = performance.now();
    if (t.mark === undefined && document.querySelector('mark[data-kind]')) {
      t.mark = performance.now();
      t.marks = document.querySelectorAll('mark[data-kind]').length;
      // The status line says how long the worker's annotate call took.
      const took = document.body.textContent.match(/found in (\d+) ms/);
      t.annotateMs = took ? Number(took[1]) : null;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * The cold start's phases in the page's milliseconds since navigation: when
 * the page's wasm and the worker's arrived, when the worker started, had its
 * wasm instantiated, built the engine (the marks of src/ui/worker.rs and
 * worker_loader.js) and answered the warm-up and the sample.
 */
function coldStartPhases(page, worker) {
  const fetched = (tl, suffix) => tl?.resources.find(([n]) => n.endsWith(suffix))?.[2];
  const shift = worker ? worker.origin - page.origin : 0;
  const at = (name) => {
    const m = worker?.marks.find(([n]) => n === name);
    return m ? m[1] + shift : undefined;
  };
  const sample = worker?.marks.find(([n]) => n.startsWith('annotate-start-') && n !== 'annotate-start-0')?.[0];
  const out = {
    app_wasm_fetched: fetched(page, '_bg.wasm'),
    worker_started: worker ? shift : undefined,
    worker_wasm_fetched: fetched(worker, 'worker_bg.wasm') + shift,
    worker_wasm_ready: at('worker-wasm-ready'),
    engine_new_start: at('engine-new-start'),
    engine_new_end: at('engine-new-end'),
    warm_up_start: at('annotate-start-0'),
    warm_up_end: at('annotate-end-0'),
    sample_start: sample && at(sample),
    sample_end: sample && at(sample.replace('start', 'end')),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => typeof v === 'number' && !Number.isNaN(v)));
}

async function coldStart(browser, url) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(coldStartProbe);
    const page = await context.newPage();
    const problems = [];
    const workers = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('worker', (w) => workers.push(w));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__coldstart?.mark !== undefined, null, { timeout: 30_000 });
    const timeline = () => ({
      origin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
      resources: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd]),
    });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__coldstart,
        responseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
      };
    });
    Object.assign(t, await coldStartPhases(await page.evaluate(timeline), workers[0] && (await workers[0].evaluate(timeline))));
    await context.close();
    if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
    const r = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'number' ? +v.toFixed(1) : v]));
    loads.push(r);
    process.stderr.write(
      `  load ${i + 1}: button ${r.button} ms, data-engine=ready ${r.ready} ms, first mark ${r.mark} ms ` +
        `(${r.marks} marks; the worker's annotate: ${r.annotateMs} ms)\n` +
        `    page wasm fetched ${r.app_wasm_fetched}; worker started ${r.worker_started}, wasm fetched ` +
        `${r.worker_wasm_fetched}, instantiated ${r.worker_wasm_ready}; Engine::new ${r.engine_new_start}-` +
        `${r.engine_new_end}; warm-up ${r.warm_up_start}-${r.warm_up_end}; sample ${r.sample_start}-${r.sample_end}\n`,
    );
  }
  const med = (k) => (loads.every((l) => typeof l[k] === 'number') ? +median(loads.map((l) => l[k])).toFixed(1) : null);
  return {
    loads,
    median_ms: {
      app_wasm_fetched: med('app_wasm_fetched'),
      worker_started: med('worker_started'),
      worker_wasm_fetched: med('worker_wasm_fetched'),
      worker_wasm_ready: med('worker_wasm_ready'),
      engine_new_start: med('engine_new_start'),
      engine_new_end: med('engine_new_end'),
      sample_start: med('sample_start'),
      sample_end: med('sample_end'),
      first_mark: med('mark'),
      button_clicked: med('click'),
      data_engine_ready: med('ready'),
      worker_annotate: loads.every((l) => typeof l.annotateMs === 'number') ? med('annotateMs') : null,
      dom_content_loaded: med('domContentLoaded'),
    },
  };
}

const doSpeed = ONLY === 'all' || ONLY === 'speed';
const doCold = ONLY === 'all' || ONLY === 'coldstart';
if (doSpeed) {
  await mustExist(path.join(benchDist, 'bench_wasm_bg.wasm'), 'trunk build benches/browser/index.html --release --dist target/bench-dist');
  await mustExist(compromiseFile, 'npm ci');
}
if (doCold) await mustExist(path.join(dist, 'index.html'), 'trunk build --release');

const { conllDocs, docs } = await benchDocuments();
const text = docs.join('\n\n');
const server = await serve(text);
const browser = await launch();
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadavg_before: loadavg().map((x) => +x.toFixed(2)) },
  chromium: browser.version(),
  runs: RUNS,
};
try {
  if (doSpeed) {
    console.error(`speed: ${docs.length} documents (CoNLL test has ${conllDocs}), ${text.length} chars`);
    const { setup, results } = await speed(browser, server.url, docs);
    report.text = {
      source: 'CoNLL-2003 test.txt documents repeated to 1 MiB',
      chars: setup.chars,
      code_points: setup.codePoints,
      bytes: Buffer.byteLength(text),
      documents: setup.docs,
    };
    report.compromise_version = setup.compromiseVersion;
    report.engine_init_ms = +setup.initMs.toFixed(1);
    report.speed = results;
    report.ratio = {
      ours_whole_vs_compromise: +(results.ours_whole.chars_per_s / results.compromise.chars_per_s).toFixed(1),
      ours_per_doc_vs_compromise: +(results.ours_per_doc.chars_per_s / results.compromise.chars_per_s).toFixed(1),
      ours_per_doc_vs_compromise_per_doc: +(
        results.ours_per_doc.chars_per_s / results.compromise_per_doc.chars_per_s
      ).toFixed(1),
      goal: 20,
    };
  }
  if (doCold) {
    console.error('cold start:');
    report.coldstart = { ...(await coldStart(browser, server.url)), target_ms: 500 };
  }
} finally {
  await browser.close();
  await server.close();
}
report.machine.loadavg_after = loadavg().map((x) => +x.toFixed(2));

await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`Chromium ${report.chromium}, ${report.machine.cpus} CPUs, load ${report.machine.loadavg_before.join(' ')}`);
if (report.speed) {
  console.log(
    `\nText: ${fmt(report.text.chars)} chars, ${report.text.documents} documents; median of ${RUNS} runs (after 1 warm-up)\n`,
  );
  console.log(`${'engine'.padEnd(44)} ${'median ms'.padStart(10)} ${'chars/s'.padStart(12)} ${'vs compromise'.padStart(14)}`);
  const rows = [
    ['ours, whole text, JSON result', 'ours_whole'],
    ['ours, document by document, JSON result', 'ours_per_doc'],
    ['ours, whole text, mention count only', 'ours_count_only'],
    ['ours, document by document, count only', 'ours_per_doc_count_only'],
    [`compromise ${report.compromise_version}, whole text`, 'compromise'],
    [`compromise ${report.compromise_version}, document by document`, 'compromise_per_doc'],
  ];
  const base = report.speed.compromise.chars_per_s;
  for (const [label, k] of rows) {
    const r = report.speed[k];
    console.log(
      `${label.padEnd(44)} ${r.median_ms.toFixed(1).padStart(10)} ${fmt(r.chars_per_s).padStart(12)} ${`${(r.chars_per_s / base).toFixed(1)}x`.padStart(14)}`,
    );
  }
}
if (report.coldstart) {
  const m = report.coldstart.median_ms;
  console.log(
    `\nCold start phases (medians, ms after navigation): page wasm fetched ${m.app_wasm_fetched}, ` +
      `worker started ${m.worker_started}, its wasm fetched ${m.worker_wasm_fetched} and instantiated ` +
      `${m.worker_wasm_ready}, Engine::new ${m.engine_new_start}-${m.engine_new_end}, ` +
      `the sample annotated ${m.sample_start}-${m.sample_end}`,
  );
  console.log(
    `\nCold start (median of ${RUNS} fresh contexts): first highlight ${m.first_mark} ms after navigation ` +
      `(button clicked ${m.button_clicked} ms, data-engine=ready ${m.data_engine_ready} ms, ` +
      `the worker's annotate call ${m.worker_annotate} ms); target ${report.coldstart.target_ms} ms`,
  );
}
console.log(`\nwrote ${path.relative(root, out)}`);
