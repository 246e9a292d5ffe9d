// A classic script in <head> without `defer` defines the widgets before the parser reaches them:
// each is connected at its start tag, its children still to come. Here the network pauses right
// after every widget's start tag (and inside its children), so each is connected for a while
// without them. Valid widgets must draw and report nothing, whatever the route; a widget whose
// attributes are enough draws before its end tag arrives.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start, untilDrawn } from './harness.js';
import { readSample } from './server.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

const PAUSE = 300;

/** Splits `html` after its first start tag and halfway through the rest, with a pause at each cut. */
function withPauses(html) {
  const tag = html.indexOf('>') + 1;
  const middle = tag + Math.floor((html.length - tag) / 2);
  const cut = html.lastIndexOf('\n', middle) > tag ? html.lastIndexOf('\n', middle) : tag;
  return [html.slice(0, tag), PAUSE, html.slice(tag, cut), PAUSE, html.slice(cut)];
}

const head = (title, script) =>
  `<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<link rel="stylesheet" href="/e2e/pages/base.css">\n<script src="/e2e/pages/record-errors.js"></script>\n${script}\n</head>\n<body>\n<main>\n`;

/** Opens `path`, records every warning, waits for every widget; resolves with what was reported. */
async function reported(path) {
  const warnings = [];
  const { page, problems } = await open(env, path);
  page.on('console', (message) => message.type().startsWith('warn') && warnings.push(message.text()));
  const drawn = await untilDrawn(page, 'main');
  const errors = await page.evaluate(() => window.ledeErrors);
  await page.close();
  return { drawn, errors, warnings, problems };
}

for (const [name, script] of [
  ['classic script', '<script src="/dist/lede.classic.js"></script>'],
  // A module is deferred: the same page with it must stay quiet too.
  ['module script', '<script type="module" src="/dist/lede.js"></script>'],
]) {
  test(`a ${name} in <head>, widgets arriving in pieces: no problem reported for valid widgets`, async () => {
    const tags = await Promise.all(WIDGETS.map(({ name }) => readSample(name, 'tag')));
    const plain = await Promise.all(WIDGETS.map(({ name }) => readSample(name, 'plain')));
    const path = `/parsing/${name.replace(' ', '-')}.html`;
    env.pages.set(path, [head(`Lede: ${name} in the head`, script), ...tags.flatMap(withPauses), ...plain.flatMap(withPauses), '\n</main>\n</body>\n</html>\n']);
    const { drawn, errors, warnings, problems } = await reported(path);
    assert.equal(drawn, WIDGETS.length * 2);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    assert.deepEqual(problems, []);
  });
}

test('a widget whose attributes are enough draws before its end tag arrives; a real problem is reported once parsed', async () => {
  const path = '/parsing/attributes.html';
  let resume;
  env.pages.set(path, [
    head('Lede: attributes only', '<script src="/dist/lede.classic.js"></script>'),
    '<lede-quote-block id="complete" text="Complet dès la balise" speaker="Ana">',
    // The network stalls until the test has looked.
    new Promise((resolve) => (resume = resolve)),
    '</lede-quote-block>\n<lede-quote-block id="empty" speaker="Ana"></lede-quote-block>\n</main>\n</body>\n</html>\n',
  ]);
  const warnings = [];
  const { page, problems } = await open(env, '/e2e/pages/empty.html');
  page.on('console', (message) => message.type().startsWith('warn') && warnings.push(message.text()));
  const loaded = page.goto(env.origin + path);
  await page.waitForFunction(
    () => document.readyState === 'loading' && document.querySelector('#complete')?.shadowRoot?.textContent.includes('Complet dès la balise'),
    { timeout: 10_000 },
  );
  assert.deepEqual(await page.evaluate(() => window.ledeErrors), []);
  resume();
  await loaded;
  await page.waitForFunction(() => window.ledeErrors.length > 0, { timeout: 10_000 });
  assert.deepEqual(await page.evaluate(() => window.ledeErrors), [{ tag: 'lede-quote-block', problems: [{ field: 'text', message: 'is required' }] }]);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.deepEqual(problems, []);
  await page.close();
});
