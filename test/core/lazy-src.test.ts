import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { fixtureUrl, shadowText, untilShown } from '../helpers.js';

/** Records the URLs fetched until `restore()`. */
function spyOnFetch(): { urls: string[]; restore(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original.call(window, input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

/** Resolves after the page's intersection observers have looked at `el` once. */
function afterIntersectionCheck(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

describe('src is fetched lazily', () => {
  it('waits until the widget comes near the viewport, reporting nothing meanwhile', async () => {
    const fetches = spyOnFetch();
    const address = fixtureUrl('quote-only.json');
    try {
      const box = await fixture<HTMLElement>(html`<div style="padding-top: 400vh"><lede-quote-block src=${address}></lede-quote-block></div>`);
      const el = box.querySelector('lede-quote-block')!;
      let errors = 0;
      el.addEventListener('lede-error', () => errors++);
      await afterIntersectionCheck(el);
      await el.updateComplete;
      expect(fetches.urls.filter((url) => url.startsWith(address.split('#')[0]))).to.deep.equal([]);
      expect(shadowText(el), 'no error note while waiting').to.equal('');
      el.scrollIntoView();
      await untilShown(el, 'Une citation seule');
      expect(fetches.urls).to.include(address);
      expect(errors).to.equal(0);
    } finally {
      fetches.restore();
    }
  });

  it('fetches at once with loading="eager", however far away', async () => {
    const fetches = spyOnFetch();
    const address = fixtureUrl('quote-only.json');
    try {
      const box = await fixture<HTMLElement>(html`<div style="padding-top: 400vh"><lede-quote-block loading="eager" src=${address}></lede-quote-block></div>`);
      // Four screens away, only `eager` fetches (once the fetching code is in).
      await waitUntil(() => fetches.urls.includes(address), 'an eager src was never fetched');
      await untilShown(box.querySelector('lede-quote-block')!, 'Une citation seule');
    } finally {
      fetches.restore();
    }
  });
});
