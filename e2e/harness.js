/**
 * What every end-to-end test needs: the static server, a real Chromium (Debian's, through
 * puppeteer-core, which downloads nothing) and pages that record what went wrong in them.
 */
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../scripts/chromium.js';
import { startServer } from './server.js';
import { WIDGETS } from './widgets.js';

const quiet = [...CHROMIUM_FLAGS, '--font-render-hinting=none'];

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const server = await startServer();
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: quiet });
  return {
    origin: server.origin,
    browser,
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
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // Runs before the page's own scripts and is exempt from its CSP.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const response = await page.goto(env.origin + path, { waitUntil: 'load' });
  return { page, problems, response };
}

/** In the page: the text a reader sees in an element's shadow root, whitespace collapsed. */
export const shadowText = (page, handle) =>
  page.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(), handle);

/**
 * Waits until every widget inside `scope` (a CSS selector) shows its expected texts and every
 * plain `data-lede` markup in it has been upgraded; resolves with their count. A widget is found
 * by its tag, whether written as a tag or upgraded markup.
 */
export async function untilDrawn(page, scope = 'body') {
  const expected = WIDGETS.map(({ name, texts }) => ({ tag: `lede-${name}`, texts }));
  const handle = await page.waitForFunction(
    (scope, expected) => {
      const norm = (text) => (text ?? '').replace(/\s+/g, ' ');
      // Plain markup is upgraded once the site loader is in (it loads on demand): none may be left.
      const plain = [...document.querySelectorAll(`${scope} [data-lede]`)];
      if (!plain.every((el) => el.parentElement?.localName.startsWith('lede-'))) return false;
      let count = 0;
      for (const { tag, texts } of expected) {
        for (const el of document.querySelectorAll(`${scope} ${tag}`)) {
          const shown = norm(el.shadowRoot?.textContent);
          if (!texts.every((text) => shown.includes(text))) return false;
          count++;
        }
      }
      return count;
    },
    { timeout: 5000 },
    scope,
    expected,
  );
  return handle.jsonValue();
}
