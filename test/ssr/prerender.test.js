// lede-widgets/ssr in Node: every widget drawn on a server from every data form, problems returned,
// hostile data kept as text, only http(s) fetched, the language of the closest `lang`. Runs on the
// built library (`npm run build:lib`), as a publisher's build would import it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'parse5';
import { prerender, renderWidget, StoryLoader } from '../../dist/ssr/index.js';

const root = resolve(import.meta.dirname, '../..');
const storyFile = join(root, 'demo/stories/huawei-peru.json');
const story = JSON.parse(await readFile(storyFile, 'utf8'));
const storyUrl = pathToFileURL(storyFile).href;
/** Each widget and an item of its story document list. */
const WIDGETS = {
  'quote-block': story.quotes[0],
  'deal-card': story.deals[0],
  'investment-figure': story.figures[0],
  timeline: story.timelines[0],
  'key-numbers': story.keyNumbers[0],
  profile: story.profiles[0],
  explainer: story.explainers[0],
};

/** The elements of a parsed tree, depth first, template contents included. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
/** The text a reader sees (no style sheet); no-break spaces kept. */
const text = (node) => (node.nodeName === '#text' ? node.value : node.nodeName === 'style' ? '' : (node.childNodes ?? []).map(text).join(''));

/** Each widget of a page: its tag, attributes, and its declarative shadow root's elements and text. */
function widgetsOf(html) {
  return [...elements(parse(html))]
    .filter((el) => el.tagName.startsWith('lede-'))
    .map((el) => {
      const template = el.childNodes.find((child) => child.tagName === 'template' && attr(child, 'shadowrootmode') === 'open');
      const inside = template ? [...elements(template.content)] : [];
      return {
        tag: el.tagName,
        attrs: Object.fromEntries(el.attrs.map((a) => [a.name, a.value])),
        drawn: Boolean(template),
        parts: new Set(inside.flatMap((child) => (attr(child, 'part') ?? '').split(' ').filter(Boolean))),
        elements: inside,
        text: template ? text(template.content).replace(/[ \t\n\r]+/g, ' ') : '',
      };
    });
}

