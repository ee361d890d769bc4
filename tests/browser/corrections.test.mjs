// Corrections (issue #5): remove a highlight, change its kind, mark missed
// text, undo; the reader's rules are kept (localStorage), apply to later
// articles and are listed on "Your corrections". Real headless Chromium.
// Run with `bash scripts/test-browser.sh`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, setArticle, waitAnnotated, marks, VIEW, appSuite, contrastRatios } from './harness.mjs';

const DETAILS = '[data-testid="entity-details"]';
const TOOLBAR = '[data-testid="mark-toolbar"]';
const PANEL = '[data-testid="corrections"]';
const RULES_KEY = 'annotator.rules';

/** The engine finds Ana Lopes, Foreign Minister, Lisbon (twice), Portugal, Madrid. */
const LISBON =
  'Portuguese Foreign Minister Ana Lopes flew home on Tuesday. She said the talks went well.\n' +
  'In Lisbon, Portugal, she met reporters before leaving for Madrid. Lisbon was calm.';

/** A later article with the same names, after an emoji (two code points, four UTF-16 units). */
const LATER = '🇪🇸 Talks in Madrid ended. The reporters then flew to Lisbon, where Ana Lopes met them.';

const app = appSuite();

/** A fresh page per test; fails the test on console errors or CSP violations. */
const withPage = app.withPage;

/** The marks reading exactly `text`. */
const marksOf = (page, text) => page.locator(`${VIEW} mark`, { hasText: new RegExp(`^${text}$`) });

/** The kinds of the marks reading exactly `text`, in order. */
const kindsOf = async (page, text) => (await marks(page)).filter((m) => m.text === text).map((m) => m.kind);

/** Waits until the marks reading `text` have exactly `kinds`. */
async function waitKinds(page, text, kinds) {
  await page.waitForFunction(
    ({ sel, text, kinds }) => {
      const got = [...document.querySelectorAll(`${sel} mark`)].filter((m) => m.textContent === text).map((m) => m.dataset.kind);
      return JSON.stringify(got) === JSON.stringify(kinds);
    },
    { sel: VIEW, text, kinds },
    { timeout: 5_000 },
  ).catch(async () => {
    assert.deepEqual(await kindsOf(page, text), kinds, `marks of “${text}”`);
  });
}

/** Opens the first mark reading `text` and presses a correction button in its card. */
async function correct(page, text, testid) {
  await marksOf(page, text).first().click();
  const details = page.locator(DETAILS);
  await details.waitFor();
  await details.locator(`[data-testid="${testid}"]`).click();
}

/** Selects `text` (its `nth` occurrence) in the highlighted view, as a drag would. */
async function select(page, text, nth = 0) {
  await page.evaluate(({ sel, text, nth }) => {
    const view = document.querySelector(sel);
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = n.data.indexOf(text); i !== -1; i = n.data.indexOf(text, i + 1)) {
        if (seen++ === nth) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + text.length);
          getSelection().removeAllRanges();
          getSelection().addRange(r);
          return;
        }
      }
    }
    const nodes = [];
    const w = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n.data);
    throw new Error(`not in the view: ${text} ${JSON.stringify(nodes)}`);
  }, { sel: VIEW, text, nth });
}

/** Double-clicks the word `word` in the highlighted view (selects it, as a reader would). */
async function doubleClickWord(page, word) {
  const box = await page.evaluate(({ sel, word }) => {
    const view = document.querySelector(sel);
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(word);
      if (i !== -1) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + word.length);
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  }, { sel: VIEW, word });
  assert.ok(box, `${word} in the view`);
  await page.mouse.dblclick(box.x, box.y);
}

/** The saved rules, parsed (null: none saved). */
const savedRules = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), RULES_KEY);

/** Reloads and waits for the kept article to be annotated again. */
async function reload(page, text) {
  await page.reload();
  await page.waitForSelector('[data-engine="ready"]');
  await page.waitForFunction((t) => document.querySelector('textarea').value === t, text);
  await waitAnnotated(page);
}

