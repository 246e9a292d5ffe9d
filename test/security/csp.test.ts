/**
 * The widgets work under the strict Content-Security-Policy that SECURITY.md recommends: no inline
 * script, no eval, no style sources at all, Trusted Types enforced, connections only where stories live.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { faultUrl, newKey, storeDocument } from './faults.js';

/** The policy of SECURITY.md, with this server standing in for the page's and the stories' origin. */
const STRICT =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

type FrameWindow = Window & { cspViolations: string[] };

/** A page served with `policy` as its header, holding one widget per data form. */
async function pageUnder(policy: string): Promise<HTMLIFrameElement> {
  const entry = new URL('../../src/index.ts', import.meta.url).pathname;
  const probe = new URL('./csp-probe.js', import.meta.url).pathname;
  const story = `${new URL('../fixtures/story.json', import.meta.url).pathname}?n=${newKey()}#pm-quote`;
  const id = await storeDocument(`<!doctype html>
    <script src="${probe}"></script>
    <lede-quote-block speaker="Ana">Attribute quote</lede-quote-block>
    <lede-quote-block><script type="application/json">{"text": "Inline quote"}</script></lede-quote-block>
    <lede-quote-block loading="eager" src="${story}"></lede-quote-block>
    <script type="module" src="${entry}"></script>`);
  const frame = document.createElement('iframe');
  frame.src = faultUrl(newKey(), 'page', { id, csp: policy });
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('lede-quote-block')?.shadowRoot, 'the widgets never upgraded', { timeout: 4000 });
  return frame;
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('Content-Security-Policy', function () {
  this.timeout(10_000);

  it('every data form renders, styled, with no violation, under the strict policy', async () => {
    const frame = await pageUnder(STRICT);
    const widgets = [...frame.contentDocument!.querySelectorAll('lede-quote-block')];
    for (const [index, text] of ['Attribute quote', 'Inline quote', 'Nous ne pensons pas'].entries()) {
      await waitUntil(() => shadowText(widgets[index]).includes(text), `"${text}" not drawn under CSP: ${shadowText(widgets[index])}`);
    }
    const figure = widgets[0].shadowRoot!.querySelector('figure')!;
    expect(frame.contentWindow!.getComputedStyle(figure).borderInlineStartWidth, 'styles applied').to.equal('3px');
    expect((frame.contentWindow as FrameWindow).cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('the policy is really enforced: without connect-src the src widget reports its blocked fetch', async () => {
    const frame = await pageUnder(STRICT.replace("connect-src 'self'", "connect-src 'none'"));
    const fetched = frame.contentDocument!.querySelectorAll('lede-quote-block')[2];
    fetched.toggleAttribute('preview', true); // the note shows in a preview only
    await waitUntil(() => fetched.shadowRoot?.querySelector('[part="error"]'), 'the blocked fetch was not reported');
    // The violation event is queued as a task of its own: it may arrive after the widget drew its error.
    const violations = () => (frame.contentWindow as FrameWindow).cspViolations.join(' ');
    await waitUntil(() => /connect-src/.test(violations()), `no connect-src violation was reported: "${violations()}"`);
    frame.remove();
  });
});
