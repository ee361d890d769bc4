// Mention context, the place map, export and the remembered article, in
// real headless Chromium. Run with `bash scripts/test-browser.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, setArticle, waitAnnotated, VIEW, appSuite } from './harness.mjs';

const DETAILS = '[data-testid="entity-details"]';
const DOT = '[data-testid="map-dot"]';

/** A short article with a person who holds a post, and Lisbon in Portugal. */
const LISBON =
  'Portuguese Foreign Minister Ana Lopes flew home on Tuesday. She said the talks went well.\n' +
  'In Lisbon, Portugal, she met reporters before leaving for Madrid. Lisbon was calm.';

const app = appSuite();

/** A fresh page per test; fails the test on console errors or CSP violations. */
const withPage = app.withPage;

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
    const context = snippets.locator('.context');
    assert.equal(
      (await context.nth(0).textContent()).trim(),
      'In Lisbon, Portugal, she met reporters before leaving for Madrid.',
    );
    assert.equal((await context.nth(1).textContent()).trim(), 'Lisbon was calm.');
    assert.equal(await snippets.nth(0).locator('strong').textContent(), 'Lisbon');
    // Its accessible name is the mention's number and sentence.
    assert.equal(
      await page.getByRole('button', { name: 'Go to mention 2 of 2: Lisbon was calm.' }).count(),
      1,
    );
  });
});

test('a person\'s details give their position, its country and why', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await mark(page, 'Ana Lopes').click();
    const details = page.locator(DETAILS);
    await details.waitFor();
    const text = await details.textContent();
    assert.match(text, /Foreign Minister/);
    assert.match(text, /Portugal/);
    // The hold pattern that found it, beside the post.
    const why = details.locator('[data-testid="hold-reason"]');
    assert.equal((await why.textContent()).trim(), '— title before the name');
    assert.match(await why.locator('xpath=..').textContent(), /Foreign Minister \(Portugal\) — title before the name/);
    // The post's card says the same beside its holder.
    await mark(page, 'Foreign Minister').click();
    await details.locator('h2', { hasText: 'Foreign Minister' }).waitFor();
    assert.match(await details.textContent(), /Ana Lopes \(Portugal\) — title before the name/);
  });
});

test('a place\'s details give its country and coordinates, with a small map', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await mark(page, 'Lisbon').click();
    const details = page.locator(DETAILS);
    await details.waitFor();
    assert.equal(await details.locator('h2').textContent(), 'Lisbon');
    const text = await details.textContent();
    assert.match(text, /Country\s*Portugal/);
    assert.match(text, /38\.70° N, 9\.10° W/);
    assert.equal(await details.locator('[data-testid="details-map"] circle').count(), 1);
  });
});

test('the map has a dot per located place; clicking one selects that place', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    const dots = page.locator(DOT);
    // Lisbon, Portugal, Madrid (Portuguese is a demonym, not a place).
    assert.ok((await dots.count()) >= 3, `dots: ${await dots.count()}`);
    const lisbon = page.locator(`${DOT}[aria-label="Place: Lisbon"]`);
    const madrid = page.locator(`${DOT}[aria-label="Place: Madrid"]`);
    assert.equal(await lisbon.count(), 1);
    assert.match(await lisbon.locator('title').textContent(), /Lisbon.*2 mentions/);
    // Bigger for more mentions.
    assert.ok(Number(await lisbon.getAttribute('r')) > Number(await madrid.getAttribute('r')));
    const entity = await lisbon.getAttribute('data-entity');
    await lisbon.click();
    const details = page.locator(DETAILS);
    await details.waitFor();
    assert.equal(await details.locator('h2').textContent(), 'Lisbon');
    const marks = page.locator(`${VIEW} mark[data-entity="${entity}"]`);
    assert.equal(await marks.count(), 2);
    for (const m of await marks.all()) assert.match(await m.getAttribute('class'), /\bselected\b/);
    assert.match(await lisbon.getAttribute('class'), /\bselected\b/);
    assert.equal(await lisbon.getAttribute('aria-pressed'), 'true');
    // The keyboard too: focus Madrid's dot and press Enter.
    await madrid.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.querySelector('h2')?.textContent === 'Madrid',
      DETAILS,
    );
    assert.match(await madrid.getAttribute('class'), /\bselected\b/);
    // Escape closes the details and leaves the focus on the dot.
    await page.keyboard.press('Escape');
    await page.locator(DETAILS).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Place: Madrid');
    assert.equal(await madrid.getAttribute('aria-pressed'), 'false');
    // Space works too; the dot is a button named after its place.
    await page.keyboard.press(' ');
    await page.locator(DETAILS).waitFor();
    assert.equal(await page.locator('.map').getByRole('button', { name: 'Place: Madrid' }).count(), 1);
  });
});