test('correct, reload, see the correction kept and applied to another article', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    // What the engine found, so the assertions below can fail.
    assert.deepEqual(await kindsOf(page, 'Madrid'), ['place']);
    assert.deepEqual(await kindsOf(page, 'Lisbon'), ['place', 'place']);
    assert.deepEqual(await kindsOf(page, 'reporters'), []);
    const undo = page.locator('[data-testid="undo"]');
    assert.ok(await undo.isDisabled(), 'nothing to undo yet');

    // Remove: "Not a place".
    await correct(page, 'Madrid', 'correct-remove');
    await waitKinds(page, 'Madrid', []);
    await page.locator(DETAILS).waitFor({ state: 'detached' });
    assert.match(await page.locator('[data-testid="correction-message"]').textContent(), /“Madrid” is no longer highlighted/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'undo-button', 'focus on Undo');

    // Retype: every "Lisbon" becomes a position; the card follows the mention.
    await correct(page, 'Lisbon', 'correct-position');
    await waitKinds(page, 'Lisbon', ['position', 'position']);
    assert.equal(await page.locator(DETAILS).getAttribute('data-kind'), 'position');
    assert.match(await page.locator(DETAILS).textContent(), /You marked this as a position/);

    // Undo (the button) puts the places back; do it again for the rest of the test.
    await undo.click();
    await waitKinds(page, 'Lisbon', ['place', 'place']);
    assert.deepEqual(await kindsOf(page, 'Madrid'), [], 'only the last correction undone');
    await correct(page, 'Lisbon', 'correct-position');
    await waitKinds(page, 'Lisbon', ['position', 'position']);

    // Mark missed text: double-click "reporters", then "Position" in the bar.
    await doubleClickWord(page, 'reporters');
    const bar = page.locator(TOOLBAR);
    await bar.waitFor();
    assert.match(await bar.textContent(), /Mark “reporters” as/);
    await bar.locator('[data-testid="mark-position"]').click();
    await waitKinds(page, 'reporters', ['position']);
    await bar.waitFor({ state: 'detached' });
    const rep = (await marks(page)).find((m) => m.text === 'reporters');
    const at = [...LISBON.slice(0, LISBON.indexOf('reporters'))].length;
    assert.deepEqual([rep.start, rep.end], [at, at + 9], 'code-point offsets of the new mark');

    // Ctrl+Z (focus is not in the textarea) undoes the mark.
    await page.keyboard.press('Control+z');
    await waitKinds(page, 'reporters', []);
    assert.equal(await page.inputValue('textarea'), LISBON, 'the browser\'s own undo did not run');
    // Part of the word, selected: the bar offers the whole word.
    await select(page, 'eporte');
    await bar.waitFor();
    assert.match(await bar.textContent(), /Mark “reporters” as/);
    await bar.locator('[data-testid="mark-position"]').click();
    await waitKinds(page, 'reporters', ['position']);

    // Kept as versioned JSON, apart from the article.
    const saved = await savedRules(page);
    assert.equal(saved.version, 1);
    assert.deepEqual(saved.rules, [
      { text: 'Madrid', action: 'remove' },
      { text: 'Lisbon', action: 'retype', kind: 'position' },
      { text: 'reporters', action: 'add', kind: 'position' },
    ]);

    // Reload: the corrections are still applied.
    await page.waitForFunction((t) => localStorage.getItem('annotator.article') === t, LISBON);
    await reload(page, LISBON);
    await waitKinds(page, 'Lisbon', ['position', 'position']);
    assert.deepEqual(await kindsOf(page, 'Madrid'), []);
    assert.deepEqual(await kindsOf(page, 'reporters'), ['position']);
    assert.deepEqual(await kindsOf(page, 'Ana Lopes'), ['person'], 'the rest as the engine found it');
    assert.equal(await page.locator('[data-testid="corrections-toggle"] .count').textContent(), '3');

    // Clear keeps the rules; another article gets them too.
    await page.click('text=Clear');
    await waitAnnotated(page);
    assert.equal((await savedRules(page)).rules.length, 3, 'Clear keeps the corrections');
    await setArticle(page, LATER);
    assert.deepEqual(await kindsOf(page, 'Madrid'), []);
    assert.deepEqual(await kindsOf(page, 'Lisbon'), ['position']);
    assert.deepEqual(await kindsOf(page, 'reporters'), ['position']);
    assert.deepEqual(await kindsOf(page, 'Ana Lopes'), ['person']);
    const later = (await marks(page)).find((m) => m.text === 'reporters');
    const at2 = [...LATER.slice(0, LATER.indexOf('reporters'))].length;
    assert.deepEqual([later.start, later.end], [at2, at2 + 9], 'code points after an emoji');
  });
});

