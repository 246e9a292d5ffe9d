/**
 * One IntersectionObserver for every widget whose `src` waits until it comes near the viewport (no
 * observer object per widget: a page may hold thousands); it disconnects when its last widget
 * leaves. Loaded with the fetching code (story-fetch.ts), the first time a widget has a `src`:
 * pages that give widgets their data in the markup never download it.
 */

type Callback = () => void;

const near = new Map<Element, Callback>();
let intersection: IntersectionObserver | undefined;

/** Printing: every widget still waiting is loaded now, so paper never gets a fallback that data would replace. */
const loadAll = (): void => near.forEach((callback, el) => (cancel(el), callback()));
const printMedia = (): MediaQueryList => matchMedia('print');
const onPrintMedia = (event: MediaQueryListEvent): void => void (event.matches && loadAll());

/**
 * Inside a frame of another origin than the top page (an aggregator, an app's web view), browsers
 * ignore `rootMargin` against the top page's viewport: a widget would load only once on screen.
 * Its test reads the top page's address, which such a frame may not (and `ancestorOrigins` where
 * the browser has it, without an exception).
 */
export function inCrossOriginFrame(): boolean {
  if (window.top === window) return false;
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) return [...ancestors].some((origin) => origin !== location.origin);
  try {
    return !window.top?.location.href;
  } catch {
    return true;
  }
}

/** The shared observer; undefined where it cannot see the frame's own viewport (then widgets load at once). */
function observer(): IntersectionObserver | undefined {
  const callback = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const done = near.get(entry.target);
      cancel(entry.target);
      done?.();
    }
  };
  const options = { rootMargin: '100% 0px' };
  // There, the frame's own document is the root, so the margin holds: a screen ahead of the frame's
  // own scrolling, and at once for all of a frame that its parent sized to its whole content.
  if (inCrossOriginFrame()) {
    try {
      return new IntersectionObserver(callback, { ...options, root: document });
    } catch {
      // A browser without a document root: loading at once beats showing the fallback on screen.
      return undefined;
    }
  }
  return new IntersectionObserver(callback, options);
}

/** Calls `callback` once `el` comes within a screen or so of the viewport, or the page is printed. Returns a cancel function. */
export function whenNearViewport(el: Element, callback: Callback): Callback {
  if (!intersection) {
    intersection = observer();
    if (!intersection) {
      callback();
      return () => undefined;
    }
    addEventListener('beforeprint', loadAll);
    printMedia().addEventListener('change', onPrintMedia);
  }
  near.set(el, callback);
  intersection.observe(el);
  return () => cancel(el);
}

function cancel(el: Element): void {
  if (!near.delete(el)) return;
  intersection?.unobserve(el);
  if (near.size === 0 && intersection) {
    intersection.disconnect();
    intersection = undefined;
    removeEventListener('beforeprint', loadAll);
    printMedia().removeEventListener('change', onPrintMedia);
  }
}
