/**
 * The page loader, `dist/lede.js` (and `dist/lede.classic.js`): finds Lede on the page — widget
 * tags (`<lede-quote-block>`) and plain markup (`data-lede="quote-block"`) — now and whenever
 * markup is added later, and imports only the widgets found. Each widget is a module of its own
 * (`lede-quote-block.js`); all of them share one module holding Lit and the core (`lede-core.js`),
 * so a page with one quote downloads the loader, the core and the quote, nothing else.
 *
 * Plain markup is upgraded once its widget is defined and the page is parsed (a classic script in
 * `<head>` runs while the body is still arriving; half-parsed markup would lose fields), by the
 * site loader (site-loader.ts), fetched the first time the page has some. One MutationObserver
 * watches the page for both.
 *
 * This module imports nothing but the site loader on demand: it is the whole of `dist/lede.js`.
 */

/** Marks the page once a copy of the loader watches it, so a second copy (or a second version) does not. */
const WATCHING = Symbol.for('lede-widgets.widget-loader');
const MARKUP = '[data-lede]';

/**
 * Starts the loader on this page. `widgets` are the names of every widget the build holds
 * (`quote-block`…); `url(file)` is the URL of the built file `file` (`lede-quote-block.js`).
 * Returns false when another copy of the loader already watches the page.
 */
export function startWidgetLoader(widgets: readonly string[], url: (file: string) => string): boolean {
  const page = globalThis as unknown as Record<symbol, unknown>;
  if (page[WATCHING]) return false;
  Object.defineProperty(page, WATCHING, { value: true });

  const known = new Set(widgets);
  const loading = new Map<string, Promise<unknown>>();
  const unknown = new Set<string>();
  // Tag names and the markup attribute in one selector: one query per added subtree.
  const selector = [...widgets.map((name) => `lede-${name}`), MARKUP].join(',');
  let parsed = document.readyState !== 'loading';
  let pending: HTMLElement[] = [];

  /** Imports widget `name` once; resolves when it is defined (or failed, said once in the console). */
  const load = (name: string): Promise<unknown> => {
    let done = loading.get(name);
    if (!done) {
      const tag = `lede-${name}`;
      // Defined already (the single-file bundle, or the npm package): nothing to download.
      done = customElements.get(tag)
        ? Promise.resolve()
        : import(/* @vite-ignore */ url(`lede-${name}.js`)).catch((error: unknown) =>
            console.warn(`Lede: <${tag}> could not be loaded; its markup stays as it is.`, error),
          );
      loading.set(name, done);
    }
    return done;
  };

  let siteLoader: Promise<typeof import('./site-loader.js') | undefined> | undefined;
  const upgrade = (plain: HTMLElement, name: string): void => {
    siteLoader ??= import('./site-loader.js').catch((error: unknown) => {
      console.warn('Lede: the site loader could not be loaded; plain markup stays as it is.', error);
      return undefined;
    });
    void Promise.all([siteLoader, load(name)]).then(([loader]) => {
      if (plain.isConnected) loader?.upgradeElement(plain);
    });
  };

  const found = (el: Element): void => {
    if (!(el instanceof HTMLElement)) return;
    if (el.localName.startsWith('lede-')) {
      void load(el.localName.slice(5));
      return;
    }
    const name = el.getAttribute('data-lede')?.trim().toLowerCase() ?? '';
    if (!known.has(name)) {
      // A typo, or a widget of a newer Lede: said once per name, and the markup stays as it reads.
      if (!unknown.has(name)) console.warn(`Lede: no widget "${name}" (widgets: ${widgets.join(', ')}); data-lede="${name}" is left as it is.`);
      unknown.add(name);
      return;
    }
    void load(name);
    // Inside its own widget's tag (as the builder writes tags) the markup is that widget's
    // fallback: the tag is the widget, and the site loader is not needed for it.
    if (el.parentElement?.localName === `lede-${name}`) return;
    if (parsed) upgrade(el, name);
    else pending.push(el);
  };

  const scan = (root: Element | Document): void => {
    if (root instanceof Element && root.matches(selector)) found(root);
    // The page's markup can replace `document.querySelectorAll` (DOM clobbering): the real one is used.
    const inside = root instanceof Document ? Document.prototype.querySelectorAll.call(root, selector) : root.querySelectorAll(selector);
    for (const el of inside) found(el);
  };

  // Watching from the start lets widgets download while the page is still being parsed.
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true });
  scan(document);
  if (!parsed) {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        parsed = true;
        const waiting = pending;
        pending = [];
        for (const el of waiting) found(el);
      },
      { once: true },
    );
  }
  return true;
}
