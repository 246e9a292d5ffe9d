/**
 * The embed builder end to end, on the built demo site, by keyboard alone: build each widget,
 * copy the snippet of every route, paste it into a blank page that loads only `dist/` files,
 * and check that the widget there reads exactly like the builder's preview.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isolatedPage, launch, watchProblems, widgetText } from '../../scripts/harness/browser.js';
import { startServer } from '../../scripts/harness/server.js';
import { allowDownloads, chooseFile, requireBuilt, ROOT } from './harness.js';
import { byId, byPath, byText, chooseOption, chooseRadio, tabTo, typeOver, untilFocused } from './keyboard.js';

/** What an editor might type: markup, entities, both kinds of quotes and a script end tag. */
const HOSTILE = 'Il a dit « <b>non</b> » & "oui" </script><img src=x onerror=alert(1)>';

/**
 * Each widget: the view to pick, the edits to make (by keyboard), and words the preview must show
 * afterwards. A new widget gets an entry here.
 */
const WIDGETS = [
  {
    name: 'quote-block',
    tag: 'lede-quote-block',
    collection: 'quotes',
    view: { lang: 'en', theme: 'Light', width: 'Tablet, 768 px' },
    async fill(ui) {
      await ui.fill('text', HOSTILE);
      await ui.fill('speaker', 'Dina <Boluarte> & "co"');
      await ui.fill('date', '2024-06-27');
      await ui.fill('originalLang', 'es');
    },
    shows: ['<b>non</b>', 'Dina <Boluarte> & "co"', 'Translated from Spanish'],
    readable: ['Il a dit « <b>non</b> » & "oui"', 'Dina <Boluarte> & "co"'],
  },
  {
    name: 'deal-card',
    tag: 'lede-deal-card',
    collection: 'deals',
    view: { lang: 'fr', theme: 'Dark', width: 'Phone, 320 px' },
    async fill(ui) {
      await ui.fill('headline', `Accord ${HOSTILE}`);
      await ui.choose('status', 'announced');
      await ui.press('Add party');
      const party = await untilFocused(ui.page, (now) => now?.path === 'parties[2].name');
      assert.equal(party?.path, 'parties[2].name', 'focus goes to the new party');
      await ui.page.keyboard.type('Banco <Central> & "Reserva"');
      await ui.choose('parties[2].kind', 'organization');
      await ui.fill('parties[2].country', 'XX');
      assert.match(await ui.problemAt('parties[2].country'), /Country must be an ISO 3166-1 alpha-2 code/);
      await ui.fill('parties[2].country', 'BR');
      assert.equal(await ui.problemAt('parties[2].country'), null, 'the problem goes once fixed');
      await ui.press('Move up party 3');
      // Focus follows the moved party to its button, now "Move up party 2": up once more.
      assert.match((await untilFocused(ui.page, (now) => /party 2$/i.test(now?.text ?? '')))?.text ?? '', /party 2$/i);
      await ui.page.keyboard.press('Enter');
      await ui.press('Remove beneficiary 1');
      await ui.press('Add term');
      assert.equal((await untilFocused(ui.page, (now) => now?.path === 'terms[1].label'))?.path, 'terms[1].label', 'focus goes to the new term');
      await ui.page.keyboard.type('Durée');
      await ui.fill('terms[1].value', '3');
      await ui.fill('terms[1].unit', 'ans');
    },
    shows: ['Banco <Central> & "Reserva"', 'Brésil', 'Annoncé', 'Durée'],
    readable: ['Accord Il a dit « <b>non</b> »', 'Banco <Central> & "Reserva"', 'Durée', 'Source\u202F: South China Morning Post'],
  },
  {
    name: 'investment-figure',
    tag: 'lede-investment-figure',
    collection: 'figures',
    view: { lang: 'es', theme: 'Light', width: 'Desktop' },
    async fill(ui) {
      await ui.fill('label', `Inversión ${HOSTILE}`);
      await ui.fill('currency', 'XX1');
      assert.match(await ui.problemAt('currency'), /ISO 4217/);
      await ui.fill('currency', 'EUR');
      assert.equal(await ui.problemAt('currency'), null, 'the problem goes once fixed');
      await ui.fill('amount', '1500000');
    },
    shows: ['Inversión Il a dit « <b>non</b> »', 'euros'],
    readable: ['Inversión Il a dit « <b>non</b> »'],
  },
];

/**
 * Each route: the page an editor's snippet ends up in. `page` gets the copied code and returns
 * the blank page's HTML; `frame` says the widget is inside an iframe.
 */
