import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../src/core/define.js';
import '../src/index.js';
import { LedeQuoteBlock } from '../src/index.js';
import { captureWarnings, nextProblems, shadowText, untilShown } from './helpers.js';

describe('data sources and their problems', () => {
  it('reads inline JSON, with attributes and the data property taking precedence', async () => {
    const quote = await fixture<LedeQuoteBlock>(html`<lede-quote-block speaker="Attribut"
      ><script type="application/json">{"text": "Du JSON", "speaker": "JSON", "source": "Le Monde"}</script></lede-quote-block
    >`);
    expect(shadowText(quote)).to.include('Du JSON').and.include('Attribut').and.include('Le Monde');
    quote.data = { text: 'Des données' };
    await untilShown(quote, 'Des données');
  });

  it('reports inline JSON that is broken or not an object, and a data property that is not an object', async () => {
    const warnings = captureWarnings();
    try {
      const broken = await fixture<LedeQuoteBlock>(html`<lede-quote-block
        ><script type="application/json">{"text": </script>Texte</lede-quote-block
      >`);
      await untilShown(broken, 'Texte');
      const notObject = await fixture<LedeQuoteBlock>(html`<lede-quote-block
        ><script type="application/json">[1, 2]</script>Texte</lede-quote-block
      >`);
      const problems = nextProblems(notObject);
      notObject.data = 'texte' as unknown as LedeQuoteBlock['data'];
      expect((await problems).map((p) => p.field)).to.include('data');
      expect(warnings.calls.join('\n')).to.include('inline JSON is not valid JSON').and.include('inline JSON must be an object');
    } finally {
      warnings.restore();
    }
  });

  it('follows light-DOM text changes', async () => {
    const quote = await fixture<LedeQuoteBlock>(html`<lede-quote-block>Avant</lede-quote-block>`);
    quote.textContent = 'Après';
    await untilShown(quote, 'Après');
  });
});

describe('defineElement', () => {
  it('keeps the first definition and says once that another copy was not used', () => {
    const warnings = captureWarnings();
    try {
      /** Stands for the same tag defined by another copy of the library. */
      class OtherCopy extends HTMLElement {
        static readonly version = '0.0.1';
      }
      customElements.define('lede-test-copy', OtherCopy);
      defineElement('lede-test-copy', LedeQuoteBlock);
      defineElement('lede-test-copy', LedeQuoteBlock);
      defineElement('not a valid name', LedeQuoteBlock);
      expect(customElements.get('lede-test-copy')).to.equal(OtherCopy);
      expect(warnings.calls.filter((call) => call.includes('already defined by Lede 0.0.1'))).to.have.length(1);
      expect(warnings.calls.some((call) => call.includes('<not a valid name> could not be defined'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});
