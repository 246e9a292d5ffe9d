/**
 * What every Lede widget does the same way, tested once for all of them: the four data forms and
 * their precedence, bad input and how it is reported, locale, theme, the injection corpus through
 * every field, and a second definition of the tag.
 *
 * A widget's test file calls `runBaseBehaviour(spec)` with its entry of `WIDGETS`
 * (test/security/widgets.ts) and keeps only what is particular to the widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defineElement } from '../../src/core/define.js';
import type { LedeErrorDetail } from '../../src/core/lede-element.js';
import { isRecord, LIMITS, type Raw } from '../../src/core/validate.js';
import { VERSION } from '../../src/core/version.js';
import { resolveLocale } from '../../src/core/locale.js';
import { en } from '../../src/locales/en.js';
import { LANGUAGES } from '../../src/locales/languages.js';
import corpus from '../fixtures/payloads.json' with { type: 'json' };
import { captureWarnings, fixtureUrl, part, text } from '../helpers.js';
import { faultUrl, newKey, storeDocument, untilServer } from '../security/faults.js';
import { errorNote, expectSafe, mount, mountAll, visibleText, vocabularyOf, Watch, type Mounted } from '../security/harness.js';
import { ROUTES, type Host, type Route } from '../security/routes.js';
import { attributeName, type FieldSpec, type WidgetSpec } from '../security/widgets.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

export interface BaseBehaviourOptions {
  /**
   * Run only what depends on the data (data forms, precedence, bad input, injection): for a second
   * entry of the same widget in `WIDGETS`, whose locale, theme and definition are already tested.
   */
  dataOnly?: boolean;
}

const routeNamed = (name: string): Route => ROUTES.find((route) => route.name === name)!;

/** The full item cut down to what attributes and the light DOM can carry (no lists but required ones, which come as inline JSON: see routes.ts). */
function attributable(spec: WidgetSpec): Raw {
  return Object.fromEntries(Object.entries(spec.full).filter(([field]) => field === spec.textField || attributeName(spec.tag, field) || spec.fields[field]?.required));
}

/** A text field set through an attribute and drawn beside the minimal item: the one precedence is read from. */
function probeField(spec: WidgetSpec): { field: string; attribute: string } {
  const field = Object.keys(spec.fields).find((name) => spec.fields[name].kind === 'text' && name !== spec.textField && name in spec.full && attributeName(spec.tag, name))!;
  return { field, attribute: attributeName(spec.tag, field)! };
}

function appendJson(el: Element, json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return script;
}

/** A `src` for a story document holding `item` (under the id "item") in the widget's list. */
async function storySrc(spec: WidgetSpec, item: Raw, fragment = 'item'): Promise<string> {
  const id = await storeDocument({ [spec.collection]: [{ ...item, id: 'item' }] });
  return faultUrl(newKey(), 'doc', { id }, fragment);
}

/** Records every `lede-error` the element fires. */
function recordReports(el: HTMLElement): LedeErrorDetail['problems'][] {
  const reports: LedeErrorDetail['problems'][] = [];
  el.addEventListener('lede-error', (event) => reports.push(event.detail.problems));
  return reports;
}

const drawn = (el: Element, spec: WidgetSpec) => el.shadowRoot?.querySelector(spec.rendered) != null;

