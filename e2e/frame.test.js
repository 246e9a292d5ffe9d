// 7. The iframe route: embed.html sizes itself through lede-frame.js. At 320 px and 1000 px, the
//    iframe is as tall as its content (within 2 px) after load and after the content grows and shrinks,
//    also when lede-frame.js arrives after the frames have drawn; without it, the frame scrolls.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { open, start } from './harness.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** For each iframe: its height, and the height of the content inside it (widget's bottom + page padding). */
const measure = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('iframe[data-lede-frame]')].map((frame) => {
      const doc = frame.contentDocument;
      const widget = doc.querySelector('main > *');
      const padding = parseFloat(getComputedStyle(doc.body).paddingBottom);
      return { frame: frame.getBoundingClientRect().height, content: widget ? widget.getBoundingClientRect().bottom + padding : 0 };
    }),
  );

/** Waits until every iframe fits its content within 2 px; resolves with the measures. */
async function untilFitted(page, when, timeout = 5000) {
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('iframe[data-lede-frame]')].every((frame) => {
          const doc = frame.contentDocument;
          const widget = doc?.querySelector('main > *');
          if (!widget?.shadowRoot?.querySelector('[part="base"] > :not(slot)')) return false;
          const content = widget.getBoundingClientRect().bottom + parseFloat(getComputedStyle(doc.body).paddingBottom);
          return Math.abs(frame.getBoundingClientRect().height - content) <= 2;
        }),
      { timeout },
    );
  } catch {
    assert.fail(`${when}: iframes do not fit their content: ${JSON.stringify(await measure(page))}`);
  }
  return measure(page);
}

/** Changes every embedded widget's size the same way whatever the widget: its base font size. */
const setFontSize = (page, size) =>
  page.evaluate((size) => {
    for (const frame of document.querySelectorAll('iframe[data-lede-frame]')) {
      frame.contentDocument.querySelector('main > *').style.setProperty('--lede-font-size', size);
    }
  }, size);

