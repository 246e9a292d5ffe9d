/**
 * Structured data (src/ssr/json-ld.ts), checked as a search engine reads it: expanded by a JSON-LD
 * processor (npm `jsonld`) against schema.org's own context (test/fixtures/schema-org/, loaded by a
 * document loader of the test's own: nothing is fetched), for every item of the demo story and of the
 * end-to-end tests' story, and for the injection corpus.
 */
import { expect } from '@open-wc/testing';
import { structuredData, type PrerenderedWidget } from '../../src/ssr/json-ld.js';
import { FieldReader, LIMITS } from '../../src/core/validate.js';
import type { WidgetSchema } from '../../src/core/fields.js';
import { readMarkup } from '../../src/loader/read-markup.js';
import { dealCardSchema } from '../../src/widgets/deal-card/deal-card.schema.js';
import { explainerSchema } from '../../src/widgets/explainer/explainer.schema.js';
import { investmentFigureSchema } from '../../src/widgets/investment-figure/investment-figure.schema.js';
import { keyNumbersSchema } from '../../src/widgets/key-numbers/key-numbers.schema.js';
import { profileSchema } from '../../src/widgets/profile/profile.schema.js';
import { quoteBlockSchema } from '../../src/widgets/quote-block/quote-block.schema.js';
import { timelineSchema } from '../../src/widgets/timeline/timeline.schema.js';
import demoStory from '../../demo/stories/huawei-peru.json' with { type: 'json' };
import e2eStory from '../../e2e/fixtures/story.json' with { type: 'json' };
import corpus from '../fixtures/payloads.json' with { type: 'json' };

type Json = Record<string, unknown>;
interface JsonLd {
  expand(input: unknown, options: { documentLoader: (url: string) => Promise<unknown>; safe?: boolean }): Promise<Json[]>;
}

const TAGS: Record<string, string> = {
  quotes: 'lede-quote-block',
  deals: 'lede-deal-card',
  figures: 'lede-investment-figure',
  timelines: 'lede-timeline',
  keyNumbers: 'lede-key-numbers',
  profiles: 'lede-profile',
  explainers: 'lede-explainer',
};
const PAGE = 'https://news.example/articles/huawei-peru';
const SCHEMAS: Record<string, WidgetSchema> = {
  'deal-card': dealCardSchema,
  explainer: explainerSchema,
  'investment-figure': investmentFigureSchema,
  'key-numbers': keyNumbersSchema,
  profile: profileSchema,
  'quote-block': quoteBlockSchema,
  timeline: timelineSchema,
};

/** Every item of a story document as the prerenderer would pass it, in the order of TAGS. */
const widgetsOf = (story: Json): PrerenderedWidget[] =>
  Object.entries(TAGS).flatMap(([collection, tagName]) =>
    ((story[collection] as Json[] | undefined) ?? []).map((data) => ({ tagName, data, lang: story.lang as string })),
  );
const one = (tagName: string, data: Json, lang = 'fr'): Json => {
  const graph = structuredData([{ tagName, data, lang }]);
  expect(graph, `${tagName} states something`).to.not.equal(null);
  return (graph!['@graph'] as Json[])[0];
};

/** Property names (not `@` keywords) anywhere in a JSON value. */
function terms(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => terms(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!key.startsWith('@')) out.push(key);
      terms(item, out);
    }
  }
  return out;
}
/** `@type` values anywhere in a JSON value. */
const types = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(types)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => (key === '@type' ? [item].flat() : types(item)) as string[])
      : [];
/** The values of properties named `names` anywhere in a JSON value. */
const valuesOf = (value: unknown, names: string[]): unknown[] =>
  Array.isArray(value)
    ? value.flatMap((item) => valuesOf(item, names))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => [...(names.includes(key) ? [item].flat() : []), ...valuesOf(item, names)])
      : [];

let jsonld: JsonLd;
/** schema.org's IRI prefix, as its context states it (`http://schema.org/`: its FAQ says http and https are both fine). */
let vocabulary: string;
let documentLoader: (url: string) => Promise<unknown>;

