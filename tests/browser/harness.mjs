// Shared set-up for the browser tests: a static server for dist/, Debian's
// headless Chromium through playwright-core, and page helpers.
//
// Not a test file itself (node --test only runs *.test.mjs here).

import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(repoRoot, 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ on 127.0.0.1 at a random port. Returns { url, close }.
 * `transform(path, body)` may change (or delay) what a file is served as.
 */
export async function serveDist({ transform } = {}) {
  const server = createServer(async (req, res) => {
    try {
      let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (p.endsWith('/')) p += 'index.html';
      const file = path.join(dist, path.normalize(p));
      if (!file.startsWith(dist)) throw new Error('outside dist');
      let body = await readFile(file);
      if (transform) body = await transform(p, body);
      res.writeHead(200, {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    // Also ends kept-alive connections, so the server is really gone.
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

/** Launches headless Debian Chromium with a fresh profile. Returns { browser, close }. */
export async function launch() {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'annotator-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the page and waits for the app to mount. Records console errors,
 * page errors and CSP violations in `page.problems`. The page remembers the
 * last article (localStorage, shared by a test file's pages): it starts from
 * an empty store. `init` is a script to run before the page's own, on every
 * load.
 */
export async function openApp(context, url, { init } = {}) {
  const page = await context.newPage();
  // Forget an earlier page's article, on this tab's first load only (so
  // that reloads still find what the page kept).
  await page.addInitScript(() => {
    try {
      if (!sessionStorage.getItem('harness-cleared')) {
        localStorage.clear();
        sessionStorage.setItem('harness-cleared', '1');
      }
    } catch {
      // No storage: nothing to forget.
    }
  });
  if (init) await page.addInitScript(init);
  page.problems = [];
  // Every request, from the first: tests check none happen after load.
  page.requests = [];
  page.on('request', (r) => page.requests.push(`${r.method()} ${r.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') page.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('textarea');
  await page.waitForLoadState('load');
  // The engine's worker has loaded and answered its warm-up request.
  await page.waitForSelector('[data-engine="ready"]');
  return page;
}

/** The annotated view. */
export const VIEW = '[data-testid="annotated-view"]';

/** Waits until the annotated view shows the textarea's current text, annotated. */
export async function waitAnnotated(page) {
  await page.waitForFunction(
    (sel) => {
      const v = document.querySelector(sel);
      const t = document.querySelector('textarea');
      return v && t && v.dataset.status === 'ready' && v.textContent === t.value;
    },
    VIEW,
    { timeout: 10_000 },
  );
}

/** Fills the article box (as a paste would) and waits for the annotation. */
export async function setArticle(page, text) {
  await page.fill('textarea', text);
  await waitAnnotated(page);
}

/** `[[text|kind]]` -> text, and no `@holds` lines: the plain article. */
export function stripGold(md) {
  return md
    .split('\n')
    .filter((line) => !line.startsWith('@holds'))
    .join('\n')
    .replace(/\[\[([^\]|]+)\|[a-z]+\]\]/g, '$1')
    .trim();
}

/** Every mark in the annotated view: { text, kind, entity, start, end }. */
export function marks(page) {
  return page.$$eval(`${VIEW} mark`, (ms) =>
    ms.map((m) => ({
      text: m.textContent,
      kind: m.dataset.kind,
      entity: m.dataset.entity,
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
    })),
  );
}

/** Runs `fn` on a fresh page of the app; fails on console errors or CSP violations. */
export async function withPage(browser, server, fn) {
  const page = await openApp(browser.context, server.url);
  try {
    await fn(page);
    assert.deepEqual(page.problems, [], 'no console errors, warnings or CSP violations');
  } finally {
    await page.close();
  }
}

/**
 * The usual set-up of a test file: one server for dist/ and one browser,
 * started before its tests and closed after them. Returns { server, browser,
 * withPage(fn) }; `server` and `browser` are there once the tests run.
 */
export function appSuite() {
  const app = {
    server: undefined,
    browser: undefined,
    withPage: (fn) => withPage(app.browser, app.server, fn),
  };
  before(async () => {
    app.server = await serveDist();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * WCAG contrast ratios, computed in the page: for each `[selector, background]`,
 * the ratio of the element's text colour to a background: its own (`'own'`),
 * the nearest opaque one up its ancestors (`'nearest'`, white if none), or
 * another element's (a selector). Returns `[{ sel, ratio }]`; an element not in
 * the page gives ratio 0 if `missing` is `'fail'`, else it is left out.
 */
export function contrastRatios(page, checks, { missing = 'skip' } = {}) {
  return page.evaluate(({ checks, missing }) => {
    const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const nearest = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const out = [];
    for (const [sel, bg] of checks) {
      const el = document.querySelector(sel);
      if (!el) {
        if (missing === 'fail') out.push({ sel, ratio: 0 });
        continue;
      }
      const back = bg === 'nearest' ? nearest(el)
        : getComputedStyle(bg === 'own' ? el : document.querySelector(bg)).backgroundColor;
      out.push({ sel, ratio: ratio(getComputedStyle(el).color, back) });
    }
    return out;
  }, { checks, missing });
}
