import { expect, fixture, html } from '@open-wc/testing';
import type { LedeErrorDetail } from '../../../src/core/lede-element.js';
import '../../../src/index.js';
import { DEAL_STATUSES, type DealData, type LedeDealCard } from '../../../src/index.js';
import { en } from '../../../src/locales/en.js';
import { es } from '../../../src/locales/es.js';
import { fr } from '../../../src/locales/fr.js';
import { zhHant } from '../../../src/locales/zh-Hant.js';
import { zh } from '../../../src/locales/zh.js';
import story from '../../../demo/stories/huawei-peru.json' with { type: 'json' };
import { captureWarnings, hasPart, part, parts, text } from '../../helpers.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

const MESSAGES = { en, fr, es, zh, 'zh-TW': zhHant };
const LANGS = ['fr', 'en', 'es', 'zh', 'zh-TW'] as const;

/** Every field set. */
const FULL: DealData = {
  headline: 'Accord de formation à l’IA',
  status: 'signed',
  date: '2024-06-27',
  location: 'Shenzhen',
  parties: [
    { name: 'Huawei', kind: 'company', country: 'CN', url: 'https://www.huawei.com/' },
    { name: 'Pérou', kind: 'government', country: 'PE' },
  ],
  summary: 'Former des jeunes à l’intelligence artificielle.',
  terms: [
    { label: 'Jeunes à former', value: 20000, unit: 'jeunes' },
    { label: 'Durée', value: 'trois ans' },
  ],
  beneficiaries: ['Femmes', 'Professionnels'],
  source: 'SCMP',
  sourceUrl: 'https://www.scmp.com/',
  via: 'Google Actualités',
};

/** Booleans, not elements, in assertions: a failing assertion must not have to serialize a DOM node. */
const has = (el: Element, selector: string) => !!el.shadowRoot!.querySelector(selector);
/** The date-and-place list as [label, value, …]. */
const meta = (el: Element) => [...(part(el, 'meta')?.querySelectorAll('dt, dd') ?? [])].map(text);