test('no map without located places', async () => {
  await withPage(async (page) => {
    await setArticle(page, 'Ana Lopes spoke.');
    assert.equal(await page.locator(DOT).count(), 0);
    assert.equal(await page.locator('.place-map').count(), 0);
  });
});

/** Clicks `testid` and returns the downloaded file's name and text. */
async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const stream = await dl.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return { name: dl.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** An article with text that must be escaped in HTML and quoted in CSV. */
const TRICKY = `${LISBON}\nAna Lopes said: "<b>fish</b> & chips, please".`;

test('export: JSON in the annotate --jsonl schema, with groups', async () => {
  await withPage(async (page) => {
    assert.ok(await page.locator('[data-testid="download-json"]').isDisabled(), 'disabled with no article');
    await setArticle(page, TRICKY);
    const { name, text } = await download(page, 'download-json');
    assert.equal(name, 'article.json');
    const v = JSON.parse(text);
    assert.equal(v.id, 'article');
    const cps = [...TRICKY];
    const shown = (await page.locator(`${VIEW} mark`).allTextContents());
    assert.deepEqual(v.entities.map((e) => e.text), shown);
    for (const e of v.entities) {
      // `holder` only on a post the article ties to a person.
      const keys = e.kind === 'position' && 'holder' in e ? ['end', 'holder', 'kind', 'start', 'text'] : ['end', 'kind', 'start', 'text'];
      assert.deepEqual(Object.keys(e).sort(), keys);
      assert.equal(cps.slice(e.start, e.end).join(''), e.text);
    }
    assert.equal(v.entities.find((e) => e.text === 'Foreign Minister').holder, 'Ana Lopes');
    assert.ok(v.holds.some((h) => h.person === 'Ana Lopes' && h.position === 'Foreign Minister'), JSON.stringify(v.holds));
    const lisbon = v.groups.find((g) => g.name === 'Lisbon');
    assert.equal(lisbon.kind, 'place');
    assert.equal(lisbon.mentions, 2);
    assert.equal(lisbon.place.country, 'Portugal');
    assert.ok(Math.abs(lisbon.place.lat - 38.7) < 0.01);
    const ana = v.groups.find((g) => g.name === 'Ana Lopes');
    assert.deepEqual(ana.holds, [{ position: 'Foreign Minister', country: 'Portugal' }]);
    assert.match(await page.locator('.export-message').textContent(), /Saved article\.json/);
  });
});

test('export: CSV of the entities', async () => {
  await withPage(async (page) => {
    await setArticle(page, TRICKY);
    const { name, text } = await download(page, 'download-csv');
    assert.equal(name, 'article-entities.csv');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'kind,name,mentions,aliases,positions_or_holders,country,quotations');
    const groups = await page.locator('.entity').count();
    assert.equal(lines.length, groups + 1, 'one line per entity');
    assert.ok(lines.includes('place,Lisbon,2,,,Portugal,'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('person,Ana Lopes,') && l.includes('Foreign Minister (Portugal)')), lines.join('\n'));
  });
});

test('export: standalone HTML with marks and escaped text', async () => {
  await withPage(async (page) => {
    await setArticle(page, TRICKY);
    const { name, text } = await download(page, 'download-html');
    assert.equal(name, 'article.html');
    assert.match(text, /^<!doctype html>/);
    assert.match(text, /<mark class="place" data-kind="place" title="Place: Lisbon">Lisbon<\/mark>/);
    // (The quoted words are a quotation: a <q> inside the escaped marks.)
    assert.ok(text.includes('&lt;b&gt;fish&lt;/b&gt; &amp; chips, please</q>&quot;'), 'article text escaped');
    assert.ok(!text.includes('<b>fish'), 'no raw markup from the article');
    // Opened on its own, it shows the article's text with its highlights.
    const view = await app.browser.context.newPage();
    await view.setContent(text);
    assert.equal(await view.locator('article').textContent(), TRICKY);
    assert.ok((await view.locator('article mark').count()) >= 5);
    await view.close();
  });
});

test('export: copy puts the JSON on the clipboard', async () => {
  await withPage(async (page) => {
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url.replace(/\/$/, '') });
    await setArticle(page, LISBON);
    await page.click('[data-testid="copy-json"]');
    await page.locator('.export-message', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(JSON.parse(copied).id, 'article');
  });
});

