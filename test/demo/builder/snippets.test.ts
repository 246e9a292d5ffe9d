/** The embed builder's snippets: valid HTML whatever the editor typed, with the data intact and inert. */
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/index.js';
import { fr } from '../../../src/locales/fr.js';
import schema from '../../../schema/story.schema.json' with { type: 'json' };
import { escapeAttribute, escapeText, ROUTES, routeInfo, safeJson, snippet, type SnippetOptions } from '../../../demo/builder/snippets.js';
import { widgetNamed } from '../../../demo/builder/widgets.js';
import { upgradeMarkup } from '../../../src/loader/site-loader.js';
import { shadowText, untilShown } from '../../helpers.js';

/** What an editor might paste: markup, entities, quotes of both kinds, a script end tag, a line separator. */
const HOSTILE = 'Il a dit « <b>non</b> » & "oui" \'peut-être\' </script><img src=x onerror=alert(1)> &amp; \u2028fin';
/** HOSTILE as a widget draws it and the plain markup writes it: its run of white space is one space. */
const HOSTILE_SHOWN = HOSTILE.replace(/\s+/g, ' ');

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
  it('writes the quote as attributes and inline JSON that parse back exactly, with nothing injected', () => {
    const code = snippet('tags', quote, QUOTE, OPTIONS);
    const doc = parse(code);
    expect(tags(doc).slice(0, 8)).to.deep.equal(['link', 'link', 'link', 'script', 'script', 'lede-quote-block', 'script', 'figure']);
    expect(doc.querySelector('script')!.getAttribute('src'), 'the French strings first').to.equal('https://cdn.example/lede/lede-fr.js');
    const script = doc.querySelectorAll('script')[1];
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.equal('https://cdn.example/lede/lede.js');
    const element = doc.querySelector('lede-quote-block')!;
    // The quote is a long text: inline JSON, as the lists of other widgets; the tag's text is its markup's.
    expect(JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!)).to.deep.equal({ text: HOSTILE });
    expect(element.hasAttribute('text')).to.equal(false);
    expect(element.getAttribute('speaker')).to.equal(QUOTE.speaker);
    expect(element.getAttribute('speaker-role')).to.equal('Présidente');
    expect(element.getAttribute('source-url')).to.equal(QUOTE.sourceUrl);
    expect(element.getAttribute('lang')).to.equal('fr');
    expect(element.hasAttribute('id'), 'the story id is not an HTML id').to.equal(false);
    expect(element.hasAttribute('theme'), 'light is the default').to.equal(false);
  });

  it('holds the quote\'s plain markup, so that it reads attributed without JavaScript', () => {
    const element = parse(snippet('tags', quote, QUOTE, OPTIONS)).querySelector('lede-quote-block')!;
    const html = (figure: Element) => figure.outerHTML.replace(/\n\s*/g, '\n');
    expect(html(element.querySelector('figure')!)).to.equal(html(parse(snippet('markup', quote, QUOTE, OPTIONS)).querySelector('figure')!));
    expect(element.querySelector('blockquote [data-field="text"]')!.textContent).to.equal(HOSTILE_SHOWN);
    expect(element.querySelector('figcaption [data-field="speaker"]')!.textContent).to.equal(QUOTE.speaker);
  });

  it('puts lists in inline JSON that survives a script end tag, and the plain markup in the no-JavaScript fallback', () => {
    const doc = parse(snippet('tags', deal, DEAL, { ...OPTIONS, theme: 'dark' }));
    expect(tags(doc).slice(0, 8)).to.deep.equal(['link', 'link', 'link', 'script', 'script', 'lede-deal-card', 'script', 'figure']);
    const element = doc.querySelector('lede-deal-card')!;
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.getAttribute('headline')).to.equal(DEAL.headline);
    expect(element.getAttribute('via')).to.equal(DEAL.via);
    const json = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    expect(json).to.deep.equal({ parties: DEAL.parties, terms: DEAL.terms, beneficiaries: DEAL.beneficiaries });
    // The same markup as route 2, which lede.css lays out in the drawn card's box.
    const html = (figure: Element) => figure.outerHTML.replace(/\n\s*/g, '\n');
    expect(html(element.querySelector('figure')!)).to.equal(html(parse(snippet('markup', deal, DEAL, { ...OPTIONS, theme: 'dark' })).querySelector('figure')!));
    expect(element.querySelector('[data-field="headline"]')!.textContent).to.equal(`Accord ${HOSTILE_SHOWN}`);
  });

  it('hints the shared core and the widget\'s own module, which the loader imports once it finds the tag', () => {
    for (const script of ['module', 'classic'] as const) {
      const links = [...parse(snippet('tags', deal, DEAL, { ...OPTIONS, script })).querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
      expect(links.map((link) => `${link.rel} ${link.getAttribute('href')}`)).to.deep.equal([
        'modulepreload https://cdn.example/lede/lede-core.js',
        'modulepreload https://cdn.example/lede/lede-deal-card.js',
      ]);
    }
  });

  it('holds every tag that docs/embedding.md says a page needs for widgets that do not move', async () => {
    const docs = await (await fetch('/docs/embedding.md')).text();
    const section = docs.slice(docs.indexOf('## Loading without layout shift'));
    const block = /```html\n([\s\S]*?)```/.exec(section)![1];
    const needed = [...parse(block.replaceAll('https://cdn.example/lede-widgets@0.1.0/dist/', OPTIONS.libraryUrl)).querySelectorAll('link, script')].map((el) => el.outerHTML);
    expect(needed.length, 'the docs\' tags').to.be.at.least(3);
    for (const route of ['tags', 'json-attribute'] as const) {
      const code = parse(snippet(route, deal, DEAL, OPTIONS));
      const written = [...code.querySelectorAll('link, script[src]')].map((el) => el.outerHTML);
      for (const tag of needed) expect(written, `${route} writes ${tag}`).to.include(tag);
      expect(code.querySelector('link[rel="stylesheet"]')!.compareDocumentPosition(code.querySelector('lede-deal-card')!), 'lede.css before the widget').to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    }
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

  for (const [widget, data, shown] of [[deal, DEAL, 'Huawei <Ltd> & "Co"'], [quote, QUOTE, 'Présidente']] as const) {
    it(`renders, once in a page, the same ${widget.name} as the data`, async () => {
      const code = snippet('tags', widget, data, OPTIONS).replace(/^(<link[^>]*>|<script[^>]*><\/script>)\n/gm, '');
      const wrapper = await fixture<HTMLElement>(html`<div>${unsafeHTML(code)}</div>`);
      const element = wrapper.querySelector(widget.tag)! as HTMLElement & { data: unknown };
      const reference = document.createElement(widget.tag) as HTMLElement & { data: unknown };
      reference.lang = 'fr';
      reference.data = data;
      (await fixture<HTMLElement>(html`<div></div>`)).append(reference);
      await untilShown(element, shown);
      await untilShown(reference, shown);
      expect(shadowText(element)).to.equal(shadowText(reference));
      expect(wrapper.querySelectorAll(widget.tag), 'one widget: its markup is not upgraded again').to.have.length(1);
      expect(wrapper.querySelector('img, b, i')).to.equal(null);
    });
  }
});

describe('builder snippets: plain markup', () => {
  it('is a figure whose caption attributes the quote in visible text, line by line as drawn, every field marked for the loader', () => {
    const dated = { ...QUOTE, date: '2024-06-27', source: 'SCMP', originalLang: 'es' };
    const doc = parse(snippet('markup', quote, dated, OPTIONS));
    const root = doc.querySelector<HTMLElement>('figure[data-lede="quote-block"]')!;
    expect(root.getAttribute('lang')).to.equal('fr');
    expect(root.querySelector('blockquote > p[data-field="text"]')!.textContent).to.equal(HOSTILE_SHOWN);
    expect(root.querySelector('blockquote')!.getAttribute('cite')).to.equal(new URL(QUOTE.sourceUrl).href);
    const caption = root.querySelector('figcaption')!;
    const lines = [...caption.children].map((line) => `${line.localName}: ${line.textContent}`);
    expect(lines, 'the lines the widget draws').to.deep.equal(['p: — Dina <Boluarte> & "co", Présidente', `p: ${fr.source} SCMP · 27 juin 2024 · ${fr.translatedFrom('espagnol')}`]);
    const saved = parse(snippet('markup', quote, dated, { ...OPTIONS, markupVersion: 1 })).querySelector('figcaption')!;
    expect(saved.textContent, 'in the first markup format').to.equal(`— Dina <Boluarte> & "co", Présidente, 27 juin 2024, ${fr.translatedFrom('espagnol')} · ${fr.source} SCMP`);
    expect(caption.querySelector('time[data-field="date"]')!.getAttribute('datetime')).to.equal('2024-06-27');
    expect(caption.querySelector<HTMLAnchorElement>('a[data-field="source-url"]')!.href).to.equal(new URL(QUOTE.sourceUrl).href);
    expect(Object.keys(root.dataset), 'no field hides in an attribute').to.deep.equal(['lede']);
    expect(root.querySelector('script, img, b')).to.equal(null);
  });

  it('keeps every deal field as visible text or a keyword attribute, and reads as a card without JavaScript', () => {
    const doc = parse(snippet('markup', deal, DEAL, OPTIONS));
    const root = doc.querySelector<HTMLElement>('figure[data-lede="deal-card"]')!;
    expect(root.querySelector('figcaption [data-field="headline"]')!.textContent).to.equal(`Accord ${HOSTILE_SHOWN}`);
    const status = root.querySelector<HTMLElement>('[data-field="status"]')!;
    expect([status.dataset.value, status.textContent]).to.deep.equal(['signed', fr.status.signed]);
    const parties = [...root.querySelectorAll<HTMLElement>('ul[data-field="parties"] > li')];
    expect(parties.map((li) => ({ ...li.dataset })), 'a javascript: URL left out, as the card leaves it out').to.deep.equal([{ kind: 'company', country: 'CN' }, { kind: 'government', country: 'PE', url: 'https://gob.pe/' }]);
    expect(parties.map((li) => li.querySelector('[data-field="name"]')!.textContent)).to.deep.equal(['Huawei <Ltd> & "Co"', 'Pérou']);
    expect(parties[1].textContent).to.equal(`Pérou (${fr.kind.government}, Pérou)`);
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

  it('writes a figure’s amount in its text, in the words the widget draws', async () => {
    const figure = widgetNamed('investment-figure')!;
    const doc = parse(snippet('markup', figure, { amount: 2900000000, currency: 'USD', label: 'Investissements', rank: 3, rankScope: 'au monde' }, OPTIONS));
    const amount = doc.querySelector<HTMLElement>('[data-field="amount"]')!;
    expect(amount.dataset.value).to.equal('2900000000');
    expect(amount.textContent!.replace(/\s/g, ' ')).to.equal('2,9 milliards de dollars');
    expect(amount.textContent).to.equal(await drawnAmount('fr', 2900000000, 'dollars'));
    expect(doc.querySelector('[data-field="rank"]')!.textContent).to.equal('3e au monde');
    expect(doc.querySelector('figcaption')!.textContent).to.equal('Investissements');
  });
});

describe('builder snippets: plain markup holds what the widget draws', () => {
  it('leaves out a field the widget leaves out (a rank of −1), and the upgrade keeps the rest', async () => {
    const figure = widgetNamed('investment-figure')!;
    const data = { amount: 2900000000, currency: 'USD', label: 'Investissements', period: 'l’an dernier', rank: -1, rankScope: 'au monde', sourceUrl: 'javascript:alert(1)', source: 'SCMP' };
    const code = snippet('markup', figure, data, OPTIONS);
    const doc = parse(code);
    expect(doc.querySelector('[data-field="rank"]'), 'no rank').to.equal(null);
    expect(code).not.to.include('-1');
    expect(doc.querySelector('a'), 'no link').to.equal(null);
    expect(doc.querySelector('[data-field="period"]')!.textContent).to.equal('l’an dernier');
    expect(code, 'the rank\'s scope goes with it').not.to.include('au monde');
    const page = await fixture<HTMLElement>(html`<div>${unsafeHTML(code)}</div>`);
    const [widget] = upgradeMarkup(page);
    await untilShown(widget, 'milliards');
    expect(shadowText(widget)).to.include('l’an dernier');
  });
});

describe('builder snippets: a profile’s URL in its plain markup', () => {
  const profile = widgetNamed('profile')!;

  it('is a link on the name that readers without JavaScript can follow, and the widget links the same name to it', async () => {
    const code = snippet('markup', profile, { name: 'Huawei', kind: 'company', url: 'https://www.huawei.com/pe/' }, OPTIONS);
    const page = await fixture<HTMLElement>(html`<div>${unsafeHTML(code)}</div>`);
    const link = page.querySelector<HTMLAnchorElement>('figcaption a[href]')!;
    expect([link.href, link.textContent]).to.deep.equal(['https://www.huawei.com/pe/', 'Huawei']);
    const [widget] = upgradeMarkup(page);
    await untilShown(widget, 'Huawei');
    const drawn = widget.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="name"] a')!;
    expect([drawn.href, drawn.textContent]).to.deep.equal(['https://www.huawei.com/pe/', 'Huawei']);
  });

  it('stays a data-url attribute in the second markup format, with list items as given, which saved content matches', () => {
    const code = snippet('markup', profile, { name: 'Huawei', url: 'https://www.huawei.com/pe/', facts: [{ label: 'Fondée', value: 1987 }, { label: 'Sans valeur' }] }, { ...OPTIONS, markupVersion: 2 });
    const doc = parse(code);
    expect(doc.querySelector('a')).to.equal(null);
    expect(doc.querySelector<HTMLElement>('figure')!.dataset.url).to.equal('https://www.huawei.com/pe/');
    expect(doc.querySelectorAll('[data-field="facts"] > li')).to.have.length(2);
  });

  it('links nothing for a URL that is not http(s), as the widget', () => {
    const code = snippet('markup', profile, { name: 'Huawei', url: 'javascript:alert(1)' }, OPTIONS);
    expect(parse(code).querySelector('a'), 'no link').to.equal(null);
    expect(code).not.to.include('javascript');
  });
});

/**
 * Every list of every widget, each with items or item fields its widget refuses: the markup holds
 * exactly the items the widget draws, and neither shows what was refused.
 */
const REFUSED_IN_LISTS: Array<{ name: string; data: Record<string, unknown>; refused: string[]; lists: Array<[markup: string, drawn: string]> }> = [
  {
    name: 'key-numbers',
    // A figure whose only rank is refused has neither amount nor rank: the widget leaves it out.
    // A field of no widget that holds objects (a story document's own) has nowhere to be drawn.
    data: { items: [{ amount: 5, label: 'Cinq', rank: -1, rankScope: 'au monde' }, { amount: 7, label: '   ' }, { amount: 2000, unit: 'jeunes', label: 'Deux mille', rank: 2 }, 'texte', { rank: -1, label: 'Rang moins un' }], figures: [{ amount: 1 }] },
    refused: ['-1', '−1', 'au monde', 'texte', 'Rang moins un', '[object Object]'],
    lists: [['[data-field="items"] > li', '[part~="item"]']],
  },
  {
    name: 'timeline',
    data: { events: [{ date: '2024-02-30', title: 'Un jour qui n’existe pas' }, { date: '2023', text: 'Sans titre' }, { date: '2021-06', title: 'Annonce', sourceUrl: 'javascript:alert(1)', source: 'SCMP' }] },
    refused: ['mars', '2024', 'Sans titre', 'javascript'],
    lists: [['[data-field="events"] > li', '[part~="event"]']],
  },
  {
    name: 'deal-card',
    data: {
      headline: 'Accord',
      parties: [{ name: 'Huawei', kind: 'alien', country: 'XX', url: 'javascript:alert(1)' }, { kind: 'company' }, { name: 'Pérou', kind: 'government' }],
      terms: [{ label: 'Jeunes', value: 20000 }, { label: 'Sans valeur' }, { value: 3 }],
      beneficiaries: ['Femmes', { name: 'objet' }, '  '],
    },
    refused: ['alien', 'XX', 'javascript', 'Sans valeur', 'objet'],
    lists: [['[data-field="parties"] > li', '[part~="party"]'], ['[data-field="terms"] > dd', '[part~="terms"] dd'], ['[data-field="beneficiaries"] > li', '[part~="beneficiaries"] li']],
  },
  {
    name: 'explainer',
    data: { question: 'Pourquoi ?', answer: 'Parce que.', open: true, points: ['Un', { text: 'objet' }, '', 'Deux'] },
    refused: ['objet'],
    lists: [['[data-field="points"] > li', '[part~="points"] li']],
  },
  {
    name: 'profile',
    data: { name: 'Huawei', facts: [{ label: 'Fondée', value: 1987 }, { label: 'Sans valeur' }, { value: 5 }], image: { src: 'javascript:alert(1)', alt: 'Logo' } },
    refused: ['Sans valeur', 'javascript'],
    lists: [['[data-field="facts"] > li', '[part~="facts"] dd']],
  },
];

describe('builder snippets: plain markup lists hold the items the widget draws', () => {
  for (const { name, data, refused, lists } of REFUSED_IN_LISTS) {
    it(`${name}: no refused item or item field, as many items as drawn`, async () => {
      const code = snippet('markup', widgetNamed(name)!, data, OPTIONS);
      const page = await fixture<HTMLElement>(html`<div>${unsafeHTML(code)}</div>`);
      const markupCounts = lists.map(([markup]) => page.querySelectorAll(markup).length);
      const markupText = page.textContent!;
      for (const words of refused) expect(code, `the markup leaves out ${words}`).not.to.include(words);
      const [widget] = upgradeMarkup(page);
      await waitUntil(() => widget.shadowRoot?.querySelector(lists[0][1]), `<${widget.localName}> draws its list`);
      const drawnCounts = lists.map(([, drawn]) => widget.shadowRoot!.querySelectorAll(drawn).length);
      expect(markupCounts, 'items in the markup').to.deep.equal(drawnCounts);
      expect(markupCounts.every((count) => count > 0)).to.equal(true);
      for (const words of refused.filter((words) => !markupText.includes(words))) expect(shadowText(widget), `the widget leaves out ${words} too`).not.to.include(words);
    });
  }
});

/** The amount an investment figure in US dollars draws in `lang`, once it shows `word` (its strings are loaded then). */
async function drawnAmount(lang: string, amount: number, word: string): Promise<string> {
  const widget = await fixture<HTMLElement>(html`<lede-investment-figure lang=${lang} amount=${amount} currency="USD" label="x"></lede-investment-figure>`);
  await untilShown(widget, word);
  return widget.shadowRoot!.querySelector('[part="amount"] data')!.textContent!;
}

/**
 * The plain markup the builder wrote before its fields became visible text: every field a `data-*`
 * attribute. Pages hold it in their archives, so the loader must go on reading it the same way.
 */
const OLD_MARKUP = {
  quote: `<blockquote class="lede-quote-block" data-lede="quote-block" lang="fr" data-speaker="Dina &lt;Boluarte&gt; &amp; &quot;co&quot;" data-speaker-role="Présidente" data-date="2024-06-27" data-source="SCMP" data-source-url="https://example.org/a?b=1&amp;c=&quot;2&quot;" data-original-lang="es">${escapeText(HOSTILE)}</blockquote>`,
  deal: `<figure class="lede-deal-card" data-lede="deal-card" lang="fr" data-headline="${escapeAttribute(DEAL.headline)}" data-status="signed" data-summary="${escapeAttribute(DEAL.summary)}" data-source="SCMP &amp; co" data-source-url="https://www.scmp.com/" data-via="Google &lt;Actualités&gt;">
  <p><strong>${escapeText(DEAL.headline)}</strong></p>
  <ul data-field="parties">
    <li data-name="Huawei &lt;Ltd&gt; &amp; &quot;Co&quot;" data-kind="company" data-country="CN" data-url="javascript:alert(1)">Huawei &lt;Ltd&gt; &amp; "Co"</li>
    <li data-name="Pérou" data-kind="government" data-country="PE" data-url="https://gob.pe/"><a href="https://gob.pe/">Pérou</a></li>
  </ul>
  <dl data-field="terms"><dt>Jeunes à former</dt><dd data-value="20000" data-unit="jeunes">20 000 jeunes</dd><dt>Durée &lt;/dl&gt;</dt><dd data-value="trois &lt;ans&gt;">trois &lt;ans&gt;</dd></dl>
  <ul data-field="beneficiaries"><li>Femmes</li><li>&lt;/ul&gt;&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>
</figure>`,
  figure: `<figure class="lede-investment-figure" data-lede="investment-figure" lang="fr" data-amount="2900000000" data-currency="USD" data-label="Investissements" data-period="l’an dernier" data-rank="3" data-rank-scope="au monde" data-source="SCMP"><p><strong>Investissements</strong></p></figure>`,
};

describe('builder snippets: direction', () => {
  it('marks Arabic and Hebrew snippets right to left, so that they read so on any page, and no other', () => {
    for (const route of ['tags', 'markup'] as const) {
      for (const [lang, dir] of [['ar', 'rtl'], ['he-IL', 'rtl'], ['fa', 'rtl'], ['fr', null], ['zh-TW', null], ['not a tag', null]] as const) {
        const root = parse(snippet(route, quote, QUOTE, { ...OPTIONS, lang })).querySelector('[lang]')!;
        expect([root.getAttribute('lang'), root.getAttribute('dir')], `${route} ${lang}`).to.deep.equal([lang, dir]);
      }
    }
  });
});

describe('builder snippets: plain markup upgrades to the identical widget', () => {
  const FIGURE = { amount: 2900000000, currency: 'USD', label: 'Investissements', period: 'l’an dernier', rank: 3, rankScope: 'au monde', source: 'SCMP' };
  const cases = [
    { name: 'quote', widget: quote, data: { ...QUOTE, date: '2024-06-27', source: 'SCMP', originalLang: 'es' }, shown: 'Présidente' },
    { name: 'deal', widget: deal, data: DEAL, shown: 'Huawei <Ltd> & "Co"' },
    { name: 'figure', widget: widgetNamed('investment-figure')!, data: FIGURE, shown: 'au monde' },
  ] as const;

  /** The widget the site loader makes of `markup`, once it shows `shown`. */
  async function upgraded(markup: string, tag: string, shown: string): Promise<string> {
    const box = await fixture<HTMLElement>(html`<div>${unsafeHTML(markup)}</div>`);
    upgradeMarkup(box);
    const widget = box.querySelector(tag)!;
    await untilShown(widget, shown);
    return shadowText(widget);
  }

  for (const { name, widget, data, shown } of cases) {
    it(`${name}: the new markup, the markup of earlier versions and the data itself`, async () => {
      const reference = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
      const element = document.createElement(widget.tag) as HTMLElement & { data: unknown };
      element.data = data;
      reference.append(element);
      await untilShown(element, shown);
      const expected = shadowText(element);
      expect(await upgraded(snippet('markup', widget, data, OPTIONS), widget.tag, shown), 'new markup').to.equal(expected);
      expect(await upgraded(OLD_MARKUP[name], widget.tag, shown), 'markup of earlier versions').to.equal(expected);
    });
  }

  it('ignores the data-* editors add, and takes the page’s language when an editor dropped lang', async () => {
    const edited = snippet('markup', deal, DEAL, OPTIONS)
      .replace(/<li/g, '<li data-list-item-id="e3c1f0a" data-mce-style="x"')
      .replace(/<p/g, '<p data-mce-bogus="1" data-beneficiaries="x"')
      .replace(' lang="fr"', '');
    const page = await fixture<HTMLElement>(html`<div lang="fr">${unsafeHTML(edited)}</div>`);
    upgradeMarkup(page);
    const widget = page.querySelector('lede-deal-card')!;
    await untilShown(widget, 'Huawei <Ltd> & "Co"');
    const reference = await fixture<HTMLElement>(html`<lede-deal-card lang="fr" .data=${DEAL}></lede-deal-card>`);
    await untilShown(reference, 'Huawei <Ltd> & "Co"');
    expect(shadowText(widget)).to.equal(shadowText(reference));
  });
});

describe('builder snippets: iframe', () => {
  it('carries every field in the embed URL and sizes itself with lede-frame.js', () => {
    const doc = parse(snippet('iframe', deal, DEAL, { ...OPTIONS, theme: 'auto' }));
    expect(tags(doc)).to.deep.equal(['iframe', 'script']);
    const frame = doc.querySelector('iframe')!;
    expect(frame.hasAttribute('data-lede-frame')).to.equal(true);
    expect(frame.title, 'the data’s own words, in its language').to.equal(DEAL.headline);
    expect(frame.lang).to.equal('fr');
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

describe('builder snippets: iframe title', () => {
  it('names a quote by its speaker and first words, a figure by its amount as drawn, with no English word', async () => {
    const frame = parse(snippet('iframe', quote, { text: 'Nous ne pensons pas.', speakerRole: 'Premier ministre' }, OPTIONS)).querySelector('iframe')!;
    expect(frame.title).to.equal('Premier ministre — Nous ne pensons pas.');
    const es = parse(snippet('iframe', widgetNamed('investment-figure')!, { amount: 5, currency: 'USD' }, { ...OPTIONS, lang: 'es' })).querySelector('iframe')!;
    expect(es.title).to.equal(await drawnAmount('es', 5, 'dólares'));
    expect(es.lang).to.equal('es');
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

  it('puts the lists in data-lede-json, not a <script>, on the JSON-attribute route', () => {
    const doc = parse(snippet('json-attribute', deal, DEAL, OPTIONS));
    const card = doc.querySelector('lede-deal-card')!;
    expect(card.querySelector('script')).to.equal(null);
    const json = JSON.parse(card.getAttribute('data-lede-json')!);
    expect(json.parties).to.deep.equal(DEAL.parties);
    expect(card.getAttribute('headline')).to.equal(DEAL.headline);
    const held = parse(snippet('json-attribute', quote, QUOTE, OPTIONS)).querySelector('lede-quote-block')!;
    expect(JSON.parse(held.getAttribute('data-lede-json')!), 'the quote’s text, a long text').to.deep.equal({ text: HOSTILE });
    expect(held.querySelector('script')).to.equal(null);
    expect(held.querySelector('figure[data-lede="quote-block"]'), 'its plain markup').to.exist;
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

describe('builder snippets: the timeline, key numbers, profile and explainer in plain markup', () => {
  const cases = [
    { name: 'timeline', shown: 'Cosco', semantics: 'ol[data-field="events"] > li > p > span[data-field="date"][data-value="2021"]' },
    { name: 'key-numbers', shown: 'jeunes', semantics: 'ul[data-field="items"] > li[data-amount="20000"][data-unit="jeunes"] > p + p[data-field="label"]' },
    { name: 'profile', shown: 'Dina Boluarte', semantics: 'img[data-field="image"][alt][width][height][loading="lazy"]', extra: { image: { src: 'https://example.org/dina.jpg', alt: 'Portrait de Dina Boluarte' } } },
    { name: 'explainer', shown: 'Belt and Road', semantics: 'details[data-lede="explainer"][open] > summary[data-field="question"] + div[data-field="answer"] > p + p', extra: { open: true } },
  ];
  it('markup version 1 (what WordPress blocks saved before) is still the first format', () => {
    const first = [
      ['timeline', 'ol[data-field="events"] > li > span[data-field="date"][data-value="2021"] + span[data-field="title"]'],
      ['key-numbers', 'dl[data-field="items"] > div > dt + dd[data-amount="20000"] > span[data-field="unit"]'],
      ['profile', 'figure[data-lede="profile"] > figcaption + p > span[data-field="kind"][data-value="person"]'],
    ];
    for (const [name, selector] of first) {
      const widget = widgetNamed(name)!;
      expect(parse(snippet('markup', widget, widget.sample, { ...OPTIONS, markupVersion: 1 })).querySelector(selector), name).to.exist;
    }
  });

  for (const { name, shown, semantics, extra } of cases) {
    it(`${name}: reads as itself without JavaScript and upgrades to the widget the story item draws`, async () => {
      const widget = widgetNamed(name)!;
      const data = { ...widget.sample, ...extra };
      const markup = snippet('markup', widget, data, OPTIONS);
      expect(parse(markup).querySelector(semantics), markup).to.exist;
      const reference = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
      const element = document.createElement(widget.tag) as HTMLElement & { data: unknown };
      element.data = data;
      reference.append(element);
      await untilShown(element, shown);
      const box = await fixture<HTMLElement>(html`<div>${unsafeHTML(markup)}</div>`);
      upgradeMarkup(box);
      const upgraded = box.querySelector(widget.tag)!;
      await untilShown(upgraded, shown);
      expect(shadowText(upgraded)).to.equal(shadowText(element));
    });
  }
});
