/**
 * Page-level checks: long tasks while widgets upgrade, requests for a shared `src`, layout shift
 * on the article page, and memory after creating and removing many widgets.
 */
import { articleMarkup } from './markup.js';
import { openPage } from './browser.js';
import { median } from './render.js';

/** A page of `body` markup loading the built library the recommended way. */
const plainPage = (lang, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Lede check</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/lede.css"><script type="module" src="/dist/lede.js"></script></head>
<body><main style="max-inline-size:40rem;margin:auto">${body}</main></body></html>`;

/** Resolves in the page once every Lede widget on it is defined and has drawn its data. */
function allDrawn(tags) {
  const widgets = () => [...document.querySelectorAll(tags.join(','))];
  // The loader defines only the widgets a page has: wait for those.
  const present = tags.filter((tag) => document.querySelector(tag));
  return Promise.all(present.map((tag) => customElements.whenDefined(tag))).then(async () => {
    for (;;) {
      await Promise.all(widgets().map((el) => el.updateComplete));
      if (widgets().every((el) => el.model !== undefined && !el.isUpdatePending)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Two frames: layout-shift and long-task entries are queued after the frame that caused them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return widgets().length;
  });
}

/**
 * A quick reader: once the first screen is drawn, scrolls half a screen every 100 ms to the end of
 * the page. (Lazy widgets load a screen ahead; a reader skimming faster than the network could
 * still see one arrive.)
 */
async function readToTheEnd(tags) {
  await Promise.all(tags.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Started before any page script: records long tasks and layout shifts from the first moment. */
function recordEntries() {
  window.__entries = { longtask: [], shift: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__entries.longtask.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__entries.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function freshPage(browser) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(recordEntries);
  return page;
}

/**
 * 100 widgets in the page's HTML, upgraded when the library loads: the longest task, per load.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function longTasks(browser, server, { widgets, story, tags, loads = 5 }) {
  server.pages.set('/bench/longtask.html', plainPage(story.lang ?? 'en', articleMarkup(widgets, story, 100)));
  const longest = [];
  for (let i = 0; i < loads; i++) {
    const page = await freshPage(browser);
    await page.goto(`${server.origin}/bench/longtask.html`);
    await page.evaluate(allDrawn, tags);
    const tasks = await page.evaluate(() => window.__entries.longtask);
    longest.push(tasks.length ? Math.max(...tasks) : 0);
    await page.close();
  }
  return { loads, longest, median: median(longest), worst: Math.max(...longest) };
}

/**
 * 100 widgets sharing one `src`: requests for the story document, eager (all at once) and lazy
 * (the reader scrolls down the page).
 */
export async function sharedSrcRequests(browser, server, { widgets, story, storyPath, tags }) {
  const result = {};
  for (const loading of /** @type {const} */ (['eager', 'lazy'])) {
    const src = `${storyPath}?check=${loading}`;
    server.pages.set(`/bench/src-${loading}.html`, plainPage(story.lang ?? 'en', articleMarkup(widgets, story, 100, { src, loading })));
    const page = await freshPage(browser);
    let seen = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === storyPath) seen++;
    });
    server.reset();
    await page.goto(`${server.origin}/bench/src-${loading}.html`);
    // Lazy: read the page to the end, so every widget comes near the viewport.
    if (loading === 'lazy') await page.evaluate(readToTheEnd, tags);
    const drawn = await page.evaluate(allDrawn, tags);
    result[loading] = { widgets: drawn, browserRequests: seen, serverRequests: server.count(storyPath) };
    await page.close();
  }
  return result;
}

/**
 * Cumulative layout shift on the article page from load until every widget is drawn and the page
 * read to the end: as recommended (`recommended`, render-blocking script), and with a plain module
 * script held back `lateMs` so the page paints its fallbacks first (`late`).
 */
export async function layoutShift(browser, server, { tags, recommended, late, lateMs = 1500 }) {
  const result = {};
  for (const [name, path] of Object.entries({ recommended, late })) {
    if (name === 'late') server.delays.set('/dist/lede.js', lateMs);
    const page = await freshPage(browser);
    await page.goto(`${server.origin}${path}`);
    await page.evaluate(readToTheEnd, tags);
    await page.evaluate(allDrawn, tags);
    result[name] = await page.evaluate(() => window.__entries.shift);
    server.delays.delete('/dist/lede.js');
    await page.close();
  }
  return { ...result, lateMs };
}

/**
 * Creates and removes `count` widgets (half from attributes, half from `src`; all kinds), three
 * times, in a fresh render page. The JS heap after garbage collection is compared with the
 * baseline taken after a warm-up with a tenth as many widgets: templates, Intl formatters, the
 * fetched story and the code the JIT compiled for hot paths are kept by design. A leak shows as
 * growth from one cycle to the next.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function memory(browser, server, { widgets, story, storyPath, count = 10000, cycles = 3 }) {
  const { page, gc, heap, cdp } = await openPage(browser);
  await page.goto(`${server.origin}/scripts/bench/render.html`);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate((lang) => {
    document.getElementById('stage').lang = lang;
  }, story.lang ?? 'en');
  const markup = (n) => articleMarkup(widgets, story, n / 2) + articleMarkup(widgets, story, n / 2, { src: storyPath, loading: 'eager' });
  await page.evaluate(
    (many, few) => {
      window.bench.store('memory', many);
      window.bench.store('warm-up', few);
    },
    markup(count),
    markup(count / 10),
  );
  await page.evaluate(() => window.bench.render('warm-up'));
  await page.evaluate(() => window.bench.clear());
  await gc();
  const baseline = await heap();
  const nodesBefore = (await cdp.send('Memory.getDOMCounters')).nodes;
  let peak = 0;
  const after = [];
  for (let i = 0; i < cycles; i++) {
    await page.evaluate(() => window.bench.render('memory'));
    peak = Math.max(peak, await heap());
    await page.evaluate(() => window.bench.clear());
    await gc();
    after.push(await heap());
  }
  const nodesAfter = (await cdp.send('Memory.getDOMCounters')).nodes;
  await page.close();
  const last = after[after.length - 1];
  return { count, cycles, baseline, peak, after, growth: (last - baseline) / baseline, nodesBefore, nodesAfter };
}
