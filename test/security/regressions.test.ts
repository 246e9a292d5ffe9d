/**
 * One test per bug the reliability and security suites found in core (see SECURITY.md), so none
 * comes back: dates, numbers, values that must stay whole, bidi overrides, DOM clobbering,
 * early reports while `src` loads, and non-Error throws.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { resolveLocale } from '../../src/core/locale.js';
import { FieldReader, type Problem } from '../../src/core/validate.js';
import type { LedeQuoteBlock } from '../../src/widgets/quote-block/quote-block.js';
import { faultUrl, newKey, storeDocument } from './faults.js';
import { errorNote, visibleText, sandbox } from './harness.js';

const longDate = (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

function read<T>(raw: Record<string, unknown>, use: (reader: FieldReader) => T): { value: T; problems: Problem[] } {
  const reader = new FieldReader(raw);
  return { value: use(reader), problems: reader.problems };
}

describe('regressions found by the security suites', function () {
  this.timeout(10_000);
  const box = sandbox({ lang: 'en' });

  async function quote(attributes: Record<string, string>, light: string | (Node | string)[] = 'Quoted words'): Promise<LedeQuoteBlock> {
    const el = document.createElement('lede-quote-block');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (typeof light === 'string') el.textContent = light;
    else el.append(...light);
    box.container.append(el);
    await el.updateComplete;
    return el;
  }

  describe('dates', () => {
    it('years 0000–0099 stay themselves (Date.UTC read them as 1900–1999)', async () => {
      const el = await quote({ date: '0099-06-27' });
      const expected = new Date(0);
      expected.setUTCFullYear(99, 5, 27);
      expect(visibleText(el)).to.include(longDate(expected));
      expect(visibleText(el)).not.to.include('1999');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('0099-06-27');
      const { value } = read({ date: '0000-01-01' }, (reader) => reader.date('date'));
      expect(value!.date.getUTCFullYear()).to.equal(0);
    });

    it('an impossible calendar date with a time is refused in every browser (some rolled 02-30 over to March)', () => {
      for (const date of ['2024-02-30T10:00Z', '2023-02-29T00:00', '2024-06-31T12:00+02:00']) {
        const { value, problems } = read({ date }, (reader) => reader.date('date'));
        expect(value, date).to.equal(undefined);
        expect(problems, date).to.have.length(1);
      }
    });

    it('times follow ISO 8601: hh:mm[:ss[.fff]], offsets with or without a colon', () => {
      const ok = read({ a: '2024-06-27T10:00+0200', b: '2024-06-27T10:00:30.5Z' }, (reader) => [reader.date('a'), reader.date('b')]);
      expect(ok.value.map((date) => date?.date.toISOString())).to.deep.equal(['2024-06-27T08:00:00.000Z', '2024-06-27T10:00:30.500Z']);
      expect(ok.problems).to.deep.equal([]);
      for (const date of ['2024-06-27T1', '2024-06-27T::', '2024-06-27T10:00:00.1234567890Z']) {
        expect(read({ date }, (reader) => reader.date('date')).value, date).to.equal(undefined);
      }
    });
  });

  describe('numbers', () => {
    it('only decimal numerals count: no hex, binary or octal strings', () => {
      for (const number of ['0x10', '0b11', '0o7', 'Infinity', '1e309']) {
        const { value, problems } = read({ number }, (reader) => reader.number('number'));
        expect(value, number).to.equal(undefined);
        expect(problems, number).to.have.length(1);
      }
      expect(read({ n: ' -12.5e3 ' }, (reader) => reader.number('n')).value).to.equal(-12500);
      expect(read({ n: '.5' }, (reader) => reader.number('n')).value).to.equal(0.5);
    });

    it('a BigInt or Symbol is reported, not thrown while describing it', () => {
      const { problems } = read({ a: 10n, b: Symbol('x') }, (reader) => [reader.number('a'), reader.text('b')]);
      expect(problems.map((problem) => problem.message)).to.deep.equal(['must be a finite number, got bigint 10', 'must be text, got symbol Symbol(x)']);
    });
  });

  describe('values only meaningful whole', () => {
    it('an over-long URL is left out with one problem, never cut and still linked', async () => {
      const reports: Problem[][] = [];
      box.container.addEventListener('lede-error', (event) => reports.push(event.detail.problems));
      const el = await quote({ source: 'Source', 'source-url': `https://example.com/${'a'.repeat(3000)}` });
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(reports).to.deep.equal([[{ field: 'sourceUrl', message: 'is over 2000 characters; left out' }]]);
    });

    it('an over-long date, language or keyword gives one problem, not two', () => {
      const { problems } = read({ date: `2024-06-27${' '.repeat(5)}${'9'.repeat(60)}`, lang: 'a'.repeat(200), status: 's'.repeat(100) }, (reader) => [
        reader.date('date'),
        reader.lang('lang'),
        reader.oneOf('status', ['signed']),
      ]);
      expect(problems.map((problem) => problem.field)).to.deep.equal(['date', 'lang', 'status']);
    });

    it('cutting long text never splits an emoji into half a surrogate pair', () => {
      for (let length = 298; length <= 302; length++) {
        const { value } = read({ text: `${'a'.repeat(length - 298)}${'😀'.repeat(200)}` }, (reader) => reader.text('text'));
        expect(value!, String(length)).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        expect(value!.endsWith('…')).to.equal(true);
      }
    });
  });

  describe('bidi controls cannot reorder the widget’s own text', () => {
    it('an override in the speaker is removed; direction marks stay', async () => {
      const el = await quote({ speaker: '\u202Eevil\u200F', 'speaker-role': 'Role' });
      expect(el.shadowRoot!.querySelector('[part="speaker"]')!.textContent).to.equal('evil\u200F');
    });

    it('embeddings, overrides and isolates go from text and text lists', () => {
      const { value } = read({ a: 'a\u2067b\u2069 \u202Bc\u202C\u202D\u202E', list: ['\u2066x'] }, (reader) => [reader.text('a'), ...reader.textList('list')]);
      expect(value).to.deep.equal(['ab c', 'x']);
    });
  });

  describe('DOM clobbering by page markup', () => {
    const clobber = (markup: string): Node[] => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      return [...template.content.childNodes];
    };

    it('<img name="baseURI">: relative URLs still resolve against the page', async () => {
      const el = await quote({ source: 'Story', 'source-url': '/relative/story' }, [...clobber('<img name="baseURI">'), 'Quoted words']);
      expect(String(document.baseURI), 'the page really is clobbered').to.match(/HTMLImageElement/);
      expect(el.shadowRoot!.querySelector('a')!.href).to.equal(new URL('/relative/story', location.href).href);
      expect(errorNote(el)).to.equal(null);
      const id = await storeDocument({ quotes: [{ id: 'q', text: 'Fetched words' }] });
      const fetched = await quote({ loading: 'eager', src: faultUrl(newKey(), 'doc', { id }, 'q').replace(location.origin, '') }, clobber('<img name="baseURI">'));
      await waitUntil(() => visibleText(fetched).includes('Fetched words'), 'a relative src did not load');
    });

    it('<img name="documentElement">: lang changes are still followed', async () => {
      const el = await quote({}, [...clobber('<img name="documentElement">'), 'Bonjour']);
      expect(String(document.documentElement)).to.match(/HTMLImageElement/);
      expect(visibleText(el)).to.include('\u201CBonjour\u201D');
      box.container.lang = 'fr';
      await waitUntil(() => visibleText(el).includes('«'), `French quotation marks never came: ${visibleText(el)}`);
    });

    it('<img name="importNode">: templates are still cloned', async () => {
      const el = await quote({ speaker: 'Ana' }, [...clobber('<img name="importNode">'), 'Still drawn']);
      expect(typeof document.importNode).not.to.equal('function');
      expect(el.shadowRoot!.querySelector('[part="figure"]')).to.exist;
      expect(visibleText(el)).to.include('Still drawn');
    });

    it('an element with the id of a global Lit reads does not stop Lit from loading', async () => {
      const entry = new URL('../../src/index.ts', import.meta.url).href;
      for (const id of ['litPropertyMetadata', 'litElementHydrateSupport', 'litHtmlVersions', 'reactiveElementVersions']) {
        const frame = document.createElement('iframe');
        frame.srcdoc = `<lede-quote-block><span id="${id}"></span>Loaded in spite of #${id}</lede-quote-block>
          <script type="module">import(${JSON.stringify(entry)}).catch((error) => { document.title = 'failed: ' + error; });</script>`;
        box.container.append(frame);
        await waitUntil(() => {
          const widget = frame.contentDocument?.querySelector('lede-quote-block');
          return frame.contentDocument?.title.startsWith('failed') || widget?.shadowRoot?.querySelector('[part="figure"]');
        }, `#${id}: nothing happened`, { timeout: 4000 });
        expect(frame.contentDocument!.title, id).to.equal('');
        frame.remove();
      }
    });
  });

  describe('reporting', () => {
    it('a widget waiting for src reports nothing until the document is in', async () => {
      const reports: Problem[][] = [];
      box.container.addEventListener('lede-error', (event) => reports.push(event.detail.problems));
      const warnings = box.watch.warnings.length;
      const url = new URL('../fixtures/story.json', import.meta.url).href;
      const el = await quote({ loading: 'eager', src: `${url}?n=${newKey()}#pm-quote` }, '');
      expect(errorNote(el), 'error note before the document arrived').to.equal(null);
      await waitUntil(() => visibleText(el).includes('Nous ne pensons pas'), 'never loaded');
      await nextFrame();
      expect(reports).to.deep.equal([]);
      expect(box.watch.warnings.length - warnings).to.equal(0);
    });

    it('anything thrown by a widget’s own code is reported with a readable message', async () => {
      const Base = customElements.get('lede-quote-block') as unknown as typeof LedeQuoteBlock;
      customElements.define(
        'lede-test-throws-anything',
        class extends Base {
          protected override readModel(): never {
            throw Object.create(null); // no toString: String(error) itself would throw
          }
        },
      );
      const el = document.createElement('lede-test-throws-anything');
      el.textContent = 'Fallback';
      const problems = new Promise<Problem[]>((resolve) => el.addEventListener('lede-error', (event) => resolve(event.detail.problems)));
      box.container.append(el);
      expect(await problems).to.deep.equal([{ field: '(widget)', message: 'could not read the data: unknown error' }]);
      expect(visibleText(el)).to.include('Fallback');
    });

    it('the locale cache stays bounded and correct under many page languages', () => {
      const french = resolveLocale('fr');
      for (let i = 0; i < 500; i++) resolveLocale(`x-random-${i}`);
      expect(resolveLocale('fr').messages).to.equal(french.messages);
      expect(resolveLocale('fr').tag).to.equal('fr');
    });
  });
});
