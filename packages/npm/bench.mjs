// Node throughput of the npm package beside compromise (the repository's dev
// dependency) on the 1 MiB benchmark text (golden.py's bench-1mib), best of RUNS.
//   node packages/npm/bench.mjs [RUNS]
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { annotate } from './index.js';
import { documentSet } from './tests/sets.mjs';

const runs = Number(process.argv[2] ?? 3);
const [[, text]] = documentSet('bench-1mib');

function best(f) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min / 1000;
}

annotate(text);
const ours = best(() => annotate(text).groups.filter((g) => g.kind === 'person').map((g) => g.name));
console.log(`news-annotator: ${(text.length / ours / 1e6).toFixed(2)} M chars/s (${ours.toFixed(3)} s, ${text.length} chars)`);
const theirs = best(() => nlp(text).people().out('array'));
console.log(`compromise: ${(text.length / theirs / 1e6).toFixed(3)} M chars/s (${theirs.toFixed(3)} s); ours ${(theirs / ours).toFixed(1)}x`);
