#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): how fast the built library is in headless Chromium.
 * Prints every figure with its goal and pass/fail; it is a measurement, not a test, and always
 * exits 0 unless it could not run. Options:
 *   --quick           fewer repetitions, no 10,000-widget case (for a first look)
 *   --no-lighthouse   skip Lighthouse (it is fetched with npx on first use)
 *   --markdown        also print the results as the table of BENCHMARKS.md
 * Chromium is found as for the tests (scripts/harness/browsers.js); CHROMIUM_PATH overrides it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { articlePage } from './bench/article.js';
import { launch, openPage } from './bench/browser.js';
import { lighthouse, LIGHTHOUSE } from './bench/lighthouse.js';
import { layoutShift, longTasks, memory, sharedSrcRequests } from './bench/page-checks.js';
import { renderCase } from './bench/render.js';
import { startServer } from './harness/server.js';

const options = new Set(process.argv.slice(2));
const quick = options.has('--quick');
const root = resolve(import.meta.dirname, '..');
const storyPath = '/demo/stories/huawei-peru.json';
const story = JSON.parse(readFileSync(join(root, storyPath), 'utf8'));
const tags = readdirSync(join(root, 'src/widgets'))
  .filter((name) => existsSync(join(root, 'src/widgets', name, 'index.ts')))
  .map((name) => `lede-${name}`);