const ROUTES = [
  { id: 'tags/module', copy: 'Copy Tags + script', script: 'ES module (lede.js)', page: (code) => code },
  { id: 'tags/classic', copy: 'Copy Tags + script', script: 'Classic script (lede.classic.js)', page: (code) => code },
  { id: 'json-attribute', copy: 'Copy Tags + JSON attribute', script: 'ES module (lede.js)', page: (code) => code },
  { id: 'markup', copy: 'Copy Plain markup for sanitized CMSs', page: (code, origin) => `${code}\n<script type="module" src="${origin}/dist/lede.js"></script>` },
  { id: 'iframe', copy: 'Copy iframe', page: (code) => code, frame: true },
  {
    id: 'story',
    copy: 'Copy Story JSON item',
    page: (code, origin, widget, pages, n) => {
      const item = JSON.parse(code);
      pages.set(`/blank/${n}-story.json`, JSON.stringify({ id: 'story', [widget.collection]: [item] }));
      return `<script type="module" src="${origin}/dist/lede.js"></script>\n<${widget.tag} lang="${widget.lang}" src="${n}-story.json#${item.id}"></${widget.tag}>`;
    },
  },
  {
    id: 'npm',
    copy: 'Copy npm / JavaScript',
    // A bundler would resolve the package; an import map does the same with the built file.
    page: (code, origin) => `<script type="importmap">{"imports": {"lede-widgets": "${origin}/dist/lede.js"}}</script>\n<script type="module">\n${code}\n</script>`,
  },
];

requireBuilt();
const server = await startServer();
const browser = await launch();
after(async () => {
  await browser.close();
  await server.close();
});

/** Polls `read()` until `ok(value)`; on timeout, fails with the last value, which says what went wrong. */
async function until(read, ok, what, timeout = 5000) {
  const end = Date.now() + timeout;
  let value;
  while (Date.now() < end) {
    value = await read();
    if (ok(value)) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`waited ${timeout} ms for ${what}; last: ${JSON.stringify(value)}`);
}

let blank = 0;
/** Opens the code in a blank page of its own and returns the widget's text there, and every path the page requested. */
async function paste(route, code, widget) {
  const n = ++blank;
  const body = route.page(code, server.origin, widget, server.pages, n);
  server.pages.set(`/blank/${n}.html`, `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Blank page ${n}</title><link rel="icon" href="data:,"></head>\n<body>\n${body}\n</body>\n</html>\n`);
  const { page, context } = await isolatedPage(browser);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const errors = watchProblems(page);
  const missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(new URL(response.url()).pathname));
  await page.goto(`${server.origin}/blank/${n}.html`);
  if (missing.length) {
    await context.close();
    throw new Error(`not served: ${missing.join(', ')}`);
  }
  let target = page;
  if (route.frame) {
    await page.waitForSelector('iframe');
    target = await (await page.$('iframe')).contentFrame();
  }
  await target.waitForFunction((tag) => {
    const find = (root) => root.querySelector(tag) ?? [...root.querySelectorAll('*')].map((el) => el.shadowRoot && find(el.shadowRoot)).find(Boolean);
    return find(document)?.shadowRoot?.querySelector('[part~="base"] > :not(slot)');
  }, { timeout: 5000 }, widget.tag);
  const text = await widgetText(target, widget.tag);
  const injected = await target.evaluate(() => document.querySelectorAll('b, img').length);
  await context.close();
  return { text, requested, errors, injected };
}

