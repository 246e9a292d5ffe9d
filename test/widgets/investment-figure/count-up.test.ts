import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import { LedeInvestmentFigure } from '../../../src/index.js';

const compact = (tag: string, n: number) =>
  new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(n);

const copyOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.count')!;
const finalOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.count + span')!;

/** Resolves once `target` has been seen intersecting by an observer made after the widget's own. */
function seen(target: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { threshold: 1 },
    );
    observer.observe(target);
  });
}

/** Counts calls to the widget's validation while `during` runs. */
async function countValidations(during: () => Promise<void>): Promise<number> {
  const proto = LedeInvestmentFigure.prototype as unknown as { readModel(...args: unknown[]): unknown };
  const original = proto.readModel;
  let calls = 0;
  proto.readModel = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    await during();
  } finally {
    proto.readModel = original;
  }
  return calls;
}

/**
 * Emulates `prefers-reduced-motion: reduce`. Chromium emulates it for real; Firefox, driven over
 * WebDriver BiDi, cannot, so there the page's `matchMedia` answers for that one query instead.
 */
async function reduceMotion(): Promise<() => Promise<void>> {
  if (!navigator.userAgent.includes('Firefox')) {
    await emulateMedia({ reducedMotion: 'reduce' });
    return async () => void (await emulateMedia({ reducedMotion: 'no-preference' }));
  } else {
    const original = window.matchMedia;
    window.matchMedia = (query: string) =>
      query === '(prefers-reduced-motion: reduce)' ? ({ matches: true, media: query } as MediaQueryList) : original.call(window, query);
    return async () => void (window.matchMedia = original);
  }
}

