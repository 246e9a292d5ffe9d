/**
 * Every language Lede has strings for, as readers see it: every string present, every widget
 * drawn with no English label, amounts in words, counts, ranks and status badges, and axe.
 *
 * Expectations: what Intl decides (numbers, dates, language and country names) is computed with
 * Intl here; the wording Lede chooses is the reviewed table below, checked against each language's
 * CLDR data and its major newspapers (see docs/languages.md).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale } from '../../src/core/locale.js';
import { en, type Messages } from '../../src/locales/en.js';
import { LANGUAGES, ON_DEMAND } from '../../src/locales/languages.js';
import { loadMessages } from '../../src/locales/load.js';
import '../../src/widgets/deal-card/index.js';
import '../../src/widgets/investment-figure/index.js';
import '../../src/widgets/quote-block/index.js';
import '../../src/widgets/explainer/index.js';
import '../../src/widgets/key-numbers/index.js';
import '../../src/widgets/profile/index.js';
import '../../src/widgets/timeline/index.js';
import { part, text } from '../helpers.js';

/** An amount in four sizes: 1.2 million, 850 million, 2.9 billion, 12 billion. */
type Four = [string, string, string, string];

interface Reviewed {
  /** The page's tag, and its country's currency (ISO 4217). */
  tag: string;
  currency: string;
  /** The four amounts in US dollars, then in the page's currency, as the language's press writes them. */
  usd: Four;
  local: Four;
  /** A count of something: the unit as an editor writes it, and 20,000 of it as drawn (`#` is 20,000 written by Intl). */
  count: [unit: string, drawn: string];
  /** Ranks 1, 2, 3 and 21 without a scope (`#` is the number written by Intl). */
  ranks: Four;
  /** Rank 3 with a scope: the editor's words, and the phrase drawn. */
  scoped: [scope: string, drawn: string];
  /** "Translated from English" (`#` is English's name in the language, from Intl). */
  translated: string;
  /** UI words this language writes as English does (German "Person"; "via" in several). */
  sameAsEnglish?: string[];
}

