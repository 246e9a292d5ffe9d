import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { LedeQuoteBlock } from '../../src/index.js';

/** A quote as a server leaves it in the page: its shadow root declared in the HTML (`shadowRoot` is its content). */
async function serverDrawn(shadowRoot: string, attributes = ''): Promise<LedeQuoteBlock> {
  const container = document.createElement('div');
  container.setHTMLUnsafe(`<lede-quote-block${attributes}><template shadowrootmode="open">${shadowRoot}</template>Words of the page</lede-quote-block>`);
  document.body.append(container);
  const quote = container.firstElementChild as LedeQuoteBlock;
  await quote.updateComplete;
  return quote;
}

describe('a widget a server drew (Declarative Shadow DOM)', () => {
  afterEach(() => {
    document.querySelectorAll('div:has(> lede-quote-block)').forEach((el) => el.remove());
  });

  it('keeps the drawing it was given while its data is the one the server saw', async () => {
    const quote = await serverDrawn('<div class="lede" part="base"><p id="drawn">As the server drew it</p></div>', ' speaker="Ana"');
    expect(quote.hasUpdated).to.equal(true);
    expect(quote.shadowRoot!.querySelector('#drawn')?.textContent).to.equal('As the server drew it');
  });

  it('draws itself anew, once, at the first change', async () => {
    const quote = await serverDrawn('<div class="lede" part="base"><p id="drawn">As the server drew it</p></div>', ' speaker="Ana"');
    quote.setAttribute('speaker', 'Bo');
    await quote.updateComplete;
    expect(quote.shadowRoot!.querySelector('#drawn')).to.equal(null);
    expect(quote.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(quote.shadowRoot!.querySelector('[part~="speaker"]')?.textContent).to.equal('Bo');
  });

  it('keeps the drawing, and says why, when its src cannot be read in this browser', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const failed = oneEvent(container, 'lede-error');
    container.setHTMLUnsafe(
      '<lede-quote-block src="/no-such-story.json#pm-quote" loading="eager"><template shadowrootmode="open"><div class="lede" part="base"><p id="drawn">As the server drew it</p></div></template></lede-quote-block>',
    );
    const event = await failed;
    const quote = container.firstElementChild as LedeQuoteBlock;
    await quote.updateComplete;
    expect(event.detail.problems.map((problem: { field: string }) => problem.field)).to.include('src');
    expect(quote.shadowRoot!.querySelector('#drawn')?.textContent).to.equal('As the server drew it');
  });

  it('draws its data at once where the server could only show the light DOM', async () => {
    const quote = await serverDrawn('<div class="lede" part="base"><slot></slot></div>');
    expect(quote.shadowRoot!.querySelector('[part~="text"]')?.textContent).to.include('Words of the page');
    expect(quote.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
  });
});
