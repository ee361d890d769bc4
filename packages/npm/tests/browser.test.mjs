// The npm package in headless Chromium (web.js: `await init()`, then `annotate`):
// the same objects as under Node.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../../tests/browser/harness.mjs';
import { annotate } from '../index.js';
import { INVENTED, documentSet } from './sets.mjs';

const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIME = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
let server, url, browser;

before(async () => {
  server = createServer(async (req, res) => {
    try {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const body = p === '/' ? '<!doctype html><title>npm test</title>'
        : await readFile(path.join(pkgDir, path.normalize(p)));
      res.writeHead(200, { 'content-type': MIME[path.extname(p)] ?? 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => { server.closeAllConnections(); server.close(ok); });
});

test('npm_chromium_same_as_node', async () => {
  const texts = [...INVENTED];
  const dev = documentSet('news-dev');
  if (dev) texts.push(...dev.slice(0, 10).map(([, text]) => text));
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const inPage = await page.evaluate(async (texts) => {
    const m = await import('/web.js');
    await m.init();
    let typeError = null;
    try { m.annotate(42); } catch (e) { typeError = e instanceof TypeError; }
    return { results: texts.map((t) => m.annotate(t)), typeError };
  }, texts);
  assert.deepEqual(inPage.results, texts.map((t) => annotate(t)));
  assert.equal(inPage.typeError, true);
  assert.deepEqual(errors, []);
});