test('your corrections: listed, deleted one by one or all, keyboard and narrow screen', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await correct(page, 'Madrid', 'correct-remove');
    await waitKinds(page, 'Madrid', []);
    await correct(page, 'Lisbon', 'correct-person');
    await waitKinds(page, 'Lisbon', ['person', 'person']);

    const toggle = page.locator('[data-testid="corrections-toggle"]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    const panel = page.locator(PANEL);
    await panel.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'corrections-heading', 'focus moves to the list');
    const items = panel.locator('[data-testid="rule"]');
    assert.deepEqual(await items.evaluateAll((li) => li.map((l) => l.dataset.text)), ['Madrid', 'Lisbon']);
    assert.match(await items.nth(0).textContent(), /Not highlighted/);
    assert.match(await items.nth(1).textContent(), /Changed to person/);

    // Download: the rules file the command line reads (`annotate --rules`),
    // the same JSON the page keeps.
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-testid="download-rules"]').click(),
    ]);
    assert.equal(dl.suggestedFilename(), 'annotator-corrections.json');
    const file = JSON.parse(await readFile(await dl.path(), 'utf8'));
    assert.deepEqual(file, await savedRules(page));
    assert.deepEqual(file.rules.map((r) => [r.text, r.action, r.kind ?? null]), [
      ['Madrid', 'remove', null],
      ['Lisbon', 'retype', 'person'],
    ]);

    // Delete one: its effect goes at once; the focus moves to the next Delete.
    await panel.getByRole('button', { name: 'Delete the correction of “Lisbon”' }).click();
    await waitKinds(page, 'Lisbon', ['place', 'place']);
    assert.deepEqual(await kindsOf(page, 'Madrid'), [], 'the other rule still applies');
    assert.equal(await items.count(), 1);
    assert.equal((await savedRules(page)).rules.length, 1);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'delete-rule-0');
    // The keyboard: Enter on the focused Delete.
    await page.keyboard.press('Enter');
    await waitKinds(page, 'Madrid', ['place']);
    assert.equal(await items.count(), 0);
    assert.equal(await savedRules(page), null, 'nothing left to keep');
    // Undo brings a deleted rule back.
    await page.keyboard.press('Control+z');
    await waitKinds(page, 'Madrid', []);
    assert.equal(await items.count(), 1);

    // Delete all, then Esc closes the list and gives the focus back.
    await panel.locator('[data-testid="delete-all-rules"]').click();
    await waitKinds(page, 'Madrid', ['place']);
    assert.match(await panel.textContent(), /No corrections yet/);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'corrections-toggle');

    // At 360 px wide, the list and the card's buttons fit without scrolling sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await correct(page, 'Lisbon', 'correct-remove');
    await toggle.click();
    await panel.waitFor();
    await marksOf(page, 'Ana Lopes').click();
    await page.locator(`${DETAILS} [data-testid="correct-remove"]`).waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `page is ${wide} px wide`);
    for (const sel of [`${PANEL} [data-testid="rule"] button`, `${DETAILS} [data-testid="correct-place"]`]) {
      const box = await page.locator(sel).first().boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${sel} on screen: ${JSON.stringify(box)}`);
    }
  });
});

test('corrections work without storage, and the page says once that they will not be kept', async () => {
  const page = await openApp(app.browser.context, app.server.url, {
    init: `Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });`,
  });
  try {
    const notice = page.locator('[data-testid="storage-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /your corrections/);
    await setArticle(page, LISBON);
    await correct(page, 'Madrid', 'correct-remove');
    await waitKinds(page, 'Madrid', []);
    assert.equal(await notice.count(), 1, 'one notice');
    await page.keyboard.press('Control+z');
    await waitKinds(page, 'Madrid', ['place']);
    assert.deepEqual(page.problems, [], 'no console errors, warnings or CSP violations');
  } finally {
    await page.close();
  }
});

test('Ctrl+Z in the article box undoes typing, not a correction', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await correct(page, 'Madrid', 'correct-remove');
    await waitKinds(page, 'Madrid', []);
    await page.focus('textarea');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    assert.deepEqual(await kindsOf(page, 'Madrid'), [], 'the correction stays');
    assert.equal(await page.locator('[data-testid="undo"]').isDisabled(), false);
  });
});

test('correction controls meet WCAG AA contrast in light and dark themes', async () => {
  await withPage(async (page) => {
    await setArticle(page, LISBON);
    await correct(page, 'Madrid', 'correct-remove');
    await waitKinds(page, 'Madrid', []);
    await marksOf(page, 'Lisbon').first().click();
    await page.locator(DETAILS).waitFor();
    await page.click('[data-testid="corrections-toggle"]');
    await page.locator(PANEL).waitFor();
    await select(page, 'reporters');
    await page.locator(TOOLBAR).waitFor();
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const sels = [
        '[data-testid="correct-remove"]', '[data-testid="correct-person"]', '[data-testid="correct-position"]',
        '.correct-title', '.correct-note', '.correct-or',
        '[data-testid="mark-person"]', '[data-testid="mark-place"]', '[data-testid="mark-position"]', '.mark-text',
        '.corrections-title', '.corrections-note', '.rule-text', '.rule-does', '.rule .button',
        '[data-testid="corrections-toggle"]', '.count', '[data-testid="undo"]', '.correction-message',
      ];
      const pairs = await contrastRatios(page, sels.map((sel) => [sel, 'nearest']), { missing: 'fail' });
      for (const { sel, ratio } of pairs) {
        assert.ok(ratio >= 4.5, `${scheme}: ${sel} contrast ${ratio.toFixed(2)} < 4.5`);
      }
    }
  });
});
