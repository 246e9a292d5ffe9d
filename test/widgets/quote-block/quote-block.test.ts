import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resolveLocale } from '../../../src/core/locale.js';
import '../../../src/widgets/quote-block/index.js';
import type { LedeQuoteBlock } from '../../../src/widgets/quote-block/quote-block.js';
import { captureWarnings, nextProblems, part, shadowText } from '../../helpers.js';
import { LANGUAGES } from '../../../src/locales/languages.js';
import { expectedMarks, localesToDraw } from '../../shared/cldr-quotes.js';
import { expectWhole } from '../../shared/layout.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

const QUOTE = 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés.';

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-quote-block')!);

describe('<lede-quote-block>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('fields', () => {
    it('renders only the quote when nothing else is given, without a caption', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en">Just words</lede-quote-block>`);
      expect(part(el, 'caption')).to.equal(null);
      expect(shadowText(el)).to.equal('“Just words”');
    });

    it('renders every field in semantic markup, in reading order', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block
        lang="en"
        speaker="Ana Pérez"
        speaker-role="Prime Minister"
        context="At a press conference"
        date="2024-06-27"
        source="SCMP"
        source-url="https://www.scmp.com/news"
        >Words</lede-quote-block
      >`);
      const root = el.shadowRoot!;
      const figure = root.querySelector('figure')!;
      expect(figure.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://www.scmp.com/news');
      const caption = figure.querySelector('figcaption')!;
      expect(caption.querySelector('cite a')!.getAttribute('href')).to.equal('https://www.scmp.com/news');
      const time = caption.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-06-27');
      expect(time.textContent).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 27)));
      const text = shadowText(el);
      const order = ['Words', 'Ana Pérez', 'Prime Minister', 'SCMP'].map((word) => text.indexOf(word));
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      expect(order[0]).to.be.at.least(0);
    });

    it('strips quotation marks the editor typed, so marks are not doubled', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr">« Déjà entre guillemets »</lede-quote-block>`);
      expect(part(el, 'text')!.textContent).to.equal('«\u202FDéjà entre guillemets\u202F»');
    });

    it('links the source host name when only a URL is given', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" source-url="https://example.org/a">W</lede-quote-block>`);
      expect(part(el, 'source')!.querySelector('a')!.textContent).to.equal('example.org');
    });

    for (const [precision, date, options] of [
      ['year', '2024', { year: 'numeric', timeZone: 'UTC' }],
      ['month', '2024-06', { year: 'numeric', month: 'long', timeZone: 'UTC' }],
    ] as const) {
      it(`formats a ${precision}-precision date`, async () => {
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="es" date=${date}>W</lede-quote-block>`);
        expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(
          new Intl.DateTimeFormat('es', options).format(Date.UTC(2024, 5, 1)),
        );
      });
    }

    it('formats a date-time in the reader’s time zone', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" date="2024-06-27T10:00:00Z">W</lede-quote-block>`);
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date('2024-06-27T10:00:00Z')),
      );
    });
  });

  describe('languages', () => {
    const cases = [
      ['fr', '«\u202F', '\u202F»'],
      ['en', '“', '”'],
      ['es', '«', '»'],
      ['es-PE', '«', '»'],
      ['zh', '“', '”'],
      ['zh-Hant', '「', '」'],
      ['zh-TW', '「', '」'],
      ['sw', '“', '”'],
    ] as const;
    for (const [lang, open, close] of cases) {
      it(`draws ${lang} quotation marks and dates from the closest lang`, async () => {
        const wrapper = await fixture(html`<section lang=${lang}><div><lede-quote-block date="2024-06-27">Texte</lede-quote-block></div></section>`);
        const el = wrapper.querySelector('lede-quote-block')!;
        await el.updateComplete;
        expect(part(el, 'text')!.textContent).to.equal(`${open}Texte${close}`);
        const intlLang = lang === 'sw' ? 'en' : lang;
        expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(
          new Intl.DateTimeFormat(intlLang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 27)),
        );
      });
    }

    for (const [lang, original] of [
      ['fr', 'es'],
      ['fr', 'en'],
      ['en', 'es'],
      ['es', 'en'],
      ['zh', 'es'],
    ] as const) {
      it(`notes a ${original} original on a ${lang} page with Intl.DisplayNames`, async () => {
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang=${lang} original-lang=${original}>W</lede-quote-block>`);
        const name = new Intl.DisplayNames(lang, { type: 'language' }).of(original)!;
        const note = part(el, 'translation')!.textContent!;
        expect(note).to.include(name);
        expect(note).not.to.equal(name);
      });
    }

    it('shows no translation note when the original language is the page’s', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="es-PE" original-lang="es">W</lede-quote-block>`);
      expect(part(el, 'translation')).to.equal(null);
    });

    // The original is compared with the page's language, not with the strings' (English where Lede
    // has none): Persian never has strings, German may or may not. The note is in the strings in use.
    for (const page of ['de', 'fa']) {
      it(`on a ${page} page, notes an English original and not a ${page} one`, async () => {
        const box = await fixture(html`<div lang=${page}>
          <lede-quote-block original-lang=${page}>W</lede-quote-block><lede-quote-block original-lang="en">W</lede-quote-block>
        </div>`);
        const [same, english] = box.querySelectorAll('lede-quote-block');
        await same.updateComplete;
        await english.updateComplete;
        expect(part(same, 'translation')).to.equal(null);
        await resolveLocale(page).ready;
        const { tag, messages } = resolveLocale(page);
        const name = new Intl.DisplayNames(tag, { type: 'language', fallback: 'code' }).of('en')!;
        expect(part(english, 'translation')!.textContent).to.equal(messages.translatedFrom(name));
      });
    }

    it('writes the French note with the right article', async () => {
      const es = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr" original-lang="es">W</lede-quote-block>`);
      const zh = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr" original-lang="zh">W</lede-quote-block>`);
      expect(part(es, 'translation')!.textContent).to.equal('Traduit de l’espagnol');
      expect(part(zh, 'translation')!.textContent).to.equal('Traduit du chinois');
    });
  });

  describe('quotation marks', () => {
    it('draws CLDR’s outer and inner marks, with the reviewed overrides, for every language and each regional locale with marks of its own', async function () {
      this.timeout(60000);
      const locales = await localesToDraw();
      expect(locales).to.include.members(['fr-CA', 'fr-CH', 'zh-Hant']);
      for (const lang of locales) {
        const [open, close, innerOpen, innerClose] = await expectedMarks(lang);
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang=${lang}>A "b" c</lede-quote-block>`);
        await el.updateComplete;
        expect(part(el, 'text')!.textContent, lang).to.equal(`${open}A ${innerOpen}b${innerClose} c${close}`);
        el.remove();
      }
    });

    for (const [lang, typed, shown] of [
      ['de', 'Er sagte "nein" und ging', '„Er sagte ‚nein‘ und ging“'],
      ['fr', 'Il a dit « non »', '«\u202FIl a dit “non”\u202F»'],
      ['en', 'He said “no”', '“He said ‘no’”'],
      ['ja', '彼は「いいえ」と言った', '「彼は『いいえ』と言った」'],
      ['es', 'Antonio me dijo: "Vaya ‘cacharro’ que se ha comprado Julián"', '«Antonio me dijo: “Vaya ‘cacharro’ que se ha comprado Julián”»'],
    ] as const) {
      it(`draws a quotation inside a ${lang} quote in the inner marks`, async () => {
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang=${lang}>${typed}</lede-quote-block>`);
        await el.updateComplete;
        expect(part(el, 'text')!.textContent).to.equal(shown);
      });
    }

    it('leaves apostrophes and unbalanced marks as the editor typed them', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr">L'homme qu’on dit "libre et l’État</lede-quote-block>`);
      await el.updateComplete;
      expect(part(el, 'text')!.textContent).to.equal('«\u202FL\'homme qu’on dit "libre et l’État\u202F»');
    });
  });

  describe('layout', () => {
    it('draws its own quotation marks, in --lede-color-accent, whatever the page’s `quotes` say', async () => {
      const el = await fixture(html`<div style="quotes: '[[' ']]'; --lede-color-accent: rgb(200, 0, 0)">
        <lede-quote-block lang="en">words</lede-quote-block>
      </div>`);
      const quote = el.querySelector('lede-quote-block')!;
      await quote.updateComplete;
      expect(part(quote, 'text')!.textContent).to.equal('“words”');
      expect(getComputedStyle(quote.shadowRoot!.querySelector('.mark')!).color).to.equal('rgb(200, 0, 0)');
    });

    it('lays out right to left with logical properties', async () => {
      const el = await fixture(html`<div dir="rtl" lang="en"><lede-quote-block>W</lede-quote-block></div>`);
      const quote = el.querySelector('lede-quote-block')!;
      await quote.updateComplete;
      const figure = getComputedStyle(part(quote, 'figure')!);
      expect(figure.borderRightWidth).not.to.equal('0px');
      expect(figure.borderLeftWidth).to.equal('0px');
    });

    for (const width of [280, 1200]) {
      it(`fits a ${width} px container without horizontal overflow`, async () => {
        await setViewport({ width: Math.max(width + 40, 400), height: 800 });
        const el = await fixture(html`<div style="width:${width}px">
          <lede-quote-block lang="fr" speaker="Dina Boluarte" speaker-role="Présidente de la République du Pérou" source="South China Morning Post" date="2024-06-27">${QUOTE} Anticonstitutionnellement-anticonstitutionnellement.</lede-quote-block>
        </div>`);
        const quote = el.querySelector('lede-quote-block')!;
        await quote.updateComplete;
        const base = part(quote, 'base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(quote.getBoundingClientRect().width).to.equal(width);
      });
    }
  });

  it('breaks the source line between source, date and note, never inside the date, in every language from 280 px', async () => {
    const box = await fixture<HTMLElement>(html`<div style="font: 16px serif"></div>`);
    for (const lang of LANGUAGES) {
      box.lang = lang;
      box.innerHTML = `<lede-quote-block date="2024-09-27" original-lang=${lang === 'es' ? 'pt' : 'es'}>${QUOTE}</lede-quote-block>`;
      const quote = box.firstElementChild as LedeQuoteBlock;
      for (const source of ['SCMP', 'Le Monde', 'South China Morning Post', 'Organisation des Nations unies']) {
        quote.setAttribute('source', source);
        await quote.updateComplete;
        for (const width of [280, 300, 320, 360, 400, 480, 800, 1200]) {
          box.style.width = `${width}px`;
          expectWhole([quote.shadowRoot!.querySelector('time')!], `${lang} ${source} ${width} px`);
        }
      }
    }
  });

  describe('bad input', () => {
    const bad: Array<[string, (el: LedeQuoteBlock) => void, string]> = [
      ['an invalid date', (el) => el.setAttribute('date', '2024-02-30'), 'date'],
      ['an invalid original language', (el) => el.setAttribute('original-lang', '!!'), 'originalLang'],
    ];
    for (const [name, spoil, field] of bad) {
      it(`reports ${name} and still shows the quote`, async () => {
        const el = document.createElement('lede-quote-block');
        el.setAttribute('loading', 'eager');
        el.textContent = 'Words that stay';
        spoil(el);
        const problems = nextProblems(el);
        document.body.append(el);
        try {
          const list = await problems;
          expect(list.map((problem) => problem.field)).to.deep.equal([field]);
          await el.updateComplete;
          expect(part(el, 'error')).to.exist;
          expect(shadowText(el)).to.include('Words that stay');
          expect(warnings.calls).to.have.length(1);
        } finally {
          el.remove();
        }
      });
    }

    it('cites no source URL that is not http(s), and keeps the source name', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" source="SCMP" source-url="JaVaScRiPt:alert(1)">Words</lede-quote-block>`);
      expect(part(el, 'source')!.textContent!.trim()).to.equal('SCMP');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    });
  });
});