before(async () => {
  // jsonld's browser build is a UMD script that sets `window.jsonld`, not an ES module.
  const script = Object.assign(document.createElement('script'), { src: new URL('../../node_modules/jsonld/dist/jsonld.esm.min.js', import.meta.url).href });
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.append(script);
  });
  jsonld = (window as unknown as { jsonld: JsonLd }).jsonld;
  const { '@context': context } = (await (await fetch(new URL('../fixtures/schema-org/context.json', import.meta.url))).json()) as { '@context': Json };
  vocabulary = context.schema as string;
  // Without its `@vocab`, the context expands only the terms schema.org defines: any other term is
  // dropped, which safe mode turns into an error (with it, any word would become a schema.org IRI).
  const { '@vocab': vocab, ...defined } = context;
  expect(vocab).to.equal(vocabulary);
  documentLoader = async (url) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`the test loads schema.org's context only, not ${url}`);
    return { contextUrl: null, documentUrl: url, document: { '@context': defined } };
  };
});

/** Expands `graph` in safe mode and checks that every term and type became a schema.org IRI, none dropped. */
async function expectSchemaOrg(graph: Json | null): Promise<Json[]> {
  expect(graph).to.not.equal(null);
  expect(graph!['@context']).to.equal('https://schema.org');
  const expanded = await jsonld.expand(graph, { documentLoader, safe: true });
  expect(terms(expanded).length, 'terms before and after expansion').to.equal(terms(graph).length);
  for (const iri of [...terms(expanded), ...types(expanded)]) expect(iri.startsWith(vocabulary), iri).to.equal(true);
  return expanded;
}

describe('structured data: every term is schema.org’s', () => {
  for (const [name, story] of [
    ['demo story', demoStory],
    ['e2e story', e2eStory],
  ] as const) {
    for (const widget of widgetsOf(story)) {
      it(`${name}: ${widget.tagName} #${String(widget.data.id)}`, async () => {
        await expectSchemaOrg(structuredData([widget]));
      });
    }
  }

  // The plain markup the end-to-end tests paste into pages, read as the site loader reads it: every value a string.
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`e2e plain markup: ${name}`, async () => {
      const html = await (await fetch(new URL(`../../e2e/samples/${name}.plain.html`, import.meta.url))).text();
      const root = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>('[data-lede]')!;
      const data = readMarkup(root, schema.fields) as Json;
      const tagName = `lede-${name}`;
      const graph = structuredData([{ tagName, data, lang: root.lang }]);
      await expectSchemaOrg(graph);
      const story = structuredData(widgetsOf(e2eStory).filter((widget) => widget.tagName === tagName))!;
      expect(types(graph), 'the types the story item states').to.deep.equal(types(story));
    });
  }

  it('a page: one graph, a node per widget in document order, each with an @id of the page', async () => {
    const widgets = widgetsOf(demoStory);
    const graph = structuredData(widgets, `${PAGE}#top`)!;
    const expanded = await expectSchemaOrg(graph);
    expect(expanded.map((node) => node['@id'])).to.deep.equal(widgets.map((_, index) => `${PAGE}#lede-${index + 1}`));
    expect(types(graph['@graph'] as Json[]).filter((type, index, all) => all.indexOf(type) === index)).to.include.members([
      'Quotation',
      'Event',
      'MonetaryAmount',
      'QuantitativeValue',
      'ItemList',
      'Person',
      'Question',
    ]);
  });
});

