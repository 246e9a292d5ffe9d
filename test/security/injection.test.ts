/**
 * The injection corpus (test/fixtures/payloads.json) through every field of every widget, by every
 * route: nothing runs, nothing is created from data, no link other than http(s), and text fields
 * show each payload as the characters it is made of.
 */
import { expect } from '@open-wc/testing';
import { isRecord, type Raw } from '../../src/core/validate.js';
import { expectSafe, mountAll, visibleText, vocabularyOf, Watch, type Mounted } from './harness.js';
import { ROUTES, type Host } from './routes.js';
import { WIDGETS, type FieldSpec, type WidgetSpec } from './widgets.js';

interface Corpus {
  payloads: { kind: string; payload: string }[];
  lightDomMarkup: { kind: string; markup: string }[];
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const normalize = (text: string) => text.replace(BIDI, '').replace(/\s+/g, ' ').trim();

/** The payload is on screen as text (a quote may lose the quotation marks wrapping it). */
function expectShownAsText(mounted: Mounted, widget: WidgetSpec, field: string, payload: string): void {
  const max = widget.fields[field].max ?? Infinity;
  const expected = normalize(payload);
  if (!expected || expected.length > max || !mounted.host.shadowRoot!.querySelector(widget.rendered)) return;
  const seen = normalize(visibleText(mounted.host));
  const inner = normalize(expected.slice(1, -1));
  expect(seen.includes(expected) || seen.includes(inner), `${field} = ${JSON.stringify(payload)} is not shown as text: ${JSON.stringify(seen)}`).to.equal(true);
}

describe('injection corpus', function () {
  this.timeout(60_000);
  let corpus: Corpus;
  const watch = new Watch();
  let container: HTMLElement;
  before(async () => {
    corpus = (await (await fetch(new URL('../fixtures/payloads.json', import.meta.url))).json()) as Corpus;
    watch.start();
  });
  after(() => watch.stop());
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    container.remove();
    await watch.expectQuiet('after the corpus');
  });

  it('holds at least 100 payloads of every kind the brief names', () => {
    expect(corpus.payloads.length + corpus.lightDomMarkup.length).to.be.at.least(100);
    const kinds = new Set([...corpus.payloads, ...corpus.lightDomMarkup].map((entry) => entry.kind));
    for (const kind of ['script-tag', 'event-handler', 'svg-mathml', 'javascript-url', 'other-scheme', 'entities', 'whitespace-control', 'css', 'template', 'bidi', 'dom-clobbering']) {
      expect(kinds.has(kind), kind).to.equal(true);
    }
  });

  for (const widget of WIDGETS) {
    const textFields = Object.keys(widget.fields).filter((field) => widget.fields[field].kind === 'text');

    for (const route of ROUTES) {
      it(`<${widget.tag}> through ${route.name}: every payload in every field at once`, async () => {
        const vocabulary = await vocabularyOf(widget);
        const items = corpus.payloads.map(({ payload }) => Object.fromEntries(Object.keys(widget.fields).map((field) => [field, payload])) as Raw);
        const warningsBefore = watch.warnings.length;
        const mounted = await mountAll(widget, route, items, container);
        mounted.forEach((one, index) => {
          const { kind, payload } = corpus.payloads[index];
          expectSafe(one, widget, vocabulary, `${kind} ${JSON.stringify(payload)}`);
          for (const field of textFields) expectShownAsText(one, widget, field, payload);
        });
        const reports = mounted.reduce((sum, one) => sum + one.reports.length, 0);
        expect(watch.warnings.length - warningsBefore, 'one console.warn per widget with problems').to.equal(reports);
        await watch.expectQuiet(`through ${route.name}`);
      });
    }

    it(`<${widget.tag}>: every payload in one field at a time (data property)`, async () => {
      const vocabulary = await vocabularyOf(widget);
      const route = ROUTES.find((candidate) => candidate.name === 'data property')!;
      for (const field of Object.keys(widget.fields)) {
        const items = corpus.payloads.map(({ payload }) => ({ ...widget.minimal, [field]: payload }));
        const mounted = await mountAll(widget, route, items, container);
        mounted.forEach((one, index) => {
          expectSafe(one, widget, vocabulary, `${field} = ${JSON.stringify(corpus.payloads[index].payload)}`);
          if (widget.fields[field].kind === 'text') expectShownAsText(one, widget, field, corpus.payloads[index].payload);
        });
        container.replaceChildren();
      }
    });

    it(`<${widget.tag}>: DOM-clobbering markup in its light DOM changes nothing it draws`, async () => {
      const vocabulary = await vocabularyOf(widget);
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
      const item = relative(widget.fields, widget.full);
      const route = ROUTES.find((candidate) => candidate.name === 'data property')!;
      for (const { markup } of corpus.lightDomMarkup) {
        const clobbering = {
          ...route,
          create(spec: WidgetSpec, data: Raw) {
            const el = route.create(spec, data) as Host;
            const template = document.createElement('template');
            template.innerHTML = markup; // the page's own markup, with no script or handler in it
            el.append(template.content);
            return el;
          },
        };
        const [mounted] = await mountAll(widget, clobbering, [item], container);
        expectSafe(mounted, widget, vocabulary, markup);
        expect(mounted.host.shadowRoot!.querySelector(widget.rendered), markup).to.exist;
        expect(mounted.reports, markup).to.deep.equal([]);
        for (const link of mounted.host.shadowRoot!.querySelectorAll('a')) {
          expect(link.href, markup).to.equal(new URL('/relative/story', location.href).href);
        }
        mounted.host.remove();
      }
    });

    it(`<${widget.tag}>: payloads as the src URL and its fragment fetch nothing but http(s)`, async () => {
      const vocabulary = await vocabularyOf(widget);
      const route = ROUTES.find((candidate) => candidate.name === 'markup')!;
      // Payloads the URL parser reads as a relative path (`&#x6A;avascript:…`) are plain http requests: left out here.
      const isHttp = (text: string) => {
        try {
          return /^https?:$/.test(new URL(text, location.href).protocol);
        } catch {
          return false;
        }
      };
      const items = corpus.payloads.filter(({ kind, payload }) => (kind === 'javascript-url' || kind === 'other-scheme') && !isHttp(payload));
      expect(items.length).to.be.greaterThan(20);
      const mounted = await mountAll(widget, route, items.map(() => ({ ...widget.minimal })), container);
      for (const [index, one] of mounted.entries()) {
        one.host.setAttribute('src', items[index].payload);
        await one.host.updateComplete;
        expectSafe(one, widget, vocabulary, `src = ${JSON.stringify(items[index].payload)}`);
        expect(one.reports.flat().map((problem) => problem.field), items[index].payload).to.include('src');
      }
    });
  }
});
