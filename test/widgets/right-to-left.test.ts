/**
 * Right to left, as a reader sees it: on a page whose direction is right to left (`dir` on an
 * ancestor, or CSS `direction`), every block of every widget starts at the right, each rule beside
 * its text, bars grow from the right; each piece of data reads in its own direction inside its
 * isolate without moving its block. Checked with layout boxes, in Arabic (whose strings may or may
 * not be there) and in Persian (never any strings: English labels).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { en } from '../../src/locales/en.js';
import { part, parts, text } from '../helpers.js';

type Box = { left: number; right: number };

/** The box of what an element holds: its text as drawn, not its block. */
function ink(node: Node): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/** Where the content of `el` starts and ends: inside its border and padding. */
function content(el: Element): Box {
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const px = (name: string) => parseFloat(style.getPropertyValue(name));
  return { left: box.left + px('border-left-width') + px('padding-left'), right: box.right - px('border-right-width') - px('padding-right') };
}

/** `a` and `b` within a pixel and a half (sub-pixel layout, rounding of fonts). */
const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).to.be.below(1.5);

/** A widget drawn in a 600 px box of the given page. */
async function drawn<T extends HTMLElement>(page: { lang: string; dir?: string; style?: string }, widget: TemplateResult): Promise<T> {
  const box = await fixture<HTMLElement>(html`<div lang=${page.lang} dir=${page.dir ?? 'rtl'} style=${`width: 600px; ${page.style ?? ''}`}>${widget}</div>`);
  const el = box.firstElementChild as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

const ARABIC = {
  quote: { text: 'لا نعتقد أن أصدقاءنا سينزعجون من الاستثمارات الصينية.', speaker: 'دينا بولوارتي', speakerRole: 'رئيسة البيرو', context: 'عن الاستثمارات', source: 'الصحيفة' },
  deal: {
    headline: 'هواوي تدرب عشرين ألف شاب',
    status: 'signed',
    parties: [{ name: 'هواوي', kind: 'company', country: 'CN' }, { name: 'البيرو', kind: 'government', country: 'PE' }],
    terms: [{ label: 'شباب', value: 20000, unit: 'شاب' }],
    source: 'الصحيفة',
  },
  figure: {
    amount: 2.9e9,
    currency: 'USD',
    label: 'الاستثمارات التي تلقتها البيرو',
    period: 'العام الماضي',
    rank: 3,
    rankScope: 'في العالم',
    comparison: [{ label: 'البيرو', amount: 2.9e9, highlight: true }, { label: 'تشيلي', amount: 1.2e9 }],
    source: 'الصحيفة',
  },
};
const PERSIAN = {
  quote: { text: 'ما فکر نمی‌کنیم دوستانمان ناراحت شوند.', speaker: 'دینا بولوارته', speakerRole: 'رئیس‌جمهور پرو', source: 'روزنامه' },
  deal: { ...ARABIC.deal, headline: 'هوآوی بیست هزار جوان را آموزش می‌دهد', parties: [{ name: 'هوآوی', kind: 'company', country: 'CN' }, { name: 'پرو', kind: 'government', country: 'PE' }] },
  figure: { ...ARABIC.figure, label: 'سرمایه‌گذاری دریافتی پرو', comparison: [{ label: 'پرو', amount: 2.9e9, highlight: true }, { label: 'شیلی', amount: 1.2e9 }] },
};

/** The four story widgets, in Arabic (the Persian page takes them too: only the labels change). */
const MORE = {
  timeline: {
    headline: 'بيرو والصين وهواوي',
    events: [
      { date: '2021', title: 'بيرو تمنح كوسكو حقوقًا حصرية في الموانئ', text: 'إثر خطأ إداري.' },
      { label: 'العام الماضي', title: 'بيرو تتلقى 2.9 مليار دولار' },
    ],
    source: 'الصحيفة',
  },
  keyNumbers: {
    items: [
      { amount: 20000, unit: 'شاب', label: 'سيتدربون على الذكاء الاصطناعي' },
      { amount: 2.9e9, currency: 'USD', label: 'تلقتها بيرو', period: 'العام الماضي', rank: 3, rankScope: 'عالميًا' },
    ],
    source: 'الصحيفة',
  },
  profile: { name: 'دينا بولوارتي', kind: 'government', description: 'رئيسة بيرو', country: 'PE', facts: [{ label: 'شباب', value: 20000 }], source: 'الصحيفة' },
  explainer: { question: 'ما هي مبادرة الحزام والطريق؟', answer: 'تهدف إلى ربط آسيا بأفريقيا وأوروبا.\n\nوتساهم في النمو.', points: ['برًا', 'بحرًا'], open: true, source: 'الصحيفة' },
};

const PAGES = [
  { name: 'an Arabic page (dir="rtl")', page: { lang: 'ar' }, data: ARABIC },
  { name: 'an Arabic page (CSS direction: rtl)', page: { lang: 'ar', dir: '', style: 'direction: rtl' }, data: ARABIC },
  { name: 'a Persian page, English labels', page: { lang: 'fa' }, data: PERSIAN },
];

for (const { name, page, data } of PAGES) {
  describe(`right to left, on ${name}`, () => {
    it('quote: the rule and every line of the caption start at the right, the caption dash right of the speaker', async () => {
      const el = await drawn(page, html`<lede-quote-block .data=${data.quote}></lede-quote-block>`);
      const figure = part(el, 'figure')!;
      const style = getComputedStyle(figure);
      expect([style.borderLeftWidth, style.borderRightWidth === '0px'], 'the rule is on the right').to.deep.equal(['0px', false]);
      const start = content(figure).right;
      near(ink(part(el, 'text')!.querySelector('bdi')!).right, start, 'the quote’s text beside the rule');
      for (const line of el.shadowRoot!.querySelectorAll('figcaption > p:not(.by)')) near(ink(line).right, start, `caption line "${text(line)}"`);
      const by = el.shadowRoot!.querySelector('.by')!;
      const speaker = part(el, 'speaker')!.getBoundingClientRect();
      const dash = content(by).right - speaker.right;
      expect(dash, 'the dash, at the right of the speaker').to.be.within(4, 40);
      expect(speaker.left - by.getBoundingClientRect().left, 'the speaker is not at the far left').to.be.above(100);
      expect(part(el, 'speaker-role')!.getBoundingClientRect().right, 'the role follows, to the left').to.be.below(speaker.left);
    });

    it('deal card: headline, status and each party start at the right, each name beside its rule and its “kind · country” line', async () => {
      const el = await drawn(page, html`<lede-deal-card .data=${data.deal}></lede-deal-card>`);
      const start = content(part(el, 'card')!).right;
      near(ink(part(el, 'headline')!).right, start, 'headline');
      near(part(el, 'status')!.getBoundingClientRect().right, start, 'status line');
      const [first, second] = parts(el, 'party');
      expect(second.getBoundingClientRect().right, 'the second party to the left of the first').to.be.below(first.getBoundingClientRect().left);
      for (const party of [first, second]) {
        const style = getComputedStyle(party);
        expect([style.borderLeftWidth, style.borderRightWidth === '0px'], 'the rule is on the right').to.deep.equal(['0px', false]);
        const edge = content(party).right;
        near(ink(party.querySelector('[part~="party-name"]')!).right, edge, `name "${text(party.querySelector('.name'))}" beside its rule`);
        near(ink(party.querySelector('.about')!).right, edge, `"${text(party.querySelector('.about'))}" under its name`);
      }
      near(ink(el.shadowRoot!.querySelector('.terms dt')!).right, content(el.shadowRoot!.querySelector('.terms')!).right, 'term label');
      near(ink(part(el, 'term-value')!).right, content(el.shadowRoot!.querySelector('.terms')!).right, 'term value');
    });

    it('figure: label, amount and context start at the right; bars grow from the right, label, bar then value', async () => {
      const el = await drawn(page, html`<lede-investment-figure .data=${data.figure}></lede-investment-figure>`);
      const start = content(part(el, 'figure')!).right;
      const amount = part(el, 'amount')!.querySelector('data')!; // without the exact amount, said to screen readers only
      for (const [what, node] of [['label', part(el, 'label')!], ['amount', amount], ['context', part(el, 'context')!], ['source', el.shadowRoot!.querySelector('p.source')!]] as const) {
        near(ink(node).right, start, what);
      }
      expect(ink(amount).left - content(part(el, 'figure')!).left, 'the amount is not at the far left').to.be.above(100);
      const rows = [...part(el, 'chart')!.querySelectorAll('tbody tr')];
      const bars = rows.map((row) => row.querySelector('svg')!.getBoundingClientRect());
      for (const [index, row] of rows.entries()) {
        const label = row.querySelector('th')!;
        const cell = row.querySelector('td')!;
        const value = ink(row.querySelector('td div')!.lastChild!); // the amount's words, after the bar
        near(ink(label).right, content(label).right, `row ${index}: the label starts at the right`);
        expect(label.getBoundingClientRect().left, `row ${index}: the label is right of its bar`).to.be.at.least(cell.getBoundingClientRect().right - 1);
        near(bars[index].right, content(cell).right, `row ${index}: the bar starts beside the label`);
        expect(value.right, `row ${index}: the value follows the bar, to its left`).to.be.within(bars[index].left - 12, bars[index].left);
      }
      expect(bars[1].left, 'the longer bar reaches further left').to.be.above(bars[0].left + 10);
    });
  });
}

for (const { name, page } of PAGES) {
  describe(`right to left, on ${name}: timeline, key numbers, profile, explainer`, () => {
    /** The rule of `el` is on the right, and none on the left. */
    const ruleOnTheRight = (el: Element, what: string) => {
      const style = getComputedStyle(el);
      expect([style.borderLeftWidth, style.borderRightWidth === '0px'], `${what}: the rule is on the right`).to.deep.equal(['0px', false]);
    };

    it('timeline: the dates in a column at the right, each against the line to its left, then the event, starting at its right edge', async () => {
      const el = await drawn(page, html`<lede-timeline .data=${MORE.timeline}></lede-timeline>`);
      near(ink(part(el, 'headline')!).right, content(part(el, 'figure')!).right, 'headline');
      for (const event of parts(el, 'event')) {
        const date = event.querySelector('[part~="date"]')!;
        const what = event.querySelector('.what')!;
        near(ink(date).left, content(date).left, `date "${text(date)}" at the end of its column, against the line`);
        expect(date.getBoundingClientRect().right, `date "${text(date)}" in the column at the right`).to.be.above(content(part(el, 'figure')!).right - 5);
        expect(what.getBoundingClientRect().right, 'the event left of its date').to.be.at.most(date.getBoundingClientRect().left + 1);
        ruleOnTheRight(what, 'event');
        near(ink(event.querySelector('[part~="title"]')!).right, content(what).right, `title of "${text(date)}"`);
      }
    });

    it('key numbers: the first figure at the right, each beside its rule, amount over label', async () => {
      const el = await drawn(page, html`<lede-key-numbers .data=${MORE.keyNumbers}></lede-key-numbers>`);
      const [first, second] = parts(el, 'item');
      expect(second.getBoundingClientRect().right, 'the second figure left of the first').to.be.below(first.getBoundingClientRect().left);
      for (const item of [first, second]) {
        ruleOnTheRight(item, 'figure');
        const edge = content(item).right;
        const amount = item.querySelector('[part~="amount"]')!;
        const label = item.querySelector('[part~="label"]')!;
        near(ink(amount).right, edge, `amount "${text(amount)}"`);
        near(ink(label).right, edge, `label "${text(label)}"`);
        expect(amount.getBoundingClientRect().bottom, 'the amount above its label').to.be.at.most(label.getBoundingClientRect().top + 1);
      }
    });

    it('profile: name, description, “kind · country” and facts start at the right, beside the rule', async () => {
      const el = await drawn(page, html`<lede-profile .data=${MORE.profile}></lede-profile>`);
      const profile = part(el, 'profile')!;
      ruleOnTheRight(profile, 'profile');
      for (const name of ['name', 'description', 'about']) near(ink(part(el, name)!).right, content(profile).right, name);
      near(ink(part(el, 'facts')!.querySelector('dt')!).right, content(profile).right, 'first fact');
    });

    it('explainer: the question at the right after its marker, the answer and points under it at the right', async () => {
      const el = await drawn(page, html`<lede-explainer .data=${MORE.explainer}></lede-explainer>`);
      const details = part(el, 'details')!;
      const style = getComputedStyle(details);
      expect(parseFloat(style.borderRightWidth), 'the thick rule on the right').to.be.above(parseFloat(style.borderLeftWidth));
      const question = part(el, 'question')!;
      const words = ink(question.querySelector('bdi')!);
      expect(content(question).right - words.right, 'the marker at the right of the question').to.be.within(4, 40);
      expect(words.left - content(question).left, 'the question is not at the far left').to.be.above(100);
      const body = el.shadowRoot!.querySelector('.body')!;
      for (const paragraph of part(el, 'answer')!.querySelectorAll('p')) near(ink(paragraph).right, content(body).right, `paragraph "${text(paragraph)}"`);
      near(ink(part(el, 'source')!.parentElement!).right, content(body).right, 'source line');
    });
  });
}

describe('right to left: data in its own direction, strings in theirs', () => {
  it('a French quote on an Arabic page sits against the rule on the right and reads left to right', async () => {
    const quoted = 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés par le fait que nous amenons des investissements chinois au Pérou.';
    const el = await drawn({ lang: 'ar' }, html`<lede-quote-block lang="fr" speaker-role="Premier ministre du Pérou">${quoted}</lede-quote-block>`);
    const quote = part(el, 'text')!.querySelector('bdi')!;
    const lines = [...quote.getClientRects()];
    expect(lines.length, 'several lines').to.be.above(1);
    const start = content(part(el, 'figure')!).right;
    near(lines[0].right, start, 'the first line’s right edge, beside the rule');
    near(lines.at(-1)!.right, start, 'the last line’s right edge, beside the rule');
    const words = [...quote.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const word = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(words, start);
      range.setEnd(words, end);
      return range.getBoundingClientRect();
    };
    expect(word(0, 4).right, '"Nous", then "ne" to its right: left to right inside its isolate').to.be.below(word(5, 7).left);
  });

  it('French amounts on an Arabic page read "2,9 milliards de dollars", left to right, against the right edge', async () => {
    const el = await drawn({ lang: 'ar' }, html`<lede-investment-figure lang="fr" amount="2900000000" currency="USD"></lede-investment-figure>`);
    const words = part(el, 'amount')!.querySelector('data')!;
    near(ink(words).right, content(part(el, 'figure')!).right, 'the amount against the right edge');
    near(part(el, 'number')!.getBoundingClientRect().left, ink(words).left, 'the number first, on the left of its words');
  });

  it('English amounts on a Persian page read "$۲٫۹ billion", left to right', async () => {
    const el = await drawn({ lang: 'fa' }, html`<lede-investment-figure amount="2900000000" currency="USD"></lede-investment-figure>`);
    const words = ink(part(el, 'amount')!.querySelector('data')!);
    const number = part(el, 'number')!.getBoundingClientRect();
    expect(number.left, 'the "$" before the number').to.be.above(words.left + 2);
    expect(number.right, '"billion" after the number').to.be.below(words.right - 20);
  });

  it('on a Persian page, each English string is marked and isolated, the data is not', async () => {
    const el = await drawn({ lang: 'fa' }, html`<lede-deal-card .data=${{ ...PERSIAN.deal, via: 'خبرگزاری' }}></lede-deal-card>`);
    const marked = [...el.shadowRoot!.querySelectorAll('[lang="en"]')];
    const strings = marked.map(text);
    for (const string of [en.status.signed, en.parties, en.terms, en.source, en.via[0].trim(), `${en.kind.company} · China`]) expect(strings, string).to.include(string);
    for (const string of marked) expect(getComputedStyle(string).direction, text(string)).to.equal('ltr');
    for (const data of el.shadowRoot!.querySelectorAll('bdi')) expect(data.closest('[lang]'), text(data)).to.equal(null);
    // "Source:" reads first, at the right, its colon after it.
    const source = part(el, 'source')!;
    const label = marked.find((string) => text(string) === en.source)!;
    near(label.getBoundingClientRect().right, content(source).right, '"Source:" at the right of its line');
  });

  it('on an English page, Hebrew party names sit at the left, beside their rule and “kind · country” line', async () => {
    const deal = { headline: 'El Al and the ministry sign', parties: [{ name: 'אל על', kind: 'company', country: 'IL' }, { name: 'משרד האוצר', kind: 'government', country: 'IL' }] };
    const el = await drawn({ lang: 'en', dir: 'ltr' }, html`<lede-deal-card .data=${deal}></lede-deal-card>`);
    for (const party of parts(el, 'party')) {
      expect(getComputedStyle(party).borderLeftWidth, 'the rule is on the left').not.to.equal('0px');
      const edge = content(party).left;
      near(ink(party.querySelector('[part~="party-name"]')!).left, edge, `name "${text(party.querySelector('.name'))}" beside its rule`);
      near(ink(party.querySelector('.about')!).left, edge, 'its line');
    }
  });

  it('isolates UI strings only where the context runs the other way: none on a French page, "Source :" once the page turns right to left', async () => {
    const el = await drawn<HTMLElement>({ lang: 'fr', dir: 'ltr' }, html`<lede-quote-block source="AFP" date="2024-06-27">Bonjour.</lede-quote-block>`);
    expect(el.shadowRoot!.querySelectorAll('span[dir]').length, 'no isolate where strings and page agree').to.equal(0);
    el.parentElement!.setAttribute('dir', 'rtl');
    // The isolate is part of the widget's template (core/markup.ts): the widget is drawn anew, so the line is looked up again.
    const sourceLine = () => part(el, 'source')!.parentElement!;
    await waitUntil(() => sourceLine().querySelector('span[dir="ltr"]'), 'the strings were not isolated when the page turned right to left');
    const source = sourceLine();
    const label = source.querySelector('span[dir="ltr"]')!;
    expect(text(label)).to.match(/^Source\s:$/);
    near(label.getBoundingClientRect().right, content(source).right, '"Source :" reads first, at the right');
  });
});
