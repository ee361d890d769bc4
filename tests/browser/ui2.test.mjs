// The page's newer parts (mention context), in
// real headless Chromium. Run with `bash scripts/test-browser.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, setArticle, waitAnnotated, VIEW } from './harness.mjs';

const DETAILS = '[data-testid="entity-details"]';

/** A short article with a person who holds a post, and Lisbon in Portugal. */
const LISBON =
  'Portuguese Foreign Minister Ana Lopes flew home on Tuesday. She said the talks went well.\n' +
  'In Lisbon, Portugal, she met reporters before leaving for Madrid. Lisbon was calm.';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page per test; fails the test on console errors or CSP violations. */
async function withPage(fn) {
  const page = await openApp(browser.context, server.url);
  try {
    await fn(page);
    assert.deepEqual(page.problems, [], 'no console errors, warnings or CSP violations');
  } finally {
    await page.close();
  }
}

/** The mark reading exactly `text` (the first, if several). */
const mark = (page, text) => page.locator(`${VIEW} mark`, { hasText: new RegExp(`^${text}$`) }).first();

test('details show each mention in its sentence, the mention emphasised', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await mark(page, 'Lisbon').click();
    const details = page.locator(DETAILS);
    await details.waitFor();
    const snippets = details.locator('.mentions .snippet');
    assert.equal(await snippets.count(), 2);
    assert.equal(
      (await snippets.nth(0).textContent()).trim(),
      'In Lisbon, Portugal, she met reporters before leaving for Madrid.',
    );
    assert.equal((await snippets.nth(1).textContent()).trim(), 'Lisbon was calm.');
    assert.equal(await snippets.nth(0).locator('strong').textContent(), 'Lisbon');
  });
});
