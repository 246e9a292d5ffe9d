// <lede-quote-block> as a reader sees it: marks, caption, dates and notes in the page's language.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/quote-block/index.js';
import { en } from '../src/locales/en.js';
import { es } from '../src/locales/es.js';
import { fr } from '../src/locales/fr.js';
import { zh } from '../src/locales/zh.js';
import { captureWarnings, fixtureUrl, nextProblems, shadowText, untilShown } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part="${name}"]`);

describe('<lede-quote-block>', () => {
  for (const [lang, messages] of Object.entries({ en, fr, es, zh })) {
    it(`draws the quotation marks of ${lang}, and notes a quote translated from another language`, async () => {
      const el = await fixture(html`<lede-quote-block lang=${lang} original-lang="pt-BR">Words</lede-quote-block>`);
      await untilShown(el, 'Words');
      const [open, close] = messages.quotes;
      expect(part(el, 'text')?.textContent).to.equal(`${open}Words${close}`);
      const portuguese = new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' }).of('pt-BR') ?? 'pt-BR';
      expect(part(el, 'translation')?.textContent).to.equal(messages.translatedFrom(portuguese));
    });
  }

  it('shows no translation note when the words are in the page language', async () => {
    const el = await fixture(html`<lede-quote-block lang="fr-CA" original-lang="fr">Bonjour</lede-quote-block>`);
    await untilShown(el, 'Bonjour');
    expect(part(el, 'translation')).to.equal(null);
  });

  it('drops quotation marks typed around the text, so they are not doubled', async () => {
    const el = await fixture(html`<lede-quote-block lang="en">“Hello there”</lede-quote-block>`);
    await untilShown(el, 'Hello');
    expect(part(el, 'text')?.textContent).to.equal('\u201CHello there\u201D');
  });

  it('captions speaker, role, context, linked source and a date at the precision given', async () => {
    const el = await fixture(html`<lede-quote-block
      lang="fr"
      speaker="Gustavo Adrianzén"
      speaker-role="Premier ministre du Pérou"
      context="lors d'une visite à Pékin"
      source="SCMP"
      source-url="https://www.scmp.com/news"
      date="2024-06"
      >Mot</lede-quote-block
    >`);
    await untilShown(el, 'Gustavo');
    const month = new Intl.DateTimeFormat('fr', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5));
    expect(shadowText(el)).to.include('Gustavo Adrianzén, Premier ministre du Pérou').and.include("lors d'une visite à Pékin").and.include(month);
    const link = part(el, 'source')?.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://www.scmp.com/news');
    expect(link?.textContent).to.equal('SCMP');
    expect(el.shadowRoot?.querySelector('blockquote')?.getAttribute('cite')).to.equal('https://www.scmp.com/news');
    await expect(el).to.be.accessible();
  });

  it('names the source by its host when only a URL is given, and never links a javascript: URL', async () => {
    const linked = await fixture(html`<lede-quote-block lang="en" source-url="https://example.org/a">Words</lede-quote-block>`);
    await untilShown(linked, 'example.org');
    const warnings = captureWarnings();
    try {
      const unsafe = await fixture(html`<lede-quote-block lang="en" source="Blog" source-url="javascript:alert(1)">Words</lede-quote-block>`);
      await untilShown(unsafe, 'Blog');
      expect(unsafe.shadowRoot?.querySelector('a')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('without any text, keeps the light DOM on show and reports the missing field', async () => {
    const el = document.createElement('lede-quote-block');
    el.setAttribute('speaker', 'Nobody');
    const problems = nextProblems(el);
    const warnings = captureWarnings();
    try {
      document.body.append(el);
      expect((await problems).map((problem) => problem.field)).to.deep.equal(['text']);
    } finally {
      warnings.restore();
      el.remove();
    }
    expect(el.shadowRoot?.querySelector('slot')).to.exist;
  });

  it('loads its `src` lazily once it is near the viewport', async () => {
    const el = await fixture(html`<lede-quote-block lang="fr" src=${fixtureUrl('story.json', 'pm-quote')}></lede-quote-block>`);
    await untilShown(el, 'contrariés');
    expect(shadowText(el)).to.include('Premier ministre du Pérou');
  });
});
