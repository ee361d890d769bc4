// Trunk post_build hook (Trunk.toml): writes the service worker's precache
// list into the staged sw.js (see src/ui/sw.js for why at build time).
//
// Lists every file Trunk staged (hashed app files, the worker's fixed-name
// files, CSS, loaders), plus "./" (the page as navigated to), and versions
// them by a SHA-256 of all their names and contents, so any change to any
// file gives a new sw.js and a new cache. Does nothing for a build without
// sw.js (the browser benchmark's page).
//
//   TRUNK_STAGING_DIR=dist node scripts/sw-manifest.mjs   (by hand)

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('sw-manifest: set TRUNK_STAGING_DIR or pass the dist directory');
  process.exit(2);
}
const swFile = path.join(dir, 'sw.js');
let sw;
try {
  sw = await readFile(swFile, 'utf8');
} catch {
  process.exit(0);
}
const PLACEHOLDER = /^const MANIFEST = .*$/m;
if (!PLACEHOLDER.test(sw)) {
  console.error('sw-manifest: no `const MANIFEST = ...` line in sw.js');
  process.exit(1);
}

async function walk(sub) {
  const out = [];
  for (const e of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) out.push(...(await walk(rel)));
    } else if (rel !== 'sw.js') {
      out.push(rel);
    }
  }
  return out;
}

const files = (await walk('')).sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(`${f}\0`);
  hash.update(await readFile(path.join(dir, f)));
}
const version = hash.digest('hex').slice(0, 16);
const manifest = { version, files: ['./', ...files.map((f) => `./${f}`)] };
await writeFile(swFile, sw.replace(PLACEHOLDER, `const MANIFEST = ${JSON.stringify(manifest)};`));
console.error(`sw-manifest: ${files.length} files, version ${version}`);
