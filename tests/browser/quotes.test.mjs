// Who said what (issue 13): quotations marked in the highlighted view (their
// own style, the speaker on hover and focus), a person's quotations in their
// card (`entity-quotes`), a quotation's own details, the legend's toggle and
// the speaker correction. Real headless Chromium; run with
// `bash scripts/test-browser.sh`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setArticle, VIEW, appSuite } from './harness.mjs';

const app = appSuite();
const withPage = app.withPage;

const WORDS = 'We will build the new bridge before winter,';
/** An invented article: Ola Nkem says the quotation, Ada Moss is also a person. */
const ARTICLE =
  '🌉 Finance Minister Ola Nkem spoke in Lisbon on Monday. ' +
  `“${WORDS}” Nkem said. Ada Moss, the mayor, disagreed.`;

const QUOTE = `${VIEW} .quote[data-quote]`;
const DETAILS = '[data-testid="entity-details"]';
const QUOTE_CARD = '[data-testid="quote-details"]';

test('a quotation is marked, shows its speaker, and is listed in its person’s card', async () => {
  await withPage(async (page) => {
    await setArticle(page, ARTICLE);
    const quote = page.locator(QUOTE).first();
    assert.equal(await quote.textContent(), WORDS, 'the quoted words, exactly');
    assert.equal(await quote.getAttribute('data-speaker'), 'Ola Nkem');
    // Not colour alone: an underline and a ❝ before the words.
    const style = await quote.evaluate((el) => ({
      line: getComputedStyle(el).textDecorationLine,
      icon: getComputedStyle(el, '::before').content,
    }));
    assert.match(style.line, /underline/);
    assert.match(style.icon, /❝/);
    // The speaker on focus (and on hover: the same rule).
    await quote.focus();
    const says = await quote.evaluate((el) => getComputedStyle(el, '::after').content);
    assert.match(says, /Said by Ola Nkem/);
    assert.match(await quote.getAttribute('title'), /Said by Ola Nkem/);

    // The person's card lists the quotation; it leads to its place.
    await page.locator(`${VIEW} mark[data-kind="person"]`, { hasText: /^Ola Nkem$/ }).first().click();
    const list = page.locator(`${DETAILS} [data-testid="entity-quotes"]`);
    await list.waitFor();
    assert.match(await list.textContent(), /We will build the new bridge before winter/);
    await list.locator('button').first().click();
    await page.waitForFunction((sel) => document.activeElement?.matches(sel), QUOTE);
    assert.ok(await page.locator(`${QUOTE}.open`).count(), 'the quotation is the open one');
    // Its own details: who and why.
    const card = page.locator(QUOTE_CARD);
    await card.waitFor();
    assert.equal((await card.locator('[data-testid="quote-speaker"]').textContent()).trim(), 'Ola Nkem');
    assert.ok((await card.locator('[data-testid="quote-reason"]').textContent()).trim().length > 0);
    // Esc closes the person's card, then the quotation's.
    await page.keyboard.press('Escape');
    await page.locator(DETAILS).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // A click on the quotation's words (not on a mark) opens it again.
    await page.locator(QUOTE).first().dispatchEvent('click');
    await card.waitFor();
  });
});

test('quotations can be hidden, and a correction gives one another speaker or none', async () => {
  await withPage(async (page) => {
    await setArticle(page, ARTICLE);
    const toggle = page.locator('[data-testid="quotes-toggle"]');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator(QUOTE).count(), 0, 'no quotation marked');
    assert.equal(await page.locator(`${VIEW} mark`, { hasText: /^Nkem$/ }).count(), 1, 'mentions stay');
    await toggle.click();
    assert.equal(await page.locator(QUOTE).count(), 1);

    // Open it (Enter on the focused quotation), give it to Ada Moss.
    await page.locator(QUOTE).first().focus();
    await page.keyboard.press('Enter');
    const card = page.locator(QUOTE_CARD);
    await card.waitFor();
    await card.locator('[data-testid="quote-speaker-select"]').selectOption('Ada Moss');
    await card.locator('[data-testid="quote-speaker-apply"]').click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.speaker === 'Ada Moss', QUOTE);
    assert.equal((await card.locator('[data-testid="quote-speaker"]').textContent()).trim(), 'Ada Moss');
    assert.match(await card.locator('[data-testid="quote-reason"]').textContent(), /^You /);
    assert.match(await page.locator('[data-testid="correction-message"]').textContent(), /now said by Ada Moss/);
    // Listed in "Your corrections".
    await page.click('[data-testid="corrections-toggle"]');
    const rule = page.locator(`[data-testid="rule"][data-text="${WORDS}"]`);
    assert.match(await rule.textContent(), /Quotation said by Ada Moss/);
    await page.click('[data-testid="corrections-toggle"]');
    // No one.
    await card.locator('[data-testid="quote-speaker-select"]').selectOption('');
    await card.locator('[data-testid="quote-speaker-apply"]').click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.speaker === '', QUOTE);
    assert.match(await card.locator('[data-testid="quote-speaker"]').textContent(), /No one named/);
    // The rules are kept as version 2.
    const saved = await page.evaluate(() => localStorage.getItem('annotator.rules'));
    assert.match(saved ?? '', /"version":2/);
  });
});
