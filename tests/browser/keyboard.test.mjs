// Access for all: every action works from the keyboard. One keyboard-only
// walk through the sample article in real headless Chromium: load it, open
// a highlight, step through its mentions, close it, correct it, undo, and
// mark missed text selected in the article box with Shift+arrows. Each step
// checks where the focus is and that it is visible.
// Run with `bash scripts/test-browser.sh` (builds dist/ first).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { waitAnnotated, marks, VIEW, appSuite } from './harness.mjs';

const DETAILS = '[data-testid="entity-details"]';
const TOOLBAR = '[data-testid="mark-toolbar"]';

const app = appSuite();

/** A fresh page per test; fails the test on console errors or CSP violations. */
const withPage = app.withPage;

/** The focused element, described, and whether its focus shows (outline or box-shadow). */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName,
      id: el.id,
      testid: el.dataset.testid ?? null,
      mention: el.dataset.mention ?? null,
      entity: el.dataset.entity ?? null,
      text: el.textContent,
      className: typeof el.className === 'string' ? el.className : '',
      inDetails: !!el.closest('[data-testid="entity-details"]'),
      inToolbar: el.closest('[data-testid="mark-toolbar"]')?.dataset.source ?? null,
      visible: outline || style.boxShadow !== 'none',
    };
  });

/** Asserts the focus is visible on the focused element, and returns it. */
async function visibleFocus(page, what) {
  const f = await focused(page);
  assert.ok(f.visible, `${what}: focus is visible (outline or box-shadow) on ${f.tag}#${f.id}`);
  return f;
}