describe('prerender: every widget, every data form', () => {
  test('each widget from a story document on disk is drawn, in the page language, its light DOM kept', async () => {
    const tags = Object.entries(WIDGETS)
      // A quote's light DOM is its text (the schema's text field), above `src`: the fallback is the quote itself.
      .map(([name, item]) => `<lede-${name} src="./huawei-peru.json#${item.id}" theme="light"><p>${name === 'quote-block' ? item.text : `fallback ${name}`}</p></lede-${name}>`)
      .join('\n');
    const page = `<!doctype html><html lang="fr"><head><title>t</title></head><body>${tags}</body></html>`;
    const { html, problems, widgets } = await prerender(page, { documentUrl: pathToFileURL(join(root, 'demo/stories/page.html')).href });
    assert.deepEqual(problems, []);
    assert.equal(widgets.length, 7);
    for (const [index, found] of widgetsOf(html).entries()) {
      const [name, item] = Object.entries(WIDGETS)[index];
      assert.ok(found.drawn, `${name} has a declarative shadow root`);
      assert.ok(found.elements.some((el) => el.tagName === 'style'), `${name} is styled`);
      assert.ok(found.parts.has('base'), `${name} has its base part`);
      assert.ok(!found.elements.some((el) => el.tagName === 'slot'), `${name} draws its data, not its light DOM`);
      const words = item.headline ?? item.name ?? item.question ?? item.label ?? item.text;
      assert.ok(found.text.includes(words.slice(0, 30)), `${name} shows "${words.slice(0, 30)}"`);
      assert.match(found.text, /Source\u202F:/, `${name} speaks French`);
      assert.ok(html.includes(`<p>${name === 'quote-block' ? item.text : `fallback ${name}`}</p>`), `${name} keeps its light DOM`);
    }
    assert.deepEqual(
      widgets.map((widget) => [widget.tagName, widget.lang]),
      Object.keys(WIDGETS).map((name) => [`lede-${name}`, 'fr']),
    );
  });

  test('the rest of the document is kept byte for byte; a second run changes nothing', async () => {
    const page = `<!DOCTYPE html>\n<html lang=en><HEAD><title>a &amp; b</title></HEAD>\n<body class='x'>\n<!-- c --><p>one<br>two\n<lede-quote-block speaker="Ana">Hi</lede-quote-block>\n</body></html>\n`;
    const { html } = await prerender(page);
    const start = html.indexOf('<template');
    const end = html.indexOf('</template>') + '</template>'.length;
    assert.equal(html.slice(0, start) + html.slice(end), page);
    assert.equal((await prerender(html)).html, html);
    // A corrected page: the earlier drawing gives way to today's data.
    const corrected = await prerender(html.replace('>Hi</lede-quote-block>', '>Hello</lede-quote-block>'));
    assert.equal(corrected.widgets[0].data.text, 'Hello');
    assert.equal(widgetsOf(corrected.html).length, 1);
    assert.match(widgetsOf(corrected.html)[0].text, /Hello/);
    assert.doesNotMatch(widgetsOf(corrected.html)[0].text, /Hi/);
  });

  test('a tag or a data-lede name that is no widget is said, and left as it is', async () => {
    const page = `<html><body>\n<lede-quote>Typo</lede-quote>\n<blockquote data-lede="qoute-block"><p>Words</p></blockquote></body></html>`;
    const { html, problems, widgets } = await prerender(page);
    assert.deepEqual(widgets, []);
    assert.equal(html, page);
    assert.deepEqual(
      problems.map(({ widget, field, line }) => [widget, field, line]),
      [
        ['lede-quote', '(widget)', 2],
        ['data-lede="qoute-block"', 'data-lede', 3],
      ],
    );
  });

  test('widgets inside a template or SVG are left alone', async () => {
    const page = `<html><body><template><lede-quote-block>In a template</lede-quote-block></template><svg><lede-quote-block>In SVG</lede-quote-block></svg><lede-quote-block>Shown</lede-quote-block></body></html>`;
    const { html, widgets } = await prerender(page, { jsonLd: true });
    assert.deepEqual(widgets.map((widget) => widget.data.text), ['Shown']);
    assert.equal(html.match(/shadowrootmode/g).length, 1);
  });

  test('a quote tag holding its plain markup (as the builder writes it) is one widget, its text from its inline JSON', async () => {
    const page = `<html lang="fr"><body><lede-quote-block speaker="Ana"><script type="application/json">{"text": "Nous venons."}</script><figure data-lede="quote-block"><blockquote><p data-field="text">Nous venons.</p></blockquote><figcaption><p>— <span data-field="speaker">Ana</span></p></figcaption></figure></lede-quote-block></body></html>`;
    const { html, problems, widgets } = await prerender(page);
    assert.deepEqual(problems, []);
    assert.deepEqual(widgets.map((widget) => [widget.tagName, widget.data.text]), [['lede-quote-block', 'Nous venons.']]);
    assert.equal(html.match(/shadowrootmode/g).length, 1);
  });

  test('attributes and light DOM, inline JSON, data-lede-json and plain markup give the same quote', async () => {
    const quote = 'Nous amenons des investissements.';
    const page = `<html lang="fr"><body>
      <lede-quote-block speaker-role="Premier ministre" source="SCMP">${quote}</lede-quote-block>
      <lede-quote-block><script type="application/json">{"text": "${quote}", "speakerRole": "Premier ministre", "source": "SCMP"}</script></lede-quote-block>
      <lede-quote-block data-lede-json='{"text": "${quote}", "speakerRole": "Premier ministre", "source": "SCMP"}'></lede-quote-block>
      <blockquote data-lede="quote-block" data-speaker-role="Premier ministre" id="q" class="story-quote"><p data-field="text">${quote}</p><footer data-field="source">SCMP</footer></blockquote>
    </body></html>`;
    const { html, problems } = await prerender(page);
    assert.deepEqual(problems, []);
    const found = widgetsOf(html);
    assert.equal(found.length, 4);
    for (const widget of found) assert.equal(widget.text, found[0].text);
    assert.match(found[0].text, /Premier ministre/);
    // Plain markup is wrapped in its widget, as the site loader does: the id moves, the markup stays its fallback.
    assert.deepEqual(found[3].attrs, { id: 'q', class: 'story-quote', text: quote, source: 'SCMP', 'speaker-role': 'Premier ministre' });
    assert.match(html, /<lede-quote-block [^>]*><template shadowrootmode="open">.*<\/template><blockquote data-lede="quote-block" data-speaker-role="Premier ministre" class="story-quote">/s);
  });

  test('plain markup with a list keeps it in data-lede-json for the browser', async () => {
    const page = `<div data-lede="timeline" data-headline="Steps"><ol data-field="events"><li><time data-field="date" datetime="2021">2021</time> <span data-field="title">First</span></li><li><time data-field="date" datetime="2023">2023</time> <span data-field="title">Second</span></li></ol></div>`;
    const { html, problems } = await prerender(page);
    assert.deepEqual(problems, []);
    const [widget] = widgetsOf(html);
    assert.deepEqual(JSON.parse(widget.attrs['data-lede-json']).events, [
      { date: '2021', title: 'First' },
      { date: '2023', title: 'Second' },
    ]);
    assert.match(widget.text, /First.*Second/);
  });

  test('a story document over http is fetched once for every widget that needs it', async () => {
    let requests = 0;
    const server = createServer((request, response) => {
      requests++;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(story));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    try {
      const base = `http://127.0.0.1:${server.address().port}/story/page.html`;
      const page = `<lede-quote-block src="story.json#pm-quote"></lede-quote-block><lede-investment-figure src="story.json#bri-peru"></lede-investment-figure><lede-investment-figure src="story.json#trainees"></lede-investment-figure>`;
      const { widgets, problems } = await prerender(page, { documentUrl: base });
      assert.deepEqual(problems, []);
      assert.equal(widgets.length, 3);
      assert.equal(requests, 1);
    } finally {
      server.close();
    }
  });

  test("a protocol-relative src takes the scheme of a page served over http(s); a page from disk has none to give", async () => {
    const server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(story));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    try {
      const host = `127.0.0.1:${server.address().port}`;
      const page = `<lede-quote-block src="//${host}/story.json#pm-quote"></lede-quote-block>`;
      const served = await prerender(page, { documentUrl: `http://${host}/news/page.html` });
      assert.deepEqual(served.problems, []);
      assert.equal(served.widgets[0]?.data.speakerRole, 'Premier ministre du Pérou');
      // An https page asks for https (this test server only speaks http, so the request fails, and says where it went).
      const secure = await new StoryLoader('https://news.example/page.html').item(`//${host}/story.json#pm-quote`, 'quotes');
      assert.match(secure.problem.message, new RegExp(`^could not load https://${host}/story\\.json`));
      for (const base of [pathToFileURL(join(root, 'demo/stories/page.html')).href, undefined]) {
        const { data, problem } = await new StoryLoader(base).item(`//${host}/story.json#pm-quote`, 'quotes');
        assert.equal(data, undefined);
        assert.match(problem.message, /has no scheme, and a page (read from disk|without an address) has none to give it/);
      }
    } finally {
      server.close();
    }
  });
});

