/**
 * What a widget shows while its first render waits for a later task (see schedule.ts), and which
 * waiting widgets go first.
 *
 * A waiting widget shows its light DOM, as it was before the upgrade (the plain markup moved into
 * it, or its text, in the box `lede.css` gives it), so that the page does not collapse around it
 * and jump when it is drawn. Not when it lies more than a screen below the viewport: a waiting
 * widget whose light DOM shows is laid out in every frame until its turn, which made 1,000 quotes
 * draw in 1.3× the time of 1,000 collapsed ones (a trace of `npm run bench`'s race), and a box
 * further down that collapses and grows again moves nothing the reader sees. Such a widget shows
 * its light DOM, and is drawn before the rest of the queue, once it comes within a screen of the
 * viewport. Widgets above the viewport (a page opened at an anchor, or
 * scrolled back to) keep their light DOM: not every browser anchors the scroll position when
 * content above it grows.
 *
 * Widgets in or near the viewport are drawn first, so that a reader in the middle of a long page
 * does not wait for every widget above.
 *
 * Widgets that start waiting in the same task are measured together, in one microtask after the
 * last of them asked (one layout of the page, before it is painted).
 */
import { hurry } from './schedule.js';

/** A waiting widget: its host, and how to show its light DOM (which checks that it still waits). */
interface Waiting {
  host: Element;
  show: () => void;
}

let batch: Waiting[] | undefined;
/** Widgets further down, watched until they come near the viewport, each with what to do then. */
const watched = new Map<Element, () => void>();

/** Shows `host`'s light DOM now or when it comes near the viewport; see the module comment. */
export function whileWaiting(host: Element, show: () => void): void {
  if (!batch) {
    batch = [];
    queueMicrotask(measure);
  }
  batch.push({ host, show });
}

/** `host` is drawn (or shown): stop watching it. */
export function doneWaiting(host: Element): void {
  if (!watched.delete(host)) return;
  observer?.unobserve(host);
  if (!watched.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

function measure(): void {
  const waiting = batch ?? [];
  batch = undefined;
  const screen = document.documentElement.clientHeight || innerHeight;
  // Every rectangle is read before any light DOM shows: one layout for the whole batch.
  const tops = waiting.map(({ host }) => host.getBoundingClientRect());
  const further: Waiting[] = [];
  waiting.forEach((widget, i) => {
    const { top, bottom } = tops[i];
    // A widget with no light DOM has nothing to show: watching it would cost every frame for nothing.
    if (top > 2 * screen) return void (widget.host.firstChild && further.push(widget));
    widget.show();
    if (bottom >= -screen) hurry(widget.host);
  });
  for (const { host, show } of further) watch(host, show);
}

/** One observer for every widget further down (no observer object per widget: a page may hold thousands). */
let observer: IntersectionObserver | undefined;

function watch(host: Element, show: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) if (isIntersecting) watched.get(target)?.();
    },
    // A screen ahead. In a frame of another origin the margin is ignored: shown once on screen.
    { rootMargin: '100% 0px' },
  );
  observer.observe(host);
  watched.set(host, () => {
    doneWaiting(host);
    show();
    // Before the widgets found near the viewport when the page loaded: the reader is here now.
    hurry(host, 2);
  });
}
