/** The embed builder's snippets: valid HTML whatever the editor typed, with the data intact and inert. */
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/index.js';
import { fr } from '../../../src/locales/fr.js';
import schema from '../../../schema/story.schema.json' with { type: 'json' };
import { escapeAttribute, escapeText, ROUTES, routeInfo, safeJson, snippet, type SnippetOptions } from '../../../demo/builder/snippets.js';
import { widgetNamed } from '../../../demo/builder/widgets.js';
import { shadowText, untilShown } from '../../helpers.js';

/** What an editor might paste: markup, entities, quotes of both kinds, a script end tag, a line separator. */
const HOSTILE = 'Il a dit « <b>non</b> » & "oui" \'peut-être\' </script><img src=x onerror=alert(1)> &amp; \u2028fin';

const quote = widgetNamed('quote-block')!;
const deal = widgetNamed('deal-card')!;
const OPTIONS: SnippetOptions = { lang: 'fr', theme: 'light', libraryUrl: 'https://cdn.example/lede/', script: 'module' };

const QUOTE = { id: 'q1', text: HOSTILE, speaker: 'Dina <Boluarte> & "co"', speakerRole: 'Présidente', sourceUrl: 'https://example.org/a?b=1&c="2"' };
const DEAL = {
  id: 'd1',
  headline: `Accord ${HOSTILE}`,
  status: 'signed',
  summary: 'Un résumé <i>court</i>.',
  parties: [
    { name: 'Huawei <Ltd> & "Co"', kind: 'company', country: 'CN', url: 'javascript:alert(1)' },
    { name: 'Pérou', kind: 'government', country: 'PE', url: 'https://gob.pe/' },
  ],
  terms: [
    { label: 'Jeunes à former', value: 20000, unit: 'jeunes' },
    { label: 'Durée </dl>', value: 'trois <ans>' },
  ],
  beneficiaries: ['Femmes', '</ul><script>alert(1)</script>'],
  source: 'SCMP & co',
  sourceUrl: 'https://www.scmp.com/',
  via: 'Google <Actualités>',
};

const parse = (code: string) => new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
const tags = (doc: Document) => [...doc.body.querySelectorAll('*')].map((element) => element.localName);

describe('builder snippets: escaping helpers', () => {
  it('escapes text, attributes and JSON for HTML', () => {
    expect(escapeText('<a> & "b"')).to.equal('&lt;a&gt; &amp; "b"');
    expect(escapeAttribute('<a> & "b"')).to.equal('&lt;a&gt; &amp; &quot;b&quot;');
    const json = safeJson({ text: HOSTILE });
    expect(json).not.to.match(/[<>&\u2028]/);
    expect(JSON.parse(json)).to.deep.equal({ text: HOSTILE });
  });
});

