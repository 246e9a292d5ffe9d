/**
 * Widgets on host pages Lede does not control, from the built `dist/lede.js`:
 * 1. contrast: on a matrix of host pages × `theme`, every text run and link has a WCAG contrast of
 *    at least 4.5:1 against what is really behind it (every background up the tree, composited down
 *    to the page), bars, rules and focus rings at least 3:1; also after a site's dark-mode class
 *    switches after load;
 * 2. type: sizes follow the article's text, a 62.5 % root cannot shrink them;
 * 3. print: dark ink on white, link addresses written out, lazy `src` loaded, counts final;
 * 4. forced colours: bars and status icons keep system colours;
 * 5. quiet failures: readers see no problem note; previews do; the warning and `lede-error` still fire.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isolatedPage, launch } from '../scripts/harness/browser.js';
import { ROOT, startServer } from '../scripts/harness/server.js';

if (!existsSync(resolve(ROOT, 'dist/lede.js'))) throw new Error('dist/lede.js is missing: run "npm run build:cdn" first.');

const FIGURE = {
  amount: 2.9e9,
  currency: 'USD',
  label: 'Investissements reçus au titre de la BRI',
  period: 'l’an dernier',
  rank: 3,
  rankScope: 'au monde',
  comparison: [
    { label: 'Chili', amount: 4.1e9 },
    { label: 'Pérou', amount: 2.9e9, highlight: true },
    { label: 'Hongrie', amount: 1.2e9 },
  ],
  source: 'SCMP',
  sourceUrl: 'https://www.scmp.com/',
};
const QUOTE = {
  text: 'Nous ne pensons pas que nos amis seront contrariés.',
  speaker: 'Gustavo Adrianzén',
  speakerRole: 'Premier ministre du Pérou',
  context: 'Sur les investissements chinois',
  date: '2024-06-27',
  source: 'SCMP',
  sourceUrl: 'https://www.scmp.com/',
};
const DEAL = {
  headline: 'Huawei va former 20 000 jeunes au Pérou',
  status: 'reported',
  date: '2024-06-27',
  location: 'Lima',
  summary: 'Un accord de formation à l’IA.',
  parties: [{ name: 'Huawei', kind: 'company', country: 'CN', url: 'https://www.huawei.com/' }],
  terms: [{ label: 'Jeunes à former', value: 20000 }],
  beneficiaries: ['Femmes', 'Professionnels'],
  source: 'SCMP',
  sourceUrl: 'https://www.scmp.com/',
  via: 'Google Actualités',
};
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Host pages: CSS of the page, and the class on <html> if the site has its own switch. */
const HOSTS = {
  white: { css: 'body{background:#fff;color:#1a1a1a}' },
  'white, color-scheme': { css: ':root{color-scheme:light}body{background:#fff;color:#1a1a1a}' },
  black: { css: 'body{background:#000;color:#f2f2f2}' },
  'black, color-scheme': { css: ':root{color-scheme:dark}body{background:#000;color:#f2f2f2}' },
  'dark by class, system light': { css: 'html.dark body{background:#121212;color:#e8e8e8}body{background:#fff;color:#222}', html: 'dark', system: 'light' },
  'dark by class, system dark': { css: 'html.dark body{background:#121212;color:#e8e8e8}body{background:#fff;color:#222}', html: 'dark', system: 'dark' },
  'light by class, system dark': { css: 'html.dark body{background:#121212;color:#e8e8e8}body{background:#fff;color:#222}', html: '', system: 'dark' },
  sepia: { css: 'body{background:#f4ecd8;color:#433422}' },
  'sepia, color-scheme': { css: ':root{color-scheme:light}body{background:#f4ecd8;color:#433422}' },
  'dark blue': { css: 'body{background:#0b2d8c;color:#fff}' },
  'dark blue, color-scheme': { css: ':root{color-scheme:dark}body{background:#0b2d8c;color:#fff}' },
};
const THEMES = ['', 'light', 'dark', 'auto'];

/** A page with one of each widget, `theme` on each; `preview` marks it as a CMS preview. */
function hostPage({ css, html = '', theme = '', head = '', body = '' }) {
  const attr = theme ? ` theme="${theme}"` : '';
  return `<!doctype html>
<html lang="fr" class="${html}">
<head><meta charset="utf-8"><title>host</title>${head}
<style>html,body{margin:0}body{font:18px/1.6 Georgia,'DejaVu Serif',serif;padding:16px}main{max-width:640px}${css}</style>
<script type="module" src="/dist/lede.js"></script>
</head>
<body><main>
<p>Texte de l’article.</p>
<lede-quote-block${attr}><script type="application/json">${json(QUOTE)}</script></lede-quote-block>
<lede-investment-figure${attr}><script type="application/json">${json(FIGURE)}</script></lede-investment-figure>
<lede-deal-card${attr}><script type="application/json">${json(DEAL)}</script></lede-deal-card>
</main>${body}</body></html>`;
}

