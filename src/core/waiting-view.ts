/**
 * What a widget shows while its first render waits (for its turn, see schedule.ts, or for its
 * language's strings), and which waiting widgets go first.
 *
 * A waiting widget shows its light DOM, as it was before the upgrade (the plain markup moved into
 * it, or its text, in the box `lede.css` gives it), so that the page does not collapse around it
 * and jump when it is drawn: a bare slot in its shadow root, and the custom state `waiting`
 * (CSS `:state(waiting)`), which lede.css's rules for the undefined tag also match.
 *
 * Not when it lies more than a screen below the viewport, on a page where many widgets wait: a
 * waiting widget whose light DOM shows is laid out in every frame until its turn, which made 1,000
 * quotes draw in 1.3× the time of 1,000 collapsed ones (a trace of `npm run bench`'s race), and a
 * box further down that collapses and grows again moves nothing the reader sees. Such a widget
 * shows its light DOM, and is drawn before the rest of the queue, once it comes within a screen of
 * the viewport. Widgets above the viewport (a page opened at an anchor, or scrolled back to) keep
 * their light DOM: not every browser anchors the scroll position when content above it grows.
 * Widgets in or near the viewport are drawn first, so that a reader in the middle of a long page
 * does not wait for every widget above.
 *
 * Widgets that start waiting in the same task are measured together, in one microtask after the
 * last of them asked: one layout of the page, before it is painted. A few waiting widgets (at most
 * `FEW`, as on an article page) are not measured: they all show their light DOM at once. Measuring
 * would lay out the whole page inside the task that upgrades them (the longest task of a slow
 * phone's page load), to sort a handful of widgets that are drawn within a few tasks anyway.
 */
import type { ReactiveElement } from 'lit';
import { hurry } from './schedule.js';

/** A widget that may wait: its shadow root, and whether it has drawn. */
type Widget = ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Waiting widgets up to this many in one task all show their light DOM, unmeasured (see the module comment). */
const FEW = 8;

let batch: Widget[] | undefined;
/** Widgets further down, watched until they come near the viewport. */
const watched = new Set<Element>();
/** The slot that shows a waiting widget's light DOM, removed when it draws. */
const slots = new WeakMap<Element, HTMLSlotElement>();
/** Each widget's internals, once attached (see internalsOf); null where they cannot be. */
const internals = new WeakMap<Element, ElementInternals | null>();

/** `widget` waits for its turn: it shows its light DOM now or when it comes near the viewport (see the module comment). */
export function whileWaiting(widget: Widget): void {
  if (!batch) {
    batch = [];
    queueMicrotask(measure);
  }
  batch.push(widget);
}

/**
 * Shows `widget`'s light DOM until it draws, unless it has drawn or shows something already: a bare
 * slot (no template to render and tear down; a page may hold thousands of waiting widgets), made with
 * the real createElement, which page markup can clobber on `document`.
 */
export function showLightDom(widget: Widget): void {
  const root = widget.renderRoot;
  if (widget.hasUpdated || root.firstChild) return;
  const slot = Document.prototype.createElement.call(document, 'slot') as HTMLSlotElement;
  slots.set(widget, slot);
  root.append(slot);
  setWaiting(widget, true);
}

/** `widget` draws now: its light DOM's slot goes, and it is no longer watched. */
export function doneWaiting(widget: Element): void {
  slots.get(widget)?.remove();
  slots.delete(widget);
  setWaiting(widget, false);
  unwatch(widget);
}

function unwatch(widget: Element): void {
  if (!watched.delete(widget)) return;
  observer?.unobserve(widget);
  if (!watched.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * `widget`'s ElementInternals, attached the first time they are asked for, by Lede (the `waiting`
 * state) or by a page's own subclass (see LedeElement.attachInternals): an element has one, so
 * both share it. Null when the element cannot have them.
 */
export function internalsOf(widget: HTMLElement): ElementInternals | null {
  let own = internals.get(widget);
  if (own === undefined) {
    try {
      own = HTMLElement.prototype.attachInternals.call(widget);
    } catch {
      own = null;
    }
    internals.set(widget, own);
  }
  return own;
}

/**
 * The custom state `waiting`: lede.css gives a widget in it the box it gave the undefined tag
 * (`:is(:not(:defined), :state(waiting))`), so the page does not move in between. A browser without
 * custom states (before Chromium 125, Firefox 126, Safari 17.4) shows the light DOM unstyled meanwhile.
 */
function setWaiting(widget: Element, on: boolean): void {
  if (!on && !internals.get(widget)) return;
  internalsOf(widget as HTMLElement)?.states?.[on ? 'add' : 'delete']('waiting');
}

function measure(): void {
  const waiting = batch ?? [];
  batch = undefined;
  if (waiting.length <= FEW) return waiting.forEach(showLightDom);
  const screen = document.documentElement.clientHeight || innerHeight;
  // Every rectangle is read before any light DOM shows: one layout for the whole batch.
  const boxes = waiting.map((widget) => widget.getBoundingClientRect());
  waiting.forEach((widget, i) => {
    const { top, bottom } = boxes[i];
    // A widget with no light DOM has nothing to show: watching it would cost every frame for nothing.
    if (top > 2 * screen) return void (widget.firstChild && watch(widget));
    showLightDom(widget);
    if (bottom >= -screen) hurry(widget);
  });
}

/** One observer for every widget further down (no observer object per widget: a page may hold thousands). */
let observer: IntersectionObserver | undefined;

function watch(widget: Widget): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting || !watched.has(target)) continue;
        const near = target as Widget;
        unwatch(near);
        showLightDom(near);
        // Before the widgets found near the viewport when the page loaded: the reader is here now.
        hurry(near, 2);
      }
    },
    // A screen ahead. In a frame of another origin the margin is ignored: shown once on screen.
    { rootMargin: '100% 0px' },
  );
  observer.observe(widget);
  watched.add(widget);
}