describe('prerender: problems and hostile data', () => {
  test('problems are returned with the widget and its place, and the light DOM shows', async () => {
    const page = `<body>\n  <lede-quote-block speaker="Ana" source-url="javascript:alert(1)">  </lede-quote-block>\n  <lede-investment-figure amount="lots" currency="USD"></lede-investment-figure></body>`;
    const { html, problems, widgets } = await prerender(page);
    assert.deepEqual(
      problems.map(({ widget, field, line }) => [widget, field, line]),
      [
        ['lede-quote-block', 'text', 2],
        ['lede-quote-block', 'sourceUrl', 2],
        ['lede-investment-figure', 'amount', 3],
      ],
    );
    assert.deepEqual(widgets, []);
    for (const widget of widgetsOf(html)) assert.ok(widget.elements.some((el) => el.tagName === 'slot'), `${widget.tag} shows its light DOM`);
  });

  test('markup in data stays text in every field, and no link is drawn but http(s)', async () => {
    const { payloads } = JSON.parse(await readFile(join(root, 'test/fixtures/payloads.json'), 'utf8'));
    for (const { payload } of payloads) {
      const data = { text: payload, speaker: payload, speakerRole: payload, context: payload, source: payload, sourceUrl: payload };
      const { shadowRoot } = await renderWidget({ tagName: 'quote-block', data });
      const inside = [...elements(parse(shadowRoot, { sourceCodeLocationInfo: false }))];
      const tags = new Set(inside.map((el) => el.tagName));
      for (const tag of ['script', 'img', 'iframe', 'svg', 'object', 'embed', 'form', 'math']) assert.ok(!tags.has(tag), `no <${tag}> from ${payload}`);
      for (const el of inside) {
        for (const { name, value } of el.attrs) {
          assert.ok(!name.startsWith('on'), `no ${name} from ${payload}`);
          if (name === 'href' || name === 'cite') assert.match(value, /^https?:/, `only http(s) links from ${payload}`);
        }
      }
    }
  });

  test('a src that is not http(s) is never read or fetched; a page from a server never reads the disk', async () => {
    const loader = new StoryLoader('https://news.example/page.html');
    for (const src of ['ftp://news.example/story.json', 'data:application/json,{"text":"x"}', 'javascript:alert(1)', storyUrl]) {
      const result = await loader.item(src, 'quotes');
      assert.equal(result.data, undefined, src);
      assert.match(result.problem.message, /must be an http\(s\) URL/, src);
    }
    const { problems, widgets } = await prerender(`<lede-quote-block src="${storyUrl}#pm-quote"></lede-quote-block>`, {
      documentUrl: 'https://news.example/page.html',
    });
    assert.deepEqual(widgets, []);
    assert.match(problems[0].message, /must be an http\(s\) URL/);
  });
});