/**
 * In the page: the lowest contrast of every text run, link, bar, rule and focus ring inside the
 * widgets' shadow roots. Colours are read as computed (rgb() or color(srgb …), with alpha) and
 * composited over every ancestor's background, across the shadow boundary, down to the page's.
 */
function measure() {
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  /** Any computed colour as [r, g, b, a] in 0–255 / 0–1, drawn by the browser itself. */
  const rgba = (color) => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = '#000';
    canvas.fillStyle = color;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (!a) return [0, 0, 0, 0];
    return [0, 1, 2].map((i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a).concat(a);
  };
  const parent = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  /** What is painted behind `el`: its own and its ancestors' backgrounds over the canvas. */
  const backdrop = (el) => {
    const layers = [];
    for (let node = el; node; node = parent(node)) layers.push(rgba(getComputedStyle(node).backgroundColor));
    const canvasColor = rgba(getComputedStyle(document.documentElement).colorScheme.includes('dark') ? '#121212' : '#fff');
    return layers.reverse().reduce((below, layer) => over(layer, below), canvasColor);
  };
  const luminance = ([r, g, b]) =>
    [r, g, b].map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (fg, bg) => {
    const [a, b] = [luminance(over(fg, bg)), luminance(bg)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const runs = [];
  const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getClientRects().length;
  for (const host of document.querySelectorAll('lede-quote-block, lede-investment-figure, lede-deal-card')) {
    const root = host.shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !el || !visible(el) || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const what = `${host.localName} ${el.localName} "${node.textContent.trim().slice(0, 30)}"`;
      runs.push({ kind: 'text', what, ratio: contrast(rgba(style.color), backdrop(el)), size: parseFloat(style.fontSize), superscript: el.localName === 'sup' });
    }
    for (const rect of root.querySelectorAll('rect')) {
      const svg = rect.ownerSVGElement;
      if (!svg.getBoundingClientRect().width) continue;
      runs.push({ kind: 'graphic', what: `${host.localName} bar`, ratio: contrast(rgba(getComputedStyle(rect).fill), backdrop(svg)) });
    }
    for (const el of root.querySelectorAll('figure, article, .parties li, .status')) {
      const style = getComputedStyle(el);
      const side = el.matches('.status') ? null : ['Top', 'InlineStart'].find((s) => parseFloat(style[`border${s === 'Top' ? 'Top' : 'Left'}Width`]));
      if (el.matches('.status')) {
        const icon = getComputedStyle(el, '::before');
        runs.push({ kind: 'graphic', what: `${host.localName} status icon`, ratio: contrast(rgba(icon.borderTopColor), backdrop(el)) });
      } else if (side) {
        runs.push({ kind: 'graphic', what: `${host.localName} ${el.localName} rule`, ratio: contrast(rgba(style[`border${side === 'Top' ? 'Top' : 'Left'}Color`]), backdrop(parent(el))) });
      }
    }
    for (const link of root.querySelectorAll('a')) {
      link.focus({ focusVisible: true });
      const style = getComputedStyle(link);
      if (style.outlineStyle !== 'none') runs.push({ kind: 'graphic', what: `${host.localName} focus ring`, ratio: contrast(rgba(style.outlineColor), backdrop(parent(link))) });
      link.blur();
    }
  }
  return runs;
}

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `html` with the given system colour scheme and waits for every widget to be drawn. */
async function openPage(html, { system = 'light', width = 700, forcedColors = false } = {}) {
  const path = `/host/${Math.random().toString(36).slice(2)}.html`;
  server.pages.set(path, html);
  const { page, context } = await isolatedPage(browser, { width, height: 900 });
  // Through the DevTools protocol: puppeteer's emulateMediaFeatures does not know `forced-colors`.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value: system },
      { name: 'prefers-reduced-motion', value: 'reduce' },
      ...(forcedColors ? [{ name: 'forced-colors', value: 'active' }] : []),
    ],
  });
  const warnings = [];
  page.on('console', (message) => ['warn', 'warning'].includes(message.type()) && warnings.push(message.text()));
  await page.goto(server.origin + path);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main > :is(lede-quote-block, lede-investment-figure, lede-deal-card)')].every((el) => el.shadowRoot?.querySelector('[part="base"] > :not(slot)')),
  );
  return { page, warnings, close: () => context.close() };
}

const lowest = (runs, kind) => runs.filter((run) => run.kind === kind).reduce((low, run) => (run.ratio < low.ratio ? run : low), { ratio: Infinity });
const minimum = {};
/** The same without a `theme`: the widgets following the page. */
const followed = {};

