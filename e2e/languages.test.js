// Languages other than English are small modules beside the bundle (`dist/lede-fr.js`…), loaded
// the first time a widget needs them: by the module and by the classic script, once per page,
// and never on an English page. A site that copied only the main file still gets working widgets.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, shadowText, start, untilDrawn } from './harness.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** In the page: the paths of the language modules it has fetched so far. */
const languageModules = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/lede-(fr|es|zh)\.js$/.test(path)),
  );

for (const [label, path] of [
  ['the module', '/e2e/pages/clean.html'],
  ['the classic script', '/e2e/pages/classic.html'],
]) {
  test(`${label} loads the French strings once, from beside the script, and draws in French`, async () => {
    const { page, problems } = await open(env, path);
    assert.equal(await untilDrawn(page), WIDGETS.length * 2);
    assert.deepEqual(await languageModules(page), ['/dist/lede-fr.js']);
    const quote = await page.$('section[data-form="tag"] lede-quote-block');
    // (U+202F before the colon, which shadowText turns into a plain space.)
    assert.match(await shadowText(page, quote), /Source : SCMP/);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

/** In the page: resolves once every widget on it has drawn (or given up on) its data and strings. */
const settled = (page) =>
  page.evaluate(async () => {
    await Promise.all(['lede-quote-block', 'lede-deal-card', 'lede-investment-figure'].map((tag) => customElements.whenDefined(tag)));
    const widgets = [...document.querySelectorAll('lede-quote-block, lede-deal-card, lede-investment-figure')];
    await Promise.all(widgets.map((el) => el.updateComplete));
    return widgets.length;
  });

test('an English page loads no language module', async () => {
  const { page, problems } = await open(env, '/e2e/pages/empty.html');
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
    document.querySelector('main').innerHTML =
      '<lede-quote-block source="SCMP">We do not think our friends will be upset.</lede-quote-block>' +
      '<lede-deal-card headline="Huawei to train 20,000 young Peruvians" status="signed"></lede-deal-card>' +
      '<lede-investment-figure amount="2900000000" currency="USD" rank="3"></lede-investment-figure>';
  });
  assert.equal(await settled(page), 3);
  const quote = await page.$('lede-quote-block');
  assert.match(await shadowText(page, quote), /Source: SCMP/);
  assert.deepEqual(await languageModules(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

for (const [label, path] of [
  ['the module', '/without-languages/e2e/pages/clean.html'],
  ['the classic script', '/without-languages/e2e/pages/classic.html'],
]) {
  test(`${label} without its language files: every widget drawn with English labels, one warning, no error`, async () => {
    const page = await env.browser.newPage();
    const warnings = [];
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
      // The browser's own line for the missing file is expected; any other error is not.
      else if (message.type() === 'error' && !/Failed to load resource.*404/.test(message.text())) errors.push(message.text());
    });
    await page.goto(env.origin + path, { waitUntil: 'load' });
    assert.equal(await settled(page), WIDGETS.length * 2);
    const quote = await page.$('section[data-form="tag"] lede-quote-block');
    assert.match(await shadowText(page, quote), /Source: SCMP/);
    assert.equal(warnings.filter((text) => text.includes('"fr" strings could not be loaded')).length, 1, warnings.join('\n'));
    assert.deepEqual(errors, []);
    await page.close();
  });
}
