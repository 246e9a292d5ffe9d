/**
 * The site loader: finds plain widget markup (`data-lede="…"`) in the page, now and whenever
 * markup is added later (infinite scroll, `innerHTML`, Turbo or htmx swaps), and turns each into
 * its widget with the same data. The original markup moves into the widget as its light-DOM
 * fallback, so it is still there if the widget cannot draw.
 */
import type { WidgetClass } from '../core/widget-fields.js';
import { readMarkup, widgetName } from './read-markup.js';

const SELECTOR = '[data-lede]';
/**
 * Attributes of the markup that the widget takes over: language, direction, the site's own hooks,
 * and `data-lede-json`, the widget's inline JSON (ranked under the markup's fields, reported by the widget).
 */
const CARRIED = ['lang', 'dir', 'class', 'id', 'data-lede-json'];
/** Marks the page once a copy of Lede watches it, so a second copy does not watch it again. */
const WATCHING = Symbol.for('lede-widgets.site-loader');

const warned = new Set<string>();

/**
 * Turns one plain-markup element into its widget. Returns the widget, or undefined when the
 * element stays as it is (already upgraded, not in a parent, or no such widget on the page).
 */
export function upgradeElement(plain: HTMLElement): HTMLElement | undefined {
  const name = widgetName(plain);
  const parent = plain.parentNode;
  if (!name || !parent) return undefined;
  const tag = `lede-${name}`;
  // Inside its own widget the markup is that widget's fallback, not something to upgrade again.
  if (plain.parentElement?.localName === tag) return undefined;
  // Imports nothing from the bundle (this module is loaded on demand): the widget class brings its schema and `setFields`.
  const ctor = customElements.get(tag) as WidgetClass | undefined;
  if (!ctor?.schema) {
    if (!warned.has(name)) console.warn(`Lede: no widget "${name}" on this page; data-lede="${name}" is left as it is.`);
    warned.add(name);
    return undefined;
  }
  const widget = new ctor();
  for (const attribute of CARRIED) {
    const value = plain.getAttribute(attribute);
    if (value !== null) widget.setAttribute(attribute, value);
  }
  plain.removeAttribute('id');
  // Only the widget's own fields are set: `data-onclick` never becomes `onclick`, and an editor's
  // own `data-*` (CKEditor's `data-list-item-id`, TinyMCE's `data-mce-*`) is not data.
  const fields = readMarkup(plain, ctor.schema.fields);
  // Markup that does not mark the text field (a quote's first markup: `<blockquote data-lede>` whose
  // text is the quote) gives it its whole text, as the widget's light DOM once did: markup held in
  // a widget is its fallback, never its text (core/light-dom.ts).
  const { textField } = ctor.schema;
  const text = plain.textContent?.trim();
  if (textField && fields[textField] === undefined && text) fields[textField] = text;
  widget.setFields(fields);
  const next = plain.nextSibling;
  widget.append(plain);
  parent.insertBefore(widget, next);
  return widget;
}

/** Upgrades every plain-markup widget in `root` (itself included). Returns the new widgets. */
export function upgradeMarkup(root: ParentNode = document): HTMLElement[] {
  // The page's markup can replace `document.querySelectorAll` (DOM clobbering): the real one is used.
  const inside = root === document ? Document.prototype.querySelectorAll.call(document, SELECTOR) : root.querySelectorAll(SELECTOR);
  const found = [...(root instanceof Element && root.matches(SELECTOR) ? [root] : []), ...inside];
  return found.flatMap((el) => (el instanceof HTMLElement ? (upgradeElement(el) ?? []) : []));
}

/**
 * Upgrades the page's plain markup once it is parsed, then keeps watching for markup added
 * later with one MutationObserver. Only the first copy of Lede on a page starts it.
 */
export function startSiteLoader(): void {
  const page = globalThis as unknown as Record<symbol, unknown>;
  if (page[WATCHING]) return;
  Object.defineProperty(page, WATCHING, { value: true });
  const start = () => {
    upgradeMarkup(document);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element && node.isConnected) upgradeMarkup(node);
      }
    }).observe(document, { childList: true, subtree: true });
  };
  // A classic script in <head> runs before the body exists; reading half-parsed markup would lose fields.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
