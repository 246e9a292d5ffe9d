/**
 * The article page three ways on the slow phone (see throttled.js: 4× CPU slowdown, slow 3G):
 * client-rendered (the library draws the widgets, loaded as recommended), prerendered by
 * `lede-widgets/ssr` with no script at all, and prerendered with the library loaded too. Per way:
 * the JavaScript bytes transferred, the time until every widget with its data in the page is drawn
 * (its shadow root holds more than the light DOM's slot), largest contentful paint, total blocking
 * time and cumulative layout shift (medians; CLS the worst load).
 */
import { median } from './render.js';
import { CPU_SLOWDOWN, recordEntries, SLOW_3G } from './throttled.js';

/**
 * Started before any page script (after recordEntries): the time (ms since navigation) when the
 * document is parsed and every element matching `selector` shows its own drawing (its shadow root
 * holds more than the light DOM's slot), checked every 20 ms.
 */
function watchDrawn(selector) {
  window.__entries.drawnAt = NaN;
  const check = setInterval(() => {
    const widgets = [...document.querySelectorAll(selector)];
    if (document.readyState === 'loading' || !widgets.length || !widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"] > :not(slot)'))) return;
    window.__entries.drawnAt = performance.now();
    clearInterval(check);
  }, 20);
}

async function load(browser, url, selector, settle) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Set();
  let jsBytes = 0;
  cdp.on('Network.responseReceived', ({ requestId, type }) => type === 'Script' && scripts.add(requestId));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (scripts.has(requestId)) jsBytes += encodedDataLength;
  });
  await page.evaluateOnNewDocument(recordEntries);
  await page.evaluateOnNewDocument(watchDrawn, selector);
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => !Number.isNaN(window.__entries.drawnAt), { timeout: 120_000 });
  await new Promise((resolve) => setTimeout(resolve, settle));
  const entries = await page.evaluate(() => ({ ...window.__entries, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN }));
  await page.close();
  return {
    jsBytes,
    drawnAt: entries.drawnAt,
    lcp: entries.lcp,
    tbt: entries.longtask.filter((t) => t.start >= entries.fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    cls: entries.shift,
  };
}

/**
 * Serves `clientHtml` (the article as a page loads the library) and its two prerendered twins under
 * /bench/, then loads each way `loads` times in turns.
 * @param {{ clientHtml: string, selector: string, loads?: number, settle?: number }} options
 *   `selector`: the widgets to wait for; `settle`: milliseconds to keep recording after they are drawn.
 */
export async function prerenderedArticle(browser, server, { clientHtml, selector, loads = 3, settle = 1500 }) {
  const { prerender } = await import('../../dist/ssr/index.js');
  const { html, problems } = await prerender(clientHtml, { documentUrl: `${server.origin}/bench/article-client.html`, pageUrl: `${server.origin}/bench/article-client.html` });
  if (problems.length) throw new Error(`the article did not prerender cleanly: ${JSON.stringify(problems)}`);
  const noScript = html.replace(/ *<script type="module"[^>]*><\/script>\n?/g, '').replace(/ *<link rel="modulepreload"[^>]*>\n?/g, '');
  const ways = { client: '/bench/article-client.html', prerendered: '/bench/article-prerendered.html', 'prerendered + library': '/bench/article-prerendered-library.html' };
  server.pages.set(ways.client, clientHtml);
  server.pages.set(ways.prerendered, noScript);
  server.pages.set(ways['prerendered + library'], html);
  const runs = Object.fromEntries(Object.keys(ways).map((way) => [way, []]));
  for (let i = 0; i < loads; i++) {
    for (const [way, path] of Object.entries(ways)) runs[way].push(await load(browser, server.origin + path, selector, settle));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([way, list]) => [
      way,
      {
        jsBytes: median(list.map((run) => run.jsBytes)),
        drawnAt: median(list.map((run) => run.drawnAt)),
        lcp: median(list.map((run) => run.lcp)),
        tbt: median(list.map((run) => run.tbt)),
        cls: Math.max(...list.map((run) => run.cls)),
      },
    ]),
  );
}
