import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { LedeInvestmentFigure, LedeKeyNumbers } from '../../../src/index.js';
import story from '../../../demo/stories/huawei-peru.json' with { type: 'json' };
import { captureWarnings, nextProblems, part, parts, text } from '../../helpers.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';
import { expectFits } from '../../shared/layout.js';
import { LANGUAGES } from '../../../src/locales/languages.js';

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-key-numbers')!);

async function mount(data: unknown, { lang = 'fr', width = 600, font = '16px serif' } = {}): Promise<LedeKeyNumbers> {
  const dir = ['ar', 'he'].includes(lang) ? 'rtl' : 'ltr';
  const box = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style=${`width: ${width}px; font: ${font}`}><lede-key-numbers .data=${data}></lede-key-numbers></div>`);
  const el = box.querySelector('lede-key-numbers')!;
  await el.updateComplete;
  return el;
}

/** Each figure as [label, amount, context]. */
const figures = (el: Element) => parts(el, 'item').map((item) => ['label', 'amount', 'context'].map((name) => text(item.querySelector(`[part~="${name}"]`))));

describe('<lede-key-numbers>', () => {
  it('draws the story’s four figures: a count, an amount of money, a rank and a count', async () => {
    const el = await mount(story.keyNumbers[0]);
    expect(text(part(el, 'headline'))).to.equal('Le Pérou, la Chine et Huawei en chiffres');
    expect(figures(el).map(([, amount, context]) => [amount, context])).to.deep.equal([
      ['20\u202F000 jeunes', ''],
      ['2,9 milliards de dollars', 'l’an dernier'],
      ['3e au monde', ''],
      ['150 objets précolombiens', ''],
    ]);
    expect(parts(el, 'amount')[2].querySelector('sup'), 'French sets the ordinal’s ending as a superscript').to.exist;
  });

  it('reads each amount as the investment figure does, in every language', async () => {
    for (const lang of ['fr', 'en', 'es', 'zh', 'ja', 'ar', 'de']) {
      const item = { amount: 2.9e9, currency: 'USD', rank: 3, rankScope: 'worldwide' };
      const box = await mount({ items: [{ ...item, label: 'A' }, { amount: 20000, unit: 'units', label: 'B' }] }, { lang });
      const figure = (await fixture<HTMLElement>(html`<div lang=${lang}><lede-investment-figure .data=${item}></lede-investment-figure></div>`)).firstElementChild as LedeInvestmentFigure;
      const count = (await fixture<HTMLElement>(html`<div lang=${lang}><lede-investment-figure amount="20000" unit="units"></lede-investment-figure></div>`)).firstElementChild as LedeInvestmentFigure;
      await Promise.all([figure.updateComplete, count.updateComplete]);
      const [money, counted] = figures(box);
      expect([money[1], money[2], counted[1]], lang).to.deep.equal([
        text(figure.shadowRoot!.querySelector('[part~="amount"] data')),
        text(part(figure, 'rank')),
        text(count.shadowRoot!.querySelector('[part~="amount"] data')),
      ]);
    }
  });

  it('is a <dl> of label and figure, the figure shown above its label', async () => {
    const el = await mount(story.keyNumbers[0]);
    const list = part(el, 'items')!;
    expect(list.localName).to.equal('dl');
    for (const item of parts(el, 'item')) {
      const [label, ...rest] = [...item.children].map((child) => child.localName);
      expect([label, [...new Set(rest)]]).to.deep.equal(['dt', ['dd']]);
      expect(item.querySelector('dd')!.getBoundingClientRect().bottom).to.be.at.most(item.querySelector('dt')!.getBoundingClientRect().top + 1);
    }
  });

  it('is one column at 280 px and reflows into more as its container grows', async () => {
    const columns = (el: Element) => new Set(parts(el, 'item').map((item) => Math.round(item.getBoundingClientRect().left))).size;
    const narrow = await mount(story.keyNumbers[0], { width: 280 });
    expect(columns(narrow)).to.equal(1);
    expect(narrow.scrollWidth, 'nothing sticks out').to.be.at.most(280);
    expect(columns(await mount(story.keyNumbers[0], { width: 500 }))).to.equal(2);
    expect(columns(await mount(story.keyNumbers[0], { width: 1000 }))).to.equal(4);
  });

  it('leaves no figure alone on a last row under a row of three or more: 2 to 8 figures at 480, 640, 800 and 1200 px, seven at most four a row', async () => {
    const shapes: string[] = [];
    for (const font of ['16px serif', '20px serif']) {
      for (const width of [480, 640, 800, 1200]) {
        for (let count = 2; count <= 8; count++) {
          const items = Array.from({ length: count }, (_, i) => ({ amount: (i + 1) * 1500, unit: 'jeunes', label: `Chiffre ${i + 1}` }));
          const el = await mount({ items }, { width, font });
          const tops = parts(el, 'item').map((item) => Math.round(item.getBoundingClientRect().top));
          const rows = [...new Set(tops)].map((top) => tops.filter((each) => each === top).length);
          const shape = `${count} figures at ${width} px, ${font}: ${rows.join(' + ')}`;
          shapes.push(shape);
          if (rows.length > 1 && rows.at(-1) === 1) expect(rows.at(-2), shape).to.be.below(3);
          if (count === 7) expect(Math.max(...rows), shape).to.be.at.most(4);
        }
      }
    }
    expect(shapes, 'seven at 1200 px').to.include('7 figures at 1200 px, 16px serif: 4 + 3');
  });

  describe('fits its container', () => {
    // Figures a newsroom could well write: long compounds, a huge count with its unit, long currency names.
    const hostile = {
      de: {
        headline: 'Breitbandausbau und Telekommunikationsinfrastruktur in Zahlen',
        items: [
          { amount: 1234567890123, unit: 'Datenübertragungen', label: 'Übertragungsgeschwindigkeitsmessungen im Mobilfunknetz' },
          { amount: 2.9e9, currency: 'EUR', label: 'Bundesförderung für Glasfaseranschlüsse', period: 'Haushaltsjahr 2025' },
          { amount: 999999, unit: 'Auszubildendenvergütungen', label: 'Ausbildungsplatzvermittlung' },
          { rank: 3, rankScope: 'weltweit', label: 'Netzinfrastrukturinvestitionen' },
          { amount: 42, unit: 'Bundesverfassungsgerichtsentscheidungen', label: 'Datenschutz' },
        ],
      },
      ru: {
        items: [
          { amount: 1234567890123, currency: 'RUB', label: 'Государственно-частное партнёрство в телекоммуникационной отрасли' },
          { amount: 345678, unit: 'высококвалифицированных специалистов', label: 'Переподготовка' },
          { rank: 12, rankScope: 'в мире', label: 'Достопримечательности' },
        ],
      },
      ar: {
        headline: 'البيرو والصين وهواوي بالأرقام',
        items: [
          { amount: 20000, unit: 'شاب وشابة', label: 'سيتدربون على الذكاء الاصطناعي في البيرو' },
          { amount: 1234567890123, currency: 'USD', label: 'استثمارات مبادرة الحزام والطريق', period: 'العام الماضي' },
          { rank: 3, rankScope: 'عالمياً', label: 'ترتيب البيرو' },
          { amount: 150, unit: 'قطعة أثرية من حضارات ما قبل كولومبوس', label: 'في المعرض' },
        ],
      },
    };
    const check = (el: LedeKeyNumbers, label: string) => expectFits(el, parts(el, 'item'), label);

    for (const width of [280, 480, 800, 1200]) {
      it(`at ${width} px: the article's figures in every language and hostile ones in German, Russian and Arabic (right to left), at 16 and 20 px text`, async () => {
        for (const font of ['16px serif', '20px serif']) {
          for (const lang of LANGUAGES) check(await mount(story.keyNumbers[0], { lang, width, font }), `${lang} ${width} px ${font}`);
          for (const [lang, data] of Object.entries(hostile)) check(await mount(data, { lang, width, font }), `${lang} hostile ${width} px ${font}`);
        }
      });
    }
  });

  it('leaves out a figure with neither amount nor rank, drops a unit beside a currency, and says both', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('lede-key-numbers') as LedeKeyNumbers;
      el.data = { items: [{ label: 'Nothing' }, { amount: 5, currency: 'EUR', unit: 'x', label: 'Euros' }, { amount: 7, label: 'Seven' }] };
      const problems = nextProblems(el);
      (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
      expect((await problems).map((problem) => problem.message)).to.deep.equal(['needs amount or rank; left out', '"Euros": unit is not used with a currency']);
      expect(figures(el).map(([label, amount]) => [label, amount])).to.deep.equal([['Euros', '€5'], ['Seven', '7']]);
    } finally {
      warnings.restore();
    }
  });

  it('draws one figure, and says a fact box holds 2 to 8; over 8 the rest are left out', async () => {
    const warnings = captureWarnings();
    try {
      const one = document.createElement('lede-key-numbers') as LedeKeyNumbers;
      one.data = { items: [{ amount: 1, label: 'One' }] };
      const problems = nextProblems(one);
      (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(one);
      expect((await problems).map((problem) => problem.message)).to.deep.equal(['a fact box holds 2 to 8 figures; 1 given']);
      expect(parts(one, 'item')).to.have.length(1);
      const many = await mount({ items: Array.from({ length: 10 }, (_, i) => ({ amount: i, label: `L${i}` })) });
      expect(parts(many, 'item')).to.have.length(8);
    } finally {
      warnings.restore();
    }
  });
});
