/**
 * The article page on a slow phone: 4× CPU slowdown (CDP `Emulation.setCPUThrottlingRate`) and a
 * slow-3G-like network (CDP `Network.emulateNetworkConditions`, DevTools' "Slow 3G": 2 s round
 * trip, 50 kB/s each way). Per load: time until the widgets with inline data are drawn, first
 * paint, total blocking time (the part over 50 ms of every long task after the first contentful
 * paint), the longest task, every task over 50 ms, and cumulative layout shift.
 */
import { median } from './render.js';

export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
export const CPU_SLOWDOWN = 4;

/** Started before any page script: long tasks, layout shifts and the largest contentful paint from the first moment. */
export function recordEntries() {
  window.__entries = { longtask: [], shift: 0, lcp: NaN };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__entries.longtask.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__entries.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__entries.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * In the page: resolves with the time (ms since navigation) when every element matching `selector`
 * is drawn, and every plain markup (`[data-lede]`) has become its widget.
 */
function drawn(selector) {
  return new Promise((resolve) => {
    const check = () => {
      const widgets = [...document.querySelectorAll(selector)];
      const markup = [...document.querySelectorAll('[data-lede]')];
      // Defined first: the page loader imports a widget's module only once it has found the tag.
      const done =
        widgets.length &&
        markup.every((el) => el.parentElement?.localName.startsWith('lede-')) &&
        widgets.every((el) => customElements.get(el.localName) && (el.updateComplete ? el.hasUpdated && !el.isUpdatePending && (el.model !== undefined || !('model' in el)) : true));
      if (done) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      else setTimeout(check, 20);
    };
    check();
  });
}

/**
 * Loads `path` `loads` times in fresh pages under the slow phone's conditions.
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ path: string, selector: string, loads?: number, settle?: number }} options `selector`:
 *   the widgets to wait for; `settle`: milliseconds to keep recording after they are drawn (idle work).
 */
export async function slowPhone(browser, server, { path, selector, loads = 3, settle = 1500 }) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluateOnNewDocument(recordEntries);
    await page.goto(`${server.origin}${path}`, { timeout: 120_000 });
    const drawnAt = await page.evaluate(drawn, selector);
    await new Promise((resolve) => setTimeout(resolve, settle));
    const entries = await page.evaluate(() => ({
      ...window.__entries,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    const tasks = entries.longtask.map((t) => t.duration);
    runs.push({
      drawnAt,
      firstPaint: entries.firstPaint,
      tbt: entries.longtask.filter((t) => t.start >= entries.fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      afterPaint: entries.longtask.filter((t) => t.start >= entries.fcp).map((t) => t.duration),
      longest: tasks.length ? Math.max(...tasks) : 0,
      over50: tasks.filter((d) => d > 50).map(Math.round),
      cls: entries.shift,
    });
    await page.close();
  }
  const mid = (key) => median(runs.map((run) => run[key]));
  return { loads, runs, drawnAt: mid('drawnAt'), firstPaint: mid('firstPaint'), tbt: mid('tbt'), longest: mid('longest'), cls: Math.max(...runs.map((run) => run.cls)) };
}

/**
 * The browser's own first Intl use alone, under the same CPU slowdown: the task that makes a page's
 * first `Intl.DateTimeFormat` and formats a date with it (median of `loads` fresh pages).
 */
export async function firstIntlUse(browser, server, { lang = 'fr', loads = 3 } = {}) {
  server.pages.set('/bench/first-intl.html', `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><p>Intl</p></body></html>`);
  const times = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${server.origin}/bench/first-intl.html`);
    times.push(
      await page.evaluate((tag) => {
        const start = performance.now();
        new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
        return performance.now() - start;
      }, lang),
    );
    await page.close();
  }
  return median(times);
}
