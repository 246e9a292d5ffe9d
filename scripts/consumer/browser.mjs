// Checks the consumer's builds in headless Chromium, through the shared harness (scripts/harness/).
import { shownTexts, untilShown, watchProblems } from '../harness/browser.js';

/**
 * Opens `url` and waits until each `{ selector, text }` shows `text` in its shadow root.
 * Any uncaught error or console.error on the page fails the check. Returns the page, still open.
 */
export async function openAndExpect(browser, url, expectations) {
  const page = await browser.newPage();
  const errors = watchProblems(page);
  await page.goto(url, { waitUntil: 'load' });
  for (const { selector, text } of expectations) {
    try {
      await untilShown(page, selector, [text], { timeout: 10_000 });
    } catch {
      const shown = await page.evaluate(shownTexts, selector, null);
      throw new Error(`${url}: <${selector}> never showed "${text}"; it shows ${JSON.stringify(shown)}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    }
  }
  if (errors.length) throw new Error(`${url}: ${errors.join(' | ')}`);
  return page;
}
