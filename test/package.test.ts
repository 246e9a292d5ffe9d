// What an npm consumer relies on beyond one widget's rendering: the class entry defines nothing,
// a second copy of the package never throws, and properties set from JavaScript (as React and
// Preact do) work like attributes. The packed package itself is tested by `npm run test:consumer`.
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../src/core/define.js';
import { VERSION } from '../src/core/version.js';
import { LedeQuoteBlock } from '../src/widgets/quote-block/quote-block.js';
import { captureWarnings, fixtureUrl, nextProblems, shadowText, untilShown } from './helpers.js';

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

  it('the widget entry defines its tag, and a second copy of the same version is silent', async () => {
    await import('../src/widgets/quote-block/index.js');
    expect(customElements.get('lede-quote-block')).to.be.a('function');
    const warnings = captureWarnings();
    try {
      defineElement('lede-quote-block', class extends LedeQuoteBlock {});
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.deep.equal([]);
  });

  it('a copy of another version never throws, and says so once', () => {
    const warnings = captureWarnings();
    try {
      const OldCopy = class extends LedeQuoteBlock {
        static override readonly version = '0.0.1';
      };
      defineElement('lede-old-copy', OldCopy);
      defineElement('lede-old-copy', class extends LedeQuoteBlock {});
      defineElement('lede-old-copy', class extends LedeQuoteBlock {});
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include('0.0.1').and.include(VERSION);
  });

  it('a tag the browser refuses is reported, not thrown', () => {
    const warnings = captureWarnings();
    try {
      defineElement('NotACustomElementName', class extends LedeQuoteBlock {});
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include('could not be defined');
  });
});

describe('properties set from JavaScript, as frameworks do', () => {
  it('`data` takes an object and wins over attributes', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en" speaker="Attribute">Light DOM words</lede-quote-block>`);
    el.data = { text: 'Words from data', speaker: 'Ana', speakerRole: 'Minister' };
    await untilShown(el, 'Words from data');
    expect(shadowText(el)).to.include('Ana, Minister').and.not.include('Attribute');
  });

  it('camelCase properties work like their kebab-case attributes', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en">Words</lede-quote-block>`);
    el.speakerRole = 'Premier';
    await untilShown(el, 'Premier');
    expect(el.shadowRoot?.querySelector('[part="speaker-role"]')?.textContent).to.equal('Premier');
  });

  it('`lede-error` reports a `data` that is not an object, and a `src` that is not http(s)', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en">Words</lede-quote-block>`);
    const problems = nextProblems(el);
    (el as unknown as { data: unknown }).data = 'not an object';
    el.src = 'ftp://example.com/story.json#x';
    const fields = (await problems).map((problem) => problem.field);
    expect(fields).to.include.members(['data', 'src']);
    expect(el.shadowRoot?.querySelector('[part="error"]')).to.exist;
  });

  it('`src` with `loading="eager"` shows the story item at once', async () => {
    const el = await fixture(html`<lede-quote-block lang="fr" loading="eager" src=${fixtureUrl('story.json', 'other')}></lede-quote-block>`);
    await untilShown(el, 'Autre citation');
    expect(shadowText(el)).to.include('Quelqu');
  });
});
