// 3. Under a strict Content-Security-Policy with Trusted Types: not one violation, and every
//    widget is drawn and styled (Lit's constructed style sheets are not inline styles).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start, untilDrawn } from './harness.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

test('the page with every widget, as tags and as plain markup, under the strict CSP', async () => {
  const { page, problems, response } = await open(env, '/csp/e2e/pages/clean.html');
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'; trusted-types lit-html$/);
  assert.equal(await untilDrawn(page), WIDGETS.length * 2);
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll('section[data-sample] > *')].map((host) => ({
      sheets: host.shadowRoot.adoptedStyleSheets.length > 0,
      // From the shared widget styles: applied only if the style sheets were.
      boxSizing: getComputedStyle(host.shadowRoot.querySelector('[part="base"]')).boxSizing,
    })),
  );
  assert.deepEqual(styles, Array(WIDGETS.length * 2).fill({ sheets: true, boxSizing: 'border-box' }));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the embed page under the strict CSP', async () => {
  // Nothing inline: every script and style sheet is a file of its own.
  const { page: file } = await open(env, '/dist/embed.html?widget=none');
  const inline = await file.evaluate(() => ({
    scripts: [...document.scripts].filter((script) => !script.src).length,
    styles: document.querySelectorAll('style, [style]').length,
  }));
  assert.deepEqual(inline, { scripts: 0, styles: 0 });
  await file.close();

  for (const { name, item, texts } of WIDGETS) {
    const { page, problems } = await open(env, `/csp/dist/embed.html?widget=${name}&lang=fr&src=/e2e/fixtures/story.json#${item}`);
    await page.waitForFunction(
      (tag, texts) => texts.every((text) => document.querySelector(tag)?.shadowRoot?.textContent.includes(text)),
      { timeout: 5000 },
      `lede-${name}`,
      texts,
    );
    const robots = await page.$eval('meta[name="robots"]', (meta) => meta.content);
    assert.equal(robots, 'noindex, indexifembedded');
    assert.deepEqual(problems, []);
    await page.close();
  }
});