describe('renderWidget: bad input', () => {
  test('a call that names no widget throws an Error that says so, as an unknown tag does', async () => {
    for (const input of [null, undefined, 5, 'quote-block', [], { tagName: 5 }, {}]) {
      await assert.rejects(renderWidget(input), (error) => error.constructor === Error && /^renderWidget needs (an object with a tagName|a tagName)/.test(error.message), String(input));
    }
    await assert.rejects(renderWidget({ tagName: 'lede-nothing' }), { message: '<lede-nothing> is not a Lede widget' });
  });

  test('a field or attribute that is not a string is a problem, left out; the rest is drawn', async () => {
    const { problems, data } = await renderWidget({ tagName: 'quote-block', text: 42, lang: {}, attributes: { speaker: 'Ana', src: 7 }, data: { text: 'Hola' } });
    assert.deepEqual(
      problems.map(({ field, message }) => [field, message]),
      [
        ['(text)', 'must be a string; got number, left out'],
        ['(lang)', 'must be a string; got object, left out'],
        ['(attributes.src)', 'must be a string; got number, left out'],
      ],
    );
    assert.deepEqual([data.text, data.speaker], ['Hola', 'Ana']);
    assert.deepEqual((await renderWidget({ tagName: 'quote-block', attributes: 'speaker', data: { text: 'Hola' } })).problems.map(({ field }) => field), ['(attributes)']);
  });
});

