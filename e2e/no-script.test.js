// 5. With JavaScript disabled, every widget's text is on the page: plain markup reads as an
//    ordinary quote, figure or card, and a tag shows its own text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start } from './harness.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

test('without JavaScript, every widget’s text is shown', async () => {
  const { page } = await open(env, '/e2e/pages/clean.html', { javaScript: false });
  const shown = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('section[data-sample]')].map((section) => [
      `${section.dataset.sample} ${section.dataset.form}`,
      {
        // innerText: only what is rendered, as a reader would see it.
        text: section.innerText.replace(/\s+/g, ' ').trim(),
        // The text written in the markup, without inline JSON.
        own: (() => {
          const copy = section.cloneNode(true);
          copy.querySelectorAll('script').forEach((script) => script.remove());
          return copy.textContent;
        })(),
      },
    ])),
  );
  for (const { name, texts } of WIDGETS) {
    const plain = shown[`${name} plain`];
    for (const text of texts) assert.ok(plain.text.includes(text), `${name} plain markup shows "${text}": ${plain.text}`);
    const tag = shown[`${name} tag`];
    const letters = (text) => text.replace(/\s+/g, '');
    assert.equal(letters(tag.text), letters(tag.own), `${name}: the tag shows the text written in it`);
  }
  const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), WIDGETS.map(({ name }) => `lede-${name}`));
  assert.deepEqual(defined, [], 'no script ran');
  await page.close();
});
