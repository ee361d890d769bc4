// Writes docs/screenshot.png (1280x800): the sample article with a details
// card open. Run after `trunk build --release`:
//   node tests/browser/screenshot.mjs [out.png] [--dark] [--width=360]
// The README's three:
//   node tests/browser/screenshot.mjs
//   node tests/browser/screenshot.mjs docs/screenshot-dark.png --dark
//   node tests/browser/screenshot.mjs docs/screenshot-narrow.png --width=360
// then `pngquant --quality=80-95 --force --output F F` on each (Debian's
// pngquant) to keep them small. (Not a test: node --test only picks up
// *.test.mjs.)

import path from 'node:path';
import { repoRoot, serveDist, launch, openApp, waitAnnotated, VIEW } from './harness.mjs';

const args = process.argv.slice(2);
const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(repoRoot, 'docs/screenshot.png'));
const dark = args.includes('--dark');
const width = Number((args.find((a) => a.startsWith('--width=')) ?? '--width=1280').split('=')[1]);

const server = await serveDist();
const browser = await launch();
try {
  const page = await openApp(browser.context, server.url);
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.click('text=Sample article');
  await waitAnnotated(page);
  // Open the sample's foreign minister (or else the first highlight).
  const mark = page.locator(`${VIEW} mark`, { hasText: /^Ana Lopes$/ });
  await ((await mark.count()) ? mark.first() : page.locator(`${VIEW} mark`).first()).click();
  await page.locator('[data-testid="entity-details"]').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}${page.problems.length ? `; problems: ${page.problems.join('; ')}` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
