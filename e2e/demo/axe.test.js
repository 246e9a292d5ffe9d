/**
 * Accessibility: axe-core on every page of the built demo site, on a desktop and on a 320 px
 * phone, and on the builder in the states an editor meets (each widget, problems shown, dark
 * preview, a story open). Every axe rule that applies must pass: no violations at all.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { isolatedPage, launch, watchProblems } from '../../scripts/harness/browser.js';
import { startServer } from '../../scripts/harness/server.js';
import { axeViolations, chooseFile, requireBuilt, ROOT } from './harness.js';

const badDeal = encodeURIComponent(JSON.stringify({ headline: 'Accord', status: 'maybe', parties: [{ name: 'X', country: 'XX', url: 'javascript:alert(1)' }], date: '27/06/2024' }));

/** Page, viewport width, and what to do before the check. */
const PAGES = [
  ['index.html', 1280],
  ['index.html', 320],
  ['data-forms.html', 1280],
  ['gallery.html', 1280],
  ['gallery.html', 320],
  ['builder.html', 1280],
  ['builder.html', 320],
  ['builder.html?widget=quote-block&lang=zh&theme=dark&width=phone', 1280],
  [`builder.html?widget=deal-card&lang=en&theme=auto&width=tablet&data=${badDeal}`, 1280],
  [`builder.html?widget=deal-card&data=${badDeal}`, 320],
  ['builder.html', 1280, (page) => chooseFile(page, '#story-file', resolve(ROOT, 'demo/stories/huawei-peru.json'))],
];

requireBuilt();
const server = await startServer();
const browser = await launch();
after(async () => {
  await browser.close();
  await server.close();
});

/** Waits until the page's fetches are done and every Lede widget, in any shadow root, has rendered. */
async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: 500 });
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    await Promise.all(all(document).map((el) => el.updateComplete));
  });
}

describe('axe on every demo page', () => {
  for (const [path, width, prepare] of PAGES) {
    test(`${path.slice(0, 60)} at ${width} px${prepare ? ', with a story open' : ''}: no violations`, async () => {
      const { page, context } = await isolatedPage(browser, { width, height: 900 });
      const errors = watchProblems(page);
      await page.goto(`${server.origin}/dist-demo/${path}`);
      await settle(page);
      if (prepare) {
        await prepare(page);
        await settle(page);
      }
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
