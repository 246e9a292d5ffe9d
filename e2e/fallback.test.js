// dist/lede.css reserves a widget's box before the script defines it, so that the page does not
// move when widgets upgrade. The investment figure's box (label, amount, period and rank, source)
// is measured against the drawn figure, on a page without JavaScript and on the same page with it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start } from './harness.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** The figures' heights on the page, with or without JavaScript (then once every figure is drawn). */
async function heights(javaScript) {
  const { page, problems } = await open(env, '/e2e/pages/fallback.html', { javaScript });
  if (javaScript) {
    await page.evaluate(async () => {
      await customElements.whenDefined('lede-investment-figure');
      await Promise.all([...document.querySelectorAll('lede-investment-figure')].map((el) => el.updateComplete));
    });
  }
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('lede-investment-figure')].map((el) => ({
      height: el.getBoundingClientRect().height,
      weight: getComputedStyle(el).fontWeight,
    })),
  );
  await page.close();
  return { found, problems };
}

test('with lede.css, each investment figure takes its drawn height before it is defined (labels of one line)', async () => {
  const before = await heights(false);
  const drawn = await heights(true);
  assert.deepEqual(drawn.problems, []);
  assert.equal(before.found.length, 3);
  before.found.forEach(({ height, weight }, i) => {
    assert.ok(Math.abs(height - drawn.found[i].height) <= 1, `figure ${i + 1}: ${height.toFixed(1)} px before, ${drawn.found[i].height.toFixed(1)} px drawn`);
    assert.equal(weight, '800', 'the light-DOM amount is written as the drawn one');
  });
});
