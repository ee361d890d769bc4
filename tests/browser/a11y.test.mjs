// Accessibility (issue #6): axe-core (npm `axe-core`) on the annotated
// sample article with a details card open, in the light and dark themes, at
// 1280 px and at 360 px. No violation of impact serious or critical.
//
// axe's source is run with page.evaluate, which goes through the DevTools
// protocol and so is not subject to the page's Content-Security-Policy: no
// inline <script>, and no `bypassCSP` (the page's CSP stays in force and is
// still checked by withPage's "no CSP violations").

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { waitAnnotated, appSuite, VIEW } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const app = appSuite();

/** axe's violations of impact serious or critical, one line each. */
async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const width of [1280, 360]) {
  test(`axe: no serious or critical violations at ${width} px, light and dark, details open`, async () => {
    await app.withPage(async (page) => {
      await page.setViewportSize({ width, height: 800 });
      await page.click('text=Sample article');
      await waitAnnotated(page);
      await page.locator(`${VIEW} mark`).first().click();
      await page.locator('[data-testid="entity-details"]').waitFor();
      const found = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        // Let the colour transition (if any) settle before contrast checks.
        await page.waitForTimeout(200);
        for (const v of await seriousViolations(page)) {
          found.push(`${scheme}: [${v.impact}] ${v.id} (${v.help})\n    ${v.nodes.slice(0, 5).join('\n    ')}`);
        }
      }
      assert.deepEqual(found, [], `axe violations:\n${found.join('\n')}`);
    });
  });
}

test('axe finds a planted violation (the check can fail)', async () => {
  await app.withPage(async (page) => {
    await page.click('text=Sample article');
    await waitAnnotated(page);
    // A button with no name: axe's button-name rule, impact critical.
    await page.evaluate(() => document.querySelector('.actions').append(document.createElement('button')));
    const ids = (await seriousViolations(page)).map((v) => v.id);
    assert.ok(ids.includes('button-name'), `violations: ${ids}`);
  });
});