const REVIEWED: Reviewed[] = [
  {
    tag: 'ar', currency: 'EGP',
    usd: ['1.2 مليون دولار', '850 مليون دولار', '2.9 مليار دولار', '12 مليار دولار'],
    local: ['1.2 مليون جنيه', '850 مليون جنيه', '2.9 مليار جنيه', '12 مليار جنيه'],
    count: ['شاب', '# شاب'],
    ranks: ['المرتبة #', 'المرتبة #', 'المرتبة #', 'المرتبة #'],
    scoped: ['عالميًا', 'المرتبة # عالميًا'],
    translated: 'مترجم عن #',
  },
  {
    tag: 'de', currency: 'EUR',
    usd: ['1,2 Millionen Dollar', '850 Millionen Dollar', '2,9 Milliarden Dollar', '12 Milliarden Dollar'],
    local: ['1,2 Millionen Euro', '850 Millionen Euro', '2,9 Milliarden Euro', '12 Milliarden Euro'],
    count: ['junge Menschen', '# junge Menschen'],
    ranks: ['Platz #', 'Platz #', 'Platz #', 'Platz #'],
    scoped: ['weltweit', 'Platz # weltweit'],
    translated: 'Aus dem Englischen übersetzt',
    sameAsEnglish: ['via', 'Person'],
  },
  {
    tag: 'he', currency: 'ILS',
    usd: ['1.2 מיליון דולר', '850 מיליון דולר', '2.9 מיליארד דולר', '12 מיליארד דולר'],
    local: ['1.2 מיליון שקל', '850 מיליון שקל', '2.9 מיליארד שקל', '12 מיליארד שקל'],
    count: ['צעירים', '# צעירים'],
    ranks: ['מקום #', 'מקום #', 'מקום #', 'מקום #'],
    scoped: ['בעולם', 'מקום # בעולם'],
    translated: 'תורגם מ#',
  },
  {
    tag: 'hi', currency: 'INR',
    usd: ['12 लाख डॉलर', '85 करोड़ डॉलर', '2.9 अरब डॉलर', '12 अरब डॉलर'],
    local: ['12 लाख रुपये', '85 करोड़ रुपये', '2.9 अरब रुपये', '12 अरब रुपये'],
    count: ['युवा', '# युवा'],
    ranks: ['#ला स्थान', '#रा स्थान', '#रा स्थान', '#वां स्थान'],
    scoped: ['दुनिया में', 'दुनिया में #रा स्थान'],
    translated: '# से अनूदित',
  },
  {
    tag: 'it', currency: 'EUR',
    usd: ['1,2 milioni di dollari', '850 milioni di dollari', '2,9 miliardi di dollari', '12 miliardi di dollari'],
    local: ['1,2 milioni di euro', '850 milioni di euro', '2,9 miliardi di euro', '12 miliardi di euro'],
    count: ['giovani', '# giovani'],
    ranks: ['#º posto', '#º posto', '#º posto', '#º posto'],
    scoped: ['al mondo', '#º al mondo'],
    translated: 'Tradotto dall’inglese',
    sameAsEnglish: ['via'],
  },
  {
    tag: 'ja', currency: 'JPY',
    usd: ['120万ドル', '8.5億ドル', '29億ドル', '120億ドル'],
    local: ['120万円', '8.5億円', '29億円', '120億円'],
    count: ['人', '#人'],
    ranks: ['#位', '#位', '#位', '#位'],
    scoped: ['世界', '世界#位'],
    translated: '#から翻訳',
  },
  {
    tag: 'ko', currency: 'KRW',
    usd: ['120만 달러', '8.5억 달러', '29억 달러', '120억 달러'],
    local: ['120만 원', '8.5억 원', '29억 원', '120억 원'],
    count: ['명', '# 명'],
    ranks: ['#위', '#위', '#위', '#위'],
    scoped: ['세계', '세계 #위'],
    translated: '#에서 번역',
  },
  {
    tag: 'pt-BR', currency: 'BRL',
    usd: ['1,2 milhão de dólares', '850 milhões de dólares', '2,9 bilhões de dólares', '12 bilhões de dólares'],
    local: ['1,2 milhão de reais', '850 milhões de reais', '2,9 bilhões de reais', '12 bilhões de reais'],
    count: ['jovens', '# jovens'],
    ranks: ['#º lugar', '#º lugar', '#º lugar', '#º lugar'],
    scoped: ['no mundo', '#º no mundo'],
    translated: 'Traduzido do inglês',
    sameAsEnglish: ['via'],
  },
  {
    tag: 'pt-PT', currency: 'EUR',
    usd: ['1,2 milhões de dólares', '850 milhões de dólares', '2,9 mil milhões de dólares', '12 mil milhões de dólares'],
    local: ['1,2 milhões de euros', '850 milhões de euros', '2,9 mil milhões de euros', '12 mil milhões de euros'],
    count: ['jovens', '# jovens'],
    ranks: ['#º lugar', '#º lugar', '#º lugar', '#º lugar'],
    scoped: ['no mundo', '#º no mundo'],
    translated: 'Traduzido do inglês',
    sameAsEnglish: ['via'],
  },
  {
    tag: 'ru', currency: 'RUB',
    usd: ['1,2 миллиона долларов', '850 миллионов долларов', '2,9 миллиарда долларов', '12 миллиардов долларов'],
    local: ['1,2 миллиона рублей', '850 миллионов рублей', '2,9 миллиарда рублей', '12 миллиардов рублей'],
    count: ['молодых людей', '# молодых людей'],
    ranks: ['#-е место', '#-е место', '#-е место', '#-е место'],
    scoped: ['в мире', '#-е место в мире'],
    translated: 'Перевод с английского',
  },
  {
    tag: 'tr', currency: 'TRY',
    usd: ['1,2 milyon dolar', '850 milyon dolar', '2,9 milyar dolar', '12 milyar dolar'],
    local: ['1,2 milyon lira', '850 milyon lira', '2,9 milyar lira', '12 milyar lira'],
    count: ['genç', '# genç'],
    ranks: ['#. sırada', '#. sırada', '#. sırada', '#. sırada'],
    scoped: ['dünyada', 'dünyada #. sırada'],
    translated: 'İngilizceden çevrildi',
  },
];