/** Runs every base-behaviour test for the widget `spec` describes. */
export function runBaseBehaviour(spec: WidgetSpec, options: BaseBehaviourOptions = {}): void {
  const variant = options.dataOnly ? ` (${Object.keys(spec.minimal).join(', ')})` : '';

  describe(`<${spec.tag}> base behaviour${variant}`, function () {
    this.timeout(20_000);
    let container: HTMLElement;
    beforeEach(() => {
      container = document.createElement('div');
      container.lang = 'en';
      document.body.append(container);
    });
    afterEach(() => container.remove());

    describe('data forms', () => {
      let warnings: ReturnType<typeof captureWarnings>;
      beforeEach(() => (warnings = captureWarnings()));
      afterEach(() => warnings.restore());

      it('draws the same text from attributes, markup (light DOM and attributes), inline JSON, the data property and src="…#id"', async () => {
        const item = attributable(spec);
        const texts: Record<string, string> = {};
        for (const route of ROUTES) {
          const { host, reports } = await mount(spec, route, item, container);
          expect(drawn(host, spec), `${route.name} draws`).to.equal(true);
          expect(reports, route.name).to.deep.equal([]);
          texts[route.name] = visibleText(host);
        }
        expect(new Set(Object.values(texts)).size, JSON.stringify(texts, null, 1)).to.equal(1);
        expect(warnings.calls).to.deep.equal([]);
      });

      it('draws the same text from every JSON form of the full item, lists included', async () => {
        const texts: Record<string, string> = {};
        for (const name of ['inline JSON', 'data property', 'src']) {
          const { host, reports } = await mount(spec, routeNamed(name), spec.full, container);
          expect(reports, name).to.deep.equal([]);
          texts[name] = visibleText(host);
        }
        expect(new Set(Object.values(texts)).size, JSON.stringify(texts, null, 1)).to.equal(1);
        expect(texts.src).to.include(String(spec.full[probeField(spec).field]));
      });

      it('takes the whole document as its item when src has no fragment', async () => {
        const { host: expected } = await mount(spec, routeNamed('data property'), spec.minimal, container);
        const id = await storeDocument(spec.minimal);
        const el = document.createElement(spec.tag) as Host;
        el.setAttribute('loading', 'eager');
        el.setAttribute('src', faultUrl(newKey(), 'doc', { id }));
        container.append(el);
        await waitUntil(() => drawn(el, spec), 'the document was never drawn', { timeout: 5000 });
        expect(visibleText(el)).to.equal(visibleText(expected));
      });

      if (!spec.textField) {
        it('shows its light DOM while src loads, says nothing meanwhile, then draws over it', async () => {
          const key = newKey();
          const id = await storeDocument({ [spec.collection]: [{ ...spec.minimal, id: 'item' }] });
          const el = document.createElement(spec.tag) as Host;
          el.innerHTML = '<p>Fallback words</p>';
          el.setAttribute('loading', 'eager');
          // Long enough that the document is still on its way when the checks below run, on a busy machine too.
          el.setAttribute('src', faultUrl(key, 'slow', { ms: 3000, id }, 'item'));
          const reports = recordReports(el);
          container.append(el);
          await untilServer(key, (stats) => stats.total === 1, 'the request never arrived');
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('slot'), 'the light DOM is slotted').to.exist;
          expect(el.querySelector('p')!.getClientRects().length, 'the light DOM is displayed').to.be.greaterThan(0);
          expect(errorNote(el), 'no error note while loading').to.equal(null);
          await waitUntil(() => drawn(el, spec), 'the document was never drawn', { timeout: 10_000 });
          expect(el.querySelector('p')!.getClientRects().length, 'the light DOM is not shown twice').to.equal(0);
          expect([reports, warnings.calls]).to.deep.equal([[], []]);
        });
      }

      it('takes each field from the first of data > attributes > inline JSON > src, and follows their removal', async () => {
        const { field, attribute } = probeField(spec);
        const el = document.createElement(spec.tag) as Host;
        el.setAttribute('loading', 'eager');
        el.setAttribute('src', await storySrc(spec, { ...spec.minimal, [field]: 'Value from src' }));
        el.setAttribute(attribute, 'Value from attribute');
        const script = appendJson(el, JSON.stringify({ [field]: 'Value from inline JSON' }));
        el.data = { [field]: 'Value from data' };
        container.append(el);
        const values = ['data', 'attribute', 'inline JSON', 'src'].map((source) => `Value from ${source}`);
        const shown = () => values.filter((value) => visibleText(el).includes(value));
        const expectShown = async (value: string) => {
          await waitUntil(() => drawn(el, spec) && shown().length === 1 && shown()[0] === value, `expected only "${value}": ${visibleText(el)}`);
        };
        // The other fields of the minimal item come from src only: the widget draws because they merge.
        await expectShown('Value from data');
        el.data = undefined;
        await expectShown('Value from attribute');
        el.removeAttribute(attribute);
        await expectShown('Value from inline JSON');
        script.remove();
        await expectShown('Value from src');
        expect(warnings.calls).to.deep.equal([]);
      });

      it('takes inline JSON from data-lede-json under the attributes, the <script> winning where both give a field, and follows changes', async () => {
        const { field, attribute } = probeField(spec);
        const el = document.createElement(spec.tag) as Host;
        el.setAttribute('data-lede-json', JSON.stringify({ ...spec.minimal, [field]: 'Value from data-lede-json' }));
        el.setAttribute(attribute, 'Value from attribute');
        const script = appendJson(el, JSON.stringify({ [field]: 'Value from inline JSON' }));
        container.append(el);
        const expectShown = (value: string) =>
          waitUntil(() => drawn(el, spec) && visibleText(el).includes(value), `"${value}" never shown: ${visibleText(el)}`);
        await expectShown('Value from attribute');
        el.removeAttribute(attribute);
        await expectShown('Value from inline JSON');
        expect(visibleText(el)).not.to.include('Value from data-lede-json');
        script.remove();
        await expectShown('Value from data-lede-json');
        el.setAttribute('data-lede-json', JSON.stringify({ ...spec.minimal, [field]: 'Changed data-lede-json' }));
        await expectShown('Changed data-lede-json');
        expect(visibleText(el)).not.to.include('{');
        expect(warnings.calls).to.deep.equal([]);
      });

      if (spec.textField) {
        const textField = spec.textField;
        it(`fills ${textField} from the light-DOM text: over inline JSON, under its attribute and data`, async () => {
          const el = document.createElement(spec.tag) as Host;
          el.append('Light DOM words');
          appendJson(el, JSON.stringify({ [textField]: 'Inline JSON words' }));
          container.append(el);
          await el.updateComplete;
          expect(visibleText(el)).to.include('Light DOM words').and.not.include('Inline JSON words').and.not.include('{');
          el.setAttribute(attributeName(spec.tag, textField)!, 'Attribute words');
          await waitUntil(() => visibleText(el).includes('Attribute words'), 'the attribute never won');
          el.data = { [textField]: 'Data words' };
          await waitUntil(() => visibleText(el).includes('Data words'), 'data never won');
        });

        // The builder's tag holds its plain markup (what readers see without the script) after its
        // inline JSON: the markup's words are the data's, never the text field's.
        it(`takes ${textField} from its inline JSON, not from the plain markup it holds as fallback`, async () => {
          const el = document.createElement(spec.tag) as Host;
          appendJson(el, JSON.stringify({ ...spec.minimal, [textField]: 'Inline JSON words' }));
          const markup = document.createElement('figure');
          markup.dataset.lede = spec.tag.slice('lede-'.length);
          markup.innerHTML = `<blockquote><p data-field="${textField}">Markup words</p></blockquote><figcaption><p>Caption words</p></figcaption>`;
          el.append(markup);
          container.append(el);
          await el.updateComplete;
          expect(visibleText(el)).to.include('Inline JSON words').and.not.include('Markup words').and.not.include('Caption words');
        });
      }

      it('follows later changes to the light DOM, inline JSON, attributes and src', async () => {
        const { field, attribute } = probeField(spec);
        const el = document.createElement(spec.tag) as Host;
        el.setAttribute('loading', 'eager');
        if (spec.textField) el.append(String(spec.minimal[spec.textField]));
        const script = appendJson(el, JSON.stringify(spec.minimal));
        container.append(el);
        await el.updateComplete;
        expect(drawn(el, spec)).to.equal(true);
        const expectShown = (value: string) => waitUntil(() => visibleText(el).includes(value), `"${value}" never shown: ${visibleText(el)}`);
        if (spec.textField) {
          el.firstChild!.textContent = 'Changed light DOM words';
          await expectShown('Changed light DOM words');
        }
        script.textContent = JSON.stringify({ ...spec.minimal, [field]: 'Changed inline JSON' });
        await expectShown('Changed inline JSON');
        el.setAttribute(attribute, 'Changed attribute');
        await expectShown('Changed attribute');
        el.removeAttribute(attribute);
        script.remove();
        if (spec.textField) el.replaceChildren();
        el.setAttribute('src', await storySrc(spec, { ...spec.minimal, [field]: 'Changed src' }));
        await expectShown('Changed src');
        expect(visibleText(el)).not.to.include('Changed light DOM words');
      });
    });

    describe('bad input', () => {
      let warnings: ReturnType<typeof captureWarnings>;
      beforeEach(() => (warnings = captureWarnings()));
      afterEach(() => warnings.restore());

      const withData = (el: Host) => (el.data = { ...spec.minimal });
      const cases: Array<[string, (el: Host) => void | Promise<void>, string, string]> = [
        ['data that is not an object', (el) => {
          appendJson(el, JSON.stringify(spec.minimal));
          el.data = 'not an object';
        }, 'data', 'must be an object'],
        ['inline JSON that does not parse', (el) => {
          withData(el);
          appendJson(el, '{"oops":');
        }, 'script', 'inline JSON is not valid JSON'],
        ['inline JSON that is not an object', (el) => {
          withData(el);
          appendJson(el, '[1]');
        }, 'script', 'inline JSON must be an object'],
        ['a data-lede-json that does not parse', (el) => {
          withData(el);
          el.setAttribute('data-lede-json', '{"oops":');
        }, 'data-lede-json', 'data-lede-json is not valid JSON'],
        ['a data-lede-json that is not an object', (el) => {
          withData(el);
          el.setAttribute('data-lede-json', '"text"');
        }, 'data-lede-json', 'data-lede-json must be an object'],
        ['a src that is not http(s)', (el) => {
          withData(el);
          el.setAttribute('src', 'javascript:ledePwn()');
        }, 'src', 'must be an http(s) URL'],
        ['a src that fails to load', (el) => {
          withData(el);
          el.setAttribute('src', fixtureUrl('missing.json', 'item'));
        }, 'src', 'HTTP 404'],
        ['a src document that is not JSON', (el) => {
          withData(el);
          el.setAttribute('src', fixtureUrl('broken.json', 'item'));
        }, 'src', 'not JSON'],
        ['a src with an unknown id', async (el) => {
          withData(el);
          el.setAttribute('src', await storySrc(spec, spec.minimal, 'no-such-item'));
        }, 'src', 'no item with id "no-such-item"'],
        ['a src document without the widget’s list', async (el) => {
          withData(el);
          el.setAttribute('src', faultUrl(newKey(), 'doc', { id: await storeDocument({ other: [] }) }, 'item'));
        }, 'src', `no "${spec.collection}" list`],
        ['a source URL that is not http(s)', (el) => {
          el.data = { ...spec.minimal, source: 'The source', sourceUrl: 'JaVaScRiPt:ledePwn()' };
        }, 'sourceUrl', 'must be an http(s) URL; not linked'],
        ['a text field that is not text', (el) => {
          el.data = { ...spec.minimal, source: { html: '<b>x</b>' } };
        }, 'source', 'must be text'],
      ];
      for (const [name, setup, field, message] of cases) {
        it(`reports ${name} with one warning and one lede-error, and draws the rest`, async () => {
          const el = document.createElement(spec.tag) as Host;
          el.setAttribute('loading', 'eager');
          await setup(el);
          const reports = recordReports(el);
          container.append(el);
          // A story document is fetched from the test server: on a loaded machine that can take more than waitUntil's default second.
          await waitUntil(() => reports.length > 0, 'never reported', { timeout: 5000 });
          await el.updateComplete;
          expect(reports.map((problems) => problems.map((problem) => problem.field))).to.deep.equal([[field]]);
          expect(warnings.calls).to.have.length(1);
          expect(warnings.calls[0]).to.include(`<${spec.tag}>`).and.include(`- ${field}: `).and.include(message);
          expect(reports[0][0].message).to.include(message);
          expect(drawn(el, spec), 'the usable data is drawn').to.equal(true);
          expect(text(errorNote(el))).to.equal(`⚠︎ ${en.problem}`);
          for (const link of el.shadowRoot!.querySelectorAll('a')) expect(link.protocol).to.be.oneOf(['http:', 'https:']);
          el.requestUpdate();
          await el.updateComplete;
          expect([reports.length, warnings.calls.length], 'reported again without a change').to.deep.equal([1, 1]);
        });
      }

      it('shows its light DOM and the note when what it needs is missing', async () => {
        const el = document.createElement(spec.tag) as Host;
        // A widget whose light DOM is its text has no other fallback than that text.
        if (!spec.textField) el.innerHTML = '<p>Fallback words</p>';
        const data = Object.fromEntries(Object.entries(spec.full).filter(([field]) => !(field in spec.minimal)));
        el.data = data;
        const reports = recordReports(el);
        container.append(el);
        // A story document is fetched from the test server: on a loaded machine that can take more than waitUntil's default second.
          await waitUntil(() => reports.length > 0, 'never reported', { timeout: 5000 });
        await el.updateComplete;
        expect(reports).to.have.length(1);
        expect(reports[0]).not.to.be.empty;
        expect(reports[0].map((problem) => problem.field).filter((field) => field in data), 'only missing fields').to.deep.equal([]);
        expect(warnings.calls).to.have.length(1);
        expect(drawn(el, spec)).to.equal(false);
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        expect(text(errorNote(el))).to.equal(`⚠︎ ${en.problem}`);
        if (!spec.textField) {
          expect(visibleText(el)).to.include('Fallback words');
          expect(el.querySelector('p')!.getClientRects().length, 'the fallback is displayed').to.be.greaterThan(0);
        }
      });

      it('reports again only when the set of problems changes, and drops the note once fixed', async () => {
        const el = document.createElement(spec.tag) as Host;
        const reports = recordReports(el);
        el.data = { ...spec.minimal, sourceUrl: 'javascript:ledePwn()' };
        container.append(el);
        await el.updateComplete;
        expect(reports.map((problems) => problems.map((problem) => problem.field))).to.deep.equal([['sourceUrl']]);
        el.data = { ...spec.minimal, sourceUrl: 'javascript:ledePwn()' };
        await el.updateComplete;
        expect([reports.length, warnings.calls.length], 'the same problems, said again').to.deep.equal([1, 1]);
        el.data = { ...spec.minimal, sourceUrl: 'javascript:ledePwn()', source: ['not', 'text'] };
        await el.updateComplete;
        expect(reports.map((problems) => problems.map((problem) => problem.field).sort())).to.deep.equal([['sourceUrl'], ['source', 'sourceUrl']]);
        expect(warnings.calls).to.have.length(2);
        el.data = { ...spec.minimal };
        await el.updateComplete;
        expect([reports.length, warnings.calls.length]).to.deep.equal([2, 2]);
        expect(errorNote(el)).to.equal(null);
      });
    });

    describe('injection corpus (test/fixtures/payloads.json)', () => {
      const watch = new Watch();
      before(() => watch.start());
      after(() => watch.stop());
      afterEach(() => watch.expectQuiet('after the corpus'));
      const fieldNames = Object.keys(spec.fields);
      const textFields = fieldNames.filter((field) => spec.fields[field].kind === 'text');

      /**
       * The payload is on screen as text (a quote may lose the quotation marks wrapping it, and
       * draws the double ones inside it in its language's marks, without spaces just inside them).
       */
      function expectShownAsText(mounted: Mounted, what: string, max: number | undefined, payload: string): void {
        const marks = (value: string) => normalize(value).replace(/\s*["“”„«»‹›「」『』‘’‚]\s*/g, '"');
        const expected = marks(payload);
        if (!expected || normalize(payload).length > (max ?? Infinity) || !drawn(mounted.host, spec)) return;
        const seen = marks(visibleText(mounted.host));
        const inner = marks(normalize(payload).slice(1, -1));
        expect(seen.includes(expected) || seen.includes(inner), `${what} = ${JSON.stringify(payload)} is not shown as text: ${JSON.stringify(seen)}`).to.equal(true);
      }

      for (const route of ROUTES) {
        it(`every payload in every field at once, through ${route.name}`, async () => {
          const vocabulary = await vocabularyOf(spec);
          const items = corpus.payloads.map(({ payload }) => Object.fromEntries(fieldNames.map((field) => [field, payload])) as Raw);
          const warningsBefore = watch.warnings.length;
          const mounted = await mountAll(spec, route, items, container);
          mounted.forEach((one, index) => {
            const { kind, payload } = corpus.payloads[index];
            expectSafe(one, spec, vocabulary, `${kind} ${JSON.stringify(payload)}`);
            for (const field of textFields) expectShownAsText(one, field, spec.fields[field].max, payload);
          });
          const reports = mounted.reduce((sum, one) => sum + one.reports.length, 0);
          expect(watch.warnings.length - warningsBefore, 'one console.warn per widget with problems').to.equal(reports);
        });
      }

      it('every payload in one field at a time, list items included (data property)', async () => {
        const vocabulary = await vocabularyOf(spec);
        const route = routeNamed('data property');
        for (const field of fieldNames) {
          const items = corpus.payloads.map(({ payload }) => ({ ...spec.minimal, [field]: payload }));
          const mounted = await mountAll(spec, route, items, container);
          mounted.forEach((one, index) => {
            const { payload } = corpus.payloads[index];
            expectSafe(one, spec, vocabulary, `${field} = ${JSON.stringify(payload)}`);
            if (spec.fields[field].kind === 'text') expectShownAsText(one, field, spec.fields[field].max, payload);
          });
          container.replaceChildren();
        }
        for (const [field, list] of Object.entries(spec.fields).filter(([, kind]) => kind.kind === 'list' || kind.kind === 'textList')) {
          const items = corpus.payloads.map(({ payload }) => ({ ...spec.minimal, [field]: listHolding(list, payload) }));
          const mounted = await mountAll(spec, route, items, container);
          mounted.forEach((one, index) => {
            const { payload } = corpus.payloads[index];
            expectSafe(one, spec, vocabulary, `${field} items = ${JSON.stringify(payload)}`);
            if (list.kind === 'textList') expectShownAsText(one, `${field}[0]`, LIMITS.short, payload);
            for (const [name, sub] of Object.entries(list.item ?? {})) {
              if (sub.kind === 'text') expectShownAsText(one, `${field}[1].${name}`, sub.max ?? LIMITS.short, payload);
            }
          });
          container.replaceChildren();
        }
      });

      it('DOM-clobbering markup in its light DOM changes nothing it draws', async () => {
        const vocabulary = await vocabularyOf(spec);
        // Every URL, in list items too, made relative: clobbering document.baseURI must not change where it points.
        const relative = (fields: Record<string, FieldSpec>, value: Raw): Raw =>
          Object.fromEntries(
            Object.entries(value).map(([name, v]) => {
              const field = fields[name];
              if (field?.kind === 'url') return [name, '/relative/story'];
              if (field?.item && Array.isArray(v)) return [name, v.map((entry) => (isRecord(entry) ? relative(field.item!, entry) : entry))];
              return [name, v];
            }),
          );
        const item = relative(spec.fields, spec.full);
        const route = routeNamed('data property');
        for (const { markup } of corpus.lightDomMarkup) {
          const clobbering = {
            ...route,
            create(widget: WidgetSpec, data: Raw) {
              const el = route.create(widget, data) as Host;
              const template = document.createElement('template');
              template.innerHTML = markup; // the page's own markup, with no script or handler in it
              el.append(template.content);
              return el;
            },
          };
          const [mounted] = await mountAll(spec, clobbering, [item], container);
          expectSafe(mounted, spec, vocabulary, markup);
          expect(drawn(mounted.host, spec), markup).to.equal(true);
          expect(mounted.reports, markup).to.deep.equal([]);
          for (const link of mounted.host.shadowRoot!.querySelectorAll('a')) {
            expect(link.href, markup).to.equal(new URL('/relative/story', location.href).href);
          }
          mounted.host.remove();
        }
      });

      it('payloads as the src URL and its fragment fetch nothing but http(s)', async () => {
        const vocabulary = await vocabularyOf(spec);
        // Payloads the URL parser reads as a relative path (`&#x6A;avascript:…`) are plain http requests: left out here.
        const isHttp = (value: string) => {
          try {
            return /^https?:$/.test(new URL(value, location.href).protocol);
          } catch {
            return false;
          }
        };
        const items = corpus.payloads.filter(({ kind, payload }) => (kind === 'javascript-url' || kind === 'other-scheme') && !isHttp(payload));
        expect(items.length).to.be.greaterThan(20);
        const mounted = await mountAll(spec, routeNamed('markup'), items.map(() => ({ ...spec.minimal })), container);
        for (const [index, one] of mounted.entries()) {
          one.host.setAttribute('src', items[index].payload);
          await one.host.updateComplete;
          expectSafe(one, spec, vocabulary, `src = ${JSON.stringify(items[index].payload)}`);
          expect(one.reports.flat().map((problem) => problem.field), items[index].payload).to.include('src');
        }
      });
    });

    if (options.dataOnly) return;

    describe('locale', () => {
      let warnings: ReturnType<typeof captureWarnings>;
      beforeEach(() => (warnings = captureWarnings()));
      afterEach(() => warnings.restore());

      /** The full item drawn inside `<section lang=…><div>…`, and the text it shows. */
      async function drawnIn(lang: string | null, data: Raw = spec.full): Promise<Host> {
        const section = document.createElement('section');
        if (lang !== null) section.lang = lang;
        const el = document.createElement(spec.tag) as Host;
        el.data = data;
        section.append(document.createElement('div'));
        section.firstElementChild!.append(el);
        container.append(section);
        await el.updateComplete;
        return el;
      }

      /** Every language Lede has strings for, and regional tags that take a language's strings. */
      const REGIONAL = ['es-PE', 'pt-PT', 'zh-TW'];

      it('speaks the language of the closest lang attribute, in every language it has strings for', async () => {
        const texts = new Set<string>();
        for (const lang of [...LANGUAGES, ...REGIONAL]) {
          await resolveLocale(lang).ready;
          const { messages } = resolveLocale(lang);
          expect(messages === en, lang).to.equal(lang === 'en');
          const el = await drawnIn(lang, { ...spec.full, sourceUrl: 'javascript:ledePwn()' });
          expect(text(errorNote(el)), lang).to.equal(`⚠︎ ${messages.problem}`);
          expect(part(el, 'base')!.hasAttribute('lang'), lang).to.equal(false);
          if (!REGIONAL.includes(lang)) texts.add(visibleText(el));
        }
        expect(texts.size, 'each language draws its own text').to.equal(LANGUAGES.length);
      });

      it('follows a change of its own lang, of an ancestor’s and of <html lang>', async () => {
        const french = visibleText(await drawnIn('fr'));
        const spanish = visibleText(await drawnIn('es'));
        const chinese = visibleText(await drawnIn('zh'));
        container.removeAttribute('lang');
        const el = await drawnIn(null);
        const section = el.closest('section')!;
        const root = document.documentElement;
        const before = root.getAttribute('lang');
        try {
          root.setAttribute('lang', 'fr');
          await waitUntil(() => visibleText(el) === french, '<html lang> was not followed');
          section.lang = 'es';
          await waitUntil(() => visibleText(el) === spanish, 'the ancestor’s lang was not followed');
          el.setAttribute('lang', 'zh');
          await waitUntil(() => visibleText(el) === chinese, 'its own lang was not followed');
          el.removeAttribute('lang');
          section.removeAttribute('lang');
          await waitUntil(() => visibleText(el) === french, 'lang removed: <html lang> again');
        } finally {
          if (before === null) root.removeAttribute('lang');
          else root.setAttribute('lang', before);
        }
      });

      it('reads lang across shadow roots, and follows a change inside the shadow root that holds it', async () => {
        const french = visibleText(await drawnIn('fr'));
        const spanish = visibleText(await drawnIn('es'));
        const english = visibleText(await drawnIn('en'));
        const host = document.createElement('div');
        host.lang = 'fr';
        container.append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = '<section lang="en"></section>';
        const el = document.createElement(spec.tag) as Host;
        el.data = spec.full;
        root.firstElementChild!.append(el);
        await el.updateComplete;
        expect(visibleText(el)).to.equal(english);
        root.firstElementChild!.setAttribute('lang', 'es');
        await waitUntil(() => visibleText(el) === spanish, 'a lang change in the shadow root was not followed');
        root.firstElementChild!.removeAttribute('lang');
        await waitUntil(() => visibleText(el) === french, 'the lang beyond the shadow root was not read');
      });

      it('speaks English, marked lang="en", in a language without strings, and says nothing about it', async () => {
        const english = visibleText(await drawnIn('en'));
        for (const lang of ['sw', 'xx-!!', '', 'a'.repeat(200)]) {
          const el = await drawnIn(lang);
          expect(visibleText(el), JSON.stringify(lang)).to.equal(english);
        }
        // A real other language: each English string is marked and isolated left to right, the widget
        // as a whole is not, so its data keeps the page's language.
        const persian = await drawnIn('fa');
        expect(part(persian, 'base')!.hasAttribute('lang'), 'the data keeps the page’s language').to.equal(false);
        const marked = [...persian.shadowRoot!.querySelectorAll('[lang="en"]')];
        expect(marked.length, 'English strings marked lang="en"').to.be.greaterThan(0);
        for (const string of marked) expect([string.getAttribute('dir'), getComputedStyle(string).direction], text(string)).to.deep.equal(['ltr', 'ltr']);
        expect(warnings.calls).to.deep.equal([]);
      });
    });

    describe('theme', () => {
      const colour = (el: Element) => getComputedStyle(part(el, 'base')!).color;
      async function withTheme(theme: string | null, style = ''): Promise<Host> {
        const wrapper = document.createElement('div');
        wrapper.setAttribute('style', style);
        const el = document.createElement(spec.tag) as Host;
        if (theme !== null) el.setAttribute('theme', theme);
        el.data = spec.full;
        wrapper.append(el);
        container.append(wrapper);
        await el.updateComplete;
        return el;
      }

      it('takes the page’s text colour by default, light or dark colours with theme="light" or "dark"; theme="auto" follows the reader’s setting', async () => {
        const host = await withTheme(null);
        expect(colour(host), 'the page’s colour').to.equal(getComputedStyle(host.parentElement!).color);
        const light = await withTheme('light');
        const dark = await withTheme('dark');
        const auto = await withTheme('auto');
        expect(colour(dark)).not.to.equal(colour(light));
        const expectAutoToFollow = () => expect(colour(auto)).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? colour(dark) : colour(light));
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
        light.setAttribute('theme', 'dark');
        await light.updateComplete;
        expect(colour(light), 'a theme set later').to.equal(colour(dark));
      });

      it('is accessible in the light and the dark theme, with every field', async () => {
        await expect(await withTheme('light', 'background: #fff')).to.be.accessible();
        await expect(await withTheme('dark', 'background: #17191e')).to.be.accessible();
      });

      it('is accessible showing its fallback and the note, in both themes', async () => {
        const warnings = captureWarnings();
        try {
          for (const [theme, background] of [['light', '#fff'], ['dark', '#17191e']]) {
            const wrapper = document.createElement('div');
            wrapper.style.background = background;
            const el = document.createElement(spec.tag) as Host;
            el.setAttribute('theme', theme);
            el.innerHTML = spec.textField ? '' : '<h3>Fallback</h3><p>Fallback words</p>';
            el.data = Object.fromEntries(Object.entries(spec.full).filter(([field]) => !(field in spec.minimal)));
            wrapper.append(el);
            container.append(wrapper);
            await el.updateComplete;
            expect(errorNote(el), theme).to.exist;
            await expect(wrapper).to.be.accessible();
          }
        } finally {
          warnings.restore();
        }
      });

      it('takes the page font and --lede-* custom properties, and none of the page’s other text styles', async () => {
        const el = await withTheme(null, 'font-family: Georgia, serif; --lede-color-text: rgb(1, 2, 3); letter-spacing: 9px; text-transform: uppercase; text-align: center');
        const base = getComputedStyle(part(el, 'base')!);
        expect(base.fontFamily).to.equal(getComputedStyle(el.parentElement!).fontFamily);
        expect(base.color).to.equal('rgb(1, 2, 3)');
        expect([base.letterSpacing, base.textTransform]).to.deep.equal(['normal', 'none']);
      });
    });

    describe('definition', () => {
      let warnings: ReturnType<typeof captureWarnings>;
      beforeEach(() => (warnings = captureWarnings()));
      afterEach(() => warnings.restore());

      it('a second definition by the same version never throws, keeps the first and says nothing', () => {
        const Ctor = customElements.get(spec.tag) as CustomElementConstructor;
        expect(() => defineElement(spec.tag, class extends Ctor {})).not.to.throw();
        expect(customElements.get(spec.tag)).to.equal(Ctor);
        expect(warnings.calls).to.deep.equal([]);
      });

      it('a copy of another version already defined: never throws, and says so once', () => {
        const Ctor = customElements.get(spec.tag) as CustomElementConstructor;
        const tag = `${spec.tag}-old-copy`;
        const OldCopy = class extends Ctor {};
        Object.defineProperty(OldCopy, 'version', { value: '0.0.1' });
        customElements.define(tag, OldCopy);
        for (let i = 0; i < 3; i++) expect(() => defineElement(tag, class extends Ctor {})).not.to.throw();
        expect(customElements.get(tag)).to.equal(OldCopy);
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.include('0.0.1').and.include(VERSION);
      });
    });
  });
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const normalize = (value: string) => value.replace(BIDI, '').replace(/\s+/g, ' ').trim();

/** A list holding `payload`: in every field of a first item, and in the text fields of a second whose other fields are valid. */
function listHolding(list: FieldSpec, payload: string): unknown[] {
  if (list.kind === 'textList') return [payload];
  const fields = Object.entries(list.item ?? {});
  return [
    Object.fromEntries(fields.map(([name]) => [name, payload])),
    Object.fromEntries(fields.map(([name, field]) => [name, field.kind === 'text' ? payload : (field.sample ?? (field.kind === 'number' ? 1 : undefined))])),
  ];
}
