import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { FigureData, LedeErrorDetail, LedeInvestmentFigure, Problem } from '../../../src/index.js';
import { captureWarnings, fixtureUrl, part, shadowText, text, untilShown } from '../../helpers.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';
import { expectFits } from '../../shared/layout.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

/** The amount as written on screen (without the visually hidden exact figure). */
const amountText = (el: Element) => text(el.shadowRoot!.querySelector('data'));

const compact = (tag: string, n: number) =>
  new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(n);
const whole = (tag: string, n: number, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(tag, { maximumFractionDigits: 0, minimumFractionDigits: 0, ...options }).format(n);
const exactUsd = (tag: string, n: number) => whole(tag, n, { style: 'currency', currency: 'USD' });
const squash = (s: string) => s.replace(/[ \t\n\r]+/g, ' ');

const BRI: FigureData = {
  amount: 2_900_000_000,
  currency: 'USD',
  label: 'Investissements reçus par le Pérou',
  period: 'l’an dernier',
  rank: 3,
  rankScope: 'au monde',
  source: 'SCMP',
  sourceUrl: 'https://www.scmp.com/',
};

async function withData(data: unknown, lang = 'fr'): Promise<LedeInvestmentFigure> {
  return fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang=${lang} .data=${data as FigureData}></lede-investment-figure>`);
}

const [figure, count] = WIDGETS.filter((widget) => widget.tag === 'lede-investment-figure');
runBaseBehaviour(figure);
runBaseBehaviour(count, { dataOnly: true });

describe('<lede-investment-figure>', () => {
  describe('data forms', () => {

    it('reads without JavaScript: before upgrade the element is its light-DOM text', () => {
      const inert = document.implementation.createHTMLDocument('');
      inert.body.innerHTML = '<lede-investment-figure amount="2900000000" currency="USD">2,9 milliards de dollars</lede-investment-figure>';
      const el = inert.querySelector('lede-investment-figure')!;
      expect(el.shadowRoot).to.equal(null);
      expect(el.textContent).to.equal('2,9 milliards de dollars');
    });

    it('reads the demo story’s figures', async () => {
      const story = new URL('../../../demo/stories/huawei-peru.json', import.meta.url).href;
      const bri = await fixture(html`<lede-investment-figure lang="fr" loading="eager" src=${`${story}#bri-peru`}></lede-investment-figure>`);
      await untilShown(bri, 'milliards');
      expect(shadowText(bri)).to.include(squash(`${compact('fr', 2.9e9)} de dollars`)).and.include('3e au monde').and.include('l’an dernier');
      const trainees = await fixture(html`<lede-investment-figure lang="fr" loading="eager" src=${`${story}#trainees`}></lede-investment-figure>`);
      await untilShown(trainees, 'jeunes');
      expect(amountText(trainees)).to.equal(squash(`${whole('fr', 20_000)} jeunes à former à l’IA`));
    });

  });

  describe('fields', () => {
    it('draws every field: amount, exact amount, label, period, rank, source link', async () => {
      const el = await withData(BRI);
      const data = el.shadowRoot!.querySelector('data')!;
      expect(data.value).to.equal('2900000000');
      expect(data.title).to.equal(exactUsd('fr', 2.9e9));
      expect(text(part(el, 'amount'))).to.equal(squash(`${compact('fr', 2.9e9)} de dollars (${exactUsd('fr', 2.9e9)})`));
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('Investissements reçus par le Pérou');
      expect(text(part(el, 'context'))).to.equal('l’an dernier · 3e au monde');
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.href).to.equal('https://www.scmp.com/');
      expect(link.textContent).to.equal('SCMP');
    });

    it('says the exact amount once, hidden visually, and not when the words already are it', async () => {
      const el = await withData(BRI);
      const exact = exactUsd('fr', 2.9e9);
      expect(shadowText(el).split(squash(exact)).length - 1).to.equal(1);
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(` (${exact})`);
      el.data = { amount: 950, currency: 'USD' };
      el.lang = 'en';
      await waitUntil(() => amountText(el) === '$950', 'English words');
      expect(el.shadowRoot!.querySelector('.visually-hidden')).to.equal(null);
      expect(el.shadowRoot!.querySelector('data')!.hasAttribute('title')).to.equal(false);
    });

    it('leaves out every optional part that is absent', async () => {
      const el = await withData({ amount: 5, currency: 'USD' });
      for (const name of ['label', 'context', 'period', 'rank', 'chart', 'source', 'error']) expect(part(el, name), name).to.equal(null);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(amountText(el)).to.equal(`${whole('fr', 5)} dollars`);
    });

    it('names the source by its host when only the URL is given, and does not link a source without URL', async () => {
      const el = await withData({ amount: 5, currency: 'USD', sourceUrl: 'https://www.scmp.com/news' });
      expect(part(el, 'source')!.querySelector('a')!.textContent).to.equal('www.scmp.com');
      el.data = { amount: 5, currency: 'USD', source: 'SCMP' };
      await el.updateComplete;
      expect(part(el, 'source')!.querySelector('a')).to.equal(null);
      expect(text(part(el, 'source'))).to.equal('SCMP');
    });

    it('writes money in words in French, Spanish, Chinese and English', async () => {
      const expected: Record<string, string> = {
        fr: `${compact('fr', 2.9e9)} de dollars`,
        es: `${compact('es', 2.9e9)} de dólares`,
        zh: `${compact('zh', 2.9e9)}美元`,
        en: `$${compact('en', 2.9e9)}`,
        'es-PE': `${compact('es-PE', 2.9e9)} de dólares`,
      };
      for (const [lang, words] of Object.entries(expected)) {
        const el = await withData({ amount: 2.9e9, currency: 'USD' }, lang);
        expect(amountText(el), lang).to.equal(squash(words));
      }
    });

    it('writes localized ordinals in four languages', async () => {
      const cases: Array<[string, number, string | undefined, string]> = [
        ['en', 1, 'worldwide', '1st worldwide'],
        ['en', 2, 'worldwide', '2nd worldwide'],
        ['en', 3, 'worldwide', '3rd worldwide'],
        ['en', 4, 'worldwide', '4th worldwide'],
        ['en', 11, undefined, '11th place'],
        ['en', 12, undefined, '12th place'],
        ['en', 13, undefined, '13th place'],
        ['en', 22, undefined, '22nd place'],
        ['en', 101, undefined, '101st place'],
        ['fr', 1, 'au monde', '1er au monde'],
        ['fr', 3, 'au monde', '3e au monde'],
        ['fr', 1, undefined, '1re place'],
        ['fr', 2, undefined, '2e place'],
        ['es', 1, 'en el mundo', '1.º en el mundo'],
        ['es', 3, 'en el mundo', '3.º en el mundo'],
        ['es', 3, undefined, 'Puesto 3'],
        ['zh', 3, '全球', '全球第3'],
        ['zh', 3, undefined, '第3名'],
      ];
      for (const [lang, rank, rankScope, expected] of cases) {
        const el = await withData({ amount: 1, currency: 'USD', rank, rankScope }, lang);
        expect(text(part(el, 'rank')), `${lang} ${rank}`).to.equal(expected);
      }
    });

    it('writes every digit with notation="standard"', async () => {
      const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="en" amount="2900000000" currency="USD" notation="standard"></lede-investment-figure>`);
      expect(amountText(el)).to.equal(`$${whole('en', 2.9e9)}`);
      expect(el.shadowRoot!.querySelector('.visually-hidden')).to.equal(null); // nothing more exact to add
      el.notation = 'compact';
      await el.updateComplete;
      expect(amountText(el)).to.equal(`$${compact('en', 2.9e9)}`);
    });

    it('draws a count with its unit and no currency', async () => {
      const el = await fixture(html`<lede-investment-figure lang="fr" amount="20000" unit="jeunes à former à l’IA"></lede-investment-figure>`);
      expect(amountText(el)).to.equal(squash(`${whole('fr', 20_000)} jeunes à former à l’IA`));
      expect(el.shadowRoot!.querySelector('.visually-hidden')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
    });

    it('draws a comparison as a table of bars that assistive technology reads as a table', async () => {
      const el = await withData({
        ...BRI,
        comparison: [
          { label: 'Pérou', amount: 2.9e9 },
          { label: 'Autre pays', amount: 1.45e9 },
        ],
      });
      const table = part(el, 'chart')!;
      expect(table.localName).to.equal('table');
      expect(text(table.querySelector('caption'))).to.equal('Comparaison');
      const rows = [...table.querySelectorAll('tr')].map((row) => [text(row.querySelector('th')), text(row.querySelector('td'))]);
      expect(rows).to.deep.equal([
        ['Pérou', squash(compact('fr', 2.9e9))],
        ['Autre pays', squash(compact('fr', 1.45e9))],
      ]);
      expect([...table.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      const bars = [...table.querySelectorAll('svg')];
      expect(bars.map((bar) => bar.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true']);
      expect(bars.map((bar) => bar.getAttribute('width'))).to.deep.equal(['50%', '25%']);
      const [long, short] = bars.map((bar) => bar.querySelector('rect')!.getBoundingClientRect().width);
      expect(short / long).to.be.closeTo(0.5, 0.01);
    });

    it('compares counts by their numbers', async () => {
      const el = await withData({ amount: 20_000, unit: 'jeunes', comparison: [{ label: 'A', amount: 0 }, { label: 'B', amount: 0 }] }, 'en');
      const rows = [...el.shadowRoot!.querySelectorAll('td')].map((cell) => cell.textContent);
      expect(rows).to.deep.equal([whole('en', 0), whole('en', 0)]);
      expect([...part(el, 'chart')!.querySelectorAll('svg')].map((svg) => svg.getAttribute('width'))).to.deep.equal(['0%', '0%']);
    });
  });

  describe('looks', () => {

    it('fits from 280 to 1200 px at 16 and 20 px text: a long count wraps between its words only where no line holds them', async () => {
      const counts = [
        { amount: 345678, unit: 'hochqualifizierte Fachkräfte', label: 'Weiterbildung', lang: 'de' },
        { amount: 345678, unit: 'высококвалифицированных специалистов', label: 'Переподготовка', lang: 'ru' },
        { amount: 1234567890123, currency: 'EUR', label: 'Glasfaserausbau', lang: 'de' },
      ];
      for (const width of [280, 480, 800, 1200]) {
        for (const font of ['16px serif', '20px serif']) {
          for (const { lang, ...data } of counts) {
            const box = await fixture<HTMLElement>(html`<div lang=${lang} style=${`width: ${width}px; font: ${font}`}><lede-investment-figure .data=${data}></lede-investment-figure></div>`);
            const el = box.firstElementChild as LedeInvestmentFigure;
            await el.updateComplete;
            expectFits(el, [], `${lang} ${data.unit ?? data.currency} ${width} px ${font}`);
          }
        }
      }
    });

    it('is accessible with its error note beside the figure', async () => {
      const warnings = captureWarnings();
      try {
        const light = await withData({ ...BRI, rank: 0 });
        expect(part(light, 'error')).to.exist;
        await expect(light).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('uses the theme’s colours', async () => {
      const el = await withData(BRI);
      el.theme = 'light';
      await el.updateComplete;
      const colour = () => getComputedStyle(part(el, 'amount')!).color;
      expect(colour()).to.equal('rgb(10, 91, 181)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(colour()).to.equal('rgb(140, 188, 255)');
    });

    const data = { ...BRI, label: 'Investissements reçus par le Pérou au titre de l’initiative Belt and Road (BRI)', comparison: [{ label: 'Pérou', amount: 2.9e9 }, { label: 'Un pays au nom particulièrement long', amount: 1e9 }] };

    it('fits 280 px without horizontal overflow', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width:280px"><lede-investment-figure lang="fr"></lede-investment-figure></div>`);
      const el = box.querySelector('lede-investment-figure')!;
      el.data = { ...data, notation: 'standard' };
      await el.updateComplete;
      const right = box.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        if (node.closest('.visually-hidden')) continue;
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(280);
      expect(parseFloat(getComputedStyle(part(el, 'amount')!).fontSize)).to.be.within(30, 32); // 2em on narrow ones, at most 11cqi
    });

    it('lays the bars out beside their labels, wide, at 1200 px', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width:1200px"><lede-investment-figure lang="fr"></lede-investment-figure></div>`);
      const el = box.querySelector('lede-investment-figure')!;
      el.data = data;
      await el.updateComplete;
      const row = el.shadowRoot!.querySelector('tr')!;
      const label = row.querySelector('th')!.getBoundingClientRect();
      const bar = row.querySelector('svg')!.getBoundingClientRect();
      expect(bar.left).to.be.greaterThan(label.right - 0.5);
      expect(bar.top).to.be.below(label.bottom);
      expect(bar.width).to.be.greaterThan(400); // the longest bar takes half its cell: its value follows it
      expect(el.scrollWidth).to.be.at.most(1200);
      expect(getComputedStyle(part(el, 'amount')!).fontSize).to.equal('44px'); // 2.75em on wide containers
    });

    it('draws its bars from the right in right-to-left text', async () => {
      const box = await fixture<HTMLElement>(html`<div dir="rtl"><lede-investment-figure lang="fr"></lede-investment-figure></div>`);
      const el = box.querySelector('lede-investment-figure')!;
      el.data = { ...data, comparison: [{ label: 'A', amount: 2 }, { label: 'B', amount: 1 }] };
      await el.updateComplete;
      const [, short] = el.shadowRoot!.querySelectorAll('svg');
      const track = short.getBoundingClientRect();
      const fill = short.querySelector('rect')!.getBoundingClientRect();
      expect(Math.abs(fill.right - track.right)).to.be.below(1);
    });
  });

});

/**
 * Renders a figure whose input is `setup`'s, and returns what it reported: the problems of its one
 * `lede-error` event and the warnings it wrote. Uncaught errors fail the test through mocha.
 */
async function report(
  setup: (el: LedeInvestmentFigure) => void,
  ready: (el: LedeInvestmentFigure) => boolean = () => true,
): Promise<{ el: LedeInvestmentFigure; problems: Problem[]; warnings: string[] }> {
  const warnings = captureWarnings();
  try {
    const holder = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const el = document.createElement('lede-investment-figure');
    el.loading = 'eager';
    setup(el);
    const event = oneEvent(el, 'lede-error') as Promise<CustomEvent<LedeErrorDetail>>;
    holder.append(el);
    const { problems } = (await event).detail;
    await waitUntil(() => ready(el), 'settled');
    await el.updateComplete;
    await nextFrame();
    return { el, problems, warnings: warnings.calls.filter((call) => call.includes('<lede-investment-figure>')) };
  } finally {
    warnings.restore();
  }
}

describe('<lede-investment-figure> digits', () => {
  // Whether or not Lede has strings for the language, numbers are in the digits Intl writes for the tag.
  for (const tag of ['ar-EG', 'fa', 'hi-u-nu-deva']) {
    it(`writes the amount and the rank in the digits of ${tag}`, async () => {
      const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang=${tag} amount="2900000000" currency="USD" rank="3"></lede-investment-figure>`);
      expect(text(part(el, 'number'))).to.equal(new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(2.9));
      expect(text(part(el, 'rank'))).to.include(new Intl.NumberFormat(tag).format(3));
    });
  }
});

describe('<lede-investment-figure> in a language without Lede strings', () => {
  // What docs/languages.md says a Finnish reader sees: the English amount, whole, marked as English; no Finnish "2,9" inside English words.
  it('writes the amount, its exact figure and the rank in English on a Finnish page, marked lang="en"', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="fi"><lede-investment-figure amount="2900000000" currency="USD" rank="3"></lede-investment-figure></div>`);
    const el = box.firstElementChild as LedeInvestmentFigure;
    await el.updateComplete;
    const amount = el.shadowRoot!.querySelector('data')!;
    expect([amountText(el), amount.lang]).to.deep.equal(['$2.9 billion', 'en']);
    expect(text(el.shadowRoot!.querySelector('.visually-hidden'))).to.equal('($2,900,000,000)');
    expect(text(part(el, 'rank'))).to.equal('3rd place');
  });
});

const usd = (amount: unknown) => (el: LedeInvestmentFigure) => (el.data = { amount, currency: 'USD' } as FigureData);

describe('<lede-investment-figure> with bad input', () => {
  const fatal: Array<[string, (el: LedeInvestmentFigure) => void, string]> = [
    ['a missing amount', (el) => (el.currency = 'USD'), 'amount'],
    ['NaN', usd(Number.NaN), 'amount'],
    ['Infinity', usd(Number.POSITIVE_INFINITY), 'amount'],
    ['"Infinity" as text', (el) => Object.assign(el, { amount: 'Infinity', currency: 'USD' }), 'amount'],
    ['words as the amount', (el) => Object.assign(el, { amount: 'deux milliards', currency: 'USD' }), 'amount'],
    ['a comma decimal', (el) => Object.assign(el, { amount: '2,9', currency: 'USD' }), 'amount'],
    ['a negative amount', usd(-5), 'amount'],
    ['an object as the amount', usd({ value: 5 }), 'amount'],
    ['a missing currency and unit', (el) => (el.amount = 5), 'currency'],
    ['currency "XX1"', (el) => Object.assign(el, { amount: 5, currency: 'XX1' }), 'currency'],
    ['currency "usd$"', (el) => Object.assign(el, { amount: 5, currency: 'usd$' }), 'currency'],
    ['currency "dollars"', (el) => Object.assign(el, { amount: 5, currency: 'dollars' }), 'currency'],
    ['a story item that is broken', (el) => (el.src = fixtureUrl('figures.json', 'broken')), 'amount'],
  ];
  for (const [name, setup, field] of fatal) {
    it(`shows its fallback and a note for ${name}, warns once and fires lede-error`, async () => {
      const { el, problems, warnings } = await report((el) => {
        el.append('2,9 milliards de dollars');
        setup(el);
      });
      expect(problems.map((problem) => problem.field)).to.include(field);
      expect(warnings).to.have.length(1);
      expect(part(el, 'error')!.textContent).to.include('Certaines informations n’ont pas pu être affichées.');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes().map((node) => node.textContent).join('')).to.include('2,9 milliards de dollars');
    });
  }

  const partial: Array<[string, Partial<Record<keyof FigureData, unknown>>, string]> = [
    ['a rank of 0', { rank: 0 }, 'rank'],
    ['a rank of 2.5', { rank: 2.5 }, 'rank'],
    ['a rank in words', { rank: 'third' }, 'rank'],
    ['an unknown notation', { notation: 'huge' }, 'notation'],
    ['a comparison that is not a list', { comparison: 'Pérou: 2,9' }, 'comparison'],
    ['a comparison item that is text', { comparison: ['Pérou'] }, 'comparison[0]'],
    ['a comparison item without label', { comparison: [{ amount: 5 }] }, 'comparison[0].label'],
    ['a comparison item with a negative amount', { comparison: [{ label: 'A', amount: -1 }] }, 'comparison[0].amount'],
    ['a comparison item with NaN', { comparison: [{ label: 'A', amount: 'NaN' }] }, 'comparison[0].amount'],
    ['a unit beside a currency', { unit: 'jeunes' }, 'unit'],
  ];
  for (const [name, extra, field] of partial) {
    it(`still draws the figure with ${name}, and says so once`, async () => {
      const { el, problems, warnings } = await report((el) => (el.data = { amount: 2.9e9, currency: 'USD', ...extra } as FigureData));
      expect(problems.map((problem) => problem.field)).to.include(field);
      expect(warnings).to.have.length(1);
      expect(part(el, 'amount')).to.exist;
      expect(part(el, 'error')).to.exist;
    });
  }

  it('keeps the first 50 comparison items of a longer list', async () => {
    const comparison = Array.from({ length: 60 }, (_, i) => ({ label: `Pays ${i}`, amount: i }));
    const { el, problems } = await report((el) => (el.data = { amount: 5, currency: 'USD', comparison }));
    expect(problems.map((problem) => problem.field)).to.deep.equal(['comparison']);
    const rows = [...el.shadowRoot!.querySelectorAll('tr')];
    expect(rows).to.have.length(51);
    expect(rows[50].textContent!.trim(), 'a visible "…" ends the cut list').to.equal('…');
  });

  it('accepts a lowercase currency code', async () => {
    const el = await fixture(html`<lede-investment-figure lang="en" amount="950" currency="eur"></lede-investment-figure>`);
    expect(shadowText(el)).to.include('€950');
    expect(part(el, 'error')).to.equal(null);
  });
});