for (const widget of WIDGETS) {
  describe(`builder: ${widget.name}, by keyboard`, () => {
    const context = { page: undefined, preview: '' };
    const ui = {
      get page() {
        return context.page;
      },
      async fill(path, text) {
        await tabTo(context.page, byPath(path), path);
        await typeOver(context.page, text);
      },
      async choose(path, value) {
        await tabTo(context.page, byPath(path), path);
        await chooseOption(context.page, value);
      },
      async press(text) {
        await tabTo(context.page, byText(text), `the button "${text}"`);
        await context.page.keyboard.press('Enter');
      },
      /** The problem line the form shows for a field, or null; checks the field is marked invalid too. */
      problemAt(path) {
        return context.page.evaluate((path) => {
          const find = (root) => root.querySelector(`[data-path="${path}"]`) ?? [...root.querySelectorAll('*')].map((el) => el.shadowRoot && find(el.shadowRoot)).find(Boolean);
          const control = find(document);
          const note = control?.getRootNode().getElementById(`${control.id}-problems`);
          if (!note) return null;
          return control.getAttribute('aria-invalid') === 'true' && control.getAttribute('aria-describedby').includes(note.id) ? note.textContent : 'not linked to its field';
        }, path);
      },
    };

    before(async () => {
      const { page, context: browserContext } = await isolatedPage(browser, { width: 1280, height: 900 });
      const granted = { state: 'granted' };
      await browserContext.setPermission(server.origin, { permission: { name: 'clipboard-read' }, ...granted }, { permission: { name: 'clipboard-write' }, ...granted });
      context.page = page;
      context.errors = watchProblems(context.page);
      await context.page.goto(`${server.origin}/dist-demo/builder.html`);
      await context.page.waitForFunction(() => document.querySelector('builder-app')?.shadowRoot?.querySelector('builder-fields'));
    });

    test('picks the widget, fills the form and sets the view by keyboard; the preview follows', async () => {
      const { page } = context;
      await tabTo(page, byId('widget'), 'the widget picker');
      await chooseOption(page, widget.name);
      await widget.fill(ui);
      await tabTo(page, byId('lang'), 'the language picker');
      await chooseOption(page, widget.view.lang);
      await tabTo(page, (now) => now.tag === 'input' && now.value === 'light', 'the theme buttons');
      await chooseRadio(page, widget.view.theme);
      await tabTo(page, (now) => now.tag === 'input' && now.value === 'desktop', 'the width buttons');
      await chooseRadio(page, widget.view.width);
      context.preview = await until(
        () => widgetText(page, widget.tag),
        (text) => widget.shows.every((word) => text?.includes(word)),
        `the preview to show ${widget.shows.join(', ')}`,
      );
      assert.deepEqual(context.errors, []);
    });

    test('keeps everything in the URL: a reload shows the same widget', async () => {
      const { page } = context;
      assert.match(page.url(), new RegExp(`widget=${widget.name}`));
      await page.reload();
      await page.waitForFunction((tag) => {
        const preview = document.querySelector('builder-app')?.shadowRoot?.querySelector('builder-preview');
        return preview?.shadowRoot?.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"] > :not(slot)');
      }, {}, widget.tag);
      assert.equal(await widgetText(page, widget.tag), context.preview);
    });

    // Plain markup with no script at all; tags whose script never runs (blocked, failed): the same words.
    for (const [name, copy] of [['markup', 'Copy Plain markup for sanitized CMSs'], ['tags', 'Copy Tags + script']]) {
      test(`${name}: the snippet, with no script running, reads as text`, async () => {
        const { page } = context;
        await tabTo(page, byText(copy), `the button "${copy}"`);
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== ''));
        const code = await page.evaluate(() => navigator.clipboard.readText());
        server.pages.set(`/blank/no-script-${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No script</title></head><body>${code}</body></html>`);
        const plain = await isolatedPage(browser);
        await plain.page.setJavaScriptEnabled(false);
        await plain.page.goto(`${server.origin}/blank/no-script-${name}.html`);
        const text = await plain.page.evaluate(() => document.body.innerText);
        await plain.context.close();
        for (const word of widget.readable) assert.ok(text.includes(word), `"${word}" in: ${text}`);
      });
    }

    for (const route of ROUTES) {
      test(`${route.id}: the copied snippet, pasted into a blank page with dist/ only, reads like the preview`, async () => {
        const { page } = context;
        if (route.script) {
          await tabTo(page, (now) => now.tag === 'input' && (now.value === 'module' || now.value === 'classic'), 'the script choice');
          await chooseRadio(page, route.script);
        }
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await tabTo(page, byText(route.copy), `the button "${route.copy}"`);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== ''));
        const code = await page.evaluate(() => navigator.clipboard.readText());
        const result = await paste(route, code, { ...widget, lang: widget.view.lang });
        assert.equal(result.text, context.preview);
        assert.equal(result.injected, 0, 'the editor’s markup stays text');
        assert.deepEqual(result.requested.filter((path) => !path.startsWith('/dist/') && !path.startsWith('/blank/')), [], 'only dist/ files are loaded');
        // A tag's plain markup is its fallback: one widget, the markup not upgraded again.
        if (route.id !== 'markup') assert.deepEqual(result.requested.filter((path) => path.includes('site-loader')), [], 'no site loader');
        assert.deepEqual(result.errors, []);
      });
    }
  });
}

describe('builder: a data desk edits a whole story', () => {
  test('opens the story document, edits one item by keyboard and exports the whole story', async () => {
    const original = JSON.parse(await readFile(resolve(ROOT, 'demo/stories/huawei-peru.json'), 'utf8'));
    const { page, context } = await isolatedPage(browser);
    const downloads = await allowDownloads(browser, context);
    const errors = watchProblems(page);
    await page.goto(`${server.origin}/dist-demo/builder.html`);
    await tabTo(page, byId('story-file'), 'the story file input');
    await chooseFile(page, '#story-file', resolve(ROOT, 'demo/stories/huawei-peru.json'));
    await page.waitForFunction(() => document.querySelector('builder-app').shadowRoot.querySelector('#story-item'));
    await tabTo(page, byId('story-item'), 'the story item picker');
    await chooseOption(page, 'quotes:0');
    await tabTo(page, byPath('speaker'), 'the speaker field');
    await typeOver(page, 'Test speaker');
    await tabTo(page, byText('Export the story (.json)'), 'the export button');
    const [download] = await Promise.all([downloads.next(), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename, 'huawei-peru-ai.json');
    const exported = JSON.parse(await readFile(download.path, 'utf8'));
    assert.deepEqual(exported, { ...original, quotes: [{ ...original.quotes[0], speaker: 'Test speaker' }] });

    // The story stays open across a reload (this tab's session), on the same item.
    await page.reload();
    await page.waitForFunction(() => document.querySelector('builder-app').shadowRoot.querySelector('#story-item')?.value === 'quotes:0');
    assert.deepEqual(errors, []);
    await downloads.close();
    await context.close();
  });
});
