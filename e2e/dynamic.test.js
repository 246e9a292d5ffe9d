// 4. Markup added after load (tags and plain markup, through innerHTML) is upgraded; widgets
//    removed and added again still work; nothing of Lede stays in <head> or on window/document.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start, untilDrawn } from './harness.js';
import { readSample } from './server.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** Event listeners on window and on document, as the browser's developer tools list them. */
async function pageListeners(page) {
  const session = await page.createCDPSession();
  const found = [];
  for (const expression of ['window', 'document']) {
    const { result } = await session.send('Runtime.evaluate', { expression });
    const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    found.push(...listeners.map((listener) => `${expression}: ${listener.type}`));
  }
  await session.detach();
  return found;
}

test('markup added later is upgraded; removed and re-added widgets still work; nothing is left behind', async () => {
  const { page, problems } = await open(env, '/e2e/pages/empty.html');
  const tags = WIDGETS.map(({ name }) => `lede-${name}`);
  // A page without widgets downloads the loader alone: no widget is defined, no widget module fetched.
  assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags), []);
  for (const tag of [...tags, 'lede-core']) assert.equal(env.count(`/dist/${tag}.js`), 0, tag);
  // Only the test's own CSP listener (see harness.js): loading Lede adds none.
  assert.deepEqual(await pageListeners(page), ['document: securitypolicyviolation']);
  const markup = await Promise.all(
    WIDGETS.flatMap(({ name }) => ['tag', 'plain'].map(async (form) => `<section data-sample="${name}" data-form="${form}">${await readSample(name, form)}</section>`)),
  );
  // Like an infinite scroll appending a batch of articles.
  await page.evaluate((html) => document.querySelector('main').insertAdjacentHTML('beforeend', html), markup.join(''));
  assert.equal(await untilDrawn(page), WIDGETS.length * 2);

  // Like a Turbo or htmx swap: the same widgets leave and come back; then they must still react.
  await page.evaluate(() => {
    const main = document.querySelector('main');
    const kept = [...main.children];
    main.replaceChildren();
    main.append(...kept.reverse());
    for (const section of kept) section.firstElementChild.setAttribute('theme', 'dark');
  });
  await untilDrawn(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('section[data-sample] > *')].every((host) => {
      const base = host.shadowRoot.querySelector('[part="base"]');
      return getComputedStyle(base).color === 'rgb(236, 238, 242)';
    }),
  );
  const nested = await page.evaluate((tags) => document.querySelectorAll(tags.map((tag) => `${tag} ${tag}`).join()).length, tags);
  assert.equal(nested, 0, 'moving a widget does not wrap it again');

  // Nothing global: no style in <head>, no document-level sheet, no listener once the widgets are gone.
  const head = await page.evaluate(() => ({
    styles: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
    sheets: document.adoptedStyleSheets.length,
  }));
  assert.deepEqual(head, { styles: 0, sheets: 0 });
  await page.evaluate(() => document.querySelector('main').replaceChildren());
  assert.deepEqual(await pageListeners(page), ['document: securitypolicyviolation']);
  assert.deepEqual(problems, []);
  await page.close();
});
