// 1. A hostile theme leaves every widget's inner layout as it is on a clean page; the page's font comes through.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start, untilDrawn } from './harness.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** Every widget's parts, as boxes relative to its `base` part, plus the fonts in force. */
async function layout(path) {
  const { page, problems } = await open(env, path);
  await untilDrawn(page);
  const result = await page.evaluate(() =>
    [...document.querySelectorAll('section[data-sample]')].map((section) => {
      const host = section.querySelector(`lede-${section.dataset.sample}`);
      const base = host.shadowRoot.querySelector('[part="base"]');
      const origin = base.getBoundingClientRect();
      const round = (n) => Math.round(n * 2) / 2;
      const parts = [...host.shadowRoot.querySelectorAll('[part]')].map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.getAttribute('part')}: ${round(box.x - origin.x)},${round(box.y - origin.y)} ${round(box.width)}×${round(box.height)}`;
      });
      return {
        widget: `${section.dataset.sample} (${section.dataset.form})`,
        parts,
        font: getComputedStyle(base).fontFamily,
        pageFont: getComputedStyle(document.body).fontFamily,
      };
    }),
  );
  await page.close();
  return { result, problems };
}

test('a hostile theme changes no widget’s inner layout, and the page font is inherited', async () => {
  const clean = await layout('/e2e/pages/clean.html');
  const themed = await layout('/e2e/pages/theme.html');
  assert.deepEqual(clean.problems, []);
  assert.deepEqual(themed.problems, []);
  assert.ok(clean.result.length >= 2, 'every widget, as a tag and as markup');
  for (const [index, widget] of themed.result.entries()) {
    assert.ok(widget.parts.length > 2, `${widget.widget} has parts`);
    assert.deepEqual(widget.parts, clean.result[index].parts, `${widget.widget}: part boxes differ from the clean page`);
    assert.equal(widget.font, widget.pageFont, `${widget.widget} uses the page's font`);
  }
});
