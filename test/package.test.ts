// What an npm consumer relies on beyond one widget's rendering: the class entry defines nothing,
// the widget entry defines its tag, and properties set from JavaScript (as React and Preact do)
// work like attributes. A second copy of the package is tested for every widget by
// test/shared/base-behaviour.ts. The packed package itself is tested by `npm run test:consumer`.
import { expect, fixture, html } from '@open-wc/testing';
import { LedeQuoteBlock } from '../src/widgets/quote-block/quote-block.js';
import { shadowText, untilShown } from './helpers.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

describe('package entries', () => {
  it('the class entry defines no tag, so the class can be defined under another name', async () => {
    expect(customElements.get('lede-quote-block')).to.equal(undefined);
    // A subclass: a constructor can be defined once per registry, and `lede-quote-block` comes next.
    customElements.define('my-quote', class extends LedeQuoteBlock {});
    const el = await fixture(html`<my-quote speaker="Ana">Bonjour</my-quote>`);
    await untilShown(el, 'Bonjour');
    expect(shadowText(el)).to.include('Ana');
  });

  it('the widget entry defines its tag', async () => {
    await import('../src/widgets/quote-block/index.js');
    expect(customElements.get('lede-quote-block')).to.be.a('function');
  });
});

describe('properties set from JavaScript, as frameworks do', () => {
  it('camelCase properties work like their kebab-case attributes', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en">Words</lede-quote-block>`);
    el.speakerRole = 'Premier';
    await untilShown(el, 'Premier');
    expect(el.shadowRoot?.querySelector('[part="speaker-role"]')?.textContent).to.equal('Premier');
  });
});