describe('structured data: what the demo story states', () => {
  const byId = (collection: string, id: string) => ({ tagName: TAGS[collection], data: (demoStory as unknown as Record<string, Json[]>)[collection].find((item) => item.id === id)! });

  it('the quote: its words, the speaker’s role, the language shown', () => {
    const { tagName, data } = byId('quotes', 'pm-quote');
    expect(one(tagName, data)).to.deep.include({
      '@type': 'Quotation',
      text: data.text,
      spokenByCharacter: { '@type': 'Person', jobTitle: 'Premier ministre du Pérou' },
      inLanguage: 'fr',
      citation: 'South China Morning Post (SCMP)',
    });
  });

  it('the figures: money as a number with its ISO 4217 currency, a count with its unit', () => {
    const money = byId('figures', 'bri-peru');
    expect(one(money.tagName, money.data)).to.deep.include({ '@type': 'MonetaryAmount', value: 2_900_000_000, currency: 'USD' });
    const count = byId('figures', 'trainees');
    expect(one(count.tagName, count.data)).to.deep.include({ '@type': 'QuantitativeValue', value: 20_000, unitText: 'jeunes à former à l’IA' });
  });

  it('the key numbers: the amounts in order; the rank alone is left out', () => {
    const { tagName, data } = byId('keyNumbers', 'peru-key-numbers');
    const list = one(tagName, data);
    const items = (list.itemListElement as Json[]).map((entry) => [entry.position, (entry.item as Json).value]);
    expect(items).to.deep.equal([
      [1, 20_000],
      [2, 2_900_000_000],
      [3, 150],
    ]);
  });

  it('the timeline: events in the order drawn, a year-precision date as given', () => {
    const { tagName, data } = byId('timelines', 'peru-china-timeline');
    const events = (one(tagName, data).itemListElement as Json[]).map((entry) => entry.item as Json);
    expect(events.map((event) => event.startDate)).to.deep.equal(['2021', undefined, undefined, undefined]);
    expect(events[0].name).to.equal('Le Pérou accorde des droits portuaires exclusifs à Cosco');
  });

  it('the deal: its parties as an organisation and a government, with their countries', () => {
    const { tagName, data } = byId('deals', 'huawei-peru-ai');
    expect(one(tagName, data).attendee).to.deep.equal([
      { '@type': 'Organization', name: 'Huawei', address: { '@type': 'PostalAddress', addressCountry: 'CN' } },
      { '@type': 'GovernmentOrganization', name: 'Pérou', address: { '@type': 'PostalAddress', addressCountry: 'PE' } },
    ]);
  });

  it('the profile: a person, her nationality named in the page’s language', () => {
    const { tagName, data } = byId('profiles', 'dina-boluarte');
    expect(one(tagName, data)).to.deep.include({ '@type': 'Person', name: 'Dina Boluarte', nationality: { '@type': 'Country', name: 'Pérou' } });
  });

  it('the explainer: a question with its answer’s paragraphs and points as plain text', () => {
    const { tagName, data } = byId('explainers', 'belt-and-road');
    const question = one(tagName, data);
    expect(question.name).to.equal(data.question);
    const text = (question.acceptedAnswer as Json).text as string;
    expect(text.split('\n\n')).to.have.length(3);
    expect(text.endsWith((data.points as string[]).join('\n'))).to.equal(true);
  });
});

describe('structured data: the data as the widgets read it', () => {
  it('digits as attributes give them become numbers; an impossible date is left out, its event kept without a date', () => {
    expect(one('lede-investment-figure', { amount: '2900000000', currency: 'usd' })).to.deep.include({ value: 2_900_000_000, currency: 'USD' });
    const [undated, dated] = (one('lede-timeline', { events: [{ date: '2024-02-30', title: 'Signature' }, { date: '2021', title: 'Ports' }] }).itemListElement as Json[]).map((entry) => entry.item);
    // An Event must have a startDate for search engines' checks: an undated one is a Thing.
    expect(undated).to.deep.equal({ '@type': 'Thing', name: 'Signature' });
    expect(dated).to.deep.equal({ '@type': 'Event', name: 'Ports', startDate: '2021' });
  });

  it('relative URLs resolve against the page; without a page address they are left out', () => {
    const data = { text: 'Mot', sourceUrl: '/sources/scmp' };
    const graph = structuredData([{ tagName: 'LEDE-QUOTE-BLOCK', data, lang: 'fr' }], PAGE)!;
    expect((graph['@graph'] as Json[])[0].isBasedOn).to.equal('https://news.example/sources/scmp');
    expect(one('lede-quote-block', data)).to.not.have.property('isBasedOn');
  });

  it('a widget’s model (dates read, answer in paragraphs) states what its JSON states', () => {
    const json = { question: 'Pourquoi ?', answer: 'Un.\n\nDeux.', points: [] };
    expect(one('lede-explainer', { ...json, answer: ['Un.', 'Deux.'] })).to.deep.equal(one('lede-explainer', json));
    const date = { iso: '2021-06', date: new Date(Date.UTC(2021, 5)), precision: 'month' };
    const event = (one('lede-timeline', { events: [{ date, title: 'Signature' }] }).itemListElement as Json[])[0].item as Json;
    expect(event.startDate).to.equal('2021-06');
  });

  it('a quote translated from another language is a translation of a quotation in that language', () => {
    expect(one('lede-quote-block', { text: 'Mot', speaker: 'Dina Boluarte', originalLang: 'es' }, 'fr')).to.deep.include({
      spokenByCharacter: { '@type': 'Person', name: 'Dina Boluarte' },
      translationOfWork: { '@type': 'Quotation', inLanguage: 'es' },
    });
  });

  it('a cancelled deal says so; a person party has a nationality and a website', async () => {
    const deal = one('lede-deal-card', {
      headline: 'Accord',
      status: 'cancelled',
      date: '2024-06-27',
      parties: [{ name: 'Dina Boluarte', kind: 'person', country: 'PE', url: 'https://example.org/' }],
    });
    expect(deal).to.deep.include({ startDate: '2024-06-27', eventStatus: 'https://schema.org/EventCancelled' });
    expect(deal.attendee).to.deep.equal([
      { '@type': 'Person', name: 'Dina Boluarte', nationality: { '@type': 'Country', name: 'Pérou' }, url: 'https://example.org/', sameAs: 'https://example.org/' },
    ]);
    await expectSchemaOrg({ '@context': 'https://schema.org', '@graph': [deal] });
  });

  it('a profile’s image is an ImageObject with its address and alt text', async () => {
    const profile = one('lede-profile', { name: 'Huawei', kind: 'company', image: { src: 'https://example.org/logo.png', alt: 'Logo de Huawei' }, url: 'https://www.huawei.com/' });
    expect(profile).to.deep.include({
      '@type': 'Organization',
      image: { '@type': 'ImageObject', contentUrl: 'https://example.org/logo.png', description: 'Logo de Huawei' },
      sameAs: 'https://www.huawei.com/',
    });
    await expectSchemaOrg({ '@context': 'https://schema.org', '@graph': [profile] });
  });

  it('nothing to state is null: no widgets, unknown tags, a required field missing; a repeated widget is stated once', () => {
    expect(structuredData([])).to.equal(null);
    expect(structuredData([{ tagName: 'lede-unknown', data: { text: 'Mot' }, lang: 'fr' }])).to.equal(null);
    expect(structuredData([{ tagName: 'lede-quote-block', data: { speaker: 'Dina Boluarte' }, lang: 'fr' }])).to.equal(null);
    const quote = { tagName: 'lede-quote-block', data: { text: 'Mot' }, lang: 'fr' };
    expect(structuredData([quote, quote])!['@graph']).to.have.length(1);
  });
});