describe('contrast on host pages', () => {
  for (const [name, host] of Object.entries(HOSTS)) {
    for (const theme of THEMES) {
      test(`${name}, theme ${theme || 'absent'}`, async () => {
        const { page, close } = await openPage(hostPage({ ...host, theme }), { system: host.system });
        const runs = await page.evaluate(measure);
        await close();
        assert.ok(runs.filter((run) => run.kind === 'text').length > 30, 'text runs measured');
        assert.ok(runs.some((run) => run.what.endsWith('bar')), 'bars measured');
        const text = lowest(runs, 'text');
        const graphic = lowest(runs, 'graphic');
        minimum[name] = Math.min(minimum[name] ?? Infinity, text.ratio);
        if (!theme) followed[name] = text.ratio;
        assert.ok(text.ratio >= 4.5, `${text.what}: text contrast ${text.ratio.toFixed(2)}:1`);
        assert.ok(graphic.ratio >= 3, `${graphic.what}: contrast ${graphic.ratio.toFixed(2)}:1`);
      });
    }
  }

  test('a site’s dark-mode class switched after load: widgets follow at once', async () => {
    const host = HOSTS['dark by class, system light'];
    const { page, close } = await openPage(hostPage({ ...host, html: '' }));
    const light = lowest(await page.evaluate(measure), 'text');
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    const dark = lowest(await page.evaluate(measure), 'text');
    await close();
    assert.ok(light.ratio >= 4.5, `before the switch: ${light.what} ${light.ratio.toFixed(2)}:1`);
    assert.ok(dark.ratio >= 4.5, `after the switch: ${dark.what} ${dark.ratio.toFixed(2)}:1`);
  });

  test('--lede-color-* still override the page’s colours', async () => {
    const { page, close } = await openPage(hostPage({ css: 'body{background:#fff;color:#111}lede-quote-block{--lede-color-text:rgb(0, 90, 0)}' }));
    const color = await page.evaluate(() => getComputedStyle(document.querySelector('lede-quote-block').shadowRoot.querySelector('.text')).color);
    await close();
    assert.equal(color, 'rgb(0, 90, 0)');
  });

  test('lowest text contrast per host page (all themes)', (t) => {
    for (const [name, ratio] of Object.entries(minimum)) t.diagnostic(`${name}: ${ratio.toFixed(2)}:1 (without a theme ${followed[name].toFixed(2)}:1)`);
    assert.equal(Object.keys(minimum).length, Object.keys(HOSTS).length);
  });
});

describe('type follows the article', () => {
  for (const [name, css] of Object.entries({
    '18 px serif article': 'body{background:#fff;color:#222}',
    '62.5 % root, 18 px article': 'html{font-size:62.5%}body{background:#fff;color:#222;font-size:1.8rem}',
  })) {
    test(name, async (t) => {
      const { page, close } = await openPage(hostPage({ css }));
      const sizes = await page.evaluate(measure);
      const quote = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('lede-quote-block').shadowRoot.querySelector('.text')).fontSize));
      await close();
      // A superscript ordinal ending (3<sup>e</sup>) is not running text: it only has to stay readable, 12 px or more.
      const texts = sizes.filter((run) => run.kind === 'text');
      assert.ok(texts.every((run) => run.size >= 12), 'nothing under 12 px');
      const smallest = texts.filter((run) => !run.superscript).reduce((low, run) => (run.size < low.size ? run : low));
      t.diagnostic(`${name}: smallest text ${smallest.size} px (${smallest.what}), quote ${quote} px`);
      assert.ok(smallest.size >= 0.8 * 18 && smallest.size >= 12, `smallest text ${smallest.size} px: ${smallest.what}`);
      assert.ok(quote >= 1.5 * 18 && quote <= 2 * 18, `quote ${quote} px`);
    });
  }
});