describe('prerender: structured data', () => {
  test('jsonLd adds one schema.org script in the head, which markup in the data cannot end', async () => {
    const words = 'Nos amis </script><script>alert(1)</script> <!-- ne seront pas contrariés';
    const page = `<!doctype html><html lang="fr"><head><title>t</title></head><body><lede-quote-block speaker="Gustavo Adrianzén" source-url="https://www.scmp.com/x">${words.replace(/</g, '&lt;')}</lede-quote-block><lede-quote-block></lede-quote-block></body></html>`;
    const { html } = await prerender(page, { jsonLd: true, pageUrl: 'https://news.example/a.html' });
    const scripts = [];
    const walk = (node) => {
      if (node.nodeName === 'script') scripts.push(node);
      for (const child of node.childNodes ?? []) walk(child);
      if (node.content) walk(node.content);
    };
    const document = parse(html);
    walk(document);
    assert.equal(scripts.length, 1, 'one script, and the data opened none');
    const head = document.childNodes.find((node) => node.nodeName === 'html').childNodes.find((node) => node.nodeName === 'head');
    assert.ok(head.childNodes.includes(scripts[0]), 'in the head');
    assert.equal(scripts[0].attrs.find((attr) => attr.name === 'type').value, 'application/ld+json');
    const graph = JSON.parse(scripts[0].childNodes[0].value);
    assert.equal(graph['@context'], 'https://schema.org');
    const [quotation] = graph['@graph'];
    assert.equal(quotation['@type'], 'Quotation');
    assert.equal(quotation.text, words, 'the text, as text');
    assert.equal(quotation['@id'], 'https://news.example/a.html#lede-1');
    assert.equal(quotation.spokenByCharacter.name, 'Gustavo Adrianzén');
    assert.equal(graph['@graph'].length, 1, 'a widget without data states nothing');
    const { html: without } = await prerender(page);
    assert.doesNotMatch(without, /ld\+json/);
  });
});

