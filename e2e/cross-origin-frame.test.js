// An article shown inside a frame of another origin (an aggregator, an app's web view): there the
// browser ignores `rootMargin` against the top page's viewport. A `src` widget a screen below the
// frame's viewport must be fetched and drawn before the reader scrolls it into view, and one far
// below must still wait until the reader comes near it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { open, start } from './harness.js';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** The article, served from the other origin (same server, `localhost` instead of 127.0.0.1). */
const ARTICLE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Article dans un cadre</title>
<link rel="stylesheet" href="/e2e/pages/base.css">
<script type="module" src="/dist/lede.js"></script></head>
<body>
<div style="height: 130vh">Début de l’article.</div>
<lede-quote-block id="near" src="/cross/near.json#pm-quote"></lede-quote-block>
<div style="height: 500vh">Suite de l’article.</div>
<lede-deal-card id="far" src="/cross/far.json#huawei-peru-ai"></lede-deal-card>
<div style="height: 100vh">Fin.</div>
</body>
</html>
`;

/** What only each widget's story item gives it. */
const FROM_STORY = { near: 'Premier ministre du Pérou', far: 'Google Actualités' };

/** In the frame: where `#id` is against the frame's viewport, and whether it shows its story item. */
const where = (id, text) => {
  const el = document.getElementById(id);
  const { top, bottom } = el.getBoundingClientRect();
  return { top, bottom, viewport: innerHeight, drawn: Boolean(el.shadowRoot?.textContent.includes(text)) };
};
const drawn = (id, text) => document.getElementById(id)?.shadowRoot?.textContent.includes(text);

test('in a frame of another origin, a src widget a screen below is drawn before it is seen; one far below waits', async () => {
  const story = await readFile(join(import.meta.dirname, 'fixtures/story.json'), 'utf8');
  env.pages.set('/cross/near.json', story);
  env.pages.set('/cross/far.json', story);
  env.pages.set('/cross/article.html', ARTICLE);
  const other = env.origin.replace('127.0.0.1', 'localhost');
  env.pages.set(
    '/cross/top.html',
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Agrégateur</title></head><body style="margin: 0">
<iframe title="Article" src="${other}/cross/article.html" style="display: block; width: 100%; height: 400px; border: 0"></iframe>
</body></html>`,
  );
  const { page, problems } = await open(env, '/cross/top.html');
  const frame = page.frames().find((candidate) => candidate.url().startsWith(other));
  assert.ok(frame, 'the article frame');
  // The near widget is drawn from its document while below the frame's viewport, unseen.
  await frame.waitForFunction(drawn, { timeout: 10_000 }, 'near', FROM_STORY.near);
  const near = await frame.evaluate(where, 'near', FROM_STORY.near);
  assert.ok(near.top > near.viewport, `still below the frame's viewport: ${JSON.stringify(near)}`);
  assert.equal(env.count('/cross/near.json'), 1);
  // Lazy loading still holds: the far widget's document is not requested yet.
  assert.equal(env.count('/cross/far.json'), 0);
  assert.equal((await frame.evaluate(where, 'far', FROM_STORY.far)).drawn, false);
  // The reader scrolls the frame until the far widget is half a screen below the viewport.
  await frame.evaluate(() => {
    const far = document.getElementById('far');
    scrollBy(0, far.getBoundingClientRect().top - innerHeight * 1.5);
  });
  await frame.waitForFunction(drawn, { timeout: 10_000 }, 'far', FROM_STORY.far);
  const far = await frame.evaluate(where, 'far', FROM_STORY.far);
  assert.ok(far.top > far.viewport, `drawn before it entered the viewport: ${JSON.stringify(far)}`);
  assert.equal(env.count('/cross/far.json'), 1);
  assert.deepEqual(problems, []);
  await page.close();
});
