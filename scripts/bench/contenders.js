/**
 * Lede against its peers (scripts/bench/peers.js) in one run: each contender on a page of its own,
 * drawing the same quotes or figures, each timed against its own floor (its identical final DOM
 * inserted as static HTML with declarative shadow roots), library and floor taking turns and the
 * contenders taking turns, garbage collected before every measurement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { openPage } from './browser.js';
import { widgetMarkup } from './markup.js';
import { median } from './render.js';
import { ROOT } from '../harness/server.js';

/** A fully filled quote and figure, in French: every field each widget draws. */
export const QUOTE = {
  id: 'quote',
  text: 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés par le fait que nous amenons des investissements chinois au Pérou.',
  speaker: 'Gustavo Adrianzén',
  speakerRole: 'Premier ministre du Pérou',
  context: 'Sur les investissements chinois au Pérou',
  date: '2024-06-27',
  source: 'South China Morning Post',
  sourceUrl: 'https://www.scmp.com/news/china',
  originalLang: 'es',
};
export const FIGURE = {
  id: 'figure',
  amount: 2900000000,
  currency: 'USD',
  label: 'Investissements reçus par le Pérou au titre de l’initiative Belt and Road',
  period: 'l’an dernier',
  rank: 3,
  rankScope: 'au monde',
  comparison: [
    { label: 'Pakistan', amount: 4100000000 },
    { label: 'Pérou', amount: 2900000000, highlight: true },
    { label: 'Chili', amount: 1200000000 },
  ],
  source: 'South China Morning Post',
  sourceUrl: 'https://www.scmp.com/news/china',
};

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Every simple field as its attribute (kebab-case), as publishers write them. */
const attributes = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? kebab(name) : undefined) });
const WIDGETS = {
  quote: { lede: 'lede-quote-block', plain: 'plain-quote', textField: 'text', item: QUOTE },
  figure: { lede: 'lede-investment-figure', plain: 'plain-figure', textField: null, item: FIGURE },
};

/** What a contender's page is handed for `count` widgets of `kind`. */
function input(contender, kind, count) {
  const { textField, item } = WIDGETS[kind];
  if (contender === 'react' || contender === 'shoelace') return { kind, items: Array.from({ length: count }, () => item) };
  const tag = contender === 'plain' ? WIDGETS[kind].plain : WIDGETS[kind].lede;
  return Array.from({ length: count }, () => widgetMarkup({ tag, textField, attributes }, item)).join('');
}

/** Builds the peers (React in its production build, Shoelace's card) into modules served under /bench/. */
export async function servePeers(server) {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry: { peers: join(ROOT, 'scripts/bench/peers.js'), card: join(ROOT, 'node_modules/@shoelace-style/shoelace/dist/components/card/card.js') }, formats: ['es'] },
    },
  });
  for (const chunk of [output].flat()[0].output) server.pages.set(`/bench/${chunk.fileName}`, chunk.type === 'chunk' ? chunk.code : chunk.source);
}

/** Serves another build of Lede (its dist/ folder) under /baseline/, to measure a change against it in the same run. */
export function serveBaseline(server, dist) {
  for (const file of readdirSync(dist)) if (/\.(js|css)$/.test(file)) server.pages.set(`/baseline/${file}`, readFileSync(join(dist, file)));
}

