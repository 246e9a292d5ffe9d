/**
 * The widget an embed page shows, built from its address: `?widget=quote-block&src=story.json#pm-quote`,
 * or the widget's own fields as parameters (`?widget=quote-block&text=…&speaker-role=…`),
 * or its whole object as JSON in `data`.
 */

/** Parameters that belong to the page (or to Pym.js, which adds its own), never to the widget. */
const PAGE_PARAMS = new Set(['widget', 'data', 'lang', 'childid', 'initialwidth', 'parenttitle', 'parenturl']);

/** `speakerRole` or `speaker-role` → `speaker-role`. */
const attributeName = (param: string): string => param.replace(/[A-Z]/g, (c) => `-${c}`).toLowerCase();

/**
 * Creates the widget named by `widget`, or returns a message saying why it cannot.
 * Only attributes the widget declares are set, so a parameter such as `onclick` is never one.
 */
export function createEmbeddedWidget(params: URLSearchParams, hash = ''): HTMLElement | string {
  const name = params.get('widget')?.trim().toLowerCase() ?? '';
  const tag = `lede-${name}`;
  const ctor = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)
    ? (customElements.get(tag) as { observedAttributes?: string[] } | undefined)
    : undefined;
  if (!ctor) return name ? `There is no widget "${name.slice(0, 40)}".` : 'No widget was named (add ?widget=…).';
  const observed = new Set(ctor.observedAttributes ?? []);
  const widget = document.createElement(tag) as HTMLElement & { data?: unknown };
  // The frame is only loaded when the reader gets near it; inside, nothing waits for scrolling.
  widget.setAttribute('loading', 'eager');
  for (const [param, value] of params) {
    const attribute = attributeName(param);
    if (!PAGE_PARAMS.has(param.toLowerCase()) && observed.has(attribute)) widget.setAttribute(attribute, value);
  }
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
