/**
 * `src` against a misbehaving network, served for real by the test runner (test/server/faults.js):
 * status errors, timeouts, bad bodies, huge bodies, redirects, slow answers, aborted requests and
 * many widgets sharing one broken URL. Requests are counted on the server.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { storyOptions } from '../../src/core/story.js';
import { faultUrl, newKey, serverStats, storeDocument, untilServer } from './faults.js';
import { errorNote, expectSafe, problemsAbout, settled, visibleText, vocabularyOf, sandbox, type Mounted } from './harness.js';
import type { Host } from './routes.js';
import { WIDGETS, type WidgetSpec } from './widgets.js';

describe('network faults for src', function () {
  this.timeout(20_000);
  const box = sandbox();
  const defaults = { ...storyOptions };
  afterEach(() => void Object.assign(storyOptions, defaults));

  /** A widget pointed at `src`, in the page, with its lede-error reports. */
  function widgetAt(widget: WidgetSpec, src: string, { eager = true } = {}): Mounted {
    const host = document.createElement(widget.tag) as Host;
    if (eager) host.setAttribute('loading', 'eager');
    host.setAttribute('src', src);
    const mounted: Mounted = { host, reports: [], lightDom: [], ms: 0 };
    host.addEventListener('lede-error', (event) => mounted.reports.push(event.detail.problems));
    box.container.append(host);
    return mounted;
  }

  async function untilSettled(mounted: Mounted, widget: WidgetSpec): Promise<void> {
    await waitUntil(() => settled(mounted.host, widget), `<${widget.tag}> never settled: "${visibleText(mounted.host)}"`, { interval: 10, timeout: 8000 });
    await mounted.host.updateComplete;
  }

  /** The story document holding `widget.minimal` as item "good". */
  async function goodDocument(widget: WidgetSpec): Promise<string> {
    return storeDocument({ [widget.collection]: [{ ...widget.minimal, id: 'good' }] });
  }

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      /** Fails once with an error about src whose message matches `message`, after exactly `requests` requests. */
      async function expectFailure(fault: string, params: Record<string, string | number>, message: RegExp, requests = 1): Promise<Mounted> {
        const key = newKey();
        const mounted = widgetAt(widget, faultUrl(key, fault, params, 'good'));
        await untilSettled(mounted, widget);
        expect(errorNote(mounted.host), 'error note').to.exist;
        expect(mounted.reports, 'one lede-error').to.have.length(1);
        expect(problemsAbout(mounted, 'src').join(' ')).to.match(message);
        expectSafe(mounted, widget, await vocabularyOf(widget));
        expect((await serverStats(key)).total, 'requests').to.equal(requests);
        return mounted;
      }

      it('404 and 500: an error state naming the status, one request each', async () => {
        await expectFailure('status', { code: 404 }, /HTTP 404/);
        await expectFailure('status', { code: 500 }, /HTTP 500/);
      });

      it('invalid JSON and an HTML page: reported as not JSON, with the content type', async () => {
        await expectFailure('invalid-json', {}, /not JSON \(application\/json/);
        await expectFailure('html', {}, /not JSON \(text\/html/);
      });

      it('a JSON document served as text/plain is still used', async () => {
        const id = await goodDocument(widget);
        const mounted = widgetAt(widget, faultUrl(newKey(), 'text-plain', { id }, 'good'));
        await untilSettled(mounted, widget);
        expect(mounted.host.shadowRoot!.querySelector(widget.rendered)).to.exist;
        expect(mounted.reports).to.deep.equal([]);
      });

      it('timeout (storyOptions.timeout): gives up, says so, and the server sees the request aborted', async () => {
        storyOptions.timeout = 300;
        const key = newKey();
        const started = performance.now();
        const mounted = widgetAt(widget, faultUrl(key, 'hang', {}, 'good'));
        await untilSettled(mounted, widget);
        expect(performance.now() - started, 'ms until the timeout error').to.be.within(250, 3000);
        expect(problemsAbout(mounted, 'src').join(' ')).to.match(/no answer after 0\.3 s/);
        expect(mounted.reports).to.have.length(1);
        await untilServer(key, (stats) => stats.aborted === 1, 'the hanging request was never aborted');
      });

      it('a 5 MB document: refused from its Content-Length, or mid-stream without one', async () => {
        await expectFailure('big', { mb: 5 }, /larger than 2000000 bytes/);
        const started = performance.now();
        await expectFailure('big-chunked', { mb: 5 }, /larger than 2000000 bytes/);
        expect(performance.now() - started, 'ms to refuse a streamed 5 MB body').to.be.below(5000);
      });

      it('a document under the size limit with 1.5 MB of padding is used', async () => {
        storyOptions.maxLength = 5_000_000;
        const key = newKey();
        const mounted = widgetAt(widget, faultUrl(key, 'big', { mb: 1.5 }));
        await untilSettled(mounted, widget);
        // Without a fragment the fetched object is the widget's own: loading it raised nothing about src.
        expect(problemsAbout(mounted, 'src')).to.deep.equal([]);
      });

      it('redirects are followed; a redirect loop ends in an error, not a request storm', async () => {
        const id = await goodDocument(widget);
        const key = newKey();
        const mounted = widgetAt(widget, faultUrl(key, 'redirect', { hops: 3, id }, 'good'));
        await untilSettled(mounted, widget);
        expect(mounted.host.shadowRoot!.querySelector(widget.rendered), 'drawn after 3 redirects').to.exist;
        expect((await serverStats(key)).requests).to.deep.equal({ redirect: 3, doc: 1 });

        const loopKey = newKey();
        const loop = widgetAt(widget, faultUrl(loopKey, 'redirect-loop', {}, 'good'));
        await untilSettled(loop, widget);
        expect(problemsAbout(loop, 'src').join(' ')).to.match(/could not load/);
        expect(loop.reports).to.have.length(1);
        // Browsers stop after 20 redirects; the widget never tries again.
        expect((await serverStats(loopKey)).total).to.be.within(2, 21);
      });

      it('a slow answer: nothing reported while waiting, then the data', async () => {
        const id = await goodDocument(widget);
        const key = newKey();
        const mounted = widgetAt(widget, faultUrl(key, 'slow', { ms: 400, id }, 'good'));
        await untilServer(key, (stats) => stats.total === 1, 'the request never arrived');
        await mounted.host.updateComplete;
        expect(errorNote(mounted.host), 'no error note while loading').to.equal(null);
        expect(mounted.reports, 'no lede-error while loading').to.deep.equal([]);
        await untilSettled(mounted, widget);
        expect(mounted.host.shadowRoot!.querySelector(widget.rendered)).to.exist;
        expect(mounted.reports).to.deep.equal([]);
      });

      it('removed while fetching: the request is aborted and nothing is reported', async () => {
        const id = await goodDocument(widget);
        const key = newKey();
        const warnings = box.watch.warnings.length;
        // Only the removal may end this request: no client-side timeout while a busy machine is slow to send it.
        storyOptions.timeout = 60_000;
        const mounted = widgetAt(widget, faultUrl(key, 'slow', { ms: 15_000, id }, 'good'));
        await untilServer(key, (stats) => stats.total === 1, 'the request never arrived');
        mounted.host.remove();
        // Generous: on a loaded 2-core machine the closed connection can take a while to reach the server.
        await untilServer(key, (stats) => stats.aborted === 1, 'the request was not aborted', 10_000);
        expect(mounted.reports, 'lede-error').to.deep.equal([]);
        expect(box.watch.warnings.length - warnings, 'console.warn').to.equal(0);
      });

      it('50 widgets on one failing URL: one request, 50 error states, no retry', async () => {
        const key = newKey();
        const src = faultUrl(key, 'status', { code: 500 }, 'good');
        const warnings = box.watch.warnings.length;
        const all = Array.from({ length: 50 }, () => widgetAt(widget, src));
        await Promise.all(all.map((mounted) => untilSettled(mounted, widget)));
        for (const mounted of all) {
          expect(errorNote(mounted.host)).to.exist;
          expect(mounted.reports).to.have.length(1);
        }
        expect(box.watch.warnings.length - warnings, 'one console.warn per widget').to.equal(50);
        // Re-rendering, moving and re-adding widgets does not ask again.
        for (const mounted of all) mounted.host.requestUpdate();
        box.container.append(...all.slice(0, 10).map((mounted) => mounted.host));
        all.push(widgetAt(widget, src));
        await untilSettled(all[50], widget);
        expect((await serverStats(key)).total, 'requests for 51 widgets').to.equal(1);
        expect(all.slice(0, 50).every((mounted) => mounted.reports.length === 1), 'reported again').to.equal(true);
      });

      it('recovers when src changes from a failing URL to a good one', async () => {
        const mounted = await expectFailure('status', { code: 404 }, /HTTP 404/);
        const id = await goodDocument(widget);
        mounted.host.setAttribute('src', faultUrl(newKey(), 'doc', { id }, 'good'));
        await waitUntil(() => mounted.host.shadowRoot!.querySelector(widget.rendered), 'never drew the good document');
        await mounted.host.updateComplete;
        expect(errorNote(mounted.host), 'the error note is gone').to.equal(null);
        expect(mounted.reports, 'no new report').to.have.length(1);
      });

      it('lazy by default: no request until the widget nears the viewport', async () => {
        const id = await goodDocument(widget);
        const key = newKey();
        const spacer = document.createElement('div');
        spacer.style.height = '500vh';
        box.container.append(spacer);
        const mounted = widgetAt(widget, faultUrl(key, 'doc', { id }, 'good'), { eager: false });
        await mounted.host.updateComplete;
        await nextFrame();
        await nextFrame();
        expect((await serverStats(key)).total, 'requests before scrolling').to.equal(0);
        mounted.host.scrollIntoView();
        await untilSettled(mounted, widget);
        expect(mounted.host.shadowRoot!.querySelector(widget.rendered)).to.exist;
        expect((await serverStats(key)).total).to.equal(1);
        window.scrollTo(0, 0);
      });

      it('a src that is not http(s) is refused without a request; a missing item is named', async () => {
        for (const src of ['javascript:ledePwn()', 'data:application/json,{}', 'ftp://example.com/story.json']) {
          const mounted = widgetAt(widget, src);
          await mounted.host.updateComplete;
          expect(problemsAbout(mounted, 'src').join(' '), src).to.match(/must be an http\(s\) URL/);
        }
        const id = await goodDocument(widget);
        const missing = widgetAt(widget, faultUrl(newKey(), 'doc', { id }, 'nope%E0%A4%A'));
        await untilSettled(missing, widget);
        expect(problemsAbout(missing, 'src').join(' ')).to.match(/no item with id "nope%E0%A4%A"/);
      });
    });
  }
});