const AMOUNTS = [1.2e6, 850e6, 2.9e9, 12e9];
const RANKS = [1, 2, 3, 21];
const number = (tag: string, n: number) => new Intl.NumberFormat(tag).format(n);

/** Every string of a table, nested ones too ("Translated from" read with an empty name). */
function strings(table: Messages): string[] {
  const walk = (value: unknown): string[] =>
    typeof value === 'string' ? [value.trim()] : value && typeof value === 'object' ? Object.values(value).flatMap(walk) : [];
  return walk({ ...table, translatedFrom: table.translatedFrom('') }).filter((s) => s.length > 1);
}

/** The text of every text node under `root`, in document order. */
function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent!);
  return texts;
}

/** `label` as a word of its own in `shown` ("Person" is not in "Persona"). */
const hasWord = (shown: string, label: string) =>
  new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(shown);

/** Mounts `template` in `<div lang=…>` and waits until it is drawn in that language. */
async function drawn<T extends HTMLElement>(tag: string, template: ReturnType<typeof html>): Promise<T> {
  await resolveLocale(tag).ready;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${tag}>${template}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

describe('language strings', () => {
  it('has every string in every language', async () => {
    const keys = (table: object): string[] =>
      Object.entries(table)
        .filter(([key]) => key !== 'currencyName')
        .flatMap(([key, value]) => (typeof value === 'object' && !Array.isArray(value) ? keys(value).map((k) => `${key}.${k}`) : [key]));
    const tables = await Promise.all(ON_DEMAND.map((name) => loadMessages(name)!));
    expect(tables.length).to.equal(LANGUAGES.length - 1);
    for (const [i, table] of tables.entries()) expect(keys(table), ON_DEMAND[i]).to.deep.equal(keys(en));
  });
});

for (const page of REVIEWED) {
  const { tag } = page;
  describe(`speaking ${tag}`, () => {
    let messages: Messages;
    before(async () => {
      await resolveLocale(tag).ready;
      messages = resolveLocale(tag).messages;
      expect(messages, 'its own strings, not English').not.to.equal(en);
    });

    const figure = (amount: number, currency: string) =>
      drawn<HTMLElement>(tag, html`<lede-investment-figure amount=${amount} currency=${currency}></lede-investment-figure>`);
    const amountText = (el: HTMLElement) => text(el.shadowRoot!.querySelector('data'));

    it('writes 1.2 million, 850 million, 2.9 billion and 12 billion in US dollars and in the page’s currency', async () => {
      for (const [currency, expected] of [['USD', page.usd], [page.currency, page.local]] as const) {
        for (const [i, amount] of AMOUNTS.entries()) expect(amountText(await figure(amount, currency)), `${amount} ${currency}`).to.equal(expected[i]);
      }
    });

    it('counts with a unit', async () => {
      const el = await drawn<HTMLElement>(tag, html`<lede-investment-figure amount="20000" unit=${page.count[0]}></lede-investment-figure>`);
      expect(amountText(el)).to.equal(page.count[1].replace('#', number(tag, 20_000)));
    });

    it('ranks 1, 2, 3 and 21, and 3 with a scope', async () => {
      for (const [i, rank] of RANKS.entries()) {
        const el = await drawn<HTMLElement>(tag, html`<lede-investment-figure amount="1" unit="x" rank=${rank}></lede-investment-figure>`);
        expect(text(part(el, 'rank')), `rank ${rank}`).to.equal(page.ranks[i].replace('#', number(tag, rank)));
      }
      const el = await drawn<HTMLElement>(tag, html`<lede-investment-figure amount="1" unit="x" rank="3" rank-scope=${page.scoped[0]}></lede-investment-figure>`);
      expect(text(part(el, 'rank'))).to.equal(page.scoped[1].replace('#', number(tag, 3)));
    });

    it('says a quote was translated from English, in its own words', async () => {
      const el = await drawn<HTMLElement>(tag, html`<lede-quote-block original-lang="en">Words</lede-quote-block>`);
      const english = new Intl.DisplayNames(tag, { type: 'language' }).of('en')!;
      expect(text(part(el, 'translation'))).to.equal(page.translated.replace('#', english));
    });

    it('labels every status with a badge of its own', async () => {
      const badges = new Set<string>();
      for (const status of Object.keys(en.status)) {
        const el = await drawn<HTMLElement>(tag, html`<lede-deal-card headline="H" status=${status}></lede-deal-card>`);
        const badge = text(part(el, 'status'));
        expect(badge, status).to.equal(messages.status[status as keyof Messages['status']]);
        expect(badge, status).not.to.equal(en.status[status as keyof Messages['status']]);
        badges.add(badge);
      }
      expect(badges.size).to.equal(Object.keys(en.status).length);
    });

    it('dates a timeline’s events at the precision given, as Intl writes them', async () => {
      const el = await drawn<HTMLElement>(tag, html`<lede-timeline .events=${[{ date: '2021', title: 'A' }, { date: '2024-06', title: 'B' }, { date: '2024-06-27', title: 'C' }]}></lede-timeline>`);
      const format = (options: Intl.DateTimeFormatOptions, ...date: [number, number?, number?]) =>
        new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(Date.UTC(date[0], date[1] ?? 0, date[2] ?? 1));
      expect([...el.shadowRoot!.querySelectorAll('time')].map((time) => [time.dateTime, text(time)])).to.deep.equal([
        ['2021', format({ year: 'numeric' }, 2021)],
        ['2024-06', format({ year: 'numeric', month: 'long' }, 2024, 5)],
        ['2024-06-27', format({ dateStyle: 'long' }, 2024, 5, 27)],
      ]);
    });

    it('draws every widget with no English label, accessibly', async function () {
      // Seven widgets and one axe run: longer than mocha's default on a busy machine.
      this.timeout(20_000);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${tag}>
        <lede-quote-block speaker="Huawei" speaker-role="CEO" context="Lima" source="SCMP" source-url="https://www.scmp.com/" date="2024-11-14" original-lang="en">Huawei</lede-quote-block>
        <lede-deal-card
          headline="Huawei"
          status="signed"
          date="2024-11-14"
          location="Lima"
          source="SCMP"
          via="Reuters"
          .parties=${[{ name: 'Huawei', kind: 'company', country: 'CN' }, { name: 'Perú', kind: 'government', country: 'PE' }, { name: 'ONU', kind: 'organization' }, { name: 'Dina', kind: 'person' }]}
          .terms=${[{ label: 'IA', value: 20000 }]}
          .beneficiaries=${['Lima']}
        ></lede-deal-card>
        <lede-investment-figure amount="2900000000" currency="USD" label="BRI" rank="3" source="SCMP" .comparison=${[{ label: 'A', amount: 4.1e9 }, { label: 'B', amount: 2.9e9 }]}></lede-investment-figure>
        <lede-timeline headline="Huawei" source="SCMP" .events=${[{ date: '2024-11', title: 'Lima', source: 'SCMP' }, { label: 'Lima', title: 'Cosco' }]}></lede-timeline>
        <lede-key-numbers source="SCMP" .items=${[{ amount: 2.9e9, currency: 'USD', label: 'BRI', rank: 3 }, { rank: 1, label: 'IA' }, { amount: 20000, unit: 'IA', label: 'IA' }]}></lede-key-numbers>
        <lede-profile name="Huawei" kind="company" country="CN" description="Shenzhen" source="SCMP" .facts=${[{ label: 'IA', value: 20000 }]}></lede-profile>
        <lede-explainer question="BRI" answer="Lima" open source="SCMP" .points=${['Lima']}></lede-explainer>
      </div>`);
      await resolveLocale(tag).ready;
      const widgets = [...wrapper.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
      await Promise.all(widgets.map((el) => el.updateComplete));
      // Each text node apart, so that words of neighbouring cells never run together.
      const shown = widgets.flatMap((el) => textNodes(el.shadowRoot!)).join('\n');
      const english = strings(en).filter((label) => !page.sameAsEnglish?.includes(label));
      for (const label of [...english, 'billion', 'United States']) expect(hasWord(shown, label), `English "${label}" on a ${tag} page: ${shown}`).to.equal(false);
      await expect(wrapper).to.be.accessible();
    });
  });
}
