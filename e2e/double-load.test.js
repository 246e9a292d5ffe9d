// 2. Two copies of the library on one page (two URLs of each file; the module and the classic
//    script): no uncaught error, every widget drawn once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start, untilDrawn } from './harness.js';
import { WIDGETS } from './widgets.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

for (const [label, path] of [
  ['without a CSP', '/e2e/pages/twice.html'],
  ["under the strict CSP with Trusted Types 'allow-duplicates'", '/csp-twice/e2e/pages/twice.html'],
]) {
  test(`loaded four times, ${label}: no error, every widget drawn, plain markup upgraded once`, async () => {
    const { page, problems } = await open(env, path);
    const drawn = await untilDrawn(page);
    assert.equal(drawn, WIDGETS.length * 2, 'each widget as a tag and as upgraded markup');
    const tags = WIDGETS.map(({ name }) => `lede-${name}`);
    const nested = await page.evaluate((tags) => document.querySelectorAll(tags.map((tag) => `${tag} ${tag}`).join()).length, tags);
    assert.equal(nested, 0, 'no widget wraps another copy of itself');
    const upgraded = await page.evaluate(() => [...document.querySelectorAll('section[data-form="plain"] > *')].map((el) => el.localName));
    assert.deepEqual(upgraded, tags);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
