/**
 * Visual regression: each widget from the built `dist/lede.js`, light, dark, right to left and
 * 320 px wide, compared with the screenshots committed in `e2e/demo/baselines/`.
 *
 * Tolerance: pixels are compared with pixelmatch at threshold 0.1 (how far two colours may be
 * apart and still count as equal; anti-aliased edge pixels are ignored), and a screenshot passes
 * when at most 0.01 % of its pixels (and never more than 25) differ, and its size is the same.
 * That absorbs rendering noise, not a change anyone could see: the last test proves that a
 * changed accent colour fails.
 *
 * A missing baseline fails. To create or accept new ones, look at the screenshots in `e2e/output/`,
 * then run `LEDE_UPDATE_BASELINES=1 npm run test:e2e` and commit `e2e/demo/baselines/`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { isolatedPage, launch } from '../../scripts/harness/browser.js';
import { startServer } from '../../scripts/harness/server.js';
import { requireBuilt, ROOT } from './harness.js';

const TOLERANCE = { threshold: 0.1, share: 0.0001, most: 25 };

const BASELINES = resolve(ROOT, 'e2e/demo/baselines');
const OUTPUT = resolve(ROOT, 'e2e/output');
const UPDATE = process.env.LEDE_UPDATE_BASELINES === '1';

/** Each widget, drawn from the first item of its list in the demo's story document. */
const WIDGETS = [
  { name: 'quote-block', tag: 'lede-quote-block', collection: 'quotes' },
  { name: 'deal-card', tag: 'lede-deal-card', collection: 'deals' },
  { name: 'investment-figure', tag: 'lede-investment-figure', collection: 'figures' },
];
const VARIANTS = {
  light: { width: 600 },
  dark: { width: 600, theme: 'dark', background: '#101114' },
  rtl: { width: 600, dir: 'rtl' },
  narrow: { width: 320 },
};

const story = JSON.parse(readFileSync(resolve(ROOT, 'demo/stories/huawei-peru.json'), 'utf8'));
/** JSON inside `<script>`: `<` escaped so no text can close the element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

requireBuilt();
const server = await startServer();
const browser = await launch();
after(async () => {
  await browser.close();
  await server.close();
});

/** A screenshot of one widget in one variant; `css` is extra page CSS (for the deliberate change). */
async function shoot(widget, variant, css = '') {
  const { width, theme = 'light', dir = 'ltr', background = '#ffffff' } = VARIANTS[variant];
  const item = story[widget.collection][0];
  const path = `/blank/visual-${widget.name}-${variant}${css ? '-changed' : ''}.html`;
  server.pages.set(
    path,
    `<!doctype html>
<html lang="fr" dir="${dir}">
<head>
<meta charset="utf-8"><title>${widget.name} ${variant}</title>
<style>
  html, body { margin: 0; }
  body { padding: 16px; background: ${background}; font: 16px/1.5 'DejaVu Serif', serif; }
  #box { width: ${width}px; }
  ${css}
</style>
<script type="module" src="/dist/lede.js"></script>
</head>
<body><div id="box"><${widget.tag} theme="${theme}"><script type="application/json">${scriptJson(item)}</script></${widget.tag}></div></body>
</html>`,
  );
  // Fixed size and scale, no motion, a light scheme: the same pixels on every run.
  const { page, context } = await isolatedPage(browser, { width: 800, height: 600 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.goto(server.origin + path);
  await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"] > :not(slot)'), {}, widget.tag);
  await page.evaluate(() => document.fonts.ready);
  // The pixels the box touches, edges rounded outwards (as the baselines were cut).
  const box = await (await page.$('#box')).boundingBox();
  const [x, y] = [Math.floor(box.x), Math.floor(box.y)];
  const clip = { x, y, width: Math.ceil(box.x + box.width) - x, height: Math.ceil(box.y + box.height) - y };
  const png = Buffer.from(await page.screenshot({ clip }));
  await context.close();
  return png;
}

/** How many pixels differ between two PNGs (Infinity when their sizes differ), and the diff image. */
function compare(expected, actual) {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) return { differing: Infinity, allowed: 0, detail: `size ${b.width}×${b.height}, baseline ${a.width}×${a.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: TOLERANCE.threshold });
  const allowed = Math.min(TOLERANCE.most, Math.floor(a.width * a.height * TOLERANCE.share));
  return { differing, allowed, diff: PNG.sync.write(diff), detail: `${differing} pixels differ (${a.width}×${a.height}; allowed ${allowed})` };
}

function save(name, png) {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(resolve(OUTPUT, name), png);
}

describe('visual regression', () => {
  for (const widget of WIDGETS) {
    for (const variant of Object.keys(VARIANTS)) {
      test(`${widget.name}, ${variant}: matches e2e/demo/baselines/${widget.name}-${variant}.png`, async () => {
        const file = resolve(BASELINES, `${widget.name}-${variant}.png`);
        const actual = await shoot(widget, variant);
        if (UPDATE) {
          mkdirSync(BASELINES, { recursive: true });
          writeFileSync(file, actual);
          return;
        }
        if (!existsSync(file)) {
          save(`${widget.name}-${variant}.actual.png`, actual);
          assert.fail(`no baseline ${file}: check e2e/output/${widget.name}-${variant}.actual.png, then run with LEDE_UPDATE_BASELINES=1`);
        }
        const result = compare(readFileSync(file), actual);
        if (result.differing > result.allowed) {
          save(`${widget.name}-${variant}.actual.png`, actual);
          if (result.diff) save(`${widget.name}-${variant}.diff.png`, result.diff);
        }
        assert.ok(result.differing <= result.allowed, `${widget.name} ${variant}: ${result.detail}; see e2e/output/`);
      });
    }
  }

  test('a deliberate style change (another accent colour) fails the comparison', async () => {
    for (const widget of WIDGETS) {
      const changed = await shoot(widget, 'light', `${widget.tag} { --lede-color-accent: #c2185b; }`);
      const result = compare(readFileSync(resolve(BASELINES, `${widget.name}-light.png`)), changed);
      assert.ok(result.differing > result.allowed, `${widget.name}: the changed accent went unnoticed (${result.detail})`);
    }
  });
});
