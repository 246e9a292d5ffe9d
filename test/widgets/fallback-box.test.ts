// Plain markup (`data-lede`, as the builder writes it) styled by the page stylesheet lede.css takes
// the box of the widget it becomes: on a host page in serif 18 px and sans-serif 16 px, in columns
// from 296 to 800 px wide (the demo's data at every width of the sweep, the other data at its ends),
// the markup's box is recorded, the site loader upgrades it, and once the widget is drawn its height
// and the top of the paragraph after it have moved by at most 1 px. Printed too, and the quotation
// marks of every language Lede speaks.
// lede.css is put together from its sources as the build does (scripts/page-css.ts, unminified).
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { snippet, type SnippetOptions } from '../../demo/builder/snippets.js';
import { widgetNamed } from '../../demo/builder/widgets.js';
import { quotationMarks } from '../../src/core/quotes.js';
import { nextTask, renderSlices } from '../../src/core/schedule.js';
import { LANGUAGES } from '../../src/locales/languages.js';
import { upgradeMarkup } from '../../src/loader/site-loader.js';
import { shadowText, untilShown } from '../helpers.js';
import { pageCss } from '../shared/page-css.js';

const OPTIONS: SnippetOptions = { lang: 'fr', theme: 'light', libraryUrl: 'https://cdn.example/lede/', script: 'module' };
type Host = { font: string; width: number };
const FONTS = ['18px/1.6 serif', '16px/1.5 sans-serif'];
const hosts = (widths: number[], fonts = FONTS): Host[] => fonts.flatMap((font) => widths.map((width) => ({ font, width })));
/** The widths of the sweep: a phone's column to a wide article's, closer together where lines and cards change most. */
const SWEEP = hosts([296, 320, 360, 400, 440, 480, 560, 640, 720, 800]);
/** Data beyond the demo's: the sweep's narrowest, a common and its widest column. */
const ENDS = hosts([296, 320, 800]);
const LONG = 'Le Pérou a reçu des investissements au titre de l’initiative Belt and Road, le troisième montant le plus important au monde, selon les chiffres publiés par le gouvernement';