/** Waits until the page has saved `text` as the article (null: nothing saved). */
const saved = (page, text) =>
  page.waitForFunction((t) => localStorage.getItem('annotator.article') === t, text, { timeout: 5_000 });

test('memory: the article survives a reload; Clear forgets it', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await saved(page, LISBON);
    await page.reload();
    await page.waitForSelector('[data-engine="ready"]');
    await page.waitForFunction((t) => document.querySelector('textarea').value === t, LISBON);
    await waitAnnotated(page);
    assert.ok((await page.locator(`${VIEW} mark`).count()) >= 5, 'highlights back');
    assert.equal(await page.locator(`${VIEW} mark`, { hasText: /^Lisbon$/ }).count(), 2);
    await page.click('text=Clear');
    await waitAnnotated(page);
    await saved(page, null);
    await page.reload();
    await page.waitForSelector('[data-engine="ready"]');
    await waitAnnotated(page);
    assert.equal(await page.inputValue('textarea'), '');
    assert.equal(await page.locator(`${VIEW} mark`).count(), 0);
    assert.equal(await page.locator('[data-testid="storage-notice"]').count(), 0);
  });
});

test('memory: the last keystrokes are kept even on a quick reload', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await saved(page, LISBON);
    await page.fill('textarea', `${LISBON} Madrid`);
    await page.reload();
    await page.waitForSelector('[data-engine="ready"]');
    await page.waitForFunction((t) => document.querySelector('textarea').value === t, `${LISBON} Madrid`);
  });
});

/** Page scripts that make localStorage throw, as private modes and full disks do. */
const NO_STORAGE = `Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});`;
const FULL_STORAGE = `Storage.prototype.setItem = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};`;

/** Like withPage, with `init` run before the page's own scripts. */
async function withInit(init, fn) {
  const page = await openApp(app.browser.context, app.server.url, { init });
  try {
    await fn(page);
    assert.deepEqual(page.problems, [], 'no console errors, warnings or CSP violations');
  } finally {
    await page.close();
  }
}

test('memory: without storage the page works and says so once', async () => {
  await withInit(NO_STORAGE, async (page) => {
    const notice = page.locator('[data-testid="storage-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /will not keep your article/);
    await setArticle(page, LISBON);
    assert.ok((await page.locator(`${VIEW} mark`).count()) >= 5);
    await notice.locator('button').click();
    await page.fill('textarea', `${LISBON} Madrid`);
    await waitAnnotated(page);
    await page.waitForTimeout(700);
    assert.equal(await notice.count(), 0, 'dismissed for good');
  });
});

test('memory: a full storage shows one notice and the page still works', async () => {
  await withInit(FULL_STORAGE, async (page) => {
    const notice = page.locator('[data-testid="storage-notice"]');
    assert.equal(await notice.count(), 0, 'nothing to say before a save');
    await setArticle(page, LISBON);
    await notice.waitFor();
    await page.fill('textarea', `${LISBON} Madrid`);
    await waitAnnotated(page);
    await page.waitForTimeout(700);
    assert.equal(await notice.count(), 1, 'one notice');
    assert.ok((await page.locator(`${VIEW} mark`).count()) >= 5);
  });
});

test('a post named without its holder points to them, and back', async () => {
  await withPage(async (page) => {
    await setArticle(
      page,
      'Ukrainian President Taras Hnatyuk met Polish President Marek Zielinski in Gdansk.\n' +
        'On Friday the Ukrainian president said the talks went well.',
    );
    // The second sentence's `president` is Hnatyuk's.
    await page.locator(`${VIEW} mark`, { hasText: /^president$/ }).click();
    const details = page.locator(DETAILS);
    await details.waitFor();
    assert.equal(
      (await details.locator('[data-testid="mention-holder"]').textContent()).trim(),
      'Taras Hnatyuk',
    );
    // His card lists the reference; pressing it comes back to the mention.
    await details.locator('[data-testid="mention-holder"] button').click();
    await page.waitForFunction(
      () => document.querySelector('#details-name')?.textContent === 'Taras Hnatyuk',
    );
    const ref = details.locator('.references .snippet');
    assert.equal(await ref.count(), 1);
    assert.match(await ref.textContent(), /the Ukrainian president said/);
    // A title right before a name is no reference elsewhere: Zielinski has none.
    await mark(page, 'Marek Zielinski').click();
    await page.waitForFunction(
      () => document.querySelector('#details-name')?.textContent === 'Marek Zielinski',
    );
    assert.equal(await details.locator('.references').count(), 0);
  });
});
