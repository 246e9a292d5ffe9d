import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { FigureData, LedeErrorDetail, LedeInvestmentFigure, Problem } from '../src/index.js';
import { captureWarnings, fixtureUrl, shadowText, shownAs } from './helpers.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

declare global {
  interface Window {
    __canary?: unknown;
  }
}

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
    ['a number as the data', (el) => (el.data = 5 as unknown as FigureData), 'data'],
    ['bad inline JSON', (el) => el.insertAdjacentHTML('beforeend', '<script type="application/json">{"amount": 5,</script>'), 'script'],
    ['inline JSON that is a list', (el) => el.insertAdjacentHTML('beforeend', '<script type="application/json">[5]</script>'), 'script'],
    ['a failed fetch', (el) => (el.src = fixtureUrl('missing.json', 'x')), 'src'],
    ['a document that is not JSON', (el) => (el.src = new URL('./helpers.ts', import.meta.url).href), 'src'],
    ['an unknown id', (el) => (el.src = fixtureUrl('figures.json', 'nope')), 'src'],
    ['a story item that is broken', (el) => (el.src = fixtureUrl('figures.json', 'broken')), 'amount'],
    ['a javascript: src', (el) => (el.src = 'javascript:alert(1)'), 'src'],
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
    ['a comparison item that is text', { comparison: ['Pérou'] }, 'comparison[0].label'],
    ['a comparison item without label', { comparison: [{ amount: 5 }] }, 'comparison[0].label'],
    ['a comparison item with a negative amount', { comparison: [{ label: 'A', amount: -1 }] }, 'comparison[0].amount'],
    ['a comparison item with NaN', { comparison: [{ label: 'A', amount: 'NaN' }] }, 'comparison[0].amount'],
    ['a label that is an object', { label: { text: 'x' } }, 'label'],
    ['a unit beside a currency', { unit: 'jeunes' }, 'unit'],
    ['a javascript: source URL', { source: 'SCMP', sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
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

const PAYLOADS = [
  '<img src=x onerror="window.__canary=1">',
  '<script>window.__canary=1</script>',
  '"><svg onload=window.__canary=1>',
  "'><iframe srcdoc=\"<script>parent.__canary=1</script>\">",
  '<a href="javascript:window.__canary=1">clic</a>',
  'javascript:window.__canary=1',
  '</figure><img src=x onerror=window.__canary=1>',
  '<style>*{display:none}</style>',
  '<details open ontoggle=window.__canary=1>',
  '<body onload=window.__canary=1>',
  '<input autofocus onfocus=window.__canary=1>',
  '<video><source onerror=window.__canary=1></video>',
  '<object data="javascript:window.__canary=1"></object>',
  '<template><img src=x onerror=window.__canary=1></template>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__canary=1>',
  '&lt;img src=x onerror=window.__canary=1&gt;',
  '${window.__canary=1}',
  "{{constructor.constructor('window.__canary=1')()}}",
  '<!--<lit$123$>-->',
  '<?lit$123$>',
  '<lede-investment-figure amount=1 currency=USD></lede-investment-figure>',
  '\u202E<b>gras</b>',
  '<div slot="x" onmouseover=window.__canary=1>',
];

/** Every element the widget may draw; anything else came from data. */
const DRAWN = new Set(['div', 'figure', 'figcaption', 'p', 'data', 'span', 'svg', 'rect', 'table', 'caption', 'tbody', 'tr', 'th', 'td', 'cite', 'a', 'slot', 'sup']);

describe('<lede-investment-figure> with HTML in its data', () => {
  afterEach(() => delete window.__canary);

  it(`shows ${PAYLOADS.length} payloads as text in every text field`, async () => {
    for (const payload of PAYLOADS) {
      const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="fr"></lede-investment-figure>`);
      el.data = {
        amount: 5_000,
        unit: payload,
        label: payload,
        period: payload,
        rank: 2,
        rankScope: payload,
        source: payload,
        sourceUrl: payload,
        comparison: [{ label: payload, amount: 1 }],
      };
      const warnings = captureWarnings();
      await el.updateComplete;
      warnings.restore();
      const root = el.shadowRoot!;
      expect(root.querySelector('figcaption')!.textContent, payload).to.equal(shownAs(payload));
      expect(root.querySelector('data')!.textContent).to.include(shownAs(payload));
      for (const name of ['period', 'rank', 'source']) expect(part(el, name)!.textContent, name).to.include(shownAs(payload));
      expect(root.querySelector('th')!.textContent).to.equal(shownAs(payload));
      const tags = [...root.querySelectorAll('*')].map((node) => node.localName);
      expect(tags.filter((tag) => !DRAWN.has(tag)), payload).to.deep.equal([]);
      // A payload may read as a relative URL, which resolves to an http(s) page; it is never any other link.
      for (const link of root.querySelectorAll('a')) expect(new URL(link.href).protocol).to.be.oneOf(['http:', 'https:']);
      expect(el.children).to.have.length(0);
    }
    await nextFrame();
    await nextFrame();
    expect(window.__canary).to.equal(undefined);
  });

  it('shows payloads in attributes as text too, and in a currency only inside the problem message', async () => {
    for (const payload of PAYLOADS.slice(0, 5)) {
      const warnings = captureWarnings();
      const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="fr" amount="5" currency="USD" label=${payload} period=${payload} source=${payload}></lede-investment-figure>`);
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.equal(payload);
      el.currency = payload;
      await el.updateComplete;
      warnings.restore();
      expect([...el.shadowRoot!.querySelectorAll('*')].filter((node) => !DRAWN.has(node.localName))).to.deep.equal([]);
    }
    expect(window.__canary).to.equal(undefined);
  });

  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\tjavascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
    it(`never links ${JSON.stringify(url)}`, async () => {
      const { el } = await report((el) => (el.data = { amount: 5, currency: 'USD', source: 'SCMP', sourceUrl: url }));
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(part(el, 'source')!.textContent).to.equal('SCMP');
    });
  }
});