describe('builder snippets: tags + script', () => {
  it('writes the quote as attributes and text that parse back exactly, with nothing injected', () => {
    const code = snippet('tags', quote, QUOTE, OPTIONS);
    const doc = parse(code);
    expect(tags(doc)).to.deep.equal(['script', 'script', 'lede-quote-block']);
    expect(doc.querySelector('script')!.getAttribute('src'), 'the French strings first').to.equal('https://cdn.example/lede/lede-fr.js');
    const script = doc.querySelectorAll('script')[1];
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.equal('https://cdn.example/lede/lede.js');
    const element = doc.querySelector('lede-quote-block')!;
    expect(element.textContent).to.equal(HOSTILE);
    expect(element.getAttribute('speaker')).to.equal(QUOTE.speaker);
    expect(element.getAttribute('speaker-role')).to.equal('Présidente');
    expect(element.getAttribute('source-url')).to.equal(QUOTE.sourceUrl);
    expect(element.getAttribute('lang')).to.equal('fr');
    expect(element.hasAttribute('id'), 'the story id is not an HTML id').to.equal(false);
    expect(element.hasAttribute('theme'), 'light is the default').to.equal(false);
  });

  it('puts lists in inline JSON that survives a script end tag, and the headline in the no-JavaScript fallback', () => {
    const doc = parse(snippet('tags', deal, DEAL, { ...OPTIONS, theme: 'dark' }));
    expect(tags(doc)).to.deep.equal(['script', 'script', 'lede-deal-card', 'script', 'p', 'strong', 'p']);
    const element = doc.querySelector('lede-deal-card')!;
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.getAttribute('headline')).to.equal(DEAL.headline);
    expect(element.getAttribute('via')).to.equal(DEAL.via);
    const json = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    expect(json).to.deep.equal({ parties: DEAL.parties, terms: DEAL.terms, beneficiaries: DEAL.beneficiaries });
    expect(element.querySelector('strong')!.textContent).to.equal(DEAL.headline);
    expect(element.querySelectorAll('p')[1].textContent).to.equal(DEAL.summary);
  });

  it('loads the classic script when asked', () => {
    const script = parse(snippet('tags', quote, QUOTE, { ...OPTIONS, script: 'classic' })).querySelector<HTMLScriptElement>('script:not([type])')!;
    expect(script.getAttribute('src')).to.equal('https://cdn.example/lede/lede.classic.js');
    expect(script.type).to.equal('');
  });

  it('runs the strings file of the page language before the library, and none for English or a language without strings', () => {
    const preload = (lang: string, script: SnippetOptions['script'] = 'module') => {
      const first = parse(snippet('tags', quote, QUOTE, { ...OPTIONS, lang, script })).querySelector('script')!;
      return /\/lede-[\w-]+\.js$/.test(first.src) ? [first.type, first.getAttribute('src')].join(' ') : undefined;
    };
    expect(preload('fr')).to.equal('module https://cdn.example/lede/lede-fr.js');
    expect(preload('es-PE', 'classic')).to.equal('module https://cdn.example/lede/lede-es.js');
    expect(preload('zh-TW')).to.equal('module https://cdn.example/lede/lede-zh-Hant.js');
    expect(preload('zh-CN')).to.equal('module https://cdn.example/lede/lede-zh.js');
    expect(preload('en')).to.equal(undefined);
    expect(preload('sw')).to.equal(undefined);
  });

  it('renders, once in a page, the same widget as the data', async () => {
    const code = snippet('tags', deal, DEAL, OPTIONS).replace(/^(<link[^>]*>|<script[^>]*><\/script>)\n/gm, '');
    const wrapper = await fixture<HTMLElement>(html`<div>${unsafeHTML(code)}</div>`);
    const element = wrapper.querySelector('lede-deal-card')!;
    const reference = await fixture<HTMLElement>(html`<lede-deal-card lang="fr" .data=${DEAL}></lede-deal-card>`);
    await untilShown(element, 'Huawei <Ltd> & "Co"');
    await untilShown(reference, 'Huawei <Ltd> & "Co"');
    expect(shadowText(element)).to.equal(shadowText(reference));
    expect(wrapper.querySelector('img, b, i')).to.equal(null);
  });
});

