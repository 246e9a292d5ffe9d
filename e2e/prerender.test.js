// Prerendering: `npx lede prerender` turns the demo's article page into one that shows every widget
// with JavaScript disabled, pixel for pixel as the page draws them with JavaScript, and that the
// library then takes over without redrawing a widget or moving anything.
//
// Needs `npm run build:lib` (lede-widgets/ssr), then the cdn build and the demo (`npm run test:e2e`).
// Pixels are compared as e2e/demo/visual.test.js compares them with its baselines: pixelmatch at
// threshold 0.1, at most 0.01 % of a widget's pixels (and never more than 25) differing, same size.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { isolatedPage, launch } from '../scripts/harness/browser.js';
import { startServer } from '../scripts/harness/server.js';
import { requireBuilt, ROOT } from './demo/harness.js';

const TOLERANCE = { threshold: 0.1, share: 0.0001, most: 25 };
const CLIENT = '/dist-demo/index.html';
const PRERENDERED = '/dist-demo/index.prerendered.html';

const story = JSON.parse(readFileSync(resolve(ROOT, 'demo/stories/huawei-peru.json'), 'utf8'));
/** The demo article's widgets, and words each one must show (from the item its `src` names). */
const WIDGETS = [
  { tag: 'lede-profile', words: story.profiles[0].name },
  { tag: 'lede-deal-card', words: story.deals[0].headline },
  { tag: 'lede-key-numbers', words: story.keyNumbers[0].headline },
  { tag: 'lede-explainer', words: story.explainers[0].question },
  { tag: 'lede-investment-figure', words: story.figures[0].label },
  { tag: 'lede-timeline', words: story.timelines[0].headline },
  { tag: 'lede-quote-block', words: story.quotes[0].text },
];
const TAGS = WIDGETS.map(({ tag }) => tag);

let server;
let browser;
before(async () => {
  requireBuilt();
  if (!existsSync(resolve(ROOT, 'dist/ssr/index.js'))) throw new Error('dist/ssr/index.js is missing: run "npm run build:lib" first.');
  // As a publisher's build runs it: the package's own command, on the built demo page.
  const { stdout } = await promisify(execFile)('npx', ['lede', 'prerender', 'dist-demo/index.html', '-o', 'dist-demo/index.prerendered.html'], { cwd: ROOT });
  assert.match(stdout, /7 widgets drawn, 0 problems/);
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page at a fixed size, light, without motion, with or without JavaScript. */
async function openPage(path, { javaScript = true, beforeScripts } = {}) {
  const { page, context } = await isolatedPage(browser, { width: 1000, height: 900 });
  await page.setJavaScriptEnabled(javaScript);
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, context };
}

/** Each widget's shadow-root text (white space collapsed) and box. */
const widgetsShown = (page) =>
  page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const el = document.querySelector(tag);
        const { width, height } = el.getBoundingClientRect();
        return { tag, text: el.shadowRoot?.textContent.replace(/[ \t\n\f\r]+/g, ' ') ?? null, width, height, drawn: !!el.shadowRoot?.querySelector('[part~="base"] > :not(slot)') };
      }),
    TAGS,
  );

/** A PNG of each widget, its box rounded outwards, once it is drawn (its `src` loads as it comes near the viewport). */
async function shoot(page) {
  const shots = [];
  for (const tag of TAGS) {
    const el = await page.$(tag);
    await el.scrollIntoView();
    await page.waitForFunction((el) => el.shadowRoot?.querySelector('[part~="base"] > :not(slot)'), {}, el);
    const box = await el.boundingBox();
    const [x, y] = [Math.floor(box.x), Math.floor(box.y)];
    shots.push(Buffer.from(await page.screenshot({ clip: { x, y, width: Math.ceil(box.x + box.width) - x, height: Math.ceil(box.y + box.height) - y } })));
  }
  return shots;
}

