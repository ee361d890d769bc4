// Offline (issue #5): after the first visit the page loads and annotates
// with the network off, served by its service worker (src/ui/sw.js); a new
// build's service worker takes over and deletes the old build's cache.
// Each test has its own browser profile, so no other test's service worker
// or cache is involved.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { dist, serveDist, launch, openApp, waitAnnotated, setArticle, marks, VIEW } from './harness.mjs';

/** Waits until a service worker is active and controls the page; returns its cache names. */
async function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    return caches.keys();
  });
}

/** The paths (from the origin) kept in cache `name`. */
function cached(page, name) {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, name);
}

test('offline: after the first visit the page loads and annotates with the network off', async () => {
  const server = await serveDist();
  const browser = await launch();
  try {
    const page = await openApp(browser.context, server.url);
    const keys = await controlled(page);
    assert.equal(keys.length, 1, `one cache: ${keys}`);
    assert.match(keys[0], /^annotator-[0-9a-f]{16}$/);
    // Everything the build made is kept: the shell, both wasm files and
    // their JS glue, the CSS and the loaders.
    const files = await readdir(dist);
    const kept = await cached(page, keys[0]);
    for (const f of files.filter((f) => f !== 'sw.js')) assert.ok(kept.includes(`/${f}`), `${f} cached: ${kept}`);
    assert.ok(kept.includes('/'), 'the page itself');
    for (const ext of ['.wasm', '.js', '.css']) {
      assert.ok(files.filter((f) => f.startsWith('app-')).some((f) => f.endsWith(ext)), `a hashed app ${ext}`);
    }
    // No request went anywhere but this origin.
    for (const r of page.requests) assert.ok(r.startsWith(`GET ${server.url}`), `same origin: ${r}`);

    // The network goes away: the server stops and the browser is offline.
    await server.close();
    await browser.context.setOffline(true);
    const responses = [];
    page.on('response', (r) => responses.push([r.url(), r.fromServiceWorker(), r.status()]));
    page.problems.length = 0;
    await page.reload();
    await page.waitForSelector('[data-engine="ready"]', { timeout: 10_000 });
    await page.click('text=Sample article');
    await waitAnnotated(page);
    assert.ok((await marks(page)).length > 10, 'the sample is highlighted');
    await setArticle(page, 'Foreign Minister Ana Lopes of Portugal flew to Lisbon on Monday.');
    assert.ok((await marks(page)).some((m) => m.text === 'Lisbon'), 'a pasted text is highlighted');
    assert.ok(responses.some(([u]) => u.endsWith('worker_bg.wasm')), `the worker's wasm was loaded: ${responses}`);
    for (const [url, fromSW, status] of responses) {
      assert.ok(fromSW && status === 200, `${url} from the service worker (${fromSW}, ${status})`);
    }
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.context.setOffline(false).catch(() => {});
    await browser.close();
    await server.close().catch(() => {});
  }
});

test('update: a new build\'s service worker takes over and deletes the old cache', async () => {
  let build = 1;
  // "A new build": the same files, with sw.js's version changed, as
  // scripts/sw-manifest.mjs would write it after any change.
  const server = await serveDist({
    transform: (p, body) =>
      p === '/sw.js' && build > 1 ? Buffer.from(String(body).replace(/"version":"([0-9a-f]+)"/, `"version":"$1${build}"`)) : body,
  });
  const browser = await launch();
  try {
    const page = await openApp(browser.context, server.url);
    const [old] = await controlled(page);
    build = 2;
    const keys = await page.evaluate(async () => {
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
      // The new worker has activated; give its clean-up a moment to finish.
      for (let i = 0; i < 50 && (await caches.keys()).length > 1; i++) await new Promise((r) => setTimeout(r, 100));
      return caches.keys();
    });
    assert.deepEqual(keys, [`${old}2`], `only the new build's cache is left (old: ${old})`);
    await page.reload();
    await page.waitForSelector('[data-engine="ready"]');
    await page.click('text=Sample article');
    await waitAnnotated(page);
    assert.ok((await page.locator(`${VIEW} mark`).count()) > 10);
  } finally {
    await browser.close();
    await server.close();
  }
});