describe('print', () => {
  test('dark ink on white whatever the theme, link addresses written out, lazy src loaded, counts final', async () => {
    const lazy = `<div style="height:4000px"></div><lede-investment-figure id="lazy" theme="dark" count-up src="/e2e/fixtures/story.json#bri-peru"><p>2,9 milliards de dollars (SCMP)</p></lede-investment-figure>`;
    const { page, close } = await openPage(hostPage({ css: 'body{background:#121212;color:#eee}', theme: 'dark', body: lazy }));
    assert.equal(await page.evaluate(() => !!document.querySelector('#lazy').shadowRoot.querySelector('figure')), false, 'lazy until printing');
    await page.emulateMediaType('print');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => document.querySelector('#lazy').shadowRoot.querySelector('figure'), { timeout: 5000 });
    const printed = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('lede-quote-block, lede-investment-figure, lede-deal-card')];
      const texts = hosts.flatMap((host) => [...host.shadowRoot.querySelectorAll('p, span, cite, h3, h4, li, dd, dt, th, td, figcaption, caption')]);
      return {
        colours: [...new Set(texts.filter((el) => el.textContent.trim()).map((el) => getComputedStyle(el).color))],
        backgrounds: [...new Set(hosts.map((host) => getComputedStyle(host.shadowRoot.querySelector('.lede')).backgroundColor))],
        links: hosts.flatMap((host) => [...host.shadowRoot.querySelectorAll('a')].map((a) => getComputedStyle(a, '::after').content)),
        count: getComputedStyle(document.querySelector('#lazy').shadowRoot.querySelector('.count + span')).opacity,
      };
    });
    await close();
    for (const colour of printed.colours) {
      const [r, g, b, a = 1] = colour.match(/[\d.]+/g).map(Number);
      const ink = colour.startsWith('color(') ? [r * 255, g * 255, b * 255] : [r, g, b];
      assert.ok(Math.max(...ink) <= 0x60 || a < 1, `printed text colour ${colour} is dark ink`);
    }
    assert.deepEqual(printed.backgrounds, ['rgb(255, 255, 255)']);
    assert.ok(printed.links.length >= 3 && printed.links.every((content) => content.includes('https://')), `link addresses: ${printed.links}`);
    assert.equal(printed.count, '1');
  });
});

describe('forced colours', () => {
  test('bars, rules and status icons keep system colours', async () => {
    const { page, close } = await openPage(hostPage({ css: 'body{background:#fff;color:#222}', theme: 'light' }), { forcedColors: true });
    const seen = await page.evaluate(() => {
      const figure = document.querySelector('lede-investment-figure').shadowRoot;
      const card = document.querySelector('lede-deal-card').shadowRoot;
      const icon = getComputedStyle(card.querySelector('.status'), '::before');
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        bars: [...figure.querySelectorAll('rect')].map((rect) => getComputedStyle(rect).fill),
        canvas: getComputedStyle(document.body).backgroundColor,
        icon: [icon.borderTopStyle, icon.borderTopWidth, icon.borderTopColor],
        card: getComputedStyle(card.querySelector('article')).borderTopStyle,
      };
    });
    await close();
    assert.equal(seen.forced, true);
    assert.equal(seen.bars.length, 3);
    for (const fill of seen.bars) assert.notEqual(fill, seen.canvas, 'a bar is not the page colour');
    assert.ok(seen.bars.every((fill) => fill !== 'none' && !/rgba\(.*, 0\)$/.test(fill)), `bars: ${seen.bars}`);
    assert.equal(seen.icon[0], 'dashed', 'a reported status keeps its dashed ring');
    assert.ok(parseFloat(seen.icon[1]) >= 1);
    assert.equal(seen.card, 'solid');
  });
});

describe('problems', () => {
  const bad = '<lede-investment-figure id="bad" amount="12" currency="dollars"><p>12 dollars</p></lede-investment-figure>';
  const state = (page) =>
    page.evaluate(async () => {
      const el = document.querySelector('#bad');
      await el.updateComplete;
      return { note: !!el.shadowRoot.querySelector('[part="error"]'), fallback: !!el.shadowRoot.querySelector('slot'), events: window.ledeErrors };
    });
  const listen = '<script>window.ledeErrors = 0; addEventListener("lede-error", () => window.ledeErrors++);</script>';

  test('a reader sees the fallback and no note; the warning and lede-error still come', async () => {
    const { page, warnings, close } = await openPage(hostPage({ css: '', head: listen, body: bad }));
    const seen = await state(page);
    await close();
    assert.deepEqual(seen, { note: false, fallback: true, events: 1 });
    assert.ok(warnings.some((text) => text.includes('<lede-investment-figure>') && text.includes('currency')), warnings.join('\n'));
  });

  test('a page marked as a preview, and a widget with `preview`, show the note', async () => {
    for (const [head, body] of [
      [`${listen}<meta name="lede-preview">`, bad],
      [listen, bad.replace('id="bad"', 'id="bad" preview')],
    ]) {
      const { page, close } = await openPage(hostPage({ css: '', head, body }));
      const seen = await state(page);
      await close();
      assert.deepEqual(seen, { note: true, fallback: true, events: 1 });
    }
  });

  test('a figure with only its required fields is drawn, with no problem', async () => {
    const { page, close } = await openPage(hostPage({ css: '', head: listen, body: '<lede-investment-figure id="bare" amount="2900000000" currency="USD"></lede-investment-figure>' }));
    const seen = await page.evaluate(() => ({ text: document.querySelector('#bare').shadowRoot.textContent.replace(/\s+/g, ' ').trim(), events: window.ledeErrors }));
    await close();
    assert.match(seen.text, /2,9 milliards de dollars/);
    assert.equal(seen.events, 0);
  });
});
