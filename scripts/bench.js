#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): how fast the built library is in headless Chromium.
 * Prints every figure with its goal and pass/fail; it is a measurement, not a test, and always
 * exits 0 unless it could not run. Options:
 *   --quick           3 repetitions and a tenth of the widgets (for a first look, not for the goals)
 *   --no-lighthouse   skip Lighthouse (it is fetched with npx on first use)
 *   --markdown        also print the results as the table of BENCHMARKS.md
 *   --repetitions=N   repetitions of the race (11 by default; on a machine shared with other work,
 *                     fewer keep the run short, and the table says how many)
 *   --baseline=DIR    also race another build of Lede (its dist/ folder, e.g. of the main branch),
 *                     to measure a change against it in the same run
 *   --all-sizes       race every widget kind at 5,000 too (by default only quotes race at 5,000;
 *                     every kind races at 1,000)
 *   --only=race       run only the race of Lede and its peers (the first figures), nothing else
 * Chromium is found as for the tests (scripts/harness/browsers.js); CHROMIUM_PATH overrides it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { articlePage } from './bench/article.js';
import { launch, openPage } from './bench/browser.js';
import { lighthouse, LIGHTHOUSE } from './bench/lighthouse.js';
import { layoutShift, longTasks, memory, sharedSrcRequests } from './bench/page-checks.js';
import { heapPerWidget, KINDS, race, serveBaseline, servePeers } from './bench/contenders.js';
import { FIGURE, filledItems, QUOTE } from './bench/items.js';
import { median, renderCase } from './bench/render.js';
import { CPU_SLOWDOWN, firstIntlUse, slowPhone } from './bench/throttled.js';
import { plainMarkup } from './bench/plain-markup.js';
import { prerenderedArticle } from './bench/prerendered.js';
import { startServer } from './harness/server.js';

const options = new Set(process.argv.slice(2));
const quick = options.has('--quick');
const baseline = process.argv.find((arg) => arg.startsWith('--baseline='))?.slice('--baseline='.length);
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && only !== 'race') {
  console.error(`--only=${only}: the one part that runs alone is the race (--only=race).`);
  process.exit(1);
}
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

/**
 * `pass`: met or not; undefined for a figure with no goal; 'no peer' for a comparison with peers
 * when no peer draws that widget kind.
 * @type {Array<{ figure: string, value: string, goal: string, pass?: boolean | 'no peer' }>}
 */
const results = [];
const verdict = (pass) => (pass === undefined ? 'informational' : pass === true ? 'PASS' : pass === false ? 'MISS' : pass);
const report = (figure, value, goal = '', pass = undefined) => {
  results.push({ figure, value, goal, pass });
  console.log(`${figure}: ${value}${goal ? `  (goal ${goal}: ${verdict(pass)})` : ''}`);
};
/**
 * Repetitions of the race for each widget kind that no peer draws, when not asked for (11 for the
 * quote and the figure). In a `--quick` run, one repetition of the five kinds without peers took
 * about 40 % of the time one of the quote and figure cases took (their renders are heavier than a
 * quote's): at 11 they would make the race about 40 % longer, at 7 about 25 %.
 */
const SOLO_REPETITIONS = 7;
const ms = (value) => `${value.toFixed(1)} ms`;
/** The 1-minute load average: other work on the machine inflates every timing. */
const load = () => loadavg()[0].toFixed(1);
const loads = [];
const noteLoad = () => loads.push(loadavg()[0]);

