/**
 * Property-based tests: random and hostile input through every route into every widget.
 * Whatever comes in, the widget settles (data or error note), reports its problems once,
 * creates nothing from data, and nothing is thrown or executed.
 *
 * Runs per property are kept small enough for CI (both browsers); a failure prints fast-check's
 * seed and shrunk counterexample, which `fc.assert(…, { seed, path })` replays.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { anyJson, hostileItem, langTag } from './arbitraries.js';
import { expectSafe, mount, vocabularyOf, sandbox, type Mounted } from './harness.js';
import { ROUTES, type Host, type Route } from './routes.js';
import { WIDGETS, type WidgetSpec } from './widgets.js';

/**
 * Runs per property, by route: the fetching route costs a request per run. The two inline JSON
 * routes (`<script>` and `data-lede-json`) read the same text with the same parser: they share the
 * runs one of them had, so the file takes no longer.
 */
export const RUNS: Record<string, number> = { attributes: 150, markup: 80, 'inline JSON': 50, 'data-lede-json': 30, 'data property': 200, src: 40 };

describe('fuzz: any input leaves a widget settled, quiet and safe', function () {
  this.timeout(60_000);
  const box = sandbox({ quiet: false });

  /** Mounts, checks every invariant, checks a second update reports nothing new, removes. */
  async function check(widget: WidgetSpec, route: Route, item: Record<string, unknown>, context: string): Promise<Mounted> {
    const vocabulary = await vocabularyOf(widget);
    const warningsBefore = box.watch.warnings.length;
    const mounted = await mount(widget, route, item, box.container);
    expectSafe(mounted, widget, vocabulary, context);
    expect(box.watch.warnings.length - warningsBefore, `console.warn calls for one widget ${context}`).to.equal(mounted.reports.length);
    mounted.host.requestUpdate();
    await mounted.host.updateComplete;
    expect(mounted.reports.length + warningsBefore, `the same problems were reported again ${context}`).to.equal(box.watch.warnings.length);
    mounted.host.remove();
    await box.watch.expectQuiet(context);
    return mounted;
  }

  for (const widget of WIDGETS) {
    for (const route of ROUTES) {
      const runs = RUNS[route.name] ?? 30;
      it(`<${widget.tag}> through ${route.name}: ${runs} random items under random page languages`, async () => {
        await fc.assert(
          fc.asyncProperty(hostileItem(widget, route), langTag, async (item, lang) => {
            box.container.setAttribute('lang', lang);
            await check(widget, route, item, `via ${route.name}, lang "${lang}"`);
          }),
          { numRuns: runs },
        );
      });
    }

    it(`<${widget.tag}>: any string in theme, loading and its own lang`, async () => {
      const route = ROUTES.find((candidate) => candidate.name === 'markup')!;
      const anyAttribute = fc.string({ unit: 'binary', maxLength: 30 });
      await fc.assert(
        fc.asyncProperty(anyAttribute, anyAttribute, langTag, async (theme, loading, lang) => {
          const item = { ...widget.minimal };
          const mounted = await mount(widget, route, item, box.container);
          mounted.host.setAttribute('theme', theme);
          mounted.host.setAttribute('loading', loading);
          mounted.host.setAttribute('lang', lang);
          await mounted.host.updateComplete;
          expectSafe(mounted, widget, await vocabularyOf(widget), `theme "${theme}" loading "${loading}" lang "${lang}"`);
          expect(mounted.host.shadowRoot!.querySelector(widget.rendered), 'the minimal item no longer draws').to.exist;
          mounted.host.remove();
          await box.watch.expectQuiet();
        }),
        { numRuns: 60 },
      );
    });

    it(`<${widget.tag}>: any JSON value as the whole of data, inline JSON and the fetched document`, async () => {
      const inline = ROUTES.find((candidate) => candidate.name === 'inline JSON')!;
      const data = ROUTES.find((candidate) => candidate.name === 'data property')!;
      await fc.assert(
        fc.asyncProperty(anyJson, async (value) => {
          // Not an object: the data property and inline JSON report it instead of drawing anything from it.
          const asData = await mount(widget, { ...data, create: (spec) => Object.assign(document.createElement(spec.tag) as Host, { data: value }) }, {}, box.container);
          const asScript = await mount(
            widget,
            {
              ...inline,
              create(spec) {
                const el = document.createElement(spec.tag);
                el.innerHTML = '<script type="application/json"></script>';
                el.firstElementChild!.textContent = JSON.stringify(value);
                return el as never;
              },
            },
            {},
            box.container,
          );
          for (const mounted of [asData, asScript]) {
            expectSafe(mounted, widget, await vocabularyOf(widget));
            mounted.host.remove();
          }
          await box.watch.expectQuiet();
        }),
        { numRuns: 60 },
      );
    });
  }
});