describe('structured data: the injection corpus (test/fixtures/payloads.json)', () => {
  const URL_TERMS = ['url', 'sameAs', 'isBasedOn', 'contentUrl', '@id'];

  it('text stays text, only http(s) URLs are stated, and the serialized graph is safe inside <script>', () => {
    for (const { payload } of corpus.payloads) {
      const widgets: PrerenderedWidget[] = [
        {
          tagName: 'lede-quote-block',
          data: { text: `Mot ${payload}`, speaker: payload, speakerRole: payload, context: payload, source: payload, sourceUrl: payload },
          lang: 'fr',
        },
        { tagName: 'lede-profile', data: { name: `Nom ${payload}`, description: payload, url: payload, image: { src: payload, alt: 'Portrait' } }, lang: 'fr' },
      ];
      const graph = structuredData(widgets)!;
      const [quote, profile] = graph['@graph'] as Json[];
      // The words as the widget draws them: markup is neither parsed nor stripped nor escaped.
      expect(quote.text, payload).to.equal(new FieldReader({ text: `Mot ${payload}` }).text('text', { max: LIMITS.long }));
      expect(profile.name, payload).to.equal(new FieldReader({ name: `Nom ${payload}` }).text('name'));
      for (const url of valuesOf(graph, URL_TERMS)) expect(url, payload).to.match(/^https?:\/\//);

      // The prerenderer writes `<` as `\u003c` inside <script type="application/ld+json">.
      const serialized = JSON.stringify(graph).replace(/</g, '\\u003c');
      expect(JSON.parse(serialized), payload).to.deep.equal(graph);
      const page = new DOMParser().parseFromString(`<script type="application/ld+json">${serialized}</script><p id="after">After</p>`, 'text/html');
      expect(page.querySelectorAll('script'), payload).to.have.length(1);
      expect(page.getElementById('after'), payload).to.not.equal(null);
      expect(JSON.parse(page.querySelector('script')!.textContent!), payload).to.deep.equal(graph);
    }
  });

  it('a hostile graph still expands to schema.org terms only', async () => {
    const payload = '</script><script>ledePwn()</script>';
    await expectSchemaOrg(structuredData([{ tagName: 'lede-quote-block', data: { text: payload, speaker: payload, sourceUrl: 'javascript:ledePwn()' }, lang: 'fr' }]));
  });
});
