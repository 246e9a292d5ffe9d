/**
 * Page-wide observers shared by every widget: one IntersectionObserver for lazy loading and
 * one MutationObserver for `lang` changes. Each disconnects when its last widget leaves, so a
 * page without widgets carries nothing of Lede.
 */

type Callback = () => void;

const near = new Map<Element, Callback>();
let intersection: IntersectionObserver | undefined;

/** Printing: every widget still waiting is loaded now, so paper never gets a fallback that data would replace. */
const loadAll = (): void => near.forEach((callback, el) => (cancel(el), callback()));
const printMedia = (): MediaQueryList => matchMedia('print');
const onPrintMedia = (event: MediaQueryListEvent): void => void (event.matches && loadAll());

/** Calls `callback` once `el` comes within a screen or so of the viewport, or the page is printed. Returns a cancel function. */
export function whenNearViewport(el: Element, callback: Callback): Callback {
  if (!intersection) {
    addEventListener('beforeprint', loadAll);
    printMedia().addEventListener('change', onPrintMedia);
  }
  intersection ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const done = near.get(entry.target);
        cancel(entry.target);
        done?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
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
const LANG = { attributes: true, attributeFilter: ['lang'], subtree: true };

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