describe('a prerendered page', () => {
  test('shows every widget, drawn and styled, with JavaScript disabled', async () => {
    const { page, context } = await openPage(PRERENDERED, { javaScript: false });
    const shown = await widgetsShown(page);
    for (const [index, { tag, words }] of WIDGETS.entries()) {
      const widget = shown[index];
      assert.ok(widget.drawn, `${tag} is drawn in its shadow root`);
      assert.ok(widget.text.includes(words), `${tag} shows "${words}"`);
      assert.ok(widget.width > 300 && widget.height > 60, `${tag} has its size: ${widget.width}×${widget.height}`);
    }
    assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS), [], 'no script ran');
    await context.close();
  });

  test('each widget looks as its twin drawn in the browser', async () => {
    const client = await openPage(CLIENT);
    const expected = await shoot(client.page);
    await client.context.close();
    const prerendered = await openPage(PRERENDERED, { javaScript: false });
    const actual = await shoot(prerendered.page);
    await prerendered.context.close();
    for (const [index, tag] of TAGS.entries()) {
      const a = PNG.sync.read(expected[index]);
      const b = PNG.sync.read(actual[index]);
      assert.deepEqual([b.width, b.height], [a.width, a.height], `${tag}: same size`);
      const differing = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: TOLERANCE.threshold });
      const allowed = Math.min(TOLERANCE.most, Math.floor(a.width * a.height * TOLERANCE.share));
      assert.ok(differing <= allowed, `${tag}: ${differing} pixels differ (${a.width}×${a.height}; allowed ${allowed})`);
    }
  });

  test('with the library loaded, the widgets are taken over without a redraw or a layout shift', async () => {
    // Runs once the page is parsed, before its module scripts: the library has not run yet.
    const beforeScripts = () => {
      globalThis.__shifts = [];
      new PerformanceObserver((list) => globalThis.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        globalThis.__mutations = [];
        globalThis.__before = [...document.querySelectorAll('[src*="huawei-peru"]')].map((el) => {
          const observer = new MutationObserver((records) => globalThis.__mutations.push(...records.map((record) => `${el.localName}: ${record.type}`)));
          observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
          return { el, nodes: [...el.shadowRoot.querySelectorAll('*')], defined: !!customElements.get(el.localName) };
        });
      });
    };
    const boxes = (tags) =>
      tags.map((tag) => {
        const rect = document.querySelector(tag).getBoundingClientRect();
        return [tag, rect.x, rect.y, rect.width, rect.height].join(' ');
      });
    const still = await openPage(PRERENDERED, { javaScript: false });
    const expectedBoxes = await still.page.evaluate(boxes, TAGS);
    await still.context.close();
    const { page, context } = await openPage(PRERENDERED, { beforeScripts });
    const result = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      // Each widget near the viewport in turn, so each loads its `src` and updates with its data.
      for (const { el } of globalThis.__before) {
        el.scrollIntoView();
        await frames();
      }
      while (!performance.getEntriesByType('resource').some((entry) => entry.name.includes('huawei-peru.json'))) await frames();
      await frames();
      await Promise.all(globalThis.__before.map(({ el }) => el.updateComplete));
      window.scrollTo(0, 0);
      // Two frames: anything the takeover changed is laid out and observed.
      await frames();
      return {
        definedBefore: globalThis.__before.filter(({ defined }) => defined).length,
        updated: globalThis.__before.filter(({ el }) => el.hasUpdated).length,
        replaced: globalThis.__before.flatMap(({ el, nodes }) => {
          const now = [...el.shadowRoot.querySelectorAll('*')];
          return now.length === nodes.length && now.every((node, index) => node === nodes[index]) ? [] : [el.localName];
        }),
        mutations: globalThis.__mutations,
        shift: globalThis.__shifts.reduce((sum, value) => sum + value, 0),
      };
    }, TAGS);
    assert.equal(result.definedBefore, 0, 'the widgets were prerendered before the library ran');
    assert.equal(result.updated, 7, 'the library took over every widget');
    assert.deepEqual(result.replaced, [], 'no widget redrew its shadow root');
    assert.deepEqual(result.mutations, [], 'nothing in a shadow root changed');
    assert.deepEqual(await page.evaluate(boxes, TAGS), expectedBoxes, 'every widget has the place and size it has without JavaScript');
    assert.equal(result.shift, 0, 'no layout shift');
    await context.close();
  });

  test('a widget taken over still follows later changes: a language switch redraws it', async () => {
    const { page, context } = await openPage(PRERENDERED);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), TAGS);
    await (await page.$('lede-quote-block')).scrollIntoView();
    await page.select('#lang', 'es');
    await page.waitForFunction(() => document.querySelector('lede-quote-block').shadowRoot.textContent.includes('Fuente:'));
    const texts = await page.evaluate(() => [...document.querySelector('lede-quote-block').shadowRoot.querySelectorAll('[part~="base"]')].length);
    assert.equal(texts, 1, 'the server’s drawing is replaced, not drawn over');
    await context.close();
  });
});
