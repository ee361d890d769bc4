// Test helpers: the repository's document sets (scripts/golden.py) and the CLI.
// Not a test file itself (node --test runs *.test.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const cliPath = path.join(repoRoot, 'target', 'release', 'annotate');

/** The (id, text) pairs of a golden.py set (news-dev, conll-test, bench-1mib), or null. */
export function documentSet(name) {
  if (!existsSync(path.join(repoRoot, '..', 'shared', 'data'))) return null;
  const script = [
    'import json, sys, tempfile',
    `sys.path.insert(0, ${JSON.stringify(path.join(repoRoot, 'scripts'))})`,
    'import golden',
    'with tempfile.TemporaryDirectory() as tmp:',
    `    pairs = golden.inputs(${JSON.stringify(name)}, tmp)`,
    'json.dump(pairs, sys.stdout)',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script], { maxBuffer: 1 << 30 });
  return JSON.parse(out.toString('utf8'));
}

/** `annotate --jsonl` output lines for (id, text) pairs, or null without the CLI. */
export function cliLines(pairs) {
  if (!existsSync(cliPath)) return null;
  const input = pairs.map(([id, text]) => JSON.stringify({ id, text }) + '\n').join('');
  const out = execFileSync(cliPath, ['--jsonl'], { input, maxBuffer: 1 << 30 });
  return out.toString('utf8').split('\n').filter((l) => l);
}

/** Invented sentences (no real names). */
export const INVENTED = [
  'Foreign Minister Talia Brennock met President Osric Vantelle in Lisbon on Monday.',
  'Brennock said the talks in Madrid had gone well. 😀 Vantelle did not comment.',
  '',
  'The mayor of Porto, Ines Calloway, opened the bridge.',
];
