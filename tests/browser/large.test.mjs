// Big pastes and live updates (issue #5): the page stays responsive.
//
// - 5 MB paste: no main-thread task over 100 ms (PerformanceObserver
//   'longtask', buffered) from the paste to its highlights, and progress is
//   shown meanwhile.
// - 10 MB paste: completes, and the page still responds.
// - 10 KB article: time from the last input event to updated highlights.
//
// The text is the news-dev articles (without their gold marks), repeated.
// Figures are printed as test diagnostics (`# ...` lines in the output).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, openApp, stripGold, waitAnnotated, marks, VIEW, appSuite } from './harness.mjs';

const DEBOUNCE_MS = 200; // src/ui/hooks/use_annotator.rs
const MAX_TASK_MS = 100;

const app = appSuite();
let articles;

before(async () => {
  const dir = path.resolve(repoRoot, '../shared/data/news-dev');
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  articles = await Promise.all(names.map(async (f) => stripGold(await readFile(path.join(dir, f), 'utf8'))));
});

/** The articles, repeated, cut to exactly `bytes` (ASCII-safe cut at a space). */
function newsText(bytes) {
  const parts = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    n += Buffer.byteLength(a) + 2;
  }
  let text = parts.join('\n\n');
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.lastIndexOf(' ', text.length - 2));
  return text;
}

/**
 * Pastes `text` into the article box as a paste would (value set, then one
 * input event), waits for the highlights, and returns what happened: time
 * to highlights, the long tasks (start from the paste, duration), the
 * status lines shown and whether a progress bar appeared.
 */
async function paste(page, text, timeout) {
  // Hand the text over first: the transfer itself is not the page's work.
  await page.evaluate((t) => {
    window.__text = t;
  }, text);
  await page.evaluate(() => {
    const w = (window.__watch = { long: [], status: [], progress: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const status = document.querySelector('.status');
    new MutationObserver(() => {
      w.status.push(status.textContent);
      w.progress ||= !!document.querySelector('[data-testid="progress"]');
    }).observe(status.parentElement, { childList: true, subtree: true, characterData: true });
  });
  // Let the tasks of the hand-over end, so only the page's own count.
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__watch.t0 = performance.now();
    const ta = document.querySelector('textarea');
    ta.value = window.__text;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  // A cheap check, polled: the view is current and fully rendered.
  await page.waitForFunction(
    (sel) => {
      const v = document.querySelector(sel);
      if (v.dataset.status !== 'ready' || !v.querySelector('mark')) return false;
      window.__watch.t1 ??= performance.now();
      return true;
    },
    VIEW,
    { timeout, polling: 50 },
  );
  const w = await page.evaluate(() => {
    const w = window.__watch;
    return {
      ms: w.t1 - w.t0,
      long: w.long.filter(([s]) => s + 1 >= w.t0 && s <= w.t1).map(([s, d]) => [Math.round(s - w.t0), Math.round(d)]),
      status: w.status,
      progress: w.progress,
    };
  });
  // Only now the full comparison (slow on a huge view, so not polled).
  assert.equal(await page.evaluate(() => document.querySelector('textarea').value === window.__text), true);
  const shown = await page.evaluate((sel) => {
    const v = document.querySelector(sel).textContent;
    const t = window.__text;
    let i = 0;
    while (i < v.length && v[i] === t[i]) i++;
    return { same: v === t, length: v.length, of: t.length, firstDifference: i };
  }, VIEW);
  assert.ok(shown.same, `the view shows the whole article: ${JSON.stringify(shown)}`);
  return w;
}

test('a 5 MB paste: no main-thread task over 100 ms, progress shown', async (t) => {
  const page = await openApp(app.browser.context, app.server.url);
  try {
    const text = newsText(5_000_000);
    const w = await paste(page, text, 120_000);
    const longest = Math.max(0, ...w.long.map(([, d]) => d));
    const n = await page.locator(`${VIEW} mark`).count();
    t.diagnostic(`5 MB paste: highlights after ${Math.round(w.ms)} ms, ${n} marks; longest task ${longest} ms; long tasks (start, ms): ${JSON.stringify(w.long)}`);
    t.diagnostic(`status lines: ${JSON.stringify([...new Set(w.status)])}`);
    assert.ok(n > 50_000, `marks: ${n}`);
    assert.ok(w.status.includes('Annotating 5.0 MB…'), `status said how much: ${w.status}`);
    assert.ok(w.progress, 'a progress bar was shown');
    assert.ok(longest < MAX_TASK_MS, `longest main-thread task ${longest} ms (all: ${JSON.stringify(w.long)})`);
    assert.equal(await page.locator('[data-testid="large-article"]').count(), 1, 'the box says the text is too long to show');

    // Clicks on it: select the most mentioned entity, then hide a kind. The
    // change reaches the marks nearest first, a few chunks per task: no long
    // task, and in the end every mark shows it.
    // (The most mentioned entity is found first, in a task of its own: the
    // count over every mark is the test's work, not the page's.)
    await page.evaluate((sel) => {
      const count = {};
      for (const m of document.querySelector(sel).querySelectorAll('mark')) {
        count[m.dataset.entity] = (count[m.dataset.entity] ?? 0) + 1;
      }
      window.__most = Object.entries(count).sort((x, y) => y[1] - x[1])[0][0];
    }, VIEW);
    await page.waitForTimeout(200);
    const react = (what) => page.evaluate(async ({ what, sel }) => {
      const view = document.querySelector(sel);
      const long = [];
      const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(Math.round(e.duration)); });
      obs.observe({ type: 'longtask' });
      const t0 = performance.now();
      let done;
      let n;
      if (what === 'select') {
        const entity = window.__most;
        const marks = view.querySelectorAll(`mark[data-entity="${entity}"]`);
        n = marks.length;
        marks[marks.length >> 1].click();
        done = () => [...view.querySelectorAll(`mark[data-entity="${entity}"]`)].every((m) => m.classList.contains('selected'));
      } else {
        document.querySelector('.kind-toggle[data-kind="place"]').click();
        done = () => !view.querySelector('mark[data-kind="place"]');
      }
      while (!done()) await new Promise((r) => setTimeout(r, 20));
      const ms = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 50));
      obs.disconnect();
      return { ms: Math.round(ms), long, n };
    }, { what, sel: VIEW });
    const selected = await react('select');
    t.diagnostic(`5 MB: selecting an entity of ${selected.n} marks: all shown in ${selected.ms} ms; long tasks ${JSON.stringify(selected.long)}`);
    await page.locator('[data-testid="entity-details"]').waitFor();
    // The card lists a window of its thousands of mentions, around the clicked one.
    assert.match(await page.locator('[data-testid="listed-note"]').textContent(), new RegExp(`of ${selected.n} listed`));
    assert.ok((await page.locator('[data-testid="entity-details"] .mentions li').count()) <= 60);
    const hidden = await react('hide');
    t.diagnostic(`5 MB: hiding places: all gone in ${hidden.ms} ms; long tasks ${JSON.stringify(hidden.long)}`);
    for (const r of [selected, hidden]) {
      assert.ok(Math.max(0, ...r.long) < MAX_TASK_MS, `longest task ${Math.max(0, ...r.long)} ms`);
    }
  } finally {
    await page.close();
  }
});

