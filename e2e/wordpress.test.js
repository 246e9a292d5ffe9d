// 6. Plain markup after WordPress's post filter (its default allowlist, applied by sanitize-html)
//    still reads well without JavaScript and still upgrades into the same widget.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import sanitizeHtml from 'sanitize-html';
import { widgetText } from '../scripts/harness/browser.js';
import { open, start, untilDrawn } from './harness.js';
import { readSample } from './server.js';
import { WIDGETS } from './widgets.js';
import { WORDPRESS_POST } from './wordpress.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** The text each upgraded widget shows on a page, by sample. */
async function drawnTexts(path) {
  const { page, problems } = await open(env, path);
  await untilDrawn(page);
  const texts = {};
  for (const section of await page.$$('section[data-form^="plain"]')) {
    const name = await section.evaluate((el) => el.dataset.sample);
    texts[name] = await widgetText(page, await section.$(`lede-${name}`));
  }
  await page.close();
  return { texts, problems };
}

test('the filter keeps what the loader needs and drops what a contributor may not post', async () => {
  const evil = sanitizeHtml('<blockquote data-lede="quote-block" onclick="x()"><script>x()</script><iframe src="https://example.org/"></iframe><p data-field="text">Hi</p></blockquote>', WORDPRESS_POST);
  assert.equal(evil, '<blockquote data-lede="quote-block"><p data-field="text">Hi</p></blockquote>');
  // Every documented markup, including widgets not in WIDGETS yet, comes out unchanged.
  const samples = (await readdir(join(import.meta.dirname, 'samples'))).filter((file) => file.endsWith('.plain.html'));
  assert.ok(samples.length >= WIDGETS.length);
  for (const file of samples) {
    const markup = await readSample(file.replace('.plain.html', ''), 'plain');
    assert.equal(sanitizeHtml(markup, WORDPRESS_POST), markup, file);
  }
});

test('filtered markup reads well without JavaScript', async () => {
  const { page } = await open(env, '/e2e/pages/wordpress.html', { javaScript: false });
  for (const { name, texts } of WIDGETS) {
    const text = await page.$eval(`section[data-sample="${name}"]`, (el) => el.innerText.replace(/\s+/g, ' '));
    for (const expected of texts) assert.ok(text.includes(expected), `${name}: "${expected}" in ${text}`);
  }
  await page.close();
});

test('filtered markup upgrades into the same widget as the original markup', async () => {
  const original = await drawnTexts('/e2e/pages/clean.html');
  const filtered = await drawnTexts('/e2e/pages/wordpress.html');
  assert.deepEqual(filtered.problems, []);
  assert.deepEqual(Object.keys(filtered.texts), WIDGETS.map(({ name }) => name));
  assert.deepEqual(filtered.texts, original.texts);
});
