import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LedeQuoteBlock } from '../../src/index.js';
import { captureWarnings, fixtureUrl, shadowText, untilShown } from '../helpers.js';

/** Counts the page's fetches of `url` (fragment aside) until `restore()`. */
function countFetches(url: string): { count(): number; restore(): void } {
  const original = window.fetch;
  const address = url.split('#')[0];
  let count = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input) === address) count++;
    return original.call(window, input, init);
  };
  return { count: () => count, restore: () => (window.fetch = original) };
}

describe('widgets sharing one src', () => {
  it('fetch the story document once for 100 widgets', async () => {
    const src = fixtureUrl('story.json', 'pm-quote');
    const fetches = countFetches(src);
    const warnings = captureWarnings();
    try {
      const box = fixtureSync<HTMLElement>(html`<div lang="fr"></div>`);
      box.innerHTML = Array.from({ length: 100 }, () => `<lede-quote-block loading="eager" src="${src}"></lede-quote-block>`).join('');
      const quotes = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      await waitUntil(() => quotes.every((quote) => shadowText(quote).includes('SCMP')), 'every widget shows the quote', { timeout: 4000 });
      expect(fetches.count()).to.equal(1);
      expect(shadowText(quotes[99])).to.include('Nous ne pensons pas');
    } finally {
      fetches.restore();
      warnings.restore();
    }
  });

  it('reuse the fetched document for widgets added later', async () => {
    const src = fixtureUrl('story.json', 'other');
    const fetches = countFetches(src);
    const warnings = captureWarnings();
    try {
      const first = await fixture<LedeQuoteBlock>(html`<lede-quote-block loading="eager" src=${src}></lede-quote-block>`);
      await untilShown(first, 'Autre citation');
      const later = await fixture<LedeQuoteBlock>(html`<lede-quote-block loading="eager" src=${src}></lede-quote-block>`);
      await untilShown(later, 'Autre citation');
      expect(fetches.count()).to.equal(1);
    } finally {
      fetches.restore();
      warnings.restore();
    }
  });
});
