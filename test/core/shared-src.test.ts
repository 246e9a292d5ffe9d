import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LedeQuoteBlock } from '../../src/index.js';
import { captureWarnings, fixtureUrl, nextProblems, shadowText, untilShown } from '../helpers.js';

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

  it('report a document that cannot be loaded, once per widget', async () => {
    const warnings = captureWarnings();
    try {
      const src = fixtureUrl('missing.json', 'pm-quote');
      const quote = await fixture<LedeQuoteBlock>(html`<lede-quote-block loading="eager">Texte de secours</lede-quote-block>`);
      const problems = nextProblems(quote);
      quote.src = src;
      const [problem] = await problems;
      expect(problem.field).to.equal('src');
      expect(problem.message).to.include('HTTP 404');
      expect(shadowText(quote), 'the light-DOM text still shows').to.include('Texte de secours');
    } finally {
      warnings.restore();
    }
  });

  it('report an id the document does not have', async () => {
    const warnings = captureWarnings();
    try {
      const quote = await fixture<LedeQuoteBlock>(html`<lede-quote-block loading="eager"></lede-quote-block>`);
      const messages: string[] = [];
      quote.addEventListener('lede-error', (event) => messages.push(...event.detail.problems.map((p) => p.message)));
      quote.src = fixtureUrl('story.json', 'nobody');
      await waitUntil(() => messages.some((message) => message.includes('no item with id "nobody"')), 'the missing id is reported');
    } finally {
      warnings.restore();
    }
  });

  it('refuse a src that is not http(s)', async () => {
    const warnings = captureWarnings();
    try {
      const quote = await fixture<LedeQuoteBlock>(html`<lede-quote-block>Texte</lede-quote-block>`);
      const problems = nextProblems(quote);
      quote.src = 'javascript:alert(1)';
      expect((await problems)[0]).to.deep.include({ field: 'src' });
    } finally {
      warnings.restore();
    }
  });
});