async function mount(data: unknown, lang = 'fr'): Promise<LedeDealCard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><lede-deal-card .data=${data}></lede-deal-card></div>`);
  const el = wrapper.querySelector('lede-deal-card')!;
  await el.updateComplete;
  return el;
}

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-deal-card')!);

describe('<lede-deal-card> data forms', () => {
  it('reads attributes, and hides the light-DOM fallback once the card is drawn', async () => {
    const el = await fixture<LedeDealCard>(html`<lede-deal-card lang="fr" headline="Accord signé" status="SIGNED" date="2024-06" location="Lima"
      summary="Un résumé." source="SCMP" source-url="https://www.scmp.com/" via="Google Actualités" heading-level="2">
      <h2>Accord (sans JavaScript)</h2><p>Texte de repli.</p></lede-deal-card>`);
    expect(text(part(el, 'headline'))).to.equal('Accord signé');
    expect(part(el, 'headline')!.localName).to.equal('h2');
    expect(text(part(el, 'status'))).to.equal('Signé');
    expect(meta(el)).to.deep.equal(['Date', new Intl.DateTimeFormat('fr', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5)), 'Lieu', 'Lima']);
    expect(text(part(el, 'summary'))).to.equal('Un résumé.');
    expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://www.scmp.com/');
    expect(has(el, 'slot')).to.equal(false);
    expect(el.querySelector('h2')!.getClientRects().length, 'fallback not shown twice').to.equal(0);
  });

  it('formats term values written as digits (as plain markup gives them), and keeps other text as written', async () => {
    const el = await fixture<LedeDealCard>(html`<lede-deal-card lang="es" headline="Acuerdo"></lede-deal-card>`);
    el.data = { terms: [{ label: 'Jóvenes', value: '20000' }, { label: 'Plazo', value: '3 años' }, { label: 'Cifra', value: '1.5' }] };
    await el.updateComplete;
    const format = (n: number) => new Intl.NumberFormat('es').format(n);
    expect(parts(el, 'term-value').map(text)).to.deep.equal([format(20000), '3 años', format(1.5)]);
  });

  it('draws the story document’s deal as the article tells it', async () => {
    const el = await mount(story.deals.find((deal) => deal.id === 'huawei-peru-ai'));
    expect(text(part(el, 'headline'))).to.match(/^Huawei va former 20\u202F000 jeunes/);
    expect(text(part(el, 'status'))).to.equal('Signé');
    expect(has(el, 'time'), 'the article gives no date').to.equal(false);
    expect(meta(el)).to.deep.equal(['Lieu', 'Siège de Huawei']);
    expect(parts(el, 'party').map(text)).to.deep.equal([
      `Huawei Entreprise · ${new Intl.DisplayNames('fr', { type: 'region' }).of('CN')}`,
      `Pérou Gouvernement · ${new Intl.DisplayNames('fr', { type: 'region' }).of('PE')}`,
    ]);
    expect(text(part(el, 'term-value'))).to.equal(new Intl.NumberFormat('fr').format(20000));
    expect(parts(el, 'beneficiaries')[0].querySelectorAll('li')).to.have.length(3);
    expect(text(part(el, 'source'))).to.equal('Source\u202F: South China Morning Post (SCMP), via Google Actualités');
    expect(has(el, '[part~="source"] a'), 'the article gives no source URL').to.equal(false);
  });
});

describe('<lede-deal-card> fields', () => {
  it('draws every field', async () => {
    const el = await mount(FULL);
    const headline = part(el, 'headline')!;
    expect(headline.localName).to.equal('h3');
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(headline.id);
    expect(text(part(el, 'status'))).to.equal('Signé');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.dateTime).to.equal('2024-06-27');
    expect(text(time)).to.equal(new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 27)));
    expect(meta(el).slice(2)).to.deep.equal(['Lieu', 'Shenzhen']);
    expect(text(part(el, 'summary'))).to.equal(FULL.summary);
    expect(parts(el, 'section-title').map((title) => [title.localName, text(title)])).to.deep.equal([
      ['h4', 'Parties'],
      ['h4', 'Points clés'],
      ['h4', 'Bénéficiaires'],
    ]);
    const link = part(el, 'party-name')!.querySelector('a')!;
    expect([link.href, text(link)]).to.deep.equal(['https://www.huawei.com/', 'Huawei']);
    expect([...part(el, 'terms')!.querySelectorAll('dt')].map(text)).to.deep.equal(['Jeunes à former', 'Durée']);
    expect([...part(el, 'beneficiaries')!.querySelectorAll('li')].map(text)).to.deep.equal(['Femmes', 'Professionnels']);
    expect(text(part(el, 'source'))).to.equal('Source\u202F: SCMP, via Google Actualités');
    expect(part(el, 'source')!.querySelector('cite a')!.getAttribute('href')).to.equal('https://www.scmp.com/');
    expect(hasPart(el, 'error')).to.equal(false);
  });

  it('draws only the headline when that is all there is', async () => {
    const el = await mount({ headline: 'Seul titre' });
    expect(text(el.shadowRoot!.querySelector('article'))).to.equal('Seul titre');
    for (const name of ['status', 'meta', 'summary', 'parties', 'terms', 'beneficiaries', 'source', 'section-title', 'error']) {
      expect(hasPart(el, name), name).to.equal(false);
    }
  });

  const withoutEach: Array<[keyof DealData, (el: LedeDealCard) => void]> = [
    ['status', (el) => expect(hasPart(el, 'status')).to.equal(false)],
    ['date', (el) => expect([has(el, 'time'), ...meta(el)]).to.deep.equal([false, 'Lieu', 'Shenzhen'])],
    ['location', (el) => expect(meta(el)).to.have.length(2)],
    ['parties', (el) => expect([hasPart(el, 'parties'), parts(el, 'section-title').length]).to.deep.equal([false, 2])],
    ['summary', (el) => expect(hasPart(el, 'summary')).to.equal(false)],
    ['terms', (el) => expect([hasPart(el, 'terms'), parts(el, 'section-title').length]).to.deep.equal([false, 2])],
    ['beneficiaries', (el) => expect([hasPart(el, 'beneficiaries'), parts(el, 'section-title').length]).to.deep.equal([false, 2])],
    ['source', (el) => expect(text(part(el, 'source'))).to.equal('Source\u202F: www.scmp.com, via Google Actualités')],
    ['sourceUrl', (el) => expect([text(part(el, 'source')), has(el, '[part~="source"] a')]).to.deep.equal(['Source\u202F: SCMP, via Google Actualités', false])],
    ['via', (el) => expect(text(part(el, 'source'))).to.equal('Source\u202F: SCMP')],
  ];
  for (const [field, check] of withoutEach) {
    it(`leaves out ${field} when it is absent`, async () => {
      const data: Partial<DealData> = { ...FULL };
      delete data[field];
      const el = await mount(data);
      check(el);
      expect(text(part(el, 'headline'))).to.equal(FULL.headline);
      expect(hasPart(el, 'error')).to.equal(false);
    });
  }

  it('shows "via" alone when there is no source, and no date-and-place list without both', async () => {
    const el = await mount({ headline: 'Titre', via: 'Google Actualités', date: '2024' });
    expect(text(part(el, 'source'))).to.equal('via Google Actualités');
    expect(meta(el)).to.deep.equal(['Date', new Intl.DateTimeFormat('fr', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 0))]);
  });

  it('shows a party without kind or country as its name alone', async () => {
    const el = await mount({ headline: 'Titre', parties: [{ name: 'Une ONG' }, { name: 'Ana', kind: 'person' }, { name: 'X', country: 'pe' }] });
    expect(parts(el, 'party').map(text)).to.deep.equal(['Une ONG', 'Ana Personne', `X ${new Intl.DisplayNames('fr', { type: 'region' }).of('PE')}`]);
  });

  it('keeps no-break spaces typed in the data', async () => {
    const el = await mount({ headline: 'Former 20\u202F000 jeunes\u00A0!' });
    expect(part(el, 'headline')!.textContent).to.equal('Former 20\u202F000 jeunes\u00A0!');
  });

  for (const [level, sub] of [['2', 'h3'], ['4', 'h5'], ['5', 'h6'], ['6', 'h6']]) {
    it(`uses <h${level}> for heading-level="${level}" and <${sub}> for its section titles`, async () => {
      const el = await fixture<LedeDealCard>(html`<lede-deal-card heading-level=${level}><script type="application/json">${JSON.stringify(FULL)}</script></lede-deal-card>`);
      expect(part(el, 'headline')!.localName).to.equal(`h${level}`);
      expect(parts(el, 'section-title').map((title) => title.localName)).to.deep.equal([sub, sub, sub]);
    });
  }
});

describe('<lede-deal-card> languages', () => {
  const REPORTED = { fr: /non confirmé/i, en: /not confirmed/i, es: /sin confirmar/i, zh: /尚未证实/, 'zh-TW': /尚未證實/ };
  for (const lang of LANGS) {
    it(`names each status in ${lang}; "reported" says it is not confirmed`, async () => {
      const seen: string[] = [];
      for (const status of DEAL_STATUSES) {
        const el = await mount({ headline: 'H', status }, lang);
        expect(text(part(el, 'status'))).to.equal(MESSAGES[lang].status[status]);
        seen.push(text(part(el, 'status')));
      }
      expect(new Set(seen).size, 'six different badges').to.equal(6);
      expect(seen[0]).to.match(REPORTED[lang]);
    });

    it(`formats numbers, dates, countries and labels in ${lang}`, async () => {
      const el = await mount(FULL, lang);
      const m = MESSAGES[lang];
      const region = new Intl.DisplayNames(lang, { type: 'region' });
      expect(text(el.shadowRoot!.querySelector('time'))).to.equal(
        new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 27)),
      );
      expect(text(part(el, 'term-value'))).to.equal(`${new Intl.NumberFormat(lang).format(20000)}\u00A0jeunes`);
      expect(parts(el, 'party').map(text)).to.deep.equal([
        `Huawei ${m.kind.company} · ${region.of('CN')}`,
        `Pérou ${m.kind.government} · ${region.of('PE')}`,
      ]);
      expect(parts(el, 'section-title').map(text)).to.deep.equal([m.parties, m.terms, m.beneficiaries]);
      expect([...part(el, 'meta')!.querySelectorAll('dt')].map(text)).to.deep.equal([m.date, m.location]);
      expect(text(part(el, 'source'))).to.equal(`${m.source}${lang.startsWith('zh') ? '' : ' '}SCMP${m.comma}${m.via.join('Google Actualités')}`);
    });
  }

  it('uses the regional locale for Intl (es-PE)', async () => {
    const el = await mount(FULL, 'es-PE');
    expect(text(part(el, 'term-value'))).to.equal(`${new Intl.NumberFormat('es-PE').format(20000)}\u00A0jeunes`);
  });

  it('writes dates and numbers in the page’s digits (hi-u-nu-deva: Devanagari), with or without strings for it', async () => {
    const el = await mount(FULL, 'hi-u-nu-deva');
    const date = text(el.shadowRoot!.querySelector('time'));
    expect(date, date).to.match(/[०-९]{4}/).and.not.to.match(/[0-9]/);
    expect(text(part(el, 'term-value'))).to.equal(`${new Intl.NumberFormat('hi-u-nu-deva').format(20000)}\u00A0jeunes`);
  });

});

describe('<lede-deal-card> themes and accessibility', () => {
  const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('article')!).backgroundColor;

  it('uses the light tokens by default', async () => {
    const el = await mount(FULL);
    el.theme = 'light';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(255, 255, 255)');
  });

  it('uses the dark tokens with theme="dark"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr" style="background:#000"><lede-deal-card theme="dark" .data=${FULL}></lede-deal-card></div>`);
    const el = wrapper.querySelector('lede-deal-card')!;
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(23, 25, 30)');
    expect(getComputedStyle(part(el, 'headline')!).color).to.equal('rgb(236, 238, 242)');
  });

  for (const lang of ['zh', 'en']) {
    it(`is accessible with an unconfirmed deal in ${lang}, light and dark`, async () => {
      const el = await mount({ ...FULL, status: 'reported' }, lang);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      el.parentElement!.style.background = '#000';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('can be restyled through custom properties and parts', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>.restyled::part(status) { color: rgb(1, 2, 3); }</style>
      <lede-deal-card class="restyled" style="--lede-color-surface: rgb(4, 5, 6)" .data=${FULL}></lede-deal-card>
    </div>`);
    const el = wrapper.querySelector('lede-deal-card')!;
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(part(el, 'status')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('<lede-deal-card> layout', () => {
  const LONG: DealData = {
    ...FULL,
    headline: 'Un-accord-au-nom-particulièrement-long-qui-ne-contient-aucune-espace-pour-passer-à-la-ligne',
    parties: [...FULL.parties!, { name: 'Organisation-des-Nations-unies-pour-l’éducation-la-science-et-la-culture', kind: 'organization' }],
    beneficiaries: ['Chefs d’entreprise de petites et moyennes industries', 'Professionnels'],
  };
  const rect = (node: Element) => node.getBoundingClientRect();

  async function mountAt(width: number, dir = 'ltr') {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr" dir=${dir} style=${`width:${width}px`}><lede-deal-card .data=${LONG}></lede-deal-card></div>`);
    const el = wrapper.querySelector('lede-deal-card')!;
    await el.updateComplete;
    return el;
  }

  it('fits 280 px without horizontal overflow, one block under another', async () => {
    const el = await mountAt(280);
    const host = rect(el);
    expect(host.width).to.equal(280);
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const box = rect(node);
      if (!box.width) continue;
      expect(box.left, node.localName).to.be.at.least(host.left - 0.5);
      expect(box.right, node.localName).to.be.at.most(host.right + 0.5);
    }
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
    const [parties, terms] = [part(el, 'parties')!, part(el, 'terms')!];
    expect(rect(terms).top).to.be.above(rect(parties).bottom);
  });

  it('puts the parties in one row, and terms beside beneficiaries, at 1200 px', async () => {
    const el = await mountAt(1200);
    const partyBoxes = parts(el, 'party').map(rect);
    expect(partyBoxes.map((box) => box.top)).to.deep.equal([partyBoxes[0].top, partyBoxes[0].top, partyBoxes[0].top]);
    expect(partyBoxes[1].left).to.be.above(partyBoxes[0].right);
    const [terms, beneficiaries] = [part(el, 'terms')!.parentElement!, part(el, 'beneficiaries')!.parentElement!].map(rect);
    expect(terms.top).to.equal(beneficiaries.top);
    expect(beneficiaries.left).to.be.above(terms.right);
    expect(terms.top).to.be.above(rect(part(el, 'parties')!).bottom);
  });

  it('keeps each beneficiary’s bullet beside its first line, even when the beneficiary is one word too long for the line', async () => {
    const beneficiaries = ['Bundesverkehrswegeplanungsbeschleunigungsgesetz', 'Frauen', 'Telekommunikationsüberwachungsverordnung'];
    const box = await fixture<HTMLElement>(html`<div lang="de" style="font: 16px serif"><lede-deal-card .data=${{ headline: 'Abkommen', beneficiaries }}></lede-deal-card></div>`);
    const el = box.firstElementChild as LedeDealCard;
    await el.updateComplete;
    const range = document.createRange();
    for (const dir of ['ltr', 'rtl']) {
      box.dir = dir;
      for (let width = 280; width <= 1200; width += 40) {
        box.style.width = `${width}px`;
        for (const item of part(el, 'beneficiaries')!.querySelectorAll('li')) {
          range.selectNodeContents(item);
          const [first] = [...range.getClientRects()].filter((box) => box.width > 0);
          const style = getComputedStyle(item);
          expect([style.display, style.listStyleType], 'a bulleted list item').to.deep.equal(['list-item', 'disc']);
          expect(first.top - rect(item).top, `${dir} ${width} px: "${text(item)}" starts on a line below its bullet`).to.be.below(parseFloat(style.fontSize) / 2);
        }
      }
    }
  });

  it('mirrors for right-to-left pages', async () => {
    const el = await mountAt(280, 'rtl');
    const party = getComputedStyle(part(el, 'party')!);
    expect([party.borderRightWidth, party.borderLeftWidth]).to.deep.equal(['4px', '0px']);
  });
});

