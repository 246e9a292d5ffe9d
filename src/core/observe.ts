/**
 * Page-wide observers shared by every widget: one IntersectionObserver for lazy loading, one
 * MutationObserver for `lang` changes and one for changes to widgets' children (no observer object
 * per widget: a page may hold thousands). Each disconnects when its last widget leaves, so a
 * page without widgets carries nothing of Lede.
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

const langWatchers = new Set<Callback>();
let langObserver: MutationObserver | undefined;
let watchedRoots = new WeakSet<Node>();
// `dir` too: whether a widget's UI strings need isolates depends on its context's direction (see locale-controller.ts).
const LANG = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };

/**
 * Calls `callback` whenever a `lang` attribute changes in the document or in any shadow root that
 * holds `el` (a widget inside a Lit or React app's component). Returns an unsubscribe function.
 */
export function onLangChange(callback: Callback, el: Element): Callback {
  if (!langObserver) {
    langObserver = new MutationObserver(() => langWatchers.forEach((watcher) => watcher()));
    watchedRoots = new WeakSet();
  }
  // The document node itself, not `document.documentElement`: page markup such as
  // `<img name="documentElement">` can replace that property (DOM clobbering).
  for (let root = el.getRootNode(); !watchedRoots.has(root); root = (root as ShadowRoot).host.getRootNode()) {
    watchedRoots.add(root);
    langObserver.observe(root, LANG);
    if (!(root instanceof ShadowRoot)) break;
  }
  langWatchers.add(callback);
  return () => {
    langWatchers.delete(callback);
    if (langWatchers.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/** What watchChildren calls: an object with a method, so that a widget's controller needs no closure of its own. */
export interface ChildWatcher {
  childrenChanged(): void;
}
const childWatchers = new WeakMap<Node, ChildWatcher>();
let childObserver: MutationObserver | undefined;
const CHILDREN = { childList: true, subtree: true, characterData: true };

/**
 * Calls `watcher.childrenChanged()` whenever the children of `el` change (added, removed, their text
 * edited) or one of `attributes` changes on it or inside it, until stopWatchingChildren(el). One MutationObserver for every widget: a change inside a widget nested
 * in another's children is news to both.
 */
export function watchChildren(el: Element, watcher: ChildWatcher, attributes: string[] = []): void {
  childObserver ??= new MutationObserver((records) => {
    const due = new Set<ChildWatcher>();
    for (const { target } of records) {
      for (let node: Node | null = target; node; node = node.parentNode) {
        const found = childWatchers.get(node);
        if (found) due.add(found);
      }
    }
    due.forEach((found) => found.childrenChanged());
  });
  childWatchers.set(el, watcher);
  // Observing again after a stop only renews the registration; a stopped element's records are ignored.
  childObserver.observe(el, attributes.length ? { ...CHILDREN, attributeFilter: attributes } : CHILDREN);
}

/** Stops watchChildren for `el`. */
export function stopWatchingChildren(el: Element): void {
  childWatchers.delete(el);
}