for (const width of [320, 1000]) {
  test(`at ${width} px, each iframe is as tall as its content after load, growth and shrinking`, async () => {
    const { page, problems } = await open(env, '/csp/e2e/pages/frame.html', { width });
    const loaded = await untilFitted(page, 'after load');
    assert.equal(loaded.length, WIDGETS.length);
    await setFontSize(page, '2rem');
    const grown = await untilFitted(page, 'after growing');
    await setFontSize(page, '0.75rem');
    const shrunk = await untilFitted(page, 'after shrinking');
    for (const [index, { name }] of WIDGETS.entries()) {
      assert.ok(grown[index].frame > loaded[index].frame + 20, `${name} grew: ${loaded[index].frame} → ${grown[index].frame}`);
      assert.ok(shrunk[index].frame < loaded[index].frame - 10, `${name} shrank: ${loaded[index].frame} → ${shrunk[index].frame}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the embed page also speaks Pym.js and AMP, and lede-frame.js obeys only the iframe’s own window', async () => {
  const { page, problems } = await open(env, '/csp/e2e/pages/frame.html', { width: 600 });
  const [fitted] = await untilFitted(page, 'after load');
  const height = Math.round(fitted.frame);
  const received = await page.evaluate(() => window.received.filter((message) => message.from === 0).map((message) => message.data));
  assert.ok(received.includes(`pymxPYMxxPYMxheightxPYMx${height}`), JSON.stringify(received));
  assert.ok(received.some((data) => data?.sentinel === 'amp' && data.type === 'embed-size' && data.height === height));
  assert.ok(received.includes(JSON.stringify({ type: 'lede:resize', height })));
  // The page itself (or any script in it) cannot resize the frame.
  await page.evaluate(() => window.postMessage(JSON.stringify({ type: 'lede:resize', height: 5 }), '*'));
  await page.waitForFunction(() => window.received.some((message) => message.from === -1));
  const [after] = await measure(page);
  assert.equal(Math.round(after.frame), height);
  assert.deepEqual(problems, []);
  await page.close();
});

/** Every iframe shows its drawn widget. */
const allDrawn = () =>
  [...document.querySelectorAll('iframe[data-lede-frame]')].every((frame) => frame.contentDocument?.querySelector('main > *')?.shadowRoot?.querySelector('[part="base"] > :not(slot)'));

test('lede-frame.js arriving 600 ms after the frames have drawn (the README’s async snippet, a slow server) still sizes every iframe', async () => {
  // The server holds the script back until the frames have drawn, then 600 ms more.
  let release;
  const script = await readFile(join(import.meta.dirname, '../dist/lede-frame.js'), 'utf8');
  env.pages.set('/csp/dist/lede-frame.js', [new Promise((resolve) => (release = resolve)), script]);
  try {
    const { page, problems } = await open(env, '/e2e/pages/empty.html', { width: 600 });
    const loaded = page.goto(`${env.origin}/csp/e2e/pages/frame.html`);
    await page.waitForFunction(allDrawn, { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('iframe')].every((frame) => frame.style.height === '')), 'nothing sized the frames before');
    release();
    await loaded;
    await untilFitted(page, 'after the late script', 15_000);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    env.pages.delete('/csp/dist/lede-frame.js');
  }
});

test('lede-frame.js added 2.5 s after load (a tag manager), once the frames have drawn, asks them and sizes them', async () => {
  const { page, problems } = await open(env, '/e2e/pages/frame-late.html?after=2500', { width: 600 });
  await page.waitForFunction(() => window.beforeScript, { timeout: 20_000 });
  const before = await page.evaluate(() => window.beforeScript);
  assert.deepEqual(before, WIDGETS.map(() => ({ drawn: true, sized: false })), 'the frames had drawn and nothing had sized them');
  await untilFitted(page, 'after the late script', 15_000);
  assert.deepEqual(problems, []);
  await page.close();
});

test('without lede-frame.js, a frame keeps its height and scrolls to show all of its widget', async () => {
  const { page, problems } = await open(env, '/e2e/pages/frame-late.html', { width: 320 });
  await page.waitForFunction(allDrawn, { timeout: 10_000 });
  const seen = await page.evaluate(() =>
    [...document.querySelectorAll('iframe[data-lede-frame]')].map((frame) => {
      const win = frame.contentWindow;
      const widget = frame.contentDocument.querySelector('main > *');
      const tall = widget.getBoundingClientRect().bottom > win.innerHeight;
      win.scrollTo(0, 1e6);
      return { height: frame.getBoundingClientRect().height, tall, bottomShown: widget.getBoundingClientRect().bottom <= win.innerHeight + 1 };
    }),
  );
  assert.deepEqual(seen, WIDGETS.map(() => ({ height: 150, tall: true, bottomShown: true })));
  assert.deepEqual(problems, []);
  await page.close();
});

test('an embed page answers a height question from its parent only, with its height alone', async () => {
  const { page, problems } = await open(env, '/csp/e2e/pages/frame.html', { width: 600 });
  const [fitted] = await untilFitted(page, 'after load');
  const answer = JSON.stringify({ type: 'lede:resize', height: Math.round(fitted.frame) });
  const count = () => page.evaluate(() => window.received.length);
  const before = await count();
  // A sibling frame asks first: it hears nothing (its listener is in its own world).
  const sibling = page.frames().find((frame) => frame.url().includes('widget=deal-card'));
  await sibling.evaluate(() => {
    window.heard = [];
    addEventListener('message', (event) => window.heard.push(event.data));
    parent.frames[0].postMessage('{"type":"lede:ask-height"}', '*');
  });
  // Then the parent: one answer, Lede's message alone, to the parent.
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage('{"type":"lede:ask-height"}', '*'));
  await page.waitForFunction((before) => window.received.length > before, { timeout: 5000 }, before);
  const received = await page.evaluate((before) => window.received.slice(before), before);
  assert.deepEqual(received, [{ from: 0, data: answer }]);
  assert.deepEqual(await sibling.evaluate(() => window.heard), []);
  assert.equal(await count(), before + 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('lede-frame.js stays under 1 KB gzipped', async () => {
  const script = await readFile(join(import.meta.dirname, '../dist/lede-frame.js'));
  assert.ok(gzipSync(script, { level: 9 }).length <= 1024, `${gzipSync(script).length} bytes`);
});
