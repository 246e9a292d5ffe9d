/**
 * Lede against its peers (scripts/bench/peers.js) in one run: each contender on a page of its own,
 * drawing the same fully filled items (scripts/bench/items.js), each timed against its own floor
 * (its identical final DOM inserted as static HTML with declarative shadow roots), library and
 * floor taking turns and the contenders taking turns, garbage collected before every measurement.
 * Every widget kind races; the peers draw quotes and figures only, so the other kinds race Lede
 * alone (and the baseline build when given).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { openPage } from './browser.js';
import { widgetMarkup } from './markup.js';
import { PORTRAIT, QUOTE } from './items.js';
import { median } from './render.js';
import { ROOT } from '../harness/server.js';

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Every simple field as its attribute (kebab-case), as publishers write them. */
const attributes = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? kebab(name) : undefined) });

/**
 * Each widget kind the race knows: Lede's tag, the field written as light-DOM text, the plain
 * custom element's tag when the peers draw the kind, and how the bench names a number of them.
 * @type {Record<import('./items.js').Kind, { lede: string, textField: string | null, plain?: string, plural: string }>}
 */
export const KINDS = {
  quote: { lede: 'lede-quote-block', textField: 'text', plain: 'plain-quote', plural: 'quotes' },
  figure: { lede: 'lede-investment-figure', textField: null, plain: 'plain-figure', plural: 'figures' },
  deal: { lede: 'lede-deal-card', textField: null, plural: 'deal cards' },
  timeline: { lede: 'lede-timeline', textField: null, plural: 'timelines' },
  keyNumbers: { lede: 'lede-key-numbers', textField: null, plural: 'key numbers boxes' },
  profile: { lede: 'lede-profile', textField: null, plural: 'profiles' },
  explainer: { lede: 'lede-explainer', textField: null, plural: 'explainers' },
};

/** What a contender's page is handed for `count` widgets of `kind`, each drawing `item`. */
function input(contender, kind, count, item) {
  const { textField } = KINDS[kind];
  if (contender === 'react' || contender === 'shoelace') return { kind, items: Array.from({ length: count }, () => item) };
  const tag = contender === 'plain' ? KINDS[kind].plain : KINDS[kind].lede;
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
 * Every case for every contender that draws its kind (Lede and the baseline: every kind; the
 * peers: kinds with a `plain` tag in `KINDS`). Returns, per case, its repetitions, the seconds it
 * took (warm-up included) and per contender: medians in milliseconds, ratio to its own floor,
 * nodes per widget (`{ perWidget, total }`), whether the floor was the same DOM, the frames the
 * browser rendered while it drew (`framesDrawn`) and, for Lede's builds, `framedMs`: its floor
 * inserted in that many parts, a frame between each.
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ cases: Array<{ kind: import('./items.js').Kind, count: number, repetitions: number }>, items: Record<import('./items.js').Kind, Record<string, unknown>>, baseline?: string, onCase?: (result: object, index: number) => void }} options
 *   `items`: the item each kind draws (`filledItems` in scripts/bench/items.js); `onCase`: called
 *   with each case's result (and its index in `cases`) as soon as it is measured
 */
export async function race(browser, server, { cases, items, baseline, onCase }) {
  server.pages.set(PORTRAIT.path, PORTRAIT.svg);
  const everyone = contenderPages(server, baseline);
  for (const contender of everyone) {
    Object.assign(contender, await openPage(browser));
    await contender.page.goto(`${server.origin}${contender.path}`);
    await contender.page.waitForFunction(() => 'bench' in window);
  }
  const results = [];
  for (const { kind, count, repetitions } of cases) {
    const started = performance.now();
    const contenders = everyone.filter((contender) => contender.kind === 'lede' || KINDS[kind].plain);
    const rows = new Map();
    for (const { name, kind: who, page } of contenders) {
      await page.bringToFront();
      await page.evaluate((value) => window.bench.prepare(value), input(who, kind, count, items[kind]));
      // Warm-up: compiles, loads the language's strings; its DOM becomes the floor.
      await page.evaluate(() => window.bench.render());
      const nodes = await page.evaluate(() => window.bench.nodes());
      await page.evaluate(() => window.bench.keepFloor());
      await page.evaluate(() => window.bench.clear());
      await page.evaluate(() => window.bench.floor());
      const identical = await page.evaluate(() => window.bench.sameAsFloor());
      await page.evaluate(() => window.bench.clear());
      rows.set(name, { name, nodes, identical, library: [], floor: [], frames: [], framed: [] });
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
          if (which === 'library') rows.get(name).frames.push(await page.evaluate(() => window.bench.frames()));
          await page.evaluate(() => window.bench.clear());
        }
        // Lede's floor again, in as many frames as Lede just took: the browser's own cost of slicing.
        if (name.startsWith('Lede')) {
          await gc();
          const row = rows.get(name);
          row.framed.push(await page.evaluate((frames) => window.bench.floorInFrames(frames), row.frames.at(-1)));
          await page.evaluate(() => window.bench.clear());
        }
      }
    }
    for (const row of rows.values()) {
      row.libraryMs = median(row.library);
      row.floorMs = median(row.floor);
      row.ratio = row.libraryMs / row.floorMs;
      row.framesDrawn = median(row.frames);
      if (row.framed.length) row.framedMs = median(row.framed);
    }
    results.push({ kind, count, repetitions, seconds: (performance.now() - started) / 1000, rows: [...rows.values()] });
    onCase?.(results.at(-1), results.length - 1);
  }
  for (const { page } of everyone) await page.close();
  return results;
}

/**
 * JS heap per live widget: bytes in use (after garbage collection) with `count` widgets drawn,
 * minus before, divided by `count`, for each contender (median of `times`).
 */
export async function heapPerWidget(browser, server, { kind = 'quote', item = QUOTE, count = 1000, times = 3, baseline }) {
  const result = [];
  for (const { name, kind: who, path } of contenderPages(server, baseline)) {
    const { page, gc, heap } = await openPage(browser);
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((value) => window.bench.prepare(value), input(who, kind, count, item));
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
