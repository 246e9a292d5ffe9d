/**
 * Bounded work whatever the size of the input: 1 MB strings and 10,000-item lists are cut at
 * LIMITS with a visible "…" and a reported problem, and what a widget draws stays within a fixed
 * number of nodes. Settle times are printed for the record, never asserted: a timing assertion
 * measures the machine's load as much as the code (speed has its own script, npm run bench).
 */
import { expect } from '@open-wc/testing';
import { LIMITS, type Raw } from '../../src/core/validate.js';
import { ONE_MB, TEN_THOUSAND } from './arbitraries.js';
import { faultUrl, newKey, storeDocument } from './faults.js';
import { expectSafe, mount, problemsAbout, visibleText, vocabularyOf, sandbox } from './harness.js';
import { ROUTES, type Host } from './routes.js';
import { WIDGETS, type FieldSpec } from './widgets.js';

/** Most nodes a widget may draw: every list at LIMITS.items items of a dozen nodes, plus the rest. A widget that did O(input) DOM work would draw far more. */
const MAX_NODES = 3 * LIMITS.items * 12 + 200;

/** What the widget drew (its shadow root) is bounded whatever the input. */
function expectBounded(host: Element, what = ''): void {
  const nodes = host.shadowRoot ? host.shadowRoot.querySelectorAll('*').length : 0;
  expect(nodes, `${what}: nodes drawn`).to.be.at.most(MAX_NODES);
}

/** A valid value for one item of a list field. */
function listItem(spec: FieldSpec): unknown {
  if (spec.kind === 'textList') return 'A beneficiary';
  return Object.fromEntries(Object.entries(spec.item ?? {}).map(([name, field]) => [name, field.sample ?? (field.kind === 'number' ? 1 : field.kind === 'boolean' ? true : `${name} value`)]));
}

describe('limits: huge input stays bounded', function () {
  this.timeout(30_000);
  const box = sandbox();
  /** Slowest settle time seen per case, printed once for the record. */
  const slowest = new Map<string, number>();
  const time = (what: string, ms: number) => slowest.set(what, Math.max(slowest.get(what) ?? 0, Math.round(ms)));
  after(() => {
    console.log(`slowest settle (for the record; not asserted): ${[...slowest].map(([what, ms]) => `${what} ${ms} ms`).join('; ')}`);
  });

  for (const widget of WIDGETS) {
    const fields = Object.entries(widget.fields);
    const texts = fields.filter(([, spec]) => spec.kind === 'text');
    const wholes = fields.filter(([, spec]) => ['url', 'date', 'lang', 'keyword', 'currency'].includes(spec.kind));
    const lists = fields.filter(([, spec]) => spec.kind === 'list' || spec.kind === 'textList');

    for (const route of ROUTES) {
      it(`<${widget.tag}> through ${route.name}: 1 MB in every text field is cut with "…" and reported`, async () => {
        for (const [field, spec] of texts) {
          const item: Raw = { ...widget.minimal, [field]: ONE_MB };
          const mounted = await mount(widget, route, item, box.container);
          time(`1 MB text`, mounted.ms);
          expectBounded(mounted.host, field);
          expectSafe(mounted, widget, await vocabularyOf(widget), field);
          expect(problemsAbout(mounted, field), field).to.deep.equal([`is over ${spec.max} characters; shortened`]);
          const shown = visibleText(mounted.host);
          expect(shown, `${field}: visible "…"`).to.include('<b>Lede</b> <b>Lede</b>');
          expect(shown, `${field}: visible "…"`).to.match(/…/);
          expect(shown.length, `${field}: text drawn`).to.be.below((spec.max ?? LIMITS.short) + 2000);
          mounted.host.remove();
        }
      });
    }

    // (Only for widgets that have such fields: a test that loops over nothing proves nothing.)
    if (wholes.length) it(`<${widget.tag}>: 1 MB in fields that are only meaningful whole is left out with one problem each`, async () => {
      const route = ROUTES.find((candidate) => candidate.name === 'data property')!;
      const item: Raw = { ...widget.minimal, ...Object.fromEntries(wholes.map(([field]) => [field, `https://example.com/${ONE_MB}`])) };
      const mounted = await mount(widget, route, item, box.container);
      expectBounded(mounted.host, 'whole fields');
      expectSafe(mounted, widget, await vocabularyOf(widget));
      for (const [field] of wholes) expect(problemsAbout(mounted, field), field).to.have.length(1);
      expect(mounted.host.shadowRoot!.querySelectorAll('a'), 'links to a cut URL').to.have.length(0);
    });

    if (lists.length) it(`<${widget.tag}>: lists of 0 and ${TEN_THOUSAND} items`, async () => {
      const route = ROUTES.find((candidate) => candidate.name === 'inline JSON')!;
      for (const [field, spec] of lists) {
        const empty = await mount(widget, route, { ...widget.minimal, [field]: [] }, box.container);
        expectSafe(empty, widget, await vocabularyOf(widget), `${field}: []`);
        // The widget's own minimal item where it has one (a fact box's figure: a currency or a unit, not both).
        const given = widget.minimal[field];
        const item = Array.isArray(given) ? given[0] : listItem(spec);
        const huge = await mount(widget, route, { ...widget.minimal, [field]: Array.from({ length: TEN_THOUSAND }, () => item) }, box.container);
        time(`${TEN_THOUSAND}-item list`, huge.ms);
        expectBounded(huge.host, field);
        expectSafe(huge, widget, await vocabularyOf(widget), field);
        expect(problemsAbout(huge, field), field).to.deep.equal([`has ${TEN_THOUSAND} items; only ${spec.max ?? LIMITS.items} shown`]);
        expect(visibleText(huge.host), `${field}: visible "…"`).to.match(/…/);
      }
    });

    it(`<${widget.tag}>: its item found among ${TEN_THOUSAND} in a fetched story document`, async () => {
      const items = Array.from({ length: TEN_THOUSAND }, (_, index) => ({ ...widget.minimal, id: `item-${index}` }));
      const id = await storeDocument({ [widget.collection]: items });
      const route = { name: 'src (big story)', carries: 'json' as const, deferred: true, create: () => Object.assign(document.createElement(widget.tag) as Host, { loading: 'eager', src: faultUrl(newKey(), 'doc', { id }, `item-${TEN_THOUSAND - 1}`) }) };
      const mounted = await mount(widget, route, {}, box.container);
      time(`${TEN_THOUSAND}-item story`, mounted.ms);
      expectBounded(mounted.host, 'big story');
      expect(mounted.host.shadowRoot!.querySelector(widget.rendered)).to.exist;
      expect(mounted.reports).to.deep.equal([]);
    });
  }
});