const server = await startServer();
await servePeers(server);
if (baseline) serveBaseline(server, resolve(baseline));
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

  // 1. Lede and its peers, each against its own floor, in turns: every kind at 1,000, quotes (or with
  // --all-sizes every kind) at 5,000. The kinds no peer draws race Lede alone, so fewer contenders.
  const scale = quick ? 0.1 : 1;
  const allSizes = options.has('--all-sizes');
  const asked = Number(process.argv.find((arg) => arg.startsWith('--repetitions='))?.slice('--repetitions='.length));
  const repetitions = asked > 0 ? asked : quick ? 3 : 11;
  const soloRepetitions = asked > 0 ? asked : quick ? 3 : SOLO_REPETITIONS;
  const goals = { 1000: 1.1, 5000: 1.2 };
  const cases = Object.entries(KINDS).flatMap(([kind, { plain }]) =>
    [1000, 5000]
      .filter((size) => size === 1000 || kind === 'quote' || allSizes)
      .map((size) => ({ kind, count: size * scale, goal: goals[size], repetitions: plain ? repetitions : soloRepetitions })),
  );
  const items = filledItems(story);
  console.log(`Contenders: Lede, a plain custom element, React 19 and Shoelace 2's sl-card${baseline ? `, and Lede from ${baseline}` : ''}; ${repetitions} repetitions in turns`);
  console.log(`The peers draw quotes and figures; deal cards, timelines, key numbers, profiles and explainers race Lede${baseline ? ' and its baseline' : ''} alone (${soloRepetitions} repetitions)`);
  console.log(
    `Goal: each widget kind ≤ 1.10× its floor at 1,000 and ≤ 1.20× at 5,000 (${allSizes ? '5,000: every kind, --all-sizes' : '5,000: quotes only; --all-sizes for every kind'}), and no slower relative to its floor than the best peer`,
  );
  noteLoad();
  const raceStarted = performance.now();
  // Each case printed as soon as it is measured: a full run takes long on a busy machine.
  const printCase = ({ kind, count, repetitions: reps, seconds, rows }, i) => {
    const label = `${count.toLocaleString('en')} ${KINDS[kind].plural}`;
    for (const row of rows) {
      console.log(`  ${label}, ${row.name}: ${ms(row.libraryMs)} vs its floor ${ms(row.floorMs)} = ${row.ratio.toFixed(2)}× (${row.nodes.perWidget} nodes per widget; same DOM as its floor: ${row.identical ? 'yes' : 'NO'})`);
    }
    const lede = rows.find((row) => row.name === 'Lede');
    const peers = rows.filter((row) => !row.name.startsWith('Lede'));
    const goal = cases[i].goal;
    report(`render ${label}: Lede against its floor`, `${lede.ratio.toFixed(2)}× (${ms(lede.libraryMs)} vs ${ms(lede.floorMs)}, median of ${reps})`, `≤ ${goal.toFixed(2)}×`, lede.ratio <= goal && lede.identical);
    if (peers.length) {
      const best = peers.reduce((a, b) => (a.ratio <= b.ratio ? a : b));
      report(`render ${label}: Lede against the best peer (${best.name})`, `${lede.ratio.toFixed(2)}× vs ${best.ratio.toFixed(2)}×`, 'no slower relative to its floor', lede.ratio <= best.ratio);
    } else {
      report(`render ${label}: Lede against the best peer`, `${lede.ratio.toFixed(2)}× (no peer draws ${KINDS[kind].plural})`, 'no slower relative to its floor', 'no peer');
    }
    // What slicing itself costs: the same DOM, inserted in as many parts as Lede drew in frames.
    console.log(
      `  (${label}: Lede drew in ${lede.framesDrawn} frames; its floor inserted in ${lede.framesDrawn} parts, a frame between each, takes ${ms(lede.framedMs)} = ${(lede.framedMs / lede.floorMs).toFixed(2)}× the floor in one piece; Lede takes ${(lede.libraryMs / lede.framedMs).toFixed(2)}× that)`,
    );
    const base = rows.find((row) => row.name === 'Lede (baseline)');
    if (base) console.log(`  (baseline build: ${base.ratio.toFixed(2)}×; this build takes ${(lede.libraryMs / base.libraryMs).toFixed(2)}× its time)`);
    console.log(`  (${label}: ${seconds.toFixed(0)} s for ${rows.length} contender${rows.length > 1 ? 's' : ''})`);
  };
  const raced = await race(browser, server, { cases, items, baseline, onCase: printCase });
  const raceSeconds = (performance.now() - raceStarted) / 1000;
  noteLoad();
  const quotes = raced.find((r) => r.kind === 'quote').rows;
  const ledeQuote = quotes.find((row) => row.name === 'Lede').nodes.perWidget;
  report('DOM nodes for a fully filled quote (elements and text nodes, light DOM and shadow tree)', `${ledeQuote} (${quotes.map((row) => `${row.name} ${row.nodes.perWidget}`).join(', ')})`, '≤ 35', ledeQuote <= 35);
  const firsts = raced.filter((r, i) => r.kind !== 'quote' && raced.findIndex((s) => s.kind === r.kind) === i);
  report(
    'DOM nodes per fully filled widget of the other kinds, Lede (informational)',
    firsts.map((r) => `${KINDS[r.kind].plural} ${r.rows.find((row) => row.name === 'Lede').nodes.perWidget}`).join(', '),
  );
  console.log(`(the race took ${raceSeconds.toFixed(0)} s)`);

  if (only !== 'race') {
    // 2. JS heap per live widget.
    noteLoad();
    const heaps = await heapPerWidget(browser, server, { kind: 'quote', count: quick ? 200 : 1000, baseline });
    const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
    const ledeHeap = heaps.find((row) => row.name === 'Lede').bytes;
    report('JS heap per live quote (after GC, 1,000 drawn)', `${kb(ledeHeap)} (${heaps.map((row) => `${row.name} ${kb(row.bytes)}`).join(', ')})`, '≤ 1.5 KB', ledeHeap <= 1500);

    // 3. The article page on a slow phone.
    noteLoad();
    const shoelaceHead = '<script type="module" src="/bench/card.js"></script><style>sl-card { display: block; }</style>';
    const card = (body, footer) => `<sl-card>${body}<div slot="footer">${footer}</div></sl-card>`;
    const peerWidgets = [
      card(`<blockquote><p>« ${QUOTE.text} »</p></blockquote>`, `<p>${QUOTE.speaker}, ${QUOTE.speakerRole}</p><p>${QUOTE.context}</p><p>Source : <cite><a href="${QUOTE.sourceUrl}">${QUOTE.source}</a></cite> · <time datetime="${QUOTE.date}">27 juin 2024</time></p>`),
      card(`<p>${FIGURE.label}</p><p><data value="${FIGURE.amount}">2,9 milliards de dollars</data></p><p>${FIGURE.period} · 3<sup>e</sup> ${FIGURE.rankScope}</p>`, `<p>Source : <cite>${FIGURE.source}</cite></p>`),
      card(`<p>${story.deals?.[0]?.headline ?? 'Accord'}</p>`, `<p>Source : <cite>${story.deals?.[0]?.source ?? ''}</cite></p>`),
    ];
    // As recommended (docs/embedding.md), the first screen's tags as the builder writes them: each
    // tag (the quote's too) holds its plain markup as readable content, which lede.css sizes.
    const tagsAsBuilt = await plainMarkup(browser, server, story, 'tags');
    server.pages.set('/bench/slow-lede.html', articlePage(widgets, story, storyPath, { markup: tagsAsBuilt }));
    server.pages.set('/bench/slow-lede-blocking.html', articlePage(widgets, story, storyPath, { markup: tagsAsBuilt, renderBlocking: true }));
    server.pages.set('/bench/slow-lede-unhinted.html', articlePage(widgets, story, storyPath, { markup: tagsAsBuilt, loading: 'loader' }));
    server.pages.set('/bench/slow-lede-single.html', articlePage(widgets, story, storyPath, { markup: tagsAsBuilt, loading: 'single' }));
    server.pages.set('/bench/slow-shoelace.html', articlePage(widgets, story, storyPath, { peer: { head: shoelaceHead, widgets: peerWidgets } }));
    // The same article as an editor pastes it: the first screen's widgets as the builder's plain markup.
    server.pages.set('/bench/slow-lede-markup.html', articlePage(widgets, story, storyPath, { markup: await plainMarkup(browser, server, story) }));
    const slowLoads = quick ? 1 : 3;
    const inlineLede = tags.map((tag) => `${tag}:not([src])`).join(',');
    const slow = {
      lede: await slowPhone(browser, server, { path: '/bench/slow-lede.html', selector: inlineLede, loads: slowLoads }),
      blocking: await slowPhone(browser, server, { path: '/bench/slow-lede-blocking.html', selector: inlineLede, loads: slowLoads }),
      unhinted: await slowPhone(browser, server, { path: '/bench/slow-lede-unhinted.html', selector: inlineLede, loads: slowLoads }),
      single: await slowPhone(browser, server, { path: '/bench/slow-lede-single.html', selector: inlineLede, loads: slowLoads }),
      markup: await slowPhone(browser, server, { path: '/bench/slow-lede-markup.html', selector: inlineLede, loads: slowLoads }),
      shoelace: await slowPhone(browser, server, { path: '/bench/slow-shoelace.html', selector: 'sl-card', loads: slowLoads }),
    };
    const intlAlone = await firstIntlUse(browser, server, { lang: story.lang ?? 'en' });
    const describeSlow = (r) => `widgets drawn ${ms(r.drawnAt)}, first paint ${ms(r.firstPaint)}, total blocking time ${ms(r.tbt)}, longest task ${ms(r.longest)}, tasks over 50 ms ${JSON.stringify(r.runs.map((run) => run.over50))}, CLS ${r.cls.toFixed(4)}`;
    const slowWhat = `${CPU_SLOWDOWN}× CPU slowdown, slow 3G, median of ${slowLoads}`;
    report(`article page on a slow phone, Lede as recommended: the loader with modulepreload hints (${slowWhat})`, describeSlow(slow.lede));
    report('article page on a slow phone, the loader without hints', describeSlow(slow.unhinted));
    report('article page on a slow phone, the single file lede-all.js', describeSlow(slow.single));
    report(
      'time until every widget is drawn on the slow phone: loader with hints, loader alone, single file',
      `${ms(slow.lede.drawnAt)} · ${ms(slow.unhinted.drawnAt)} · ${ms(slow.single.drawnAt)}`,
    );
    report(`article page on a slow phone, Lede with blocking="render" (as recommended before)`, describeSlow(slow.blocking));
    report('article page on a slow phone, Shoelace 2 sl-card', describeSlow(slow.shoelace));
    // Tasks over 50 ms other than the one that holds the browser's own first Intl use (measured alone).
    // The task holding it may pass 50 ms by that use alone (Lede's own part of it stays within 50 ms).
    const overBudget = slow.lede.runs.map((run) => {
      const intlTask = run.over50.findIndex((d) => d <= intlAlone + 50);
      return run.over50.filter((_, i) => i !== intlTask).length;
    });
    report(
      'Lede tasks over 50 ms on the slow phone, besides the first Intl use',
      `${JSON.stringify(overBudget)} per load (the browser's first Intl.DateTimeFormat alone: ${ms(intlAlone)} at ${CPU_SLOWDOWN}×)`,
      'none',
      overBudget.every((n) => n === 0),
    );
    report('total blocking time on the slow phone, Lede against Shoelace', `${ms(slow.lede.tbt)} vs ${ms(slow.shoelace.tbt)}`, "≤ Shoelace's", slow.lede.tbt <= slow.shoelace.tbt);
    // The same, as if the browser's first Intl use cost nothing: Shoelace's card shows a fixed date
    // string and makes no Intl object, where every Lede widget formats its dates and numbers.
    const besidesIntl = median(
      slow.lede.runs.map((run) => {
        const intlTask = run.afterPaint.findIndex((d) => d > 50 && d <= intlAlone + 50);
        return run.afterPaint.reduce((sum, d, i) => sum + Math.max(0, (i === intlTask ? d - intlAlone : d) - 50), 0);
      }),
    );
    report('total blocking time on the slow phone besides the first Intl use, Lede against Shoelace', `${ms(besidesIntl)} vs ${ms(slow.shoelace.tbt)}`, "≤ Shoelace's", besidesIntl <= slow.shoelace.tbt);
    report('article page on a slow phone, the first screen as plain markup (route 2, as the builder writes it)', describeSlow(slow.markup));
    report('CLS on the slow phone, Lede as recommended (widgets as tags)', slow.lede.cls.toFixed(4), '0', slow.lede.cls === 0);
    report('CLS on the slow phone, the first screen as plain markup', slow.markup.cls.toFixed(4), '0', slow.markup.cls === 0);
    report('first paint on the slow phone, recommended tag against blocking="render"', `${ms(slow.lede.firstPaint)} vs ${ms(slow.blocking.firstPaint)}`);
    noteLoad();

    // 3b. The same article prerendered by lede-widgets/ssr (after `npm run build:lib`), with and without the library.
    if (existsSync(join(root, 'dist/ssr/index.js'))) {
      const three = await prerenderedArticle(browser, server, { clientHtml: articlePage(widgets, story, storyPath, { markup: tagsAsBuilt }), selector: inlineLede, loads: slowLoads });
      for (const [way, r] of Object.entries(three)) {
        report(
          `article page on the slow phone, ${way} (${slowWhat})`,
          `JavaScript ${(r.jsBytes / 1000).toFixed(1)} KB as served (not compressed), widgets drawn ${ms(r.drawnAt)}, LCP ${ms(r.lcp)}, total blocking time ${ms(r.tbt)}, CLS ${r.cls.toFixed(4)}`,
        );
      }
      const { client, prerendered } = three;
      report('time until every widget is drawn on the slow phone, prerendered against client-rendered', `${(prerendered.drawnAt / client.drawnAt).toFixed(2)}× (${ms(prerendered.drawnAt)} vs ${ms(client.drawnAt)})`);
      noteLoad();
    } else {
      console.log('(prerendered article skipped: dist/ssr/index.js is missing; run `npm run build:lib` first)');
    }

    // 4. The mixed page, from attributes and from one shared src, as before (all widget kinds).
    for (const source of /** @type {const} */ (['attributes', 'src'])) {
      const count = 1000 * scale;
      const reps = quick ? 3 : 9;
      const r = await renderCase(page, gc, { widgets, story, storyUrl: storyPath, count, source, repetitions: reps });
      report(
        `render ${count.toLocaleString('en')} widgets of every kind from ${source === 'src' ? 'one shared src' : 'attributes'}`,
        `${ms(r.libraryMs)} vs floor ${ms(r.floorMs)} = ${r.ratio.toFixed(2)}× (median of ${reps}; ${r.nodes.toLocaleString('en')} nodes; same DOM: ${r.identical ? 'yes' : 'NO'})`,
        '≤ 2.0× floor',
        r.ratio <= 2 && r.identical,
      );
    }
    if (warnings) console.log(`(the page logged ${warnings} warnings or errors while rendering)`);

    // 5. Long tasks while 100 widgets upgrade.
    const tasks = await longTasks(browser, server, { widgets, story, tags, loads: quick ? 3 : 7 });
    report(
      'longest task while 100 widgets upgrade',
      `${tasks.median ? ms(tasks.median) : 'no long task'} (median of ${tasks.loads} loads; worst ${tasks.worst ? ms(tasks.worst) : 'none'})`,
      'no task > 50 ms',
      tasks.median <= 50,
    );

    // 6. One request for 100 widgets sharing a src.
    const requests = await sharedSrcRequests(browser, server, { widgets, story, storyPath, tags });
    for (const [loading, r] of Object.entries(requests)) {
      report(`requests for one src shared by ${r.widgets} widgets (${loading})`, `${r.serverRequests} (browser saw ${r.browserRequests})`, 'exactly 1', r.serverRequests === 1 && r.browserRequests === 1);
    }

    // 7. Layout shift on the article page.
    server.pages.set('/bench/article.html', articlePage(widgets, story, storyPath, { markup: tagsAsBuilt }));
    server.pages.set('/bench/article-late.html', articlePage(widgets, story, storyPath, { markup: tagsAsBuilt }));
    const shift = await layoutShift(browser, server, { tags, recommended: '/bench/article.html', late: '/bench/article-late.html' });
    report('CLS on the article page (recommended script tags)', shift.recommended.toFixed(4), '0', shift.recommended === 0);
    report(
      `CLS on the article page, plain module script ${shift.lateMs} ms late (fallbacks painted first)`,
      shift.late.toFixed(4),
      '< 0.1 ("good")',
      shift.late < 0.1,
    );

    // 8. Memory after removal.
    const heapUse = await memory(browser, server, { widgets, story, storyPath, count: 10000 });
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    report(
      `JS heap after creating and removing ${heapUse.count.toLocaleString('en')} widgets (${heapUse.cycles} times)`,
      `${heapUse.after.map(mb).join(', ')} vs baseline ${mb(heapUse.baseline)} (${heapUse.growth >= 0 ? '+' : ''}${(heapUse.growth * 100).toFixed(1)} %; ${mb(heapUse.peak)} with them; DOM nodes ${heapUse.nodesBefore} → ${heapUse.nodesAfter})`,
      '≤ baseline + 10 %',
      heapUse.growth <= 0.1 && heapUse.nodesAfter <= heapUse.nodesBefore,
    );

    // 9. Lighthouse.
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
  }
} finally {
  await browser.close();
  await server.close();
}

noteLoad();
const loadRange = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
console.log(`\nLoad average (1 minute) during the run: ${loadRange} on ${cpus().length} cores.`);
const failed = results.filter((r) => r.pass === false);
const noPeer = results.filter((r) => r.pass === 'no peer').length;
console.log(`\n${results.filter((r) => r.pass === true).length} goals met, ${failed.length} missed${failed.length ? `: ${failed.map((r) => r.figure).join('; ')}` : ''}${noPeer ? `; ${noPeer} comparisons with no peer` : ''}.`);
if (options.has('--markdown')) {
  console.log(`\nDate: ${started.toISOString().slice(0, 10)} · Chromium ${chromium.replace(/^.*\//, '')} (headless) · ${cpus().length} cores · load average during the run ${loadRange} · Node ${process.version} · Lighthouse via npx ${LIGHTHOUSE}\n`);
  console.log('| Figure | Measured | Goal | Result |\n| --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.figure} | ${r.value} | ${r.goal || '—'} | ${r.pass === undefined ? '—' : verdict(r.pass)} |`);
}