describe('prerender: story documents on disk', () => {
  test('a src beginning with / starts from the site folder; nothing outside it, and no file: URL, is read', async () => {
    const site = pathToFileURL(join(root, 'demo/')).href;
    const page = pathToFileURL(join(root, 'demo/stories/page.html')).href;
    const loader = new StoryLoader(page, site);
    assert.equal((await loader.item('/stories/huawei-peru.json#pm-quote', 'quotes')).data?.id, 'pm-quote');
    assert.equal((await loader.item('huawei-peru.json#pm-quote', 'quotes')).data?.id, 'pm-quote');
    for (const src of ['../../package.json#x', '/../package.json#x', '%2e%2e/%2e%2e/package.json#x']) {
      const { data, problem } = await loader.item(src, 'quotes');
      assert.equal(data, undefined, src);
      assert.match(problem.message, /outside the site's folder|could not load/, src);
    }
    assert.match((await loader.item('../../package.json#x', 'quotes')).problem.message, /outside the site's folder/);
    assert.match((await loader.item(pathToFileURL(join(root, 'demo/stories/huawei-peru.json')).href, 'quotes')).problem.message, /must be an http\(s\) URL/);
    // By default the site is the page's own folder.
    assert.match((await new StoryLoader(page).item('../index.html#x', 'quotes')).problem.message, /outside the site's folder/);
  });

  test('a link out of the site folder is followed to where it leads and refused there; only regular files are read', async () => {
    const { symlink } = await import('node:fs/promises');
    const site = await mkdtemp(join(tmpdir(), 'lede-site-'));
    const outside = await mkdtemp(join(tmpdir(), 'lede-outside-'));
    await writeFile(join(outside, 'secret.json'), JSON.stringify({ quotes: [{ id: 'q', text: 'SECRET' }] }));
    await symlink(join(outside, 'secret.json'), join(site, 'link.json'));
    await symlink('/dev/zero', join(site, 'zero.json'));
    const loader = new StoryLoader(pathToFileURL(join(site, 'page.html')).href);
    const linked = await loader.item('link.json#q', 'quotes');
    assert.equal(linked.data, undefined);
    assert.match(linked.problem.message, /outside the site's folder/);
    const device = await new StoryLoader(pathToFileURL(join(site, 'page.html')).href, pathToFileURL('/').href).item('zero.json#q', 'quotes');
    assert.equal(device.data, undefined);
    assert.match(device.problem.message, /not a file/);
  });
});

describe('prerender: language', () => {
  test('each widget speaks the closest lang, right to left in Arabic and Hebrew', async () => {
    const quote = (extra = '') => `<lede-quote-block source="AP" date="2024-06-01"${extra}>Words</lede-quote-block>`;
    const page = `<html lang="ar" dir="rtl"><body>${quote()}<section lang="he">${quote()}</section><div lang="es">${quote()}</div>${quote(' lang="en"')}</body></html>`;
    const { html, widgets } = await prerender(page);
    assert.deepEqual(
      widgets.map((widget) => widget.lang),
      ['ar', 'he', 'es', 'en'],
    );
    const [ar, he, es, en] = widgetsOf(html);
    assert.match(ar.text, /المصدر:/);
    assert.match(he.text, /מקור:/);
    assert.match(es.text, /Fuente:/);
    assert.match(en.text, /Source:/);
    // Right-to-left strings in an rtl page need no isolate; Spanish ones there keep theirs, as in a browser.
    const isolates = (widget) => widget.elements.filter((el) => ['ltr', 'rtl'].includes(attr(el, 'dir')));
    assert.deepEqual([...isolates(ar), ...isolates(he)], []);
    assert.ok(isolates(es).some((el) => attr(el, 'dir') === 'ltr' && text(el).includes('Fuente:')));
  });
});

describe('lede prerender (command)', () => {
  const run = (...args) => promisify(execFile)(process.execPath, [join(root, 'bin/lede.js'), ...args], { cwd: root });
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lede-prerender-'));
    await mkdir(join(dir, 'site/news'), { recursive: true });
    await writeFile(join(dir, 'site/news/story.json'), JSON.stringify(story));
    await writeFile(join(dir, 'site/index.html'), `<html lang="fr"><body><lede-profile src="news/story.json#dina-boluarte"></lede-profile></body></html>`);
    await writeFile(join(dir, 'site/news/a.html'), `<html lang="es"><body><lede-quote-block src="story.json#pm-quote"></lede-quote-block><lede-quote-block></lede-quote-block></body></html>`);
  });
  after(async () => {
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
  });

  test('one file: written with its widgets drawn', async () => {
    const { stdout } = await run('prerender', join(dir, 'site/index.html'), '-o', join(dir, 'one.html'));
    assert.match(stdout, /1 widget drawn, 0 problems/);
    const [profile] = widgetsOf(await readFile(join(dir, 'one.html'), 'utf8'));
    assert.match(profile.text, /Dina Boluarte/);
  });

  test('a folder: every page, in the same places, problems printed as warnings', async () => {
    const { stdout, stderr } = await run('prerender', join(dir, 'site'), '-o', join(dir, 'out'));
    assert.match(stdout, /index\.html .*1 widget drawn/);
    assert.match(stdout, /a\.html .*: 1 widget drawn, 1 problem/);
    assert.match(stderr, /a\.html:1:\d+: <lede-quote-block> text: is required/);
    const [drawn, empty] = widgetsOf(await readFile(join(dir, 'out/news/a.html'), 'utf8'));
    assert.match(drawn.text, /Fuente:/);
    assert.ok(empty.elements.some((el) => el.tagName === 'slot'));
  });

  test("a folder given a page URL: an index.html is its folder's address", async () => {
    await run('prerender', join(dir, 'site'), '-o', join(dir, 'out-ld'), '--json-ld', '--page-url', 'https://news.example/');
    const out = await readFile(join(dir, 'out-ld/index.html'), 'utf8');
    assert.match(out, /"@id":"https:\/\/news\.example\/#lede-1"/);
  });

  test('a page that is not UTF-8 is refused and left as it was', async () => {
    await writeFile(join(dir, 'latin1.html'), Buffer.from('<html lang="fr"><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9</p><lede-quote-block>Mots</lede-quote-block></body></html>', 'latin1'));
    await assert.rejects(run('prerender', join(dir, 'latin1.html'), '-o', join(dir, 'latin1-out.html')), (error) => /is not UTF-8/.test(error.stderr) && error.code === 1);
    await assert.rejects(readFile(join(dir, 'latin1-out.html')));
  });

  test('a wrong command says how to use it and fails', async () => {
    await assert.rejects(run('prerender', join(dir, 'site/index.html'), '-o', join(dir, 'x.html'), '--page-url', 'notaurl'), (error) => /--page-url must be an absolute http\(s\) URL/.test(error.stderr));
    await assert.rejects(run('prerender', join(dir, 'site/index.html')), (error) => /Usage: lede prerender/.test(error.stderr) && error.code === 1);
  });
});
