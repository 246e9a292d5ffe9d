/**
 * What every end-to-end test needs: the site's server (./server.js), Chromium through the shared
 * harness (scripts/harness/) and pages that record what went wrong in them.
 */
import { launch, shownTexts, watchProblems } from '../scripts/harness/browser.js';
import { startServer } from './server.js';
import { WIDGETS } from './widgets.js';

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const server = await startServer();
  const browser = await launch();
  return {
    origin: server.origin,
    browser,
    // The server's in-memory pages, per-path delays and request counts (scripts/harness/server.js).
    pages: server.pages,
    delays: server.delays,
    count: server.count,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` in a new page `width` CSS pixels wide. `problems` collects uncaught errors,
 * console errors and Content-Security-Policy violations, from every frame; `response` is the page's.
 */
export async function open(env, path, { width = 1000, javaScript = true } = {}) {
  const page = await env.browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.setJavaScriptEnabled(javaScript);
  const problems = watchProblems(page);
  // Runs before the page's own scripts and is exempt from its CSP.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const response = await page.goto(env.origin + path, { waitUntil: 'load' });
  return { page, problems, response };
}

/**
 * Waits until every widget inside `scope` (a CSS selector) shows its expected texts and every
 * plain `data-lede` markup in it has been upgraded; resolves with their count. A widget is found
 * by its tag, whether written as a tag or upgraded markup.
 */
export async function untilDrawn(page, scope = 'body') {
  const expected = WIDGETS.map(({ name, texts }) => ({ tag: `lede-${name}`, texts }));
  const drawn = (scope, expected, shownTexts) => {
    // Plain markup is upgraded once the site loader is in (it loads on demand): none may be left.
    const plain = [...document.querySelectorAll(`${scope} [data-lede]`)];
    if (!plain.every((el) => el.parentElement?.localName.startsWith('lede-'))) return false;
    let count = 0;
    for (const { tag, texts } of expected) {
      for (const el of document.querySelectorAll(`${scope} ${tag}`)) {
        const [shown] = shownTexts('*', el);
        if (shown === null || !texts.every((text) => shown.includes(text))) return false;
        count++;
      }
    }
    return count;
  };
  const handle = await page.waitForFunction(`(${drawn})(${JSON.stringify(scope)}, ${JSON.stringify(expected)}, ${shownTexts})`, { timeout: 5000 });
  return handle.jsonValue();
}
