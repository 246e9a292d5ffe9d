/** <lede-deal-card> with bad and hostile input: every problem is reported once, nothing executes. */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { LedeErrorDetail } from '../src/core/lede-element.js';
import '../src/index.js';
import type { DealData, LedeDealCard } from '../src/index.js';
import { fr } from '../src/locales/fr.js';
import { captureWarnings, fixtureUrl, shadowText, shownAs } from './helpers.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

declare global {
  interface Window {
    ledeCanary?: number;
  }
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const hasPart = (el: Element, name: string) => !!part(el, name);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();

interface Outcome {
  el: LedeDealCard;
  warnings: string[];
  events: LedeErrorDetail['problems'][];
  uncaught: unknown[];
}

/** Renders `template` (a wrapper around one deal card), waits for its report when `settled` says so, and records what came out. */
async function render(template: unknown, settled: (outcome: Outcome) => boolean = () => true): Promise<Outcome> {
  const warnings = captureWarnings();
  const events: Outcome['events'] = [];
  const uncaught: unknown[] = [];
  const onEvent = (event: Event) => events.push((event as CustomEvent<LedeErrorDetail>).detail.problems);
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);
  document.addEventListener('lede-error', onEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr">${template}</div>`);
    const el = wrapper.querySelector('lede-deal-card')!;
    await el.updateComplete;
    const outcome = { el, warnings: warnings.calls, events, uncaught };
    await waitUntil(() => settled(outcome), 'the widget never reported');
    await el.updateComplete;
    return outcome;
  } finally {
    warnings.restore();
    document.removeEventListener('lede-error', onEvent);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

const reported = (outcome: Outcome) => outcome.events.length > 0;

/** One warning, one event, the note shown, no uncaught error; returns the problems' fields. */
function expectReportedOnce({ el, warnings, events, uncaught }: Outcome): string[] {
  expect(uncaught).to.deep.equal([]);
  expect(warnings).to.have.length(1);
  expect(warnings[0]).to.include('<lede-deal-card>');
  expect(events).to.have.length(1);
  expect(text(part(el, 'error'))).to.equal(`⚠︎ ${fr.problem}`);
  return events[0].map((problem) => problem.field);
}

const GOOD = { headline: 'Un accord', parties: [{ name: 'Huawei', kind: 'company', country: 'CN' }] };

describe('<lede-deal-card> bad input', () => {
  it('without a headline shows the light-DOM fallback and says so', async () => {
    const outcome = await render(html`<lede-deal-card status="signed"><h3>Repli</h3><p>Texte de repli</p></lede-deal-card>`);
    expect(expectReportedOnce(outcome)).to.deep.equal(['headline']);
    expect(outcome.el.shadowRoot!.querySelector('slot')!.assignedElements().map(text)).to.deep.equal(['Repli', 'Texte de repli']);
    expect(outcome.el.querySelector('p')!.getClientRects().length).to.be.above(0);
  });

  const cases: Array<[string, unknown, string[], (el: LedeDealCard) => void]> = [
    ['an unknown status', { ...GOOD, status: 'rumoured' }, ['status'], (el) => expect(hasPart(el, 'status')).to.equal(false)],
    ['a party of an unknown kind', { ...GOOD, parties: [{ name: 'Huawei', kind: 'alien', country: 'CN' }] }, ['parties[0].kind'],
      (el) => expect(text(part(el, 'party'))).to.equal(`Huawei ${new Intl.DisplayNames('fr', { type: 'region' }).of('CN')}`)],
    ['a country that is no ISO 3166-1 alpha-2 code', { ...GOOD, parties: [{ name: 'A', country: 'Peru' }, { name: 'B', country: 'XX' }, { name: 'C', country: 'ZZ' }, { name: 'D', country: 12 }] },
      ['parties[0].country', 'parties[1].country', 'parties[2].country', 'parties[3].country'],
      (el) => expect([...el.shadowRoot!.querySelectorAll('[part~="party"]')].map(text)).to.deep.equal(['A', 'B', 'C', 'D'])],
    ['parties that are not a list', { ...GOOD, parties: 'Huawei, Pérou' }, ['parties'], (el) => expect(hasPart(el, 'parties')).to.equal(false)],
    ['a party that is not an object, and one without a name', { ...GOOD, parties: ['Huawei', { kind: 'company' }, { name: 'Pérou' }] }, ['parties[0]', 'parties[1].name'],
      (el) => expect(text(part(el, 'parties'))).to.equal('Pérou')],
    ['a party link that is not http(s)', { ...GOOD, parties: [{ name: 'Huawei', url: 'javascript:window.ledeCanary=1' }] }, ['parties[0].url'],
      (el) => expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0)],
    ['terms that are not a list', { ...GOOD, terms: { label: 'x', value: 1 } }, ['terms'], (el) => expect(hasPart(el, 'terms')).to.equal(false)],
    ['terms without label or value, or not objects', { ...GOOD, terms: [{ value: 1 }, { label: 'Sans valeur' }, 42, { label: 'Infini', value: '' }, { label: 'Bon', value: 3 }] },
      ['terms[0].label', 'terms[1].value', 'terms[2]', 'terms[3].value'], (el) => expect(text(part(el, 'terms'))).to.equal('Bon 3')],
    ['beneficiaries that are not text', { ...GOOD, beneficiaries: ['Femmes', { who: 'x' }, null, 7] }, ['beneficiaries[1]', 'beneficiaries[2]'],
      (el) => expect([...part(el, 'beneficiaries')!.querySelectorAll('li')].map(text)).to.deep.equal(['Femmes', '7'])],
    ['beneficiaries that are not a list', { ...GOOD, beneficiaries: 'Femmes' }, ['beneficiaries'], (el) => expect(hasPart(el, 'beneficiaries')).to.equal(false)],
    ['a date that is not ISO 8601', { ...GOOD, date: '27/06/2024' }, ['date'], (el) => expect(hasPart(el, 'meta')).to.equal(false)],
    ['a text field that is not text', { ...GOOD, summary: { html: '<b>x</b>' }, location: ['Lima'] }, ['location', 'summary'],
      (el) => expect([hasPart(el, 'summary'), hasPart(el, 'meta')]).to.deep.equal([false, false])],
    ['a headline that is too long', { ...GOOD, headline: 'x'.repeat(400) }, ['headline'], (el) => expect(text(part(el, 'headline'))).to.have.length(300)],
    ['too many parties', { ...GOOD, parties: Array.from({ length: 60 }, (_, i) => ({ name: `P${i}` })) }, ['parties'],
      (el) => expect(el.shadowRoot!.querySelectorAll('[part~="party"]')).to.have.length(50)],
    ['a heading level out of range', { ...GOOD, headingLevel: 9 }, ['headingLevel'], (el) => expect(part(el, 'headline')!.localName).to.equal('h3')],
    ['a heading level of 1', { ...GOOD, headingLevel: '1' }, ['headingLevel'], (el) => expect(part(el, 'headline')!.localName).to.equal('h3')],
    ['a heading level that is no number', { ...GOOD, headingLevel: 'deux' }, ['headingLevel'], (el) => expect(part(el, 'headline')!.localName).to.equal('h3')],
    ['a source URL that is not http(s)', { ...GOOD, source: 'SCMP', sourceUrl: 'javascript:window.ledeCanary=1' }, ['sourceUrl'],
      (el) => expect([text(part(el, 'source')), el.shadowRoot!.querySelectorAll('a').length]).to.deep.equal(['Source\u202F: SCMP', 0])],
  ];
  for (const [name, data, fields, check] of cases) {
    it(`reports ${name}`, async () => {
      const outcome = await render(html`<lede-deal-card .data=${data}></lede-deal-card>`);
      expect(expectReportedOnce(outcome)).to.deep.equal(fields);
      expect(text(part(outcome.el, 'headline'))).to.match(/^(Un accord|x+…)$/);
      check(outcome.el);
    });
  }

  it('reports data that is not an object', async () => {
    const outcome = await render(html`<lede-deal-card headline="Titre" .data=${'pas un objet' as unknown as DealData}></lede-deal-card>`);
    expect(expectReportedOnce(outcome)).to.deep.equal(['data']);
    expect(text(part(outcome.el, 'headline'))).to.equal('Titre');
  });

  it('reports inline JSON that does not parse, or is no object', async () => {
    for (const json of ['{"headline": "oups",', '["Huawei"]']) {
      const outcome = await render(html`<lede-deal-card headline="Titre"><script type="application/json">${json}</script></lede-deal-card>`);
      expect(expectReportedOnce(outcome)).to.deep.equal(['script']);
      expect(text(part(outcome.el, 'headline'))).to.equal('Titre');
    }
  });

  const sources: Array<[string, string, RegExp]> = [
    ['a failed fetch', fixtureUrl('missing.json', 'huawei-peru-ai'), /HTTP 404/],
    ['a document that is not JSON', fixtureUrl('broken.json', 'full-deal'), /not JSON/],
    ['an unknown id', fixtureUrl('deal-story.json', 'no-such-deal'), /no item with id "no-such-deal" in "deals"/],
    ['a src that is not http(s)', 'javascript:window.ledeCanary=1', /must be an http\(s\) URL/],
  ];
  for (const [name, src, message] of sources) {
    it(`reports ${name} and keeps the fallback`, async () => {
      const outcome = await render(html`<lede-deal-card loading="eager" src=${src}><p>Repli</p></lede-deal-card>`, reported);
      expect(expectReportedOnce(outcome)).to.deep.equal(['src', 'headline']);
      expect(outcome.events[0][0].message).to.match(message);
      expect(outcome.el.querySelector('p')!.getClientRects().length).to.be.above(0);
    });
  }
});

/** Each payload would set window.ledeCanary if the browser ever treated it as markup or script. */
const PAYLOADS = [
  '<img src=x onerror="window.ledeCanary=1">',
  '<script>window.ledeCanary=1</script>',
  '"><svg onload=window.ledeCanary=1>',
  "'><iframe srcdoc=\"<script>parent.ledeCanary=1</script>\">",
  'javascript:window.ledeCanary=1',
  'JaVaScRiPt:window.ledeCanary=1',
  ' \tjavascript:window.ledeCanary=1',
  'data:text/html,<script>window.ledeCanary=1</script>',
  'vbscript:window.ledeCanary=1',
  '<a href="javascript:window.ledeCanary=1">clic</a>',
  '<details open ontoggle=window.ledeCanary=1>',
  '<body onload=window.ledeCanary=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.ledeCanary=1>',
  '<!--<img src=x onerror=window.ledeCanary=1>-->',
  '<svg><script>window.ledeCanary=1</script></svg>',
  '&lt;img src=x onerror=window.ledeCanary=1&gt;',
  '<object data="javascript:window.ledeCanary=1"></object>',
  '<video><source onerror=window.ledeCanary=1></video>',
  '<input autofocus onfocus=window.ledeCanary=1>',
  '<template><img src=x onerror=window.ledeCanary=1></template>',
  '<style>@import "javascript:window.ledeCanary=1"</style>',
  '</script><script>window.ledeCanary=1</script>',
  '${window.ledeCanary=1}',
  '{{constructor.constructor("window.ledeCanary=1")()}}',
  '<lede-deal-card headline="injected"></lede-deal-card>',
  '<div style="background:url(javascript:window.ledeCanary=1)">',
];

/** Every element the widget itself draws; anything else came from data. */
const OWN_TAGS = new Set(['div', 'article', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'dl', 'dt', 'dd', 'ul', 'li', 'span', 'time', 'cite', 'a', 'slot']);

function dealOf(payload: string): Record<string, unknown> {
  return {
    headline: payload,
    status: payload,
    date: payload,
    location: payload,
    summary: payload,
    parties: [{ name: payload, kind: payload, country: payload, url: payload }],
    terms: [{ label: payload, value: payload, unit: payload }],
    beneficiaries: [payload],
    source: payload,
    sourceUrl: payload,
    via: payload,
    headingLevel: payload,
  };
}

function expectInert(el: LedeDealCard, payload: string): void {
  const root = el.shadowRoot!;
  const tags = [...root.querySelectorAll('*')].map((node) => node.localName);
  expect(tags.filter((tag) => !OWN_TAGS.has(tag))).to.deep.equal([]);
  for (const node of root.querySelectorAll('*')) {
    expect([...node.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on'))).to.deep.equal([]);
  }
  expect([...root.querySelectorAll('a')].map((link) => new URL(link.href).protocol).filter((protocol) => !/^https?:$/.test(protocol))).to.deep.equal([]);
  expect([...el.querySelectorAll('*')].map((node) => node.localName).filter((tag) => tag !== 'script')).to.deep.equal([]);
  const shown = shownAs(payload);
  expect(text(part(el, 'headline'))).to.equal(shown);
  for (const name of ['summary', 'party-name', 'terms', 'beneficiaries', 'source']) expect(text(part(el, name)), name).to.include(shown);
}

describe('<lede-deal-card> injection', () => {
  before(() => {
    delete window.ledeCanary;
  });

  after(async () => {
    await nextFrame();
    await nextFrame();
    expect(window.ledeCanary, 'a payload ran').to.equal(undefined);
  });

  for (const [index, payload] of PAYLOADS.entries()) {
    it(`renders payload ${index + 1} as text in every field and every data form: ${payload.slice(0, 40)}`, async () => {
      const deal = dealOf(payload);
      const fromData = await render(html`<lede-deal-card .data=${deal}></lede-deal-card>`);
      expect(fromData.uncaught).to.deep.equal([]);
      expectInert(fromData.el, payload);

      const fromJson = await render(html`<lede-deal-card><script type="application/json">${JSON.stringify(deal)}</script></lede-deal-card>`);
      expectInert(fromJson.el, payload);

      const fromAttributes = await render(html`<lede-deal-card
        headline=${payload} status=${payload} date=${payload} location=${payload} summary=${payload}
        source=${payload} source-url=${payload} via=${payload} heading-level=${payload}
        ><script type="application/json">${JSON.stringify({ parties: deal.parties, terms: deal.terms, beneficiaries: deal.beneficiaries })}</script></lede-deal-card>`);
      expectInert(fromAttributes.el, payload);
      expect(shadowText(fromAttributes.el)).to.include(fr.problem);
      expect(window.ledeCanary).to.equal(undefined);
    });
  }
});