test('a 10 MB paste completes and the page still responds', async (t) => {
  const page = await openApp(app.browser.context, app.server.url);
  try {
    const text = newsText(10_000_000);
    const w = await paste(page, text, 240_000);
    const longest = Math.max(0, ...w.long.map(([, d]) => d));
    t.diagnostic(`10 MB paste: highlights after ${Math.round(w.ms)} ms; longest task ${longest} ms`);
    assert.ok((await page.locator(`${VIEW} mark`).count()) > 100_000);
    // Still responds: a frame comes quickly, and the last marks open their card.
    const frame = await page.evaluate(() => {
      const t0 = performance.now();
      return new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t0))));
    });
    t.diagnostic(`10 MB: a frame after ${Math.round(frame)} ms`);
    assert.ok(frame < 200, `a frame took ${frame} ms`);
    const last = page.locator(`${VIEW} mark`).last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.locator('[data-testid="entity-details"]').waitFor({ timeout: 30_000 });
    await page.click('text=Clear');
    await page.waitForFunction((sel) => document.querySelector(sel).textContent === '', VIEW);
  } finally {
    await page.close();
  }
});

test('live update on a 10 KB article: highlights within a frame of the debounce', async (t) => {
  const page = await openApp(app.browser.context, app.server.url);
  try {
    const text = newsText(10_000);
    await page.evaluate((t) => {
      const ta = document.querySelector('textarea');
      ta.value = t;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, text);
    await waitAnnotated(page);
    const runs = [];
    for (let i = 0; i < 7; i++) {
      // Type a few characters (the last input event is the clock's start),
      // then time until the view shows the new text, highlighted.
      const ms = await page.evaluate(async (sel) => {
        const ta = document.querySelector('textarea');
        const view = document.querySelector(sel);
        let t0 = 0;
        for (const c of ' Kyiv') {
          ta.value += c;
          t0 = performance.now();
          ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 30));
        }
        return new Promise((ok) => {
          const check = () => {
            if (view.dataset.status === 'ready' && view.textContent === ta.value) {
              obs.disconnect();
              ok(performance.now() - t0);
            }
          };
          const obs = new MutationObserver(check);
          obs.observe(view, { childList: true, subtree: true, characterData: true, attributes: true });
          check();
        });
      }, VIEW);
      runs.push(ms);
    }
    const sorted = [...runs].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    t.diagnostic(`10 KB live update: last input to highlights, median ${median.toFixed(1)} ms of ${runs.map((x) => x.toFixed(0)).join(', ')} (debounce ${DEBOUNCE_MS} ms)`);
    assert.ok((await marks(page)).some((m) => m.text === 'Kyiv'), 'the typed name is highlighted');
    // The goal is one frame (16.7 ms) after the debounce; the figure also
    // holds the timer's slack and the worker's annotate call (~5 ms on
    // 10 KB), so the test allows two frames.
    assert.ok(median - DEBOUNCE_MS < 34, `median ${median.toFixed(1)} ms after the last input`);
    assert.ok(median >= DEBOUNCE_MS, 'not before the debounce');
  } finally {
    await page.close();
  }
});
