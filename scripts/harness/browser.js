/**
 * The one way the end-to-end tests, the demo tests, the benchmark and the consumer test drive a
 * browser: headless Chromium (found by ./browsers.js) through puppeteer-core, which downloads
 * nothing; the same library web-test-runner drives the unit tests with.
 */
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_FLAGS, SCREENSHOT_FLAGS } from './browsers.js';

/**
 * Launches Chromium, quiet on a closed network and with the same glyph rendering on every run.
 * `args` adds flags; `viewport` is the size of every new page.
 */
export function launch({ args = [], viewport = { width: 1280, height: 720 } } = {}) {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS, ...SCREENSHOT_FLAGS, ...args], defaultViewport: viewport });
}

/**
 * A page in a browser context of its own (no storage, cookies or permissions shared with other
 * pages), `width` × `height` CSS pixels; `context` is there for permissions and downloads.
 * Closing the context closes the page.
 */
export async function isolatedPage(browser, { width = 1280, height = 720 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  return { page, context };
}

/** Collects a page's uncaught errors and console errors (from every frame), so a test can assert there were none. */
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/**
 * Runs in the page (pass it to `evaluate`, or inline its source): the text a reader sees in each
 * widget matching `selector`, searched through open shadow roots (or in `element` alone): its
 * shadow root's text, HTML white space collapsed (no-break spaces are kept: they are part of what
 * is shown); null for an element not drawn yet (no shadow root).
 */
export function shownTexts(selector, element) {
  const find = (root) => [...root.querySelectorAll(selector), ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? find(el.shadowRoot) : []))];
  return (element ? [element] : find(document)).map((el) => (el.shadowRoot ? el.shadowRoot.textContent.replace(/[ \t\n\f\r]+/g, ' ').trim() : null));
}

/**
 * The text a reader sees in a widget: `target` is a CSS selector (the first match, looking inside
 * shadow roots) or an element handle. Null when there is no such element or it has not drawn yet.
 * `page` may be a frame.
 */
export async function widgetText(page, target) {
  const texts = typeof target === 'string' ? await page.evaluate(shownTexts, target, null) : await page.evaluate(shownTexts, '*', target);
  return texts[0] ?? null;
}

/**
 * Waits until some element matching `selector` shows every one of `texts` (compared as
 * widgetText reads them); rejects after `timeout` ms.
 */
export async function untilShown(page, selector, texts, { timeout = 5000 } = {}) {
  const wanted = texts.map((text) => text.replace(/[ \t\n\f\r]+/g, ' ').trim());
  await page.waitForFunction(`(${shownTexts})(${JSON.stringify(selector)}, null).some((text) => text !== null && ${JSON.stringify(wanted)}.every((word) => text.includes(word)))`, { timeout });
}
