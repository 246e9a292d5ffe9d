/**
 * What a widget shows while its first render waits for a later task (see schedule.ts): its light
 * DOM, as it was before the upgrade (the plain markup moved into it, or its text), so that the page
 * does not collapse around it and jump when it is drawn. Only above the viewport's bottom or within
 * a screen below it: a waiting widget whose light DOM shows is laid out in every frame until its
 * turn, which made 1,000 quotes draw in 1.3× the time of 1,000 collapsed ones (a trace of
 * `npm run bench`'s race), and a box further down that collapses and grows again moves nothing the
 * reader sees. Widgets above the viewport (a page opened at an anchor, or scrolled back to) keep
 * their light DOM: not every browser anchors the scroll position when content above it grows.
 *
 * Widgets that start waiting in the same task are measured together, in one microtask after the
 * last of them asked (one layout of the page, before it is painted), then shown or left collapsed.
 */

/** A waiting widget and how to show its light DOM, when it is still waiting then. */
interface Waiting {
  host: Element;
  show: () => void;
}

let batch: Waiting[] | undefined;

/** How far below the viewport a waiting widget still shows its light DOM, in screens. */
const SCREENS = 1;

/**
 * Calls `show` before the page is next painted unless `host` lies more than a screen below the
 * viewport then. `show` must check that the widget still waits.
 */
export function showNearViewport(host: Element, show: () => void): void {
  if (!batch) {
    batch = [];
    queueMicrotask(measure);
  }
  batch.push({ host, show });
}

function measure(): void {
  const waiting = batch ?? [];
  batch = undefined;
  const screen = document.documentElement.clientHeight || innerHeight;
  // Every rectangle is read before any light DOM shows: one layout for the whole batch.
  const near = waiting.filter(({ host }) => host.getBoundingClientRect().top <= (1 + SCREENS) * screen);
  for (const { show } of near) show();
}
