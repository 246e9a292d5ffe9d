/**
 * Reads a widget's data out of plain, sanitizer-safe markup, so that an editor can paste a quote,
 * figure or card into any CMS and the site loader can turn it into the matching widget.
 *
 * The rules are the same for every widget (no per-widget code):
 * - `data-lede="quote-block"` on the outer element names the widget (`<lede-quote-block>`).
 * - Every other `data-*` attribute of the outer element is a field: `data-speaker-role="…"` → `speakerRole`.
 * - An element inside marked `data-field="name"` gives that field its text, or its `data-value`
 *   when present (numbers, dates), or a `<time>`'s `datetime`; a link gives a field whose name
 *   ends in `url` its `href`.
 * - `<ul|ol data-field>`: a list. Each `<li>` is an object read by these same rules (its own
 *   `data-*` and its `data-field` descendants), or its text when it has none.
 * - `<dl data-field>`: a list of objects; each `<dt>` starts one with `label` = its text, the
 *   `<dd>` after it adds `value` = its text (or `data-value`) and its own `data-*` fields.
 * - An element whose children are paragraphs (`<div data-field="answer"><p>…</p><p>…</p></div>`)
 *   gives their texts separated by a blank line, as JSON writes paragraphs.
 * - `<img data-field="image">` gives the object `{src, alt}` from its attributes.
 * - The `cite` of the outer `<blockquote>` (or of the one right inside it) gives `sourceUrl` when nothing else does.
 * Attributes win over text, and the first occurrence of a field wins. Given the widget's fields,
 * only those are read (in list items too): editors add `data-*` of their own, such as CKEditor's
 * `data-list-item-id` on every `<li>`, and an item of a list of texts is its text.
 */
import type { FieldTable } from '../core/fields.js';


/** The fields of one widget as read from markup: text values, or lists of texts and objects. */
export interface MarkupFields {
  [field: string]: MarkupValue;
}
export type MarkupValue = string | MarkupFields | Array<string | MarkupFields>;

/**
 * `speaker-role` (or `speakerRole`) → `speakerRole`. The same rule as core/fields.ts `fieldName`,
 * written again on purpose: this module is loaded on demand and imports nothing from the bundle.
 */
const fieldName = (name: string): string => name.trim().replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `data-*` names that steer reading and are never fields (`data-lede-json` is the widget's inline JSON). */
const RESERVED = new Set(['lede', 'field', 'value', 'ledeJson']);
const LISTS = new Set(['UL', 'OL', 'DL']);

// No-break spaces stay, as in FieldReader: French typography and Intl numbers rely on them.
const textOf = (el: Element): string => (el.textContent ?? '').replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();

/** The widget name in `data-lede`, if it is a plausible tag suffix (`quote-block`, `deal-card`). */
export function widgetName(el: Element): string | undefined {
  const name = el.getAttribute('data-lede')?.trim().toLowerCase();
  return name && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) ? name : undefined;
}

/** Reads the fields of the widget whose outer element is `root`: those of `table` when given, else every one found. */
export function readMarkup(root: HTMLElement, table?: FieldTable): MarkupFields {
  const fields = readScope(root, table);
  const quote = root.matches('blockquote') ? root : root.querySelector(':scope > blockquote');
  const cite = quote?.getAttribute('cite')?.trim();
  if (cite && fields.sourceUrl === undefined && (!table || 'sourceUrl' in table)) fields.sourceUrl = cite;
  return fields;
}

/** The fields of one scope (the widget or one list item): its `data-*`, then its `data-field` elements. */
function readScope(scope: HTMLElement, table?: FieldTable): MarkupFields {
  const fields: MarkupFields = {};
  const known = (name: string) => !table || Object.prototype.hasOwnProperty.call(table, name);
  for (const [key, value] of Object.entries(scope.dataset)) {
    if (!RESERVED.has(key) && value !== undefined && (known(key) || key === 'src' || key === 'theme')) fields[key] = value;
  }
  for (const el of scope.querySelectorAll<HTMLElement>('[data-field]')) {
    const name = fieldName(el.dataset.field ?? '');
    if (!name || name in fields || !known(name) || ownerOf(el, scope) !== scope) continue;
    fields[name] = LISTS.has(el.tagName) ? readList(el, table?.[name]?.item, table?.[name]?.kind === 'textList') : readValue(el, name);
  }
  return fields;
}

/** Fields inside a list belong to its items, and fields inside a nested widget to that widget. */
function ownerOf(el: Element, scope: Element): Element {
  for (let node = el.parentElement; node && node !== scope; node = node.parentElement) {
    if ((LISTS.has(node.tagName) && node.hasAttribute('data-field')) || node.hasAttribute('data-lede')) return node;
  }
  return scope;
}

function readValue(el: HTMLElement, name: string): MarkupValue {
  const href = el.getAttribute('href');
  if (href !== null && /url$/i.test(name)) return href.trim();
  if (el.localName === 'img') return { src: el.getAttribute('src')?.trim() ?? '', alt: el.getAttribute('alt')?.trim() ?? '' };
  const paragraphs = el.querySelectorAll(':scope > p');
  if (el.dataset.value === undefined && paragraphs.length) return [...paragraphs].map(textOf).join('\n\n');
  return el.dataset.value ?? (el.localName === 'time' ? el.getAttribute('datetime')?.trim() : undefined) ?? textOf(el);
}

/**
 * A list's items: objects read with `item`'s fields, or each item's text for a list of texts. An
 * item of a list of objects written as plain text (`<li>Huawei</li>`, as an editor types it) is its
 * first required field: a party's name.
 */
function readList(list: HTMLElement, item?: FieldTable, texts = false): Array<string | MarkupFields> {
  if (list.tagName === 'DL') return readPairs(list, item);
  const first = item && Object.keys(item).find((name) => item[name].required);
  return [...list.children]
    .filter((child): child is HTMLElement => child.tagName === 'LI')
    .map((li) => {
      const fields = texts ? {} : readScope(li, item);
      if (Object.keys(fields).length) return fields;
      return first ? { [first]: textOf(li) } : textOf(li);
    });
}

/** `<dt>`/`<dd>` pairs, also when each pair is wrapped in a `<div>` as HTML allows. */
function readPairs(list: HTMLElement, item?: FieldTable): MarkupFields[] {
  const items: MarkupFields[] = [];
  for (const el of list.querySelectorAll<HTMLElement>(':scope > dt, :scope > dd, :scope > div > dt, :scope > div > dd')) {
    if (el.tagName === 'DT') items.push({ label: textOf(el), ...readScope(el, item) });
    else if (items.length) Object.assign(items[items.length - 1], { value: el.dataset.value ?? textOf(el) }, readScope(el, item));
  }
  return items;
}
