// What the single-file bundles load on demand, from beside themselves: each language's strings
// (`dist/lede-fr.js`…), the first time a widget needs them; the site loader
// (`dist/lede-site-loader.js`), the first time the page has plain markup; the story fetching
// (`dist/lede-story-fetch.js`), the first time a widget has a `src`. The module and the
// classic script alike, once per page, never when not needed, even on a page whose markup
// clobbers the globals they read. A site that copied only the main file still gets working widgets.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { widgetText } from '../scripts/harness/browser.js';
import { open, start, untilDrawn } from './harness.js';
import { ON_DEMAND } from '../src/locales/languages.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** The modules the bundles load on demand: each language's strings, the site loader, story fetching. */
const ON_DEMAND_MODULES = [...ON_DEMAND, 'site-loader', 'story-fetch'].map((name) => `lede-${name}.js`);

/** In the page: the paths of the modules loaded on demand that it has fetched so far. */
const onDemand = (page) =>
  page.evaluate(
    (modules) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => modules.includes(path.split('/').pop()))
        .sort(),
    ON_DEMAND_MODULES,
  );

for (const [label, path] of [
  ['the module', '/e2e/pages/clean.html'],
  ['the classic script', '/e2e/pages/classic.html'],
  ['the module, on a clobbering page,', '/e2e/pages/clobbered-module.html'],
  ['the classic script, on a clobbering page,', '/e2e/pages/clobbered-classic.html'],
  ['the classic script, after the page ran lede-fr.js itself,', '/e2e/pages/strings-first.html'],
  ['the classic script, served combined from elsewhere, with <meta name="lede-widgets-path">,', '/e2e/pages/combined-with-path.html'],
]) {
  test(`${label} loads the French strings and the site loader once, from beside the script, and draws in French`, async () => {
    const { page, problems } = await open(env, path);
    assert.equal(await untilDrawn(page), WIDGETS.length * 2);
    assert.deepEqual(await onDemand(page), ['/dist/lede-fr.js', '/dist/lede-site-loader.js']);
    const quote = await page.$('section[data-form="tag"] lede-quote-block');
    // (A narrow no-break space, U+202F, before the colon.)
    assert.match(await widgetText(page, quote), /Source\u202F: SCMP/);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

const WIDGET_TAGS = WIDGETS.map(({ name }) => `lede-${name}`).join();

/** Resolves once the page holds `count` widgets (plain markup is upgraded a moment after load) and each has drawn. */
async function settled(page, count) {
  await page.waitForFunction((tags, count) => document.querySelectorAll(tags).length === count, { timeout: 5000 }, WIDGET_TAGS, count);
  await page.evaluate(async (tags) => {
    await Promise.all([...document.querySelectorAll(tags)].map((el) => el.updateComplete));
  }, WIDGET_TAGS);
}

test('every module loaded on demand stands alone: it imports nothing, so the classic script can load it too', () => {
  const dist = new URL('../dist/', import.meta.url);
  // Files a page names or the loader imports by name: the loaders, the single file, the widget modules and their core.
  const named = new Set(['lede-frame.js', 'lede-all.js', 'lede-core.js', ...WIDGETS.map(({ name }) => `lede-${name}.js`)]);
  const modules = readdirSync(dist).filter((name) => /^(lede|embed)-.+\.js$/.test(name) && !named.has(name));
  for (const name of [...ON_DEMAND_MODULES, 'lede-count-up.js']) assert.ok(modules.includes(name), name);
  for (const name of modules) {
    const code = readFileSync(new URL(name, dist), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[\s{*"'`(]|\bfrom\s*["'`]/, `${name} imports something`);
  }
});

test('each widget module imports the shared core and nothing else up front', () => {
  const dist = new URL('../dist/', import.meta.url);
  for (const { name } of WIDGETS) {
    const code = readFileSync(new URL(`lede-${name}.js`, dist), 'utf8');
    const imported = [...code.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1] ?? match[2]);
    assert.deepEqual([...new Set(imported)], ['./lede-core.js'], name);
  }
});

for (const [label, path] of [
  ['the module', '/e2e/pages/clean.html'],
  ['the classic script', '/e2e/pages/classic.html'],
]) {
  test(`${label} loads the story fetching once a widget has a src, and draws the item`, async () => {
    const { page, problems } = await open(env, path);
    await untilDrawn(page);
    assert.ok(!(await onDemand(page)).includes('/dist/lede-story-fetch.js'), 'no src yet, no fetching code');
    await page.evaluate(() => {
      document.querySelector('main').insertAdjacentHTML('beforeend', '<lede-quote-block id="remote" loading="eager" src="/e2e/fixtures/story.json#pm-quote"></lede-quote-block>');
    });
    await page.waitForFunction(() => document.querySelector('#remote')?.shadowRoot?.textContent.includes('Nous ne pensons pas'), { timeout: 5000 });
    assert.ok((await onDemand(page)).includes('/dist/lede-story-fetch.js'));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('an English page with tags only loads nothing on demand', async () => {
  const { page, problems } = await open(env, '/e2e/pages/empty.html');
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
    document.querySelector('main').innerHTML =
      '<lede-quote-block source="SCMP">We do not think our friends will be upset.</lede-quote-block>' +
      '<lede-deal-card headline="Huawei to train 20,000 young Peruvians" status="signed"></lede-deal-card>' +
      '<lede-investment-figure amount="2900000000" currency="USD" rank="3"></lede-investment-figure>';
  });
  await settled(page, 3);
  const quote = await page.$('lede-quote-block');
  assert.match(await widgetText(page, quote), /Source: SCMP/);
  assert.deepEqual(await onDemand(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

/**
 * Opens `path` on a page some of whose on-demand files are missing: collects the console's
 * warnings, and its errors but the browser's own line for each missing file (which is expected).
 */
async function openWithMissingFiles(path) {
  const page = await env.browser.newPage();
  const warnings = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    else if (message.type() === 'error' && !/Failed to load resource.*404/.test(message.text())) errors.push(message.text());
  });
  await page.goto(env.origin + path, { waitUntil: 'load' });
  return { page, warnings, errors };
}

for (const [label, path] of [
  ['the module', '/without-languages/e2e/pages/clean.html'],
  ['the classic script', '/without-languages/e2e/pages/classic.html'],
]) {
  test(`${label} without its language files: every widget drawn with English labels, one warning, no error`, async () => {
    const { page, warnings, errors } = await openWithMissingFiles(path);
    await settled(page, WIDGETS.length * 2);
    const quote = await page.$('section[data-form="tag"] lede-quote-block');
    assert.match(await widgetText(page, quote), /Source: SCMP/);
    assert.equal(warnings.filter((text) => text.includes('"fr" strings could not be loaded')).length, 1, warnings.join('\n'));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the classic script served combined from elsewhere, without the path meta: every widget stays as its readable markup, a warning for each, no error', async () => {
  const { page, warnings, errors } = await openWithMissingFiles('/e2e/pages/combined-without-path.html');
  const said = (words) => warnings.some((text) => text.includes(words));
  const tags = WIDGETS.map(({ name }) => `<lede-${name}>`);
  // The warnings come from failed imports, which end after load: poll the collected console.
  for (let tries = 0; tries < 250 && !tags.every((tag) => said(`${tag} could not be loaded`)); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const tag of tags) assert.ok(said(`${tag} could not be loaded`), warnings.join('\n'));
  // Nothing defined, so the tags show their light DOM: the quote's own words.
  const text = await page.evaluate(() => document.querySelector('section[data-form="tag"] lede-quote-block').innerText);
  assert.match(text, /investissements chinois/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('lede-quote-block [data-lede]').length), 0, 'plain markup not upgraded');
  assert.deepEqual(errors, []);
  await page.close();
});
