import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/widgets/quote-block/index.js';
import type { LedeQuoteBlock } from '../src/widgets/quote-block/quote-block.js';
import { PAYLOADS, RENDERED_TAGS } from './fixtures/payloads.js';
import { captureWarnings, fixtureUrl, nextProblems, shadowText, untilShown } from './helpers.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

const QUOTE = 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés.';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<lede-quote-block>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('data forms', () => {
    it('reads attributes and the light-DOM text', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<div lang="fr">
        <lede-quote-block speaker-role="Premier ministre du Pérou" source="SCMP">${QUOTE}</lede-quote-block>
      </div>`);
      const quote = el.querySelector('lede-quote-block')!;
      await quote.updateComplete;
      expect(part(quote, 'text')!.textContent).to.equal(`«\u202F${QUOTE}\u202F»`);
      expect(part(quote, 'speaker-role')!.textContent).to.equal('Premier ministre du Pérou');
      expect(part(quote, 'source')!.textContent!.trim()).to.equal('SCMP');
      expect(warnings.calls).to.deep.equal([]);
    });

    it('reads a child <script type="application/json"> and does not show the JSON as text', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en"
        ><script type="application/json">
          { "text": "Inline words", "speaker": "Ana Pérez", "speakerRole": "Minister" }
        </script></lede-quote-block
      >`);
      expect(shadowText(el)).to.include('“Inline words”');
      expect(shadowText(el)).to.include('Ana Pérez, Minister');
      expect(shadowText(el)).not.to.include('{');
    });

    it('takes an item of a story document from src="…#id"', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr" src=${fixtureUrl('story.json', 'pm-quote')}></lede-quote-block>`);
      await untilShown(el, 'seront contrariés');
      expect(shadowText(el)).to.include('Premier ministre du Pérou');
      expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://www.scmp.com/');
    });

    it('takes the whole document as its object when src has no fragment', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" src=${fixtureUrl('quote-only.json')}></lede-quote-block>`);
      await untilShown(el, 'Une citation seule');
      expect(shadowText(el)).to.include('Ana');
    });

    it('reads the typed data property', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en"></lede-quote-block>`);
      el.data = { text: 'From data', speaker: 'Dina Boluarte' };
      await el.updateComplete;
      expect(shadowText(el)).to.include('“From data”');
      expect(part(el, 'speaker')!.textContent).to.equal('Dina Boluarte');
    });

    it('applies precedence: data > attributes > inline JSON > src', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block
        lang="en"
        loading="eager"
        src=${fixtureUrl('story.json', 'pm-quote')}
        speaker="Attribute speaker"
        ><script type="application/json">
          { "speaker": "Inline speaker", "source": "Inline source", "context": "Inline context" }
        </script></lede-quote-block
      >`);
      await untilShown(el, 'Premier ministre du Pérou');
      expect(part(el, 'speaker')!.textContent).to.equal('Attribute speaker');
      expect(part(el, 'source')!.textContent!.trim()).to.equal('Inline source');
      expect(shadowText(el)).to.include('Inline context');
      expect(shadowText(el)).to.include('seront contrariés');
      el.data = { speaker: 'Data speaker' };
      await el.updateComplete;
      expect(part(el, 'speaker')!.textContent).to.equal('Data speaker');
    });

    it('shares one request among all widgets that use the same URL', async () => {
      const original = window.fetch;
      const urls: string[] = [];
      window.fetch = (input, init) => {
        urls.push(String(input));
        return original(input, init);
      };
      try {
        const url = fixtureUrl('story.json');
        const base = url.split('#')[0];
        const el = await fixture(html`<div>
          <lede-quote-block lang="en" src=${`${base}#pm-quote`}></lede-quote-block>
          <lede-quote-block lang="en" src=${`${base}#other`}></lede-quote-block>
          <lede-quote-block lang="en" src=${`${base}#pm-quote`}></lede-quote-block>
        </div>`);
        const quotes = [...el.querySelectorAll('lede-quote-block')];
        await untilShown(quotes[1], 'Autre citation');
        await untilShown(quotes[2], 'seront contrariés');
        expect(urls).to.deep.equal([base]);
      } finally {
        window.fetch = original;
      }
    });

    it('re-renders when attributes, light DOM, inline JSON or src change', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en">First words</lede-quote-block>`);
      expect(shadowText(el)).to.include('First words');
      el.setAttribute('speaker', 'Someone');
      await elementUpdated(el);
      expect(shadowText(el)).to.include('Someone');
      el.textContent = 'Second words';
      await untilShown(el, 'Second words');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"context": "At a press conference"}';
      el.append(script);
      await untilShown(el, 'At a press conference');
      el.src = fixtureUrl('story.json', 'other');
      el.textContent = '';
      await untilShown(el, 'Autre citation');
      expect(shadowText(el)).not.to.include('Second words');
    });
  });

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
      ['de', '“', '”'],
    ] as const;
    for (const [lang, open, close] of cases) {
      it(`draws ${lang} quotation marks and dates from the closest lang`, async () => {
        const wrapper = await fixture(html`<section lang=${lang}><div><lede-quote-block date="2024-06-27">Texte</lede-quote-block></div></section>`);
        const el = wrapper.querySelector('lede-quote-block')!;
        await el.updateComplete;
        expect(part(el, 'text')!.textContent).to.equal(`${open}Texte${close}`);
        const intlLang = lang === 'de' ? 'en' : lang;
        expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(
          new Intl.DateTimeFormat(intlLang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 27)),
        );
      });
    }

    it('falls back to English quietly for unknown or invalid languages, and marks its UI as English', async () => {
      for (const lang of ['de', 'xx-!!', '']) {
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang=${lang} source="S">W</lede-quote-block>`);
        expect(shadowText(el)).to.include('Source: S');
      }
      expect(warnings.calls).to.deep.equal([]);
      const german = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="de">W</lede-quote-block>`);
      expect(part(german, 'base')!.getAttribute('lang')).to.equal('en');
    });

    it('uses the page language from <html lang> and follows changes to it', async () => {
      const html_ = document.documentElement;
      const before = html_.getAttribute('lang');
      html_.setAttribute('lang', 'fr');
      try {
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block source="SCMP">Mot</lede-quote-block>`);
        expect(shadowText(el)).to.include('Source\u202F: SCMP');
        html_.setAttribute('lang', 'es');
        await untilShown(el, 'Fuente: SCMP');
        expect(part(el, 'text')!.textContent).to.equal('«Mot»');
      } finally {
        if (before === null) html_.removeAttribute('lang');
        else html_.setAttribute('lang', before);
      }
    });

    it('follows a change of its own lang attribute', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en">Mot</lede-quote-block>`);
      el.setAttribute('lang', 'zh');
      await untilShown(el, '“Mot”');
      el.setAttribute('lang', 'fr');
      await untilShown(el, '«\u202FMot\u202F»');
    });

    it('follows a lang change inside the shadow root that holds it', async () => {
      const host = await fixture(html`<div lang="fr"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<section lang="en"><lede-quote-block>Mot</lede-quote-block></section>';
      const el = root.querySelector('lede-quote-block')!;
      await untilShown(el, '“Mot”');
      root.querySelector('section')!.setAttribute('lang', 'es');
      await untilShown(el, '«Mot»');
      root.querySelector('section')!.removeAttribute('lang');
      await untilShown(el, '«\u202FMot\u202F»');
    });

    it('reads lang across shadow roots', async () => {
      const host = await fixture(html`<div lang="es"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('lede-quote-block');
      el.textContent = 'Hola';
      root.append(el);
      await el.updateComplete;
      expect(part(el, 'text')!.textContent).to.equal('«Hola»');
    });

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

    it('writes the French note with the right article', async () => {
      const es = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr" original-lang="es">W</lede-quote-block>`);
      const zh = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="fr" original-lang="zh">W</lede-quote-block>`);
      expect(part(es, 'translation')!.textContent).to.equal('Traduit de l’espagnol');
      expect(part(zh, 'translation')!.textContent).to.equal('Traduit du chinois');
    });
  });

  describe('theme and layout', () => {
    it('is accessible in light and dark themes', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<LedeQuoteBlock>(html`<div style=${theme === 'dark' ? 'background:#111' : 'background:#fff'}>
          <lede-quote-block lang="fr" theme=${theme} speaker="Dina Boluarte" speaker-role="Présidente" source="SCMP" source-url="https://www.scmp.com/" date="2024-06-27">${QUOTE}</lede-quote-block>
        </div>`);
        await expect(el).to.be.accessible();
      }
    });

    it('switches colours with theme="dark" and, for theme="auto", with the reader’s setting', async () => {
      const colour = (el: Element) => getComputedStyle(part(el, 'base')!).color;
      const light = await fixture<LedeQuoteBlock>(html`<lede-quote-block theme="light">W</lede-quote-block>`);
      const dark = await fixture<LedeQuoteBlock>(html`<lede-quote-block theme="dark">W</lede-quote-block>`);
      const auto = await fixture<LedeQuoteBlock>(html`<lede-quote-block theme="auto">W</lede-quote-block>`);
      expect(colour(dark)).not.to.equal(colour(light));
      const expectAutoToFollow = () =>
        expect(colour(auto)).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? colour(dark) : colour(light));
      expectAutoToFollow();
      // Chromium can switch the reader's setting; Firefox's driver cannot, so it checks the setting it has.
      const canEmulate = await emulateMedia({ colorScheme: 'dark' }).then(() => true, () => false);
      if (canEmulate) {
        try {
          expect(colour(auto)).to.equal(colour(dark));
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
        expect(colour(auto)).to.equal(colour(light));
      }
      expectAutoToFollow();
    });

    it('takes --lede-* custom properties and the page font', async () => {
      const el = await fixture(html`<div style="font-family: Georgia, serif; --lede-color-accent: rgb(200, 0, 0)">
        <lede-quote-block>W</lede-quote-block>
      </div>`);
      const quote = el.querySelector('lede-quote-block')!;
      await quote.updateComplete;
      expect(getComputedStyle(part(quote, 'base')!).fontFamily).to.equal(getComputedStyle(el).fontFamily);
      expect(getComputedStyle(quote.shadowRoot!.querySelector('.mark')!).color).to.equal('rgb(200, 0, 0)');
    });

    it('ignores the page’s quotation marks and inherited text styles', async () => {
      const el = await fixture(html`<div style="quotes: '[[' ']]'; letter-spacing: 9px; text-transform: uppercase; text-align: center">
        <lede-quote-block lang="en">words</lede-quote-block>
      </div>`);
      const quote = el.querySelector('lede-quote-block')!;
      await quote.updateComplete;
      const text = part(quote, 'text')!;
      expect(text.textContent).to.equal('“words”');
      expect(getComputedStyle(text).textTransform).to.equal('none');
      expect(getComputedStyle(text).letterSpacing).to.equal('normal');
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

  describe('bad input', () => {
    it('shows the light DOM, an error note, one warning and one lede-error when the text is missing', async () => {
      const el = document.createElement('lede-quote-block');
      el.setAttribute('lang', 'fr');
      el.innerHTML = '<script type="application/json">{"speaker": "X"}</script>';
      const problems = nextProblems(el);
      document.body.append(el);
      try {
        expect(await problems).to.deep.equal([{ field: 'text', message: 'is required' }]);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        expect(part(el, 'error')!.textContent).to.include('Certaines informations');
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.include('lede-quote-block').and.include('text: is required');
      } finally {
        el.remove();
      }
    });

    const bad: Array<[string, (el: LedeQuoteBlock) => void, string]> = [
      ['an invalid date', (el) => el.setAttribute('date', '2024-02-30'), 'date'],
      ['a javascript: source URL', (el) => el.setAttribute('source-url', 'javascript:alert(1)'), 'sourceUrl'],
      ['an invalid original language', (el) => el.setAttribute('original-lang', '!!'), 'originalLang'],
      ['inline JSON that does not parse', (el) => (el.innerHTML = 'W<script type="application/json">{oops</script>'), 'script'],
      ['inline JSON that is not an object', (el) => (el.innerHTML = 'W<script type="application/json">[1]</script>'), 'script'],
      ['a data property that is not an object', (el) => ((el as unknown as { data: unknown }).data = 'text'), 'data'],
      ['a non-text field', (el) => (el.data = { text: 'W', speaker: { name: 'x' } as unknown as string }), 'speaker'],
      ['a src that is not http(s)', (el) => el.setAttribute('src', 'javascript:alert(1)'), 'src'],
      ['a src that fails to load', (el) => el.setAttribute('src', fixtureUrl('missing.json')), 'src'],
      ['a src with an unknown id', (el) => el.setAttribute('src', fixtureUrl('story.json', 'nope')), 'src'],
      ['a src without the list', (el) => el.setAttribute('src', fixtureUrl('quote-only.json', 'x')), 'src'],
    ];
    for (const [name, spoil, field] of bad) {
      it(`reports ${name} once and still shows the quote`, async () => {
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
          expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
          expect(el.textContent).to.include(field === 'script' || field === 'data' || field === 'speaker' ? '' : 'Words that stay');
          expect(warnings.calls).to.have.length(1);
          await el.updateComplete;
          expect(warnings.calls).to.have.length(1);
        } finally {
          el.remove();
        }
      });
    }

    it('keeps the quote readable when the source URL is not http(s)', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" source="SCMP" source-url="JaVaScRiPt:alert(1)">Words</lede-quote-block>`);
      expect(part(el, 'source')!.textContent!.trim()).to.equal('SCMP');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    });

    it('shortens very long text with a visible ellipsis and a problem', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" speaker=${'x'.repeat(10_000)}>Words</lede-quote-block>`);
      expect(part(el, 'speaker')!.textContent!.endsWith('…')).to.equal(true);
      expect(part(el, 'error')).to.exist;
    });

    it('never breaks a neighbour', async () => {
      const el = await fixture(html`<div>
        <lede-quote-block lang="en" date="not a date" source-url="ftp://x">Broken</lede-quote-block>
        <lede-quote-block lang="en" speaker="Fine">Neighbour</lede-quote-block>
      </div>`);
      const [, neighbour] = el.querySelectorAll('lede-quote-block');
      await neighbour.updateComplete;
      expect(shadowText(neighbour)).to.equal('“Neighbour” Fine');
    });
  });

  describe('safety', () => {
    const fields = ['text', 'speaker', 'speaker-role', 'context', 'date', 'source', 'source-url', 'original-lang'];

    it(`renders ${PAYLOADS.length} injection payloads in every field as text only`, async () => {
      window.__ledeCanary = undefined;
      const host = await fixture(html`<div lang="en"></div>`);
      for (const payload of PAYLOADS) {
        for (const field of fields) {
          const el = document.createElement('lede-quote-block');
          el.setAttribute(field, payload);
          if (field !== 'text') el.setAttribute('text', payload);
          el.setAttribute('source', payload);
          host.append(el);
        }
        const json = document.createElement('lede-quote-block');
        json.data = { text: payload, speaker: payload, speakerRole: payload, context: payload, source: payload, sourceUrl: payload };
        host.append(json);
      }
      const widgets = [...host.querySelectorAll('lede-quote-block')];
      await Promise.all(widgets.map((el) => el.updateComplete));
      await aTimeout(50); // give any injected handler (onerror, onload) its chance to run
      expect(window.__ledeCanary).to.equal(undefined);
      for (const el of widgets) {
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          expect(RENDERED_TAGS.has(node.tagName.toUpperCase()), `<${node.tagName}> in ${el.outerHTML}`).to.equal(true);
          for (const attr of node.attributes) expect(attr.name.startsWith('on')).to.equal(false);
        }
        for (const a of el.shadowRoot!.querySelectorAll('a')) expect(new URL(a.href).protocol).to.match(/^https?:$/);
      }
      expect(shadowText(widgets[0])).to.include('<script>');
    });
  });
});
