// Start-up: `data-engine="ready"` means the worker has answered, not just
// that the page has mounted (it used to flip when the page handled its own
// empty text). Here the worker's wasm is held back by the server for a
// while: the page must say "loading" all that time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch } from './harness.mjs';

const HOLD_MS = 1500;

test('data-engine turns "ready" only with the worker\'s first answer', async () => {
  let served = 0;
  const server = await serveDist({
    transform: async (p, body) => {
      if (p === '/worker_bg.wasm') {
        await new Promise((r) => setTimeout(r, HOLD_MS));
        served = Date.now();
      }
      return body;
    },
  });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('textarea');
    const mounted = Date.now();
    assert.equal(await page.getAttribute('.app', 'data-engine'), 'loading', 'not ready at mount');
    // The sample can be loaded meanwhile; the status says what is going on.
    await page.click('text=Sample article');
    assert.equal(await page.textContent('.status'), 'Loading the annotator…');
    await page.waitForTimeout(Math.max(0, HOLD_MS / 2 - (Date.now() - mounted)));
    assert.equal(served, 0, 'the worker\'s wasm is still held back');
    assert.equal(await page.getAttribute('.app', 'data-engine'), 'loading', 'still loading while the worker is');
    await page.waitForSelector('[data-engine="ready"]', { timeout: 15_000 });
    assert.ok(served > 0 && Date.now() >= served, 'ready only after the worker had its wasm');
    // And its first real answer is the sample's highlights.
    await page.waitForSelector('mark[data-kind]', { timeout: 15_000 });
  } finally {
    await browser.close();
    await server.close();
  }
});