const shell = (scripts) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Lede contender</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } #stage { max-inline-size: 40rem; margin: 0 auto; padding: 1rem; } #stage > * { display: block; margin-block: 1.5rem; }</style>
${scripts}</head><body><main id="stage"></main></body></html>`;

/** The page of each contender: Lede (this build, and a baseline build when given) and the three peers. */
function contenderPages(server, baseline) {
  const pages = {
    // The single file: the race is about drawing, not about which modules a page downloads.
    Lede: shell('<script type="module" src="/dist/lede-all.js"></script><script type="module" src="/scripts/bench/lede-page.js"></script>'),
    'plain custom element': shell('<script type="module">import { start } from "/bench/peers.js"; start("plain");</script>'),
    'React 19': shell('<script type="module">import { start } from "/bench/peers.js"; start("react");</script>'),
    'Shoelace 2 sl-card': shell('<script type="module">import { start } from "/bench/peers.js"; start("shoelace");</script>'),
  };
  // A build from before the page loader has its single file as lede.js.
  if (baseline) pages['Lede (baseline)'] = shell(`<script type="module" src="/baseline/${existsSync(join(baseline, 'lede-all.js')) ? 'lede-all.js' : 'lede.js'}"></script><script type="module" src="/scripts/bench/lede-page.js"></script>`);
  const kinds = { Lede: 'lede', 'Lede (baseline)': 'lede', 'plain custom element': 'plain', 'React 19': 'react', 'Shoelace 2 sl-card': 'shoelace' };
  return Object.entries(pages).map(([name, html], i) => {
    server.pages.set(`/bench/contender-${i}.html`, html);
    return { name, kind: kinds[name], path: `/bench/contender-${i}.html` };
  });
}

/**
 * Every case for every contender. Returns, per case, per contender: medians, ratio to its own
 * floor, nodes per widget, and whether the floor was the same DOM.
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ cases: Array<{ kind: 'quote' | 'figure', count: number }>, repetitions: number, baseline?: string }} options
 */
export async function race(browser, server, { cases, repetitions, baseline }) {
  const contenders = contenderPages(server, baseline);
  for (const contender of contenders) {
    Object.assign(contender, await openPage(browser));
    await contender.page.goto(`${server.origin}${contender.path}`);
    await contender.page.waitForFunction(() => 'bench' in window);
  }
  const results = [];
  for (const { kind, count } of cases) {
    const rows = new Map();
    for (const { name, kind: who, page } of contenders) {
      await page.bringToFront();
      await page.evaluate((value) => window.bench.prepare(value), input(who, kind, count));
      // Warm-up: compiles, loads the language's strings; its DOM becomes the floor.
      await page.evaluate(() => window.bench.render());
      const nodes = await page.evaluate(() => window.bench.nodes());
      await page.evaluate(() => window.bench.keepFloor());
      await page.evaluate(() => window.bench.clear());
      await page.evaluate(() => window.bench.floor());
      const identical = await page.evaluate(() => window.bench.sameAsFloor());
      await page.evaluate(() => window.bench.clear());
      rows.set(name, { name, nodes, identical, library: [], floor: [] });
    }
    for (let i = 0; i < repetitions; i++) {
      // Contenders take turns, starting with a different one each repetition; library and floor too.
      for (let c = 0; c < contenders.length; c++) {
        const { name, page, gc } = contenders[(c + i) % contenders.length];
        await page.bringToFront();
        for (const which of i % 2 ? ['floor', 'library'] : ['library', 'floor']) {
          await gc();
          const ms = await page.evaluate((w) => (w === 'library' ? window.bench.render() : window.bench.floor()), which);
          rows.get(name)[which].push(ms);
          await page.evaluate(() => window.bench.clear());
        }
      }
    }
    for (const row of rows.values()) {
      row.libraryMs = median(row.library);
      row.floorMs = median(row.floor);
      row.ratio = row.libraryMs / row.floorMs;
    }
    results.push({ kind, count, rows: [...rows.values()] });
  }
  for (const { page } of contenders) await page.close();
  return results;
}

/**
 * JS heap per live widget: bytes in use (after garbage collection) with `count` widgets drawn,
 * minus before, divided by `count`, for each contender (median of `times`).
 */
export async function heapPerWidget(browser, server, { kind = 'quote', count = 1000, times = 3, baseline }) {
  const result = [];
  for (const { name, kind: who, path } of contenderPages(server, baseline)) {
    const { page, gc, heap } = await openPage(browser);
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((value) => window.bench.prepare(value), input(who, kind, count));
    // Warm-up: templates, Intl objects and compiled code are there before the baseline.
    await page.evaluate(() => window.bench.render());
    await page.evaluate(() => window.bench.clear());
    const perWidget = [];
    for (let i = 0; i < times; i++) {
      await gc();
      const before = await heap();
      await page.evaluate(() => window.bench.render());
      await gc();
      perWidget.push(((await heap()) - before) / count);
      await page.evaluate(() => window.bench.clear());
    }
    result.push({ name, bytes: median(perWidget) });
    await page.close();
  }
  return result;
}
