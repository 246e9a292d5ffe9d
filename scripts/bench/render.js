/**
 * Render benchmark: N widgets drawn by the library versus the floor, the browser inserting the
 * identical final DOM as static HTML with declarative shadow roots. Same page, same run, the two
 * taking turns, garbage collected before every measurement.
 */
import { articleMarkup } from './markup.js';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * @param {import('puppeteer-core').Page} page render.html, loaded
 * @param {() => Promise<void>} gc
 * @param {{ widgets: import('./markup.js').Widget[], story: Record<string, unknown>, storyUrl: string, count: number, source: 'attributes' | 'src', repetitions: number }} options
 */
export async function renderCase(page, gc, { widgets, story, storyUrl, count, source, repetitions }) {
  const markup = articleMarkup(widgets, story, count, source === 'src' ? { src: storyUrl, loading: 'eager' } : {});
  const name = `${source}-${count}`;
  await page.evaluate((n, m) => window.bench.store(n, m), name, markup);

  // Warm-up: the first render also fetches the story and compiles templates; it gives the floor's HTML.
  await page.evaluate((n) => window.bench.render(n), name);
  const shadows = await page.evaluate(() => window.bench.shadows());
  const nodes = await page.evaluate(() => window.bench.nodeCount());
  await page.evaluate((n) => window.bench.store(`${n}-floor`, window.bench.serialize()), name);
  await page.evaluate(() => window.bench.clear());
  await page.evaluate((n) => window.bench.floor(`${n}-floor`), name);
  const identical = await page.evaluate((s) => window.bench.compare(s), shadows);
  await page.evaluate(() => window.bench.clear());

  const library = [];
  const floor = [];
  for (let i = 0; i < repetitions; i++) {
    // Alternate which goes first, so neither always inherits the other's leftovers.
    const order = i % 2 ? ['floor', 'library'] : ['library', 'floor'];
    for (const which of order) {
      await gc();
      const ms = await page.evaluate(
        (n, w) => (w === 'library' ? window.bench.render(n) : window.bench.floor(`${n}-floor`)),
        name,
        which,
      );
      (which === 'library' ? library : floor).push(ms);
      await page.evaluate(() => window.bench.clear());
    }
  }
  const libraryMs = median(library);
  const floorMs = median(floor);
  return { count, source, repetitions, nodes, identical, libraryMs, floorMs, ratio: libraryMs / floorMs, library, floor };
}
