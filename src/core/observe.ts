/**
 * Page-wide observers shared by every widget: one MutationObserver for `lang` changes and one for
 * changes to widgets' children (no observer object per widget: a page may hold thousands). Each
 * disconnects when its last widget leaves, so a page without widgets carries nothing of Lede.
 * The IntersectionObserver that delays `src` comes with the fetching code (near-viewport.ts).
 */

/** What onLangChange calls: an object with a method, so that a widget's controller needs no closure of its own. */
export interface LangWatcher {
  langChanged(): void;
}

const langWatchers = new Set<LangWatcher>();
let langObserver: MutationObserver | undefined;
let watchedRoots = new WeakSet<Node>();
// `dir` too: whether a widget's UI strings need isolates depends on its context's direction (see locale-controller.ts).
const LANG = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };

/**
 * Calls `watcher.langChanged()` whenever a `lang` attribute changes in the document or in any shadow
 * root that holds `el` (a widget inside a Lit or React app's component), until offLangChange(watcher).
 */
export function onLangChange(watcher: LangWatcher, el: Element): void {
  if (!langObserver) {
    langObserver = new MutationObserver(() => langWatchers.forEach((each) => each.langChanged()));
    watchedRoots = new WeakSet();
  }
  // The document node itself, not `document.documentElement`: page markup such as
  // `<img name="documentElement">` can replace that property (DOM clobbering).
  for (let root = el.getRootNode(); !watchedRoots.has(root); root = (root as ShadowRoot).host.getRootNode()) {
    watchedRoots.add(root);
    langObserver.observe(root, LANG);
    if (!(root instanceof ShadowRoot)) break;
  }
  langWatchers.add(watcher);
}

/** Stops onLangChange for `watcher`; the observer disconnects when it was the last. */
export function offLangChange(watcher: LangWatcher): void {
  if (!langWatchers.delete(watcher) || langWatchers.size) return;
  langObserver?.disconnect();
  langObserver = undefined;
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
