// Writes docs/screenshot-map.png (1280x800): the sample article with Lisbon's
// details card (and its small map) open, beside the map of all places. Run
// after `trunk build --release`:
//   node tests/browser/screenshot-map.mjs [out.png] [--dark]
// (Not a test: node --test only picks up *.test.mjs.)

import path from 'node:path';
import { repoRoot, serveDist, launch, openApp, waitAnnotated } from './harness.mjs';

const args = process.argv.slice(2);
const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(repoRoot, 'docs/screenshot-map.png'));
const dark = args.includes('--dark');

const server = await serveDist();
const browser = await launch();
try {
  const page = await openApp(browser.context, server.url);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.click('text=Sample article');
  await waitAnnotated(page);
  await page.locator('[data-testid="map-dot"][aria-label="Place: Lisbon"]').click();
  await page.locator('[data-testid="entity-details"]').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}${page.problems.length ? `; problems: ${page.problems.join('; ')}` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
