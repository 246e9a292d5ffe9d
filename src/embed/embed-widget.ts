/**
 * The widget an embed page shows, built from its address: `?widget=quote-block&src=story.json#pm-quote`,
 * or the widget's own fields as parameters (`?widget=quote-block&text=…&speaker-role=…`),
 * or its whole object as JSON in `data`.
 */
import { widgetClass } from '../core/widget-fields.js';

/** Parameters that belong to the page (or to Pym.js, which adds its own), never to the widget. */
const PAGE_PARAMS = new Set(['widget', 'data', 'lang', 'childid', 'initialwidth', 'parenttitle', 'parenturl']);

/**
 * Creates the widget named by `widget`, or returns a message saying why it cannot.
 * Only the widget's own fields and settings are set, so a parameter such as `onclick` is never one.
 */
export function createEmbeddedWidget(params: URLSearchParams, hash = ''): HTMLElement | string {
  const name = params.get('widget')?.trim().toLowerCase() ?? '';
  const ctor = widgetClass(name);
  if (!ctor) return name ? `There is no widget "${name.slice(0, 40)}".` : 'No widget was named (add ?widget=…).';
  const widget = new ctor() as InstanceType<typeof ctor> & { data?: unknown };
  widget.setFields(Object.fromEntries([...params].filter(([param]) => !PAGE_PARAMS.has(param.toLowerCase()))));
  // The frame is only loaded when the reader gets near it; inside, nothing waits for scrolling.
  widget.setAttribute('loading', 'eager');
  // `embed.html?src=story.json#id`: the fragment reaches this page, not the `src` parameter.
  const src = widget.getAttribute('src');
  if (src && !src.includes('#') && hash.length > 1) widget.setAttribute('src', src + hash);
  const json = params.get('data');
  if (json !== null) {
    try {
      widget.data = JSON.parse(json);
    } catch {
      widget.data = json; // the widget reports "data: must be an object"
    }
  }
  return widget;
}