interface Outcome {
  el: LedeDealCard;
  warnings: string[];
  events: LedeErrorDetail['problems'][];
  uncaught: unknown[];
}

/** Renders `template` (a wrapper around one deal card) and records what came out. */
async function render(template: unknown): Promise<Outcome> {
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
    return { el, warnings: warnings.calls, events, uncaught };
  } finally {
    warnings.restore();
    document.removeEventListener('lede-error', onEvent);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

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
    ['a party link that is not http(s)', { ...GOOD, parties: [{ name: 'Huawei', url: 'javascript:ledePwn()' }] }, ['parties[0].url'],
      (el) => expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0)],
    ['terms that are not a list', { ...GOOD, terms: { label: 'x', value: 1 } }, ['terms'], (el) => expect(hasPart(el, 'terms')).to.equal(false)],
    ['terms without label or value, or not objects', { ...GOOD, terms: [{ value: 1 }, { label: 'Sans valeur' }, 42, { label: 'Infini', value: '' }, { label: 'Bon', value: 3 }] },
      ['terms[0].label', 'terms[1].value', 'terms[2]', 'terms[3].value'], (el) => expect(text(part(el, 'terms'))).to.equal('Bon 3')],
    ['beneficiaries that are not text', { ...GOOD, beneficiaries: ['Femmes', { who: 'x' }, null, 7] }, ['beneficiaries[1]', 'beneficiaries[2]'],
      (el) => expect([...part(el, 'beneficiaries')!.querySelectorAll('li')].map(text)).to.deep.equal(['Femmes', '7'])],
    ['beneficiaries that are not a list', { ...GOOD, beneficiaries: 'Femmes' }, ['beneficiaries'], (el) => expect(hasPart(el, 'beneficiaries')).to.equal(false)],
    ['a date that is not ISO 8601', { ...GOOD, date: '27/06/2024' }, ['date'], (el) => expect(hasPart(el, 'meta')).to.equal(false)],
    ['too many parties', { ...GOOD, parties: Array.from({ length: 60 }, (_, i) => ({ name: `P${i}` })) }, ['parties'],
      (el) => expect(el.shadowRoot!.querySelectorAll('[part~="party"]')).to.have.length(50)],
    ['a heading level out of range', { ...GOOD, headingLevel: 9 }, ['headingLevel'], (el) => expect(part(el, 'headline')!.localName).to.equal('h3')],
    ['a heading level of 1', { ...GOOD, headingLevel: '1' }, ['headingLevel'], (el) => expect(part(el, 'headline')!.localName).to.equal('h3')],
    ['a heading level that is no number', { ...GOOD, headingLevel: 'deux' }, ['headingLevel'], (el) => expect(part(el, 'headline')!.localName).to.equal('h3')],
  ];
  for (const [name, data, fields, check] of cases) {
    it(`reports ${name}`, async () => {
      const outcome = await render(html`<lede-deal-card .data=${data}></lede-deal-card>`);
      expect(expectReportedOnce(outcome)).to.deep.equal(fields);
      expect(text(part(outcome.el, 'headline'))).to.equal('Un accord');
      check(outcome.el);
    });
  }
});
