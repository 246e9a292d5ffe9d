import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { nextTask, renderSlices } from '../../src/core/schedule.js';
import '../../src/index.js';
import type { LedeQuoteBlock } from '../../src/index.js';
import { shadowText } from '../helpers.js';

/** Resolves after the tasks already queued (a slice in progress ends with them). */
const afterQueuedTasks = nextTask;

/** Runs `body` with first renders sliced one widget per task. */
async function oneWidgetPerTask(body: () => Promise<void>): Promise<void> {
  const budget = renderSlices.budget;
  renderSlices.budget = 0;
  try {
    await afterQueuedTasks();
    await body();
  } finally {
    renderSlices.budget = budget;
  }
}

describe('first renders share the main thread', () => {
  it('draws widgets that upgrade together over several tasks, in document order', async () => {
    await oneWidgetPerTask(async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      await afterQueuedTasks();
      box.innerHTML = [1, 2, 3, 4, 5].map((n) => `<lede-quote-block speaker="Ana">Citation ${n}</lede-quote-block>`).join('');
      const quotes = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      const drawn: number[] = [];
      quotes.forEach((quote, i) => void quote.updateComplete.then(() => drawn.push(i + 1)));

      await quotes[0].updateComplete;
      expect(shadowText(quotes[0])).to.include('Citation 1');
      expect(shadowText(quotes[4]), 'the last one waits for a later task').to.equal('');

      await Promise.all(quotes.map((quote) => quote.updateComplete));
      expect(drawn).to.deep.equal([1, 2, 3, 4, 5]);
      quotes.forEach((quote, i) => expect(shadowText(quote)).to.include(`Citation ${i + 1}`));
    });
  });

  it('does not hold back the updates of a widget already drawn', async () => {
    const drawnQuote = await fixture<LedeQuoteBlock>(html`<lede-quote-block speaker="Ana">Avant</lede-quote-block>`);
    await oneWidgetPerTask(async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      await afterQueuedTasks();
      box.innerHTML = '<lede-quote-block>Un</lede-quote-block><lede-quote-block>Deux</lede-quote-block><lede-quote-block>Trois</lede-quote-block>';
      const last = box.lastElementChild as LedeQuoteBlock;
      drawnQuote.speaker = 'Bea';
      await drawnQuote.updateComplete;
      expect(shadowText(drawnQuote)).to.include('Bea');
      expect(shadowText(last), 'still waiting for its turn').to.equal('');
      await last.updateComplete;
      expect(shadowText(last)).to.include('Trois');
    });
  });
});
