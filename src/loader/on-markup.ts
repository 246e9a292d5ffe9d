/**
 * What the single-file bundles carry of the site loader: a watch for plain widget markup
 * (`data-lede`). The loader itself (site-loader.ts) is fetched the first time the page has such
 * markup, now or later, so a page that only writes tags never downloads it.
 */
const SELECTOR = '[data-lede]';

const hasMarkup = (node: Node): boolean => node instanceof Element && (node.matches(SELECTOR) || node.querySelector(SELECTOR) !== null);

export function loadSiteLoaderOnMarkup(): void {
  let observer: MutationObserver | undefined;
  const load = (): void => {
    observer?.disconnect();
    import('./site-loader.js').then(
      (loader) => loader.startSiteLoader(),
      (error: unknown) => console.warn('Lede: the site loader could not be loaded; plain markup stays as it is.', error),
    );
  };
  const watch = (): void => {
    // The page's own markup can replace `document.querySelector` (`<img name="querySelector">`): the real one is used.
    if (Document.prototype.querySelector.call(document, SELECTOR)) return load();
    observer = new MutationObserver((records) => {
      if (records.some((record) => [...record.addedNodes].some(hasMarkup))) load();
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  // As the loader itself does: markup is read once the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
}