describe('builder snippets: plain markup', () => {
  it('is a blockquote with data-* attributes and the quote as text', () => {
    const doc = parse(snippet('markup', quote, QUOTE, OPTIONS));
    expect(tags(doc)).to.deep.equal(['blockquote']);
    const root = doc.querySelector<HTMLElement>('blockquote')!;
    expect(root.dataset.lede).to.equal('quote-block');
    expect(root.dataset.speaker).to.equal(QUOTE.speaker);
    expect(root.dataset.speakerRole).to.equal('Présidente');
    expect(root.dataset.sourceUrl).to.equal(QUOTE.sourceUrl);
    expect(root.textContent).to.equal(HOSTILE);
  });

  it('keeps every deal field as data and reads as a card without JavaScript', () => {
    const doc = parse(snippet('markup', deal, DEAL, OPTIONS));
    const root = doc.querySelector<HTMLElement>('figure[data-lede="deal-card"]')!;
    expect(root.dataset.headline).to.equal(DEAL.headline);
    expect(root.dataset.status).to.equal('signed');
    const parties = [...root.querySelectorAll<HTMLElement>('ul[data-field="parties"] > li')];
    expect(parties.map((li) => ({ ...li.dataset }))).to.deep.equal(DEAL.parties);
    expect(parties.map((li) => li.textContent)).to.deep.equal(['Huawei <Ltd> & "Co"', 'Pérou']);
    expect(parties[0].querySelector('a'), 'a javascript: URL never becomes a link').to.equal(null);
    expect(parties[1].querySelector('a')!.href).to.equal('https://gob.pe/');
    const terms = [...root.querySelectorAll<HTMLElement>('dl[data-field="terms"] dd')];
    expect(terms.map((dd) => [dd.dataset.value, dd.dataset.unit])).to.deep.equal([['20000', 'jeunes'], ['trois <ans>', undefined]]);
    expect(terms[0].textContent).to.equal(`${new Intl.NumberFormat('fr').format(20000)}\u00A0jeunes`);
    expect([...root.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Jeunes à former', 'Durée </dl>']);
    expect([...root.querySelectorAll('ul[data-field="beneficiaries"] li')].map((li) => li.textContent)).to.deep.equal(DEAL.beneficiaries);
    expect(root.querySelector('script, img, i')).to.equal(null);
    const source = [...root.querySelectorAll('p')].pop()!;
    expect(source.textContent).to.equal(`${fr.source} SCMP & co, via Google <Actualités>`);
    expect(source.querySelector('a')!.href).to.equal('https://www.scmp.com/');
  });
});

describe('builder snippets: iframe', () => {
  it('carries every field in the embed URL and sizes itself with lede-frame.js', () => {
    const doc = parse(snippet('iframe', deal, DEAL, { ...OPTIONS, theme: 'auto' }));
    expect(tags(doc)).to.deep.equal(['iframe', 'script']);
    const frame = doc.querySelector('iframe')!;
    expect(frame.hasAttribute('data-lede-frame')).to.equal(true);
    expect(frame.title).to.equal(`Deal card: ${DEAL.headline}`.slice(0, 120));
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal('https://cdn.example/lede/embed.html');
    expect(url.searchParams.get('widget')).to.equal('deal-card');
    expect(url.searchParams.get('theme')).to.equal('auto');
    expect(url.searchParams.get('headline')).to.equal(DEAL.headline);
    expect(url.searchParams.get('source-url')).to.equal(DEAL.sourceUrl);
    // Lists have no attribute: they travel together as the widget's `data` object, which embed.html reads.
    expect(JSON.parse(url.searchParams.get('data')!).parties).to.deep.equal(DEAL.parties);
    expect(url.searchParams.has('parties')).to.equal(false);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('https://cdn.example/lede/lede-frame.js');
  });
});

describe('builder snippets: story item and npm', () => {
  it('gives a story item that the JSON Schema accepts', () => {
    expect(JSON.parse(snippet('story', deal, DEAL, OPTIONS))).to.deep.equal(DEAL);
    // The schema, like the widget, refuses a javascript: URL; the rest of the hostile text is fine.
    const valid = { ...DEAL, parties: [{ ...DEAL.parties[0], url: 'https://www.huawei.com/' }, DEAL.parties[1]] };
    const item = JSON.parse(snippet('story', deal, valid, OPTIONS));
    const validator = new Validator(schema as Schema, '2020-12', false);
    expect(validator.validate({ id: 'story', deals: [item], quotes: [JSON.parse(snippet('story', quote, QUOTE, OPTIONS))] }).valid).to.equal(true);
    expect(JSON.parse(snippet('story', quote, { text: 'x' }, OPTIONS)).id, 'an id is always given').to.equal('quote-block-1');
    expect(routeInfo('story', deal, DEAL).note).to.include('<lede-deal-card src="story.json#d1">');
  });

  it('gives JavaScript that sets the typed data, safe to paste into an inline script', () => {
    const code = snippet('npm', deal, DEAL, { ...OPTIONS, theme: 'dark' });
    expect(code).not.to.match(/<\/script|<!--/i);
    expect(code).to.include("import 'lede-widgets';");
    expect(code).to.include("document.createElement('lede-deal-card')");
    expect(code).to.include('widget.theme = "dark";');
    const data = JSON.parse(/widget\.data = ([\s\S]*?);\ndocument/.exec(code)![1]);
    expect(data).to.deep.equal(Object.fromEntries(Object.entries(DEAL).filter(([name]) => name !== 'id')));
  });

  it('has a title and a note for each route', () => {
    for (const route of ROUTES) {
      const { title, note } = routeInfo(route, deal, DEAL);
      expect(title.length, route).to.be.greaterThan(2);
      expect(note.length, route).to.be.greaterThan(40);
    }
  });
});
