import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { firstRender, nextTask, renderSlices } from '../../src/core/schedule.js';
import '../../src/index.js';
import { LedeQuoteBlock } from '../../src/index.js';
import { shadowText } from '../helpers.js';
import { pageCss } from '../shared/page-css.js';

/** Runs `body` with first renders given `budget` milliseconds per task, starting in a fresh task. */
async function withBudget(budget: number, body: () => Promise<void>): Promise<void> {
  const saved = renderSlices.budget;
  renderSlices.budget = budget;
  try {
    await nextTask();
    await body();
  } finally {
    renderSlices.budget = saved;
  }
}

const quotes = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => `<lede-quote-block speaker="Ana">Citation ${from + i}</lede-quote-block>`).join('');

describe('first renders share the main thread', () => {
  it('draws the widgets of a small page in the task that added them, without yielding', async () => {
    await withBudget(60_000, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      let otherTaskRan = false;
      setTimeout(() => (otherTaskRan = true));
      box.innerHTML = quotes(5);
      const widgets = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      await Promise.all(widgets.map((quote) => quote.updateComplete));
      expect(otherTaskRan, 'no other task ran before all were drawn').to.equal(false);
      widgets.forEach((quote, i) => expect(shadowText(quote)).to.include(`Citation ${i + 1}`));
    });
  });

  it('draws a page over budget in later tasks, in document order, every widget once', async () => {
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      box.innerHTML = quotes(5);
      const widgets = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      const drawn: number[] = [];
      widgets.forEach((quote, i) => void quote.updateComplete.then(() => drawn.push(i + 1)));

      await widgets[0].updateComplete;
      expect(shadowText(widgets[0])).to.include('Citation 1');
      expect(shadowText(widgets[4]), 'the last one waits for a later task').to.equal('');

      await Promise.all(widgets.map((quote) => quote.updateComplete));
      expect(drawn).to.deep.equal([1, 2, 3, 4, 5]);
      widgets.forEach((quote, i) => expect(shadowText(quote)).to.include(`Citation ${i + 1}`));
    });
  });

  it('shows a waiting widget’s own content until its turn, so the page does not collapse and jump', async () => {
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      box.innerHTML = quotes(3);
      const last = box.lastElementChild as LedeQuoteBlock;
      // One task later: the first widget is drawn, the others wait.
      await nextTask();
      expect(shadowText(last), 'still waiting').to.equal('');
      const text = document.createRange();
      text.selectNodeContents(last);
      expect(text.getBoundingClientRect().height, 'its light DOM is on screen').to.be.above(0);
      await last.updateComplete;
      expect(shadowText(last)).to.include('Citation 3');
    });
  });

  it('leaves a waiting widget more than a screen below the viewport collapsed until its turn (it moves nothing in view)', async () => {
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      // Many waiting widgets: a few are not measured (see the next test).
      box.innerHTML = `${quotes(10)}<div style="block-size: 300vh"></div>${quotes(1, 11)}`;
      const widgets = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      const far = widgets[10];
      await nextTask();
      expect(shadowText(far), 'still waiting').to.equal('');
      expect(far.getBoundingClientRect().height).to.equal(0);
      await Promise.all(widgets.map((quote) => quote.updateComplete));
      expect(far.getBoundingClientRect().height).to.be.above(0);
      expect(shadowText(far)).to.include('Citation 11');
    });
  });

  it('shows the text of every waiting widget of a page where only a few wait, near or far (the page is not measured)', async () => {
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      box.innerHTML = `${quotes(1)}<div style="block-size: 300vh"></div>${quotes(1, 2)}`;
      const [near, far] = box.querySelectorAll<LedeQuoteBlock>('lede-quote-block');
      await nextTask();
      expect(shadowText(far), 'still waiting').to.equal('');
      expect(far.getBoundingClientRect().height, 'its text shows').to.be.above(0);
      await Promise.all([near.updateComplete, far.updateComplete]);
      expect(shadowText(far)).to.include('Citation 2');
    });
  });

  it('keeps the box lede.css gave the tag while a waiting widget shows its text', async () => {
    const css = document.createElement('style');
    css.textContent = await pageCss();
    document.head.append(css);
    try {
      await withBudget(0, async () => {
        const box = fixtureSync<HTMLElement>(html`<div style="inline-size: 600px"></div>`);
        box.innerHTML = '<lede-quote-block speaker="Ana">Un.</lede-quote-block><lede-quote-block speaker="Ana" context="Lima">Deux.</lede-quote-block>';
        const last = box.lastElementChild as LedeQuoteBlock;
        await nextTask();
        expect(shadowText(last), 'still waiting').to.equal('');
        const waiting = last.getBoundingClientRect().height;
        expect(getComputedStyle(last).borderInlineStartStyle, 'the quote’s rule').to.equal('solid');
        await last.updateComplete;
        // lede.css reserves a tag's lines from its attributes, not to the pixel (docs/embedding.md);
        // without it the waiting quote is its one line of text, a quarter of this.
        const drawn = last.getBoundingClientRect().height;
        expect(waiting).to.be.closeTo(drawn, drawn * 0.1);
      });
    } finally {
      css.remove();
    }
  });

  it('shares its ElementInternals with a page\'s own subclass, asked for before or after the widget waited', async () => {
    class Late extends LedeQuoteBlock {
      got?: ElementInternals;
      override firstUpdated(): void {
        this.got = this.attachInternals();
      }
    }
    class Early extends LedeQuoteBlock {
      got = this.attachInternals();
    }
    customElements.define('test-late-internals', Late);
    customElements.define('test-early-internals', Early);
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      box.innerHTML = '<test-late-internals speaker="Ana">Un.</test-late-internals><test-late-internals speaker="Ana">Deux.</test-late-internals><test-early-internals speaker="Ana">Trois.</test-early-internals>';
      const [, late, early] = box.children as unknown as [Late, Late, Early];
      await nextTask();
      expect(late.matches(':state(waiting)'), 'waiting, in Lede\'s custom state').to.equal(true);
      expect(early.matches(':state(waiting)'), 'the same state through the subclass\'s internals').to.equal(true);
      await Promise.all([late.updateComplete, early.updateComplete]);
      expect(late.got).to.be.an.instanceOf(ElementInternals);
      expect(late.got!.states.has('waiting'), 'drawn').to.equal(false);
      expect(early.got.states.has('waiting')).to.equal(false);
    });
  });

  it('draws the widgets the reader is looking at first, on a page opened in the middle', async () => {
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      box.innerHTML = Array.from({ length: 12 }, (_, i) => `${quotes(1, i + 1)}<div style="block-size: 150vh"></div>`).join('');
      const widgets = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      widgets[11].scrollIntoView();
      try {
        const drawn: number[] = [];
        widgets.forEach((quote, i) => void quote.updateComplete.then(() => drawn.push(i + 1)));
        await Promise.all(widgets.map((quote) => quote.updateComplete));
        expect(drawn[0], 'the one in view first').to.equal(12);
        expect(drawn.slice(1), 'then the others in document order').to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      } finally {
        scrollTo(0, 0);
      }
    });
  });

  it('shows a widget further down and draws it first once the reader scrolls near it', async function () {
    this.timeout(30_000);
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      box.innerHTML = `${quotes(300)}<div style="block-size: 300vh"></div>${quotes(1, 301)}`;
      const widgets = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      const far = widgets[300];
      await nextTask();
      expect(far.getBoundingClientRect().height, 'collapsed while far').to.equal(0);
      far.scrollIntoView();
      try {
        await far.updateComplete;
        const before = widgets.filter((quote) => quote.hasUpdated).length - 1;
        expect(before, 'widgets drawn before it').to.be.below(300);
        await Promise.all(widgets.map((quote) => quote.updateComplete));
      } finally {
        scrollTo(0, 0);
      }
    });
  });

  it('prepares each kind of widget once, before its first render', async () => {
    await withBudget(0, async () => {
      const log: string[] = [];
      const ask = (name: string, kind: string) =>
        firstRender({ render: () => log.push(name), kind, prepare: { kind: `prepare ${kind}`, work: () => log.push(`prepare ${kind}`) } });
      await Promise.all([ask('a1', 'a'), ask('a2', 'a'), ask('b1', 'b'), ask('a3', 'a')]);
      expect(log).to.deep.equal(['prepare a', 'a1', 'a2', 'prepare b', 'b1', 'a3']);
    });
  });

  it('draws waiting widgets in document order when they upgrade out of it (one kind of widget after another)', async () => {
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
      // Widgets lower on the page upgrade first, as when their module arrives before the others'.
      box.innerHTML = quotes(3, 4);
      box.insertAdjacentHTML('afterbegin', quotes(3, 1));
      const widgets = [...box.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      const drawn: number[] = [];
      widgets.forEach((quote, i) => void quote.updateComplete.then(() => drawn.push(i + 1)));
      await Promise.all(widgets.map((quote) => quote.updateComplete));
      expect(drawn).to.deep.equal([1, 2, 3, 4, 5, 6]);
    });
  });

  it('handles the reader’s input between slices while a huge page draws', async function () {
    this.timeout(60_000);
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div><input aria-label="search" /><div></div></div>`);
      const input = box.querySelector('input')!;
      input.focus();
      const stage = box.lastElementChild!;
      const widgets = () => [...stage.querySelectorAll<LedeQuoteBlock>('lede-quote-block')];
      let waitingWhenTyped = -1;
      input.addEventListener('keydown', () => (waitingWhenTyped = widgets().filter((quote) => shadowText(quote) === '').length), { once: true });
      const typed = sendKeys({ press: 'a' });
      // An endless feed: more widgets arrive while half of the last ones still wait, until the key is handled.
      while (waitingWhenTyped < 0 && widgets().length < 5000) {
        stage.insertAdjacentHTML('beforeend', quotes(100, widgets().length + 1));
        await widgets().at(-50)!.updateComplete;
      }
      await typed;
      await Promise.all(widgets().map((quote) => quote.updateComplete));
      expect(waitingWhenTyped, 'widgets still waiting when the key was handled').to.be.above(0);
      expect(widgets().every((quote, i) => shadowText(quote).includes(`Citation ${i + 1}`))).to.equal(true);
    });
  });

  it('does not hold back the updates of a widget already drawn', async () => {
    const drawnQuote = await fixture<LedeQuoteBlock>(html`<lede-quote-block speaker="Ana">Avant</lede-quote-block>`);
    await withBudget(0, async () => {
      const box = fixtureSync<HTMLElement>(html`<div></div>`);
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