/** Data beyond the demo's: every caption line, none, long texts, a count with its unit. */
const CASES: {
  widget: string;
  name: string;
  data: Record<string, unknown>;
  shown: string;
  hosts?: Host[];
  lang?: string;
  /** Px beyond 1 that a host (`${width} ${font}`) may move by, where docs/embedding.md says the markup differs. */
  known?: Record<string, number>;
}[] = [
  { widget: 'quote-block', name: 'the demo’s quote', data: widgetNamed('quote-block')!.sample, shown: 'Premier ministre', hosts: SWEEP },
  {
    widget: 'quote-block',
    name: 'every caption line, the source line wrapping',
    data: { text: `${LONG}.`, speaker: 'Alberto Otárola', speakerRole: 'Premier ministre du Pérou', context: LONG, source: 'South China Morning Post (SCMP), édition internationale du week-end', sourceUrl: 'https://www.scmp.com/', date: '2024-06-27', originalLang: 'es' },
    shown: 'Otárola',
  },
  {
    widget: 'quote-block',
    // French marks hold a narrow no-break space inside: without it, this last line has room for the closing mark.
    name: 'a French quote whose last line is nearly full',
    data: { text: 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés par le fait que nous amenons des investissements chinois au Pérou.', speakerRole: 'Premier ministre du Pérou' },
    shown: 'Premier ministre',
    hosts: hosts([640, 680, 720, 760], ['16px/1.5 sans-serif']),
  },
  { widget: 'quote-block', name: 'the quote alone', data: { text: 'Non.' }, shown: 'Non.' },
  { widget: 'deal-card', name: 'the demo’s deal', data: widgetNamed('deal-card')!.sample, shown: 'Huawei', hosts: SWEEP },
  {
    widget: 'deal-card',
    // The status line on one line from 320 px: where status, date and place wrap, the widget breaks
    // between the status and the rest, the markup between any two (18 px apart at 320 px for a place
    // of 23 letters). At 296 px in serif 18 this one wraps: the drawn card is 5.2 px shorter, its
    // first line the status alone where the markup's holds the date too, set on the status icon's baseline.
    // Terms one a row: where the widget sets several side by side, the markup stacks them.
    name: 'many parties, a long term, a date, no beneficiaries',
    data: {
      headline: LONG,
      status: 'in-progress',
      date: '2024-06-27',
      location: 'Lima',
      parties: [{ name: 'Huawei Technologies', kind: 'company', country: 'CN', url: 'https://www.huawei.com/' }, { name: 'Ministère de l’Éducation du Pérou', kind: 'government', country: 'PE' }, { name: 'Universités publiques' }],
      terms: [{ label: 'Jeunes Péruviens à former aux métiers de l’intelligence artificielle', value: 20000, unit: 'jeunes' }],
      source: 'SCMP',
    },
    shown: 'Universités',
    known: { '296 18px/1.6 serif': 4.5 },
  },
  {
    widget: 'deal-card',
    // Right to left, parties whose names and notes are short: side by side from 440 px in serif 18.
    name: 'in Arabic, as the demo’s',
    lang: 'ar',
    data: {
      headline: 'هواوي تدرب 20 ألف شاب في بيرو على الذكاء الاصطناعي',
      status: 'signed',
      date: '2024-06',
      location: 'شنتشن',
      parties: [{ name: 'هواوي', kind: 'company', country: 'CN' }, { name: 'بيرو', kind: 'government', country: 'PE' }],
      terms: [{ label: 'عدد الشباب', value: 20000 }],
      beneficiaries: ['النساء', 'المهنيون'],
      source: 'SCMP',
    },
    shown: 'النساء',
    hosts: hosts([360, 400, 440, 480]),
  },
  { widget: 'deal-card', name: 'the headline alone', data: { headline: 'Accord signé' }, shown: 'Accord signé' },
  { widget: 'investment-figure', name: 'the demo’s figure', data: widgetNamed('investment-figure')!.sample, shown: 'milliards', hosts: SWEEP },
  { widget: 'investment-figure', name: 'a count with its unit, a long label, no rank', data: { amount: 20000, unit: 'jeunes Péruviens formés à l’intelligence artificielle', label: LONG, period: 'd’ici à la fin de l’année prochaine', sourceUrl: 'https://www.scmp.com/' }, shown: 'jeunes' },
  { widget: 'investment-figure', name: 'the amount alone', data: { amount: 1234567, currency: 'EUR' }, shown: '€' },
  { widget: 'timeline', name: 'the demo’s timeline', data: widgetNamed('timeline')!.sample, shown: 'Cosco', hosts: SWEEP },
  {
    widget: 'timeline',
    name: 'long words, a date beside its words, sources, no headline',
    data: {
      events: [
        { date: '2023-06', label: 'au cours de la visite officielle de la présidente', title: LONG, text: `${LONG}.`, source: 'South China Morning Post (SCMP)', sourceUrl: 'https://www.scmp.com/' },
        { date: '2021-06-03', title: 'Anticonstitutionnellementdéclaréparlesjuges', sourceUrl: 'https://www.scmp.com/' },
        { title: 'Sans date' },
      ],
      sourceUrl: 'https://www.scmp.com/',
    },
    shown: 'Sans date',
  },
  { widget: 'timeline', name: 'one event, its title alone', data: { events: [{ title: 'Accord signé' }] }, shown: 'Accord signé' },
  { widget: 'key-numbers', name: 'the demo’s figures', data: widgetNamed('key-numbers')!.sample, shown: 'jeunes', hosts: SWEEP },
  {
    widget: 'key-numbers',
    name: 'seven figures, long units and labels, ranks beside amounts',
    data: {
      headline: LONG,
      items: [
        { amount: 2.9e9, currency: 'USD', label: LONG, period: 'l’an dernier', rank: 3, rankScope: 'au monde' },
        { amount: 20000, unit: 'jeunes Péruviens formés à l’intelligence artificielle', label: 'À former' },
        { rank: 1, label: 'Rang' },
        { amount: 12, unit: 'ans', label: 'Durée', period: 'depuis 2012' },
        { amount: 1234567, currency: 'EUR', label: 'Investi' },
        { amount: 150, unit: 'objets', label: 'Vus' },
        { amount: 7, label: 'Anticonstitutionnellementdéclaréparlesjuges' },
      ],
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    shown: 'Rang',
  },
  { widget: 'key-numbers', name: 'two figures, nothing else', data: { items: [{ amount: 3, label: 'Accords' }, { rank: 2, label: 'Rang' }] }, shown: 'Accords' },
  { widget: 'profile', name: 'the demo’s profile', data: widgetNamed('profile')!.sample, shown: 'Boluarte', hosts: SWEEP },
  {
    widget: 'profile',
    name: 'an image, a company, many facts, a long word in the name',
    data: {
      name: 'Anticonstitutionnellementdéclaréparlesjuges Huawei Technologies',
      kind: 'company',
      description: LONG,
      country: 'CN',
      image: { src: new URL('/test/fixtures/logo.png', location.href).href, alt: 'Logo' },
      bio: `${LONG}.`,
      facts: [{ label: 'Fondée en', value: 1987 }, { label: 'Salariés', value: 207000 }, { label: 'Siège', value: 'Shenzhen' }, { label: LONG, value: 'oui' }],
      url: 'https://www.huawei.com/',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    shown: 'Shenzhen',
  },
  { widget: 'profile', name: 'the name alone', data: { name: 'Pérou' }, shown: 'Pérou' },
  { widget: 'explainer', name: 'the demo’s explainer, closed', data: widgetNamed('explainer')!.sample, shown: 'Belt', hosts: SWEEP },
  { widget: 'explainer', name: 'the demo’s explainer, open', data: { ...widgetNamed('explainer')!.sample, open: true }, shown: 'Chancay', hosts: SWEEP },
  {
    widget: 'explainer',
    name: 'open, one paragraph, a long word in the question, a linked source',
    data: { question: `Anticonstitutionnellementdéclaréparlesjuges ${LONG} ?`, answer: `${LONG}.`, points: [LONG, 'Court'], open: true, source: 'SCMP', sourceUrl: 'https://www.scmp.com/' },
    shown: 'Court',
  },
];

/**
 * Puts the builder's markup of `data` between two paragraphs of a `width` px column in `font`,
 * upgrades it and expects the drawn widget where the markup was, as high, within 1 px (and `known`
 * px more: a difference docs/embedding.md describes).
 */
async function expectSameBox(name: string, data: Record<string, unknown>, shown: string, font: string, width: number, lang: string, known = 0): Promise<void> {
  const markup = snippet('markup', widgetNamed(name)!, data, { ...OPTIONS, lang });
  const page = await fixture<HTMLElement>(html`<article lang=${lang} style=${`font: ${font}; inline-size: ${width}px`}><p>Avant.</p>${unsafeHTML(markup)}<p>Après.</p></article>`);
  const after = page.lastElementChild!;
  const box = page.querySelector('[data-lede]')!.getBoundingClientRect();
  const below = after.getBoundingClientRect().top;
  const [element] = upgradeMarkup(page);
  await untilShown(element, shown);
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const drawn = element.getBoundingClientRect();
  expect(Math.abs(drawn.height - box.height), `${box.height.toFixed(1)} px as markup, ${drawn.height.toFixed(1)} px drawn`).to.be.at.most(1 + known);
  expect(Math.abs(drawn.top - box.top), 'the widget\'s top').to.be.at.most(1);
  expect(Math.abs(after.getBoundingClientRect().top - below), 'the paragraph below').to.be.at.most(1 + known);
}

describe('lede.css gives plain markup the box of the widget it becomes', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = await pageCss();
    document.head.append(style);
  });

  for (const { widget: name, name: label, data, shown, hosts = ENDS, lang = 'fr', known = {} } of CASES) {
    for (const { font, width } of hosts) {
      it(`<lede-${name}>, ${label}: ${width} px, ${font}`, () => expectSameBox(name, data, shown, font, width, lang, known[`${width} ${font}`]));
    }
  }

  // Both widgets write a link's address after it on paper. Chromium's driver can switch to print
  // media, Firefox's cannot: there the test checks the screen only.
  for (const [name, label] of [['quote-block', 'every caption line, the source line wrapping'], ['investment-figure', 'a count with its unit, a long label, no rank']]) {
    it(`<lede-${name}>, ${label}: printed in a 320 px column`, async () => {
      const { data, shown } = CASES.find((c) => c.widget === name && c.name === label)!;
      const printing = await emulateMedia({ media: 'print' }).then(() => true, () => false);
      try {
        if (printing) expect(matchMedia('print').matches, 'print media').to.be.true;
        await expectSameBox(name, data, shown, '18px/1.6 serif', 320, 'fr');
      } finally {
        if (printing) await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('shows the deal card’s beneficiaries with the widget’s bullets', async () => {
    const deal = widgetNamed('deal-card')!;
    const page = await fixture<HTMLElement>(html`<article lang="fr">${unsafeHTML(snippet('markup', deal, deal.sample, OPTIONS))}</article>`);
    const bullet = (item: Element) => getComputedStyle(item).listStyleType;
    const markup = bullet(page.querySelector('[data-field="beneficiaries"] > li')!);
    const [element] = upgradeMarkup(page);
    await untilShown(element, 'Femmes');
    expect(markup).not.to.equal('none');
    expect(markup).to.equal(bullet(element.shadowRoot!.querySelector('.beneficiaries > li')!));
  });

  it('draws the markup’s links in the widget’s colour, not the page’s link colour', async () => {
    const quote = widgetNamed('quote-block')!;
    const data = { ...quote.sample, sourceUrl: 'https://www.scmp.com/' };
    const page = await fixture<HTMLElement>(
      html`<article lang="fr" class="site" style="color: rgb(40, 40, 40)"><style>.site a { color: rgb(0, 0, 238); }</style>${unsafeHTML(snippet('markup', quote, data, OPTIONS))}</article>`,
    );
    const markup = getComputedStyle(page.querySelector('[data-lede] a')!).color;
    const [element] = upgradeMarkup(page);
    await untilShown(element, 'Premier ministre');
    expect(markup).to.equal(getComputedStyle(element.shadowRoot!.querySelector('a')!).color);
    expect(markup).not.to.equal('rgb(0, 0, 238)');
  });

  // After the tests above, which loaded the French strings: this widget waits for its turn only.
  it('keeps the markup’s box while the widget waits for its turn to draw (a page over its render budget)', async () => {
    const saved = renderSlices.budget;
    renderSlices.budget = 0;
    try {
      const quote = widgetNamed('quote-block')!;
      const page = await fixture<HTMLElement>(html`<article lang="fr" style="font: 18px/1.6 serif; inline-size: 320px">${unsafeHTML(snippet('markup', quote, quote.sample, OPTIONS))}<p>Après.</p></article>`);
      const after = page.lastElementChild!;
      const below = after.getBoundingClientRect().top;
      await nextTask();
      const [element] = upgradeMarkup(page);
      // Lit asks for its update a microtask later; the queued render runs in a later task, after a frame may be painted.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(shadowText(element), 'not drawn yet').to.equal('');
      expect(Math.abs(after.getBoundingClientRect().top - below), 'the paragraph below, before the widget is drawn').to.be.at.most(1);
      await untilShown(element, 'Premier ministre');
      expect(Math.abs(after.getBoundingClientRect().top - below), 'once drawn').to.be.at.most(1);
    } finally {
      renderSlices.budget = saved;
    }
  });

  // Before the script defines it (or where it is blocked), such a tag is its markup: lede.css's
  // rules for a bare tag leave it alone. In a frame with lede.css and no script.
  it('gives a tag written by the builder, not defined yet, the box of its plain markup', async () => {
    const kinds = ['quote-block', 'deal-card', 'explainer', 'timeline', 'key-numbers', 'profile', 'investment-figure'];
    const css = await pageCss();
    const pair = (name: string) => {
      const widget = widgetNamed(name)!;
      const tag = snippet('tags', widget, widget.sample, OPTIONS).replace(/^(<(link|script)[^>]*>(<\/script>)?\n)+/, '');
      return `<div data-markup="${name}">${snippet('markup', widget, widget.sample, OPTIONS)}</div><div data-tag="${name}">${tag}</div>`;
    };
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="inline-size: 700px; block-size: 400px; border: 0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="fr"><style>${css}</style><body style="margin: 0; font: 18px/1.6 serif">${kinds.map(pair).join('')}</body></html>`;
    await loaded;
    const doc = frame.contentDocument!;
    for (const name of kinds) {
      const height = (selector: string) => doc.querySelector(selector)!.getBoundingClientRect().height;
      expect(doc.querySelector(`lede-${name}`)!.matches(':defined'), name).to.equal(false);
      expect(Math.abs(height(`[data-tag="${name}"]`) - height(`[data-markup="${name}"]`)), name).to.be.at.most(1);
    }
  });

  // A tag as the builder writes it (route 1) holds its route-2 markup as readable content, which
  // lede.css lays out in the drawn widget's box: waiting for its turn, then drawn, it moves nothing
  // below it, lists from inline JSON included (the deal card's parties, terms and beneficiaries).
  // With a theme the widget paints its own padded surface, and so does the markup its tag holds.
  for (const theme of ['light', 'dark'] as const)
  for (const [name, shown] of [['quote-block', 'Premier ministre'], ['deal-card', 'Huawei'], ['explainer', 'Belt'], ['timeline', 'Huawei'], ['key-numbers', 'chiffres'], ['profile', 'Boluarte'], ['investment-figure', 'Belt and Road']]) {
    it(`keeps the box of a waiting <lede-${name}> written as a tag by the builder once it is drawn${theme === 'dark' ? ', with theme="dark"' : ''}`, async () => {
      const saved = renderSlices.budget;
      renderSlices.budget = 0;
      try {
        const widget = widgetNamed(name)!;
        const tag = snippet('tags', widget, widget.sample, { ...OPTIONS, theme }).replace(/^(<(link|script)[^>]*>(<\/script>)?\n)+/, '');
        await nextTask();
        const page = fixtureSync<HTMLElement>(html`<article lang="fr" style="font: 18px/1.6 serif; inline-size: 640px"><p>Avant.</p>${unsafeHTML(tag)}<p>Après.</p></article>`);
        const element = page.querySelector(widget.tag)!;
        // Lit asks for its first update a microtask later; with no budget it waits for a later task.
        for (let i = 0; i < 5; i++) await Promise.resolve();
        const after = page.lastElementChild!;
        const below = after.getBoundingClientRect().top;
        expect(shadowText(element), 'not drawn yet').to.equal('');
        expect(element.querySelector('[data-lede]'), 'its readable markup').to.exist;
        await untilShown(element, shown);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(Math.abs(after.getBoundingClientRect().top - below), `the paragraph below moved from ${below.toFixed(1)} px`).to.be.at.most(1);
      } finally {
        renderSlices.budget = saved;
      }
    });
  }

  // The widget draws its language's marks (quotationMarks, CLDR's with Lede's overrides); the
  // markup's are lede.css's `quotes`, so the no-JS reading has them too. Every language Lede
  // speaks, regions whose marks differ from their language's, and one it does not speak (English marks).
  const TAGS = [...LANGUAGES, 'fr-CA', 'fr-CH', 'pt-PT', 'pt-AO', 'zh-TW', 'zh-HK', 'es-PE', 'de-CH', 'fi'];
  it(`gives the markup's quote the widget's quotation marks: ${TAGS.join(', ')}`, async () => {
    const quote = widgetNamed('quote-block')!;
    const page = await fixture<HTMLElement>(html`<article>${TAGS.map((lang) => unsafeHTML(snippet('markup', quote, { text: 'Oui.' }, { ...OPTIONS, lang })))}</article>`);
    const texts = [...page.querySelectorAll('[data-field="text"]')];
    const drawn = texts.map((text) => Array.from(getComputedStyle(text).quotes.matchAll(/"((?:[^"\\]|\\.)*)"/g), ([, mark]) => mark));
    expect(drawn).to.deep.equal(TAGS.map((tag) => [...quotationMarks(tag)]));
  });
});
