/**
 * Article markup for the benchmark, written the two ways publishers embed widgets:
 * - "attributes": the item's fields as attributes, the widget's text field as light-DOM text, and
 *   fields no attribute can hold (lists, objects) as inline JSON;
 * - "src": `src="story.json#id"`, every widget pointing at the same story document.
 */

/**
 * @typedef {{ tag: string, collection: string, textField: string | null, attributes: Record<string, string> }} Widget
 *   as described by the page (`bench.describe`)
 */

const escapeText = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
/** JSON safe inside <script>: no `</script>` can close it early. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * One widget's markup.
 * @param {Widget} widget
 * @param {Record<string, unknown>} item an item of the story document
 * @param {{ src?: string, loading?: 'eager' | 'lazy' }} [options] `src`: the story document's URL
 */
export function widgetMarkup(widget, item, options = {}) {
  if (options.src) {
    const loading = options.loading ? ` loading="${options.loading}"` : '';
    return `<${widget.tag} src="${escapeAttribute(`${options.src}#${item.id}`)}"${loading}></${widget.tag}>`;
  }
  let attributes = '';
  let text = '';
  /** @type {Record<string, unknown>} */
  const json = {};
  for (const [field, value] of Object.entries(item)) {
    if (field === 'id' || value === null || value === undefined) continue;
    const simple = typeof value === 'string' || typeof value === 'number';
    if (field === widget.textField && simple) text = escapeText(value);
    else if (simple && widget.attributes[field]) attributes += ` ${widget.attributes[field]}="${escapeAttribute(value)}"`;
    else json[field] = value;
  }
  const script = Object.keys(json).length ? `<script type="application/json">${scriptJson(json)}</script>` : '';
  return `<${widget.tag}${attributes}>${script}${text}</${widget.tag}>`;
}

/**
 * `count` widgets, the kinds taking turns (a third each with three kinds), items cycling
 * through each collection of the story document. Kinds without items are left out.
 * @param {Widget[]} widgets
 * @param {Record<string, unknown>} story
 * @param {number} count
 * @param {{ src?: string, loading?: 'eager' | 'lazy' }} [options]
 */
export function articleMarkup(widgets, story, count, options = {}) {
  const kinds = widgets
    .map((widget) => ({ widget, items: Array.isArray(story[widget.collection]) ? story[widget.collection] : [] }))
    .filter((kind) => kind.items.length);
  if (!kinds.length) throw new Error('the story document has no item for any widget');
  const parts = [];
  for (let i = 0; i < count; i++) {
    const { widget, items } = kinds[i % kinds.length];
    parts.push(widgetMarkup(widget, items[Math.floor(i / kinds.length) % items.length], options));
  }
  return parts.join('\n');
}