/** Presses Tab (or Shift+Tab) until `want(focused)` holds; fails after `max` presses. */
async function tabTo(page, want, what, { max = 150, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  assert.fail(`${what}: not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

test('keyboard only: sample, highlights, details, correct, undo, mark selected text', async () => {
  await withPage(async (page) => {
    // 1. Load the sample with the keyboard.
    const sample = await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Sample article', 'the sample button');
    await visibleFocus(page, 'sample button');
    assert.equal(sample.tag, 'BUTTON');
    await page.keyboard.press('Enter');
    await waitAnnotated(page);
    const all = await marks(page);
    assert.ok(all.length > 10, `the sample is highlighted: ${all.length} marks`);
    const perEntity = {};
    for (const m of all) perEntity[m.entity] = (perEntity[m.entity] ?? 0) + 1;

    // 2. Tab on to the first highlight (through Clear and the article box).
    const first = await tabTo(page, (f) => f.tag === 'MARK', 'the first highlight');
    await visibleFocus(page, 'first highlight');
    assert.equal(first.mention, '0', 'the first highlight in the text');
    // Then to the first highlight of an entity mentioned more than once.
    const mark = perEntity[first.entity] > 1
      ? first
      : await tabTo(page, (f) => f.tag === 'MARK' && perEntity[f.entity] > 1, 'a highlight mentioned twice');
    await visibleFocus(page, 'highlight');
    const name = all[Number(mark.mention)].text;

    // 3. Enter opens its details; the focus stays on the mark.
    await page.keyboard.press('Enter');
    await page.locator(DETAILS).waitFor();
    const label = await page.locator(`${VIEW} mark[data-mention="${mark.mention}"]`).getAttribute('aria-label');
    assert.ok(label.includes(await page.locator(`${DETAILS} h2`).textContent()), 'the card is for that mark');
    assert.equal((await focused(page)).mention, mark.mention);

    // 4. N and P move between its highlights, the focus (visible) with them.
    await page.keyboard.press('n');
    const next = await visibleFocus(page, 'next mention');
    assert.equal(next.tag, 'MARK');
    assert.notEqual(next.mention, mark.mention, 'N moved on');
    assert.equal(next.entity, mark.entity, 'to the same entity');
    assert.match(next.className, /\bcurrent\b/);
    assert.match(await page.locator(`${DETAILS} .stepper-pos`).textContent(), /^Mention 2 of \d+$/);
    await page.keyboard.press('p');
    assert.equal((await visibleFocus(page, 'previous mention')).mention, mark.mention, 'P went back');

    // 5. Escape closes the card and leaves the focus on the mark.
    await page.keyboard.press('Escape');
    await page.locator(DETAILS).waitFor({ state: 'detached' });
    assert.equal((await visibleFocus(page, 'after Escape')).mention, mark.mention);

    // 6. C on the mark opens its card with the focus on its "Not a …" button; Enter.
    await page.keyboard.press('c');
    await page.locator(DETAILS).waitFor();
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'correct-remove', null, { timeout: 5_000 });
    const remove = await visibleFocus(page, '"Not a …" button after C');
    assert.equal(remove.testid, 'correct-remove');
    assert.ok(remove.inDetails);
    assert.match(await page.locator(`${DETAILS} .keys`).textContent(), /C corrections/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ({ sel, name }) => ![...document.querySelectorAll(`${sel} mark`)].some((m) => m.textContent === name),
      { sel: VIEW, name },
      { timeout: 5_000 },
    );
    assert.match(await page.locator('[data-testid="correction-message"]').textContent(), /no longer highlighted/);
    // The card is gone with the highlight; the focus went to Undo.
    await page.locator(DETAILS).waitFor({ state: 'detached' });
    const undo = await visibleFocus(page, 'Undo after a correction');
    assert.equal(undo.id, 'undo-button');

    // 7. Undo with the keyboard: Enter on the focused Undo.
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ({ sel, count }) => document.querySelectorAll(`${sel} mark`).length === count,
      { sel: VIEW, count: all.length },
      { timeout: 5_000 },
    );
    assert.deepEqual(await marks(page), all, 'every highlight is back');
    assert.match(await page.locator('[data-testid="correction-message"]').textContent(), /^Undone:/);

    // 8. Back to the article box (Shift+Tab; Undo is disabled again).
    const box = await tabTo(page, (f) => f.tag === 'TEXTAREA', 'the article box', { back: true, max: 200 });
    assert.equal(box.id, 'article-text');
    await visibleFocus(page, 'article box');
    const sampleText = await page.inputValue('textarea');
    // A word the engine did not mark, after curly quotes and a dash.
    const word = 'delegation';
    assert.ok(!all.some((m) => m.text.includes(word)), `“${word}” is not highlighted yet`);
    const at = sampleText.indexOf(word);
    // Put the caret two letters into the word (standing in for the arrow
    // presses that would walk there), then select three letters with Shift+Right.
    await page.evaluate((u) => document.activeElement.setSelectionRange(u, u), at + 2);
    const announce = page.locator('[data-testid="mark-announce"][data-source="article"]');
    assert.equal(await announce.count(), 1, 'the status region is in the page before any selection');
    assert.equal(await announce.textContent(), '');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    assert.deepEqual(
      await page.evaluate(() => [document.activeElement.selectionStart, document.activeElement.selectionEnd]),
      [at + 2, at + 5],
      'Shift+Right selected three letters',
    );

    // 9. The "Mark as" bar offers the whole word; Escape closes it and the
    // focus stays in the box, the selection dropped.
    const bar = page.locator(`${TOOLBAR}[data-source="article"]`);
    await bar.waitFor();
    assert.equal(await bar.locator('strong').textContent(), `“${word}”`, 'widened to the whole word');
    assert.equal(await bar.getAttribute('aria-keyshortcuts'), 'Alt+M');
    assert.equal(await page.locator(TOOLBAR).count(), 1, 'one bar');
    // A screen reader is told: the status region was there before, its text changed.
    assert.equal(
      await page.locator('[data-testid="mark-announce"][data-source="article"]').textContent(),
      `“${word}” selected. Alt+M: mark it as a person, place or position.`,
    );
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).tag, 'TEXTAREA');
    assert.equal(await page.evaluate(() => document.activeElement.selectionStart === document.activeElement.selectionEnd), true);

    // 10. Select again; Tab from the box lands on the bar's first button.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await bar.waitFor();
    assert.equal(await bar.locator('strong').textContent(), `“${word}”`);
    await page.keyboard.press('Tab');
    const firstButton = await visibleFocus(page, 'the bar\'s first button');
    assert.equal(firstButton.inToolbar, 'article');
    assert.equal(firstButton.testid, 'mark-person');
    // Escape there closes the bar and gives the focus back to the box.
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).tag, 'TEXTAREA', 'focus back in the article box');

    // 11. Select again; Alt+M reaches the bar; Tab to "Position", Enter.
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
    await bar.waitFor();
    await page.keyboard.press('Alt+m');
    assert.equal((await visibleFocus(page, 'Alt+M')).testid, 'mark-person');
    const position = await tabTo(page, (f) => f.testid === 'mark-position', 'the bar\'s Position button', { max: 3 });
    assert.equal(position.inToolbar, 'article');
    await visibleFocus(page, 'Position button');
    await page.keyboard.press('Enter');

    // 12. The word is a highlight now, at its code-point offsets; the focus is on Undo.
    await bar.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ({ sel, word }) => [...document.querySelectorAll(`${sel} mark[data-kind]`)].some((m) => m.textContent === word),
      { sel: VIEW, word },
      { timeout: 5_000 },
    );
    const added = (await marks(page)).filter((m) => m.text === word);
    const start = [...sampleText.slice(0, at)].length;
    assert.deepEqual(added, [{ text: word, kind: 'position', entity: added[0].entity, start, end: start + word.length }]);
    assert.match(await page.locator('[data-testid="correction-message"]').textContent(), /“delegation” is now marked as a position/);
    assert.equal((await visibleFocus(page, 'Undo after marking')).id, 'undo-button');
  });
});