if (!existsSync(join(root, 'dist/lede.js'))) {
  console.error('dist/lede.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** @type {Array<{ figure: string, value: string, goal: string, pass?: boolean }>} */
const results = [];
const report = (figure, value, goal = '', pass = undefined) => {
  results.push({ figure, value, goal, pass });
  console.log(`${figure}: ${value}${goal ? `  (goal ${goal}: ${pass === undefined ? 'informational' : pass ? 'pass' : 'FAIL'})` : ''}`);
};
const ms = (value) => `${value.toFixed(1)} ms`;
/** The 1-minute load average: other work on the machine inflates every timing. */
const load = () => loadavg()[0].toFixed(1);

const server = await startServer();
const browser = await launch();
const chromium = await browser.version();
const started = new Date();
try {
  const { page, gc } = await openPage(browser);
  let warnings = 0;
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') warnings++;
  });
  await page.goto(`${server.origin}/scripts/bench/render.html`);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate((lang) => {
    document.getElementById('stage').lang = lang;
  }, story.lang ?? 'en');
  const widgets = await page.evaluate((t) => window.bench.describe(t), tags);
  const used = widgets.filter((w) => Array.isArray(story[w.collection]) && story[w.collection].length).map((w) => w.tag);
  const missing = tags.filter((tag) => !used.includes(tag));
  console.log(`Widgets: ${used.join(', ')}${missing.length ? ` (no data in ${storyPath} or not defined: ${missing.join(', ')})` : ''}`);
  console.log(`Chromium ${chromium}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${load()}\n`);

  // 1. Render N widgets vs the floor.
  for (const count of quick ? [1000] : [1000, 10000]) {
    for (const source of /** @type {const} */ (['attributes', 'src'])) {
      const repetitions = quick ? 3 : count > 1000 ? 3 : 9;
      const r = await renderCase(page, gc, { widgets, story, storyUrl: storyPath, count, source, repetitions });
      const goal = count === 1000 ? '≤ 2.0× floor' : '';
      report(
        `render ${count.toLocaleString('en')} widgets from ${source === 'src' ? 'one shared src' : 'attributes'}`,
        `${ms(r.libraryMs)} vs floor ${ms(r.floorMs)} = ${r.ratio.toFixed(2)}× (median of ${repetitions}; ${r.nodes.toLocaleString('en')} nodes; same DOM: ${r.identical ? 'yes' : 'NO'})`,
        goal,
        goal ? r.ratio <= 2 && r.identical : undefined,
      );
    }
  }
  if (warnings) console.log(`(the page logged ${warnings} warnings or errors while rendering)`);

  // 2. Long tasks while 100 widgets upgrade.
  const tasks = await longTasks(browser, server, { widgets, story, tags, loads: quick ? 3 : 7 });
  report(
    'longest task while 100 widgets upgrade',
    `${tasks.median ? ms(tasks.median) : 'no long task'} (median of ${tasks.loads} loads; worst ${tasks.worst ? ms(tasks.worst) : 'none'})`,
    'no task > 50 ms',
    tasks.median <= 50,
  );

  // 3. One request for 100 widgets sharing a src.
  const requests = await sharedSrcRequests(browser, server, { widgets, story, storyPath, tags });
  for (const [loading, r] of Object.entries(requests)) {
    report(`requests for one src shared by ${r.widgets} widgets (${loading})`, `${r.serverRequests} (browser saw ${r.browserRequests})`, 'exactly 1', r.serverRequests === 1 && r.browserRequests === 1);
  }

  // 4. Layout shift on the article page.
  server.pages.set('/bench/article.html', articlePage(widgets, story, storyPath));
  server.pages.set('/bench/article-late.html', articlePage(widgets, story, storyPath, { renderBlocking: false }));
  const shift = await layoutShift(browser, server, { tags, recommended: '/bench/article.html', late: '/bench/article-late.html' });
  report('CLS on the article page (recommended script tag)', shift.recommended.toFixed(4), '0', shift.recommended === 0);
  report(
    `CLS on the article page, plain module script ${shift.lateMs} ms late (fallbacks painted first)`,
    shift.late.toFixed(4),
    '< 0.1 ("good")',
    shift.late < 0.1,
  );

  // 5. Memory.
  const heapUse = await memory(browser, server, { widgets, story, storyPath, count: 10000 });
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  report(
    `JS heap after creating and removing ${heapUse.count.toLocaleString('en')} widgets (${heapUse.cycles} times)`,
    `${heapUse.after.map(mb).join(', ')} vs baseline ${mb(heapUse.baseline)} (${heapUse.growth >= 0 ? '+' : ''}${(heapUse.growth * 100).toFixed(1)} %; ${mb(heapUse.peak)} with them; DOM nodes ${heapUse.nodesBefore} → ${heapUse.nodesAfter})`,
    '≤ baseline + 10 %',
    heapUse.growth <= 0.1 && heapUse.nodesAfter <= heapUse.nodesBefore,
  );

  // 6. Lighthouse.
  if (options.has('--no-lighthouse')) {
    console.log('Lighthouse: skipped (--no-lighthouse)');
  } else {
    const lh = await lighthouse(`${server.origin}/bench/article.html`);
    if ('error' in lh) {
      report('Lighthouse', `not run: ${lh.error}`, '');
    } else {
      report(`Lighthouse ${lh.version} performance`, String(lh.performance), '≥ 95', lh.performance >= 95);
      report(`Lighthouse ${lh.version} accessibility`, String(lh.accessibility), '100', lh.accessibility === 100);
      report(`Lighthouse ${lh.version} best practices`, String(lh.bestPractices), '≥ 95', lh.bestPractices >= 95);
      report(`Lighthouse ${lh.version} SEO`, String(lh.seo), '≥ 95', lh.seo >= 95);
      if (lh.failed.length) console.log(`  (failed audits: ${lh.failed.join(', ')})`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const failed = results.filter((r) => r.pass === false);
console.log(`\n${results.filter((r) => r.pass).length} goals met, ${failed.length} missed${failed.length ? `: ${failed.map((r) => r.figure).join('; ')}` : ''}.`);
if (options.has('--markdown')) {
  console.log(`\nDate: ${started.toISOString().slice(0, 10)} · Chromium ${chromium.replace(/^.*\//, '')} (headless) · ${cpus().length} cores · load average at the end ${load()} · Node ${process.version} · Lighthouse via npx ${LIGHTHOUSE}\n`);
  console.log('| Figure | Measured | Goal | Result |\n| --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.figure} | ${r.value} | ${r.goal || '—'} | ${r.pass === undefined ? '—' : r.pass ? 'pass' : 'miss'} |`);
}