describe('<lede-investment-figure count-up>', () => {
  const duration = LedeInvestmentFigure.countUpDuration;
  beforeEach(() => (LedeInvestmentFigure.countUpDuration = 600));
  afterEach(() => (LedeInvestmentFigure.countUpDuration = duration));

  it('counts up on an aria-hidden copy while the final value stays in the DOM, without re-validating', async () => {
    const final = compact('fr', 2.9e9).split(/\s/)[0];
    let el!: LedeInvestmentFigure;
    let boxAtFirstRender = '';
    const box = () => JSON.stringify(el.shadowRoot!.querySelector('[part~="amount"]')!.getBoundingClientRect());
    const validations = await countValidations(async () => {
      el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="fr" amount="2900000000" currency="USD" count-up></lede-investment-figure>`);
      expect(finalOf(el).textContent).to.equal(final); // from the first render
      boxAtFirstRender = box();
      const copy = copyOf(el);
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      await waitUntil(() => !copy.hidden, 'counting starts when shown');
      const during = copy.textContent!;
      expect(Number(during.replace(',', '.'))).to.be.below(2.9);
      expect(getComputedStyle(finalOf(el)).opacity).to.equal('0');
      expect(finalOf(el).textContent).to.equal(final); // still there for crawlers and screen readers
      expect(box()).to.equal(boxAtFirstRender); // no layout shift
      await waitUntil(() => copy.hidden, 'counting ends', { timeout: 3000 });
    });
    expect(validations).to.equal(1); // frames never re-ran validation
    expect(getComputedStyle(finalOf(el)).opacity).to.equal('1');
    expect(copyOf(el).textContent).to.equal(final); // the last frame lands on the final number
  });

  it('counts with the number’s own decimals and grouping', async () => {
    const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="en" amount="20000" unit="people" notation="standard" count-up></lede-investment-figure>`);
    await waitUntil(() => copyOf(el).hidden && copyOf(el).textContent !== '', 'counting ends', { timeout: 3000 });
    expect(copyOf(el).textContent).to.equal(new Intl.NumberFormat('en').format(20_000));
  });

  it('counts in the page’s digits: Arabic-Indic on an ar-EG page, ending on the number as drawn', async () => {
    const final = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 1 }).format(2.9);
    const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="ar-EG" amount="2900000000" currency="USD" count-up></lede-investment-figure>`);
    expect(finalOf(el).textContent).to.equal(final);
    const copy = copyOf(el);
    const written = new Set<string>();
    const watch = new MutationObserver(() => written.add(copy.textContent!));
    watch.observe(copy, { childList: true, characterData: true, subtree: true });
    await waitUntil(() => !copy.hidden, 'counting starts');
    await waitUntil(() => copy.hidden, 'counting ends', { timeout: 3000 });
    watch.disconnect();
    expect(copy.textContent).to.equal(final);
    expect(written.size, 'frames drawn').to.be.above(1);
    for (const frame of written) expect(frame).to.match(/^[٠-٩]+(٫[٠-٩])?$/);
  });

  it('counts in the language the page has when counting starts, not the one it was drawn in', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="margin-top: 150vh"><lede-investment-figure amount="2900000000" currency="USD" count-up></lede-investment-figure></div>`);
    const el = wrapper.firstElementChild as LedeInvestmentFigure;
    await el.updateComplete;
    wrapper.lang = 'ar-EG';
    await waitUntil(() => finalOf(el).textContent === new Intl.NumberFormat('ar-EG').format(2.9), 'redrawn in Arabic-Indic digits', { timeout: 3000 });
    const copy = copyOf(el);
    const written = new Set<string>();
    const watch = new MutationObserver(() => written.add(copy.textContent!));
    watch.observe(copy, { childList: true, characterData: true, subtree: true });
    el.scrollIntoView();
    await waitUntil(() => !copy.hidden, 'counting starts');
    await waitUntil(() => copy.hidden, 'counting ends', { timeout: 3000 });
    watch.disconnect();
    expect(written.size, 'frames drawn').to.be.above(1);
    for (const frame of written) expect(frame).to.match(/^[٠-٩]+(٫[٠-٩])?$/);
  });

  it('does not count under prefers-reduced-motion', async () => {
    const restore = await reduceMotion();
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="fr" amount="2900000000" currency="USD" count-up></lede-investment-figure>`);
      await seen(el.shadowRoot!.querySelector('.number')!);
      await nextFrame();
      await nextFrame();
      expect(copyOf(el).hidden).to.equal(true);
      expect(copyOf(el).textContent).to.equal('');
      expect(getComputedStyle(finalOf(el)).opacity).to.equal('1');
    } finally {
      await restore();
    }
  });

  it('does not count without the attribute', async () => {
    const el = await fixture(html`<lede-investment-figure lang="fr" amount="2900000000" currency="USD"></lede-investment-figure>`);
    await seen(el.shadowRoot!.querySelector('.number')!);
    await nextFrame();
    await nextFrame();
    expect(copyOf(el).hidden).to.equal(true);
    expect(copyOf(el).textContent).to.equal('');
  });

  it('stops and cleans up when removed, and does not count twice', async () => {
    const el = await fixture<LedeInvestmentFigure>(html`<lede-investment-figure lang="fr" amount="2900000000" currency="USD" count-up></lede-investment-figure>`);
    const copy = copyOf(el);
    await waitUntil(() => !copy.hidden, 'counting starts');
    const parent = el.parentElement!;
    el.remove();
    expect(copy.hidden).to.equal(true);
    const frozen = copy.textContent;
    await nextFrame();
    await nextFrame();
    expect(copy.textContent).to.equal(frozen); // no frame ran after removal
    parent.append(el);
    await seen(el.shadowRoot!.querySelector('.number')!);
    await nextFrame();
    expect(copy.hidden).to.equal(true);
  });

  it('waits to be shown: removed before it was seen, it counts once back in view', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('lede-investment-figure');
    Object.assign(el, { amount: 5_000_000, currency: 'EUR', countUp: true });
    el.style.display = 'none'; // not shown: never intersecting
    holder.append(el);
    await el.updateComplete;
    el.remove();
    el.style.display = '';
    holder.append(el);
    await waitUntil(() => !copyOf(el).hidden, 'counting starts once shown');
  });
});
