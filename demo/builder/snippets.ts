/**
 * Every embed snippet the builder hands out, and nothing else: one module, so the snippets can
 * be kept in step with the library's embedding routes in one place. Pure functions of a widget's
 * description and data; no DOM.
 *
 * Safety: every value is data. In HTML it is escaped for its context (text, attribute, URL
 * parameter, JSON inside `<script>`), and only http(s) URLs become links.
 */
import { formatNumber } from '../../src/core/intl.js';
import type { Theme } from '../../src/core/lede-element.js';
import { resolveLocale, stringsName } from '../../src/core/locale.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en, type Messages } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { he } from '../../src/locales/he.js';
import { hi } from '../../src/locales/hi.js';
import { it } from '../../src/locales/it.js';
import { ja } from '../../src/locales/ja.js';
import { ko } from '../../src/locales/ko.js';
import type { StringsName } from '../../src/locales/languages.js';
import { pt } from '../../src/locales/pt.js';
import { ru } from '../../src/locales/ru.js';
import { tr } from '../../src/locales/tr.js';
import { zhHant } from '../../src/locales/zh-Hant.js';
import { zh } from '../../src/locales/zh.js';
import { safeHttpUrl } from '../../src/core/validate.js';
import type { FieldSpec } from './schema-fields.js';

/** What snippets need to know about a widget. */
export interface WidgetShape {
  /** `deal-card` for `<lede-deal-card>`. */
  name: string;
  tag: string;
  /** Human name, e.g. "Deal card". */
  label: string;
  /** The story document list its items live in. */
  collection: string;
  /** The field that the element's text content fills (the quote's `text`). */
  textField?: string;
  fields: FieldSpec[];
  /** JSON field name → attribute name, for fields that have an attribute. */
  attributes: Record<string, string>;
}

export interface SnippetOptions {
  /** BCP 47 tag of the data's language; set on the widget. */
  lang: string;
  theme: Theme;
  /** Where the built library files are served, ending with `/` (the folder of `lede.js`). */
  libraryUrl: string;
  /** Which bundle the tags route loads: the ES module or the classic script. */
  script: 'module' | 'classic';
}

export const ROUTES = ['tags', 'markup', 'iframe', 'story', 'npm'] as const;
export type Route = (typeof ROUTES)[number];

type Data = Record<string, unknown>;
type Scalar = string | number | boolean;

/** Library files, relative to `libraryUrl`. */
export const FILES = {
  module: 'lede.js',
  classic: 'lede.classic.js',
  embed: 'embed.html',
  frame: 'lede-frame.js',
} as const;

/** Text content: `&`, `<` and `>` escaped. */
export const escapeText = (value: unknown): string =>
  String(value).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** A double-quoted attribute value. */
export const escapeAttribute = (value: unknown): string => escapeText(value).replace(/"/g, '&quot;');

/** JSON that is safe inside `<script>` and in an HTML page: `<`, `>`, `&` and line separators as `\uXXXX` escapes, which JSON and JavaScript read back unchanged. */
export function safeJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `sourceUrl` → `source-url`. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);

/** The fields worth writing: no empty values, no `id` (only the story document uses it). */
function filled(data: Data): [string, unknown][] {
  return Object.entries(data).filter(
    ([name, value]) => name !== 'id' && value !== undefined && value !== null && value !== '' && value !== false && !(Array.isArray(value) && !value.length),
  );
}

function attributes(pairs: [string, Scalar][]): string {
  return pairs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/** The words that name the item without JavaScript: a headline, title or label, else a money amount, else the first required text. */
function titleOf(widget: WidgetShape, data: Data, lang: string): string | undefined {
  for (const name of ['headline', 'title', 'label']) if (typeof data[name] === 'string' && data[name]) return data[name];
  const { amount, currency } = data;
  if (typeof amount === 'number' && typeof currency === 'string') {
    try {
      return formatNumber(resolveLocale(lang).tag, amount, { style: 'currency', currency, notation: 'compact' });
    } catch {
      // not an ISO 4217 code: fall through
    }
  }
  const first = widget.fields.find((field) => field.required && field.name !== 'id' && typeof data[field.name] === 'string');
  return first ? String(data[first.name]) : undefined;
}

/** No-JavaScript content of a widget without a text field: its title in bold, then its long texts. */
function fallbackLines(widget: WidgetShape, data: Data, lang: string): string[] {
  const title = titleOf(widget, data, lang);
  const longTexts = widget.fields.filter((field) => field.kind === 'long-text' && typeof data[field.name] === 'string' && data[field.name]);
  return [...(title ? [`<p><strong>${escapeText(title)}</strong></p>`] : []), ...longTexts.map((field) => `<p>${escapeText(data[field.name])}</p>`)];
}

const indent = (lines: string[]) => lines.map((line) => `  ${line}`);

function scriptTag(options: SnippetOptions): string {
  const url = escapeAttribute(options.libraryUrl + FILES[options.script]);
  return options.script === 'module' ? `<script type="module" src="${url}"></script>` : `<script src="${url}" defer></script>`;
}

/**
 * Other languages' strings are a file of their own (`lede-fr.js`…). Run by the page before the
 * library, they are there as widgets first draw: no wait for them, no layout shift.
 */
function stringsTag(options: SnippetOptions): string[] {
  const { tag, lang, fallback } = resolveLocale(options.lang);
  if (lang === 'en' || fallback) return [];
  return [`<script type="module" src="${escapeAttribute(`${options.libraryUrl}lede-${stringsName(tag, lang)}.js`)}"></script>`];
}

/** Route 1: the custom element with attributes (lists as inline JSON) and one script. */
function tagsSnippet(widget: WidgetShape, data: Data, options: SnippetOptions): string {
  const attrs: [string, Scalar][] = [['lang', options.lang]];
  if (options.theme !== 'light') attrs.push(['theme', options.theme]);
  const json: Data = {};
  let text: string | undefined;
  for (const [name, value] of filled(data)) {
    if (name === widget.textField && isScalar(value)) text = String(value);
    else if (widget.attributes[name] && isScalar(value)) attrs.push([widget.attributes[name], value]);
    else json[name] = value;
  }
  const open = `<${widget.tag}${attributes(attrs)}>`;
  const close = `</${widget.tag}>`;
  const inner = [
    ...(Object.keys(json).length ? [`<script type="application/json">${safeJson(json)}</script>`] : []),
    ...(widget.textField ? [] : fallbackLines(widget, data, options.lang)),
  ];
  const element = text !== undefined && !inner.length ? `${open}${escapeText(text)}${close}` : [open, ...indent(inner), ...(text !== undefined ? [`  ${escapeText(text)}`] : []), close].join('\n');
  return [...stringsTag(options), scriptTag(options), element].join('\n');
}

/** One list item of the plain markup: its fields as `data-*`, a readable text inside. */
function markupItem(item: unknown, fields: FieldSpec[] | undefined, lang: string): string {
  if (!fields || typeof item !== 'object' || item === null) return `<li>${escapeText(item)}</li>`;
  const entries = filled(item as Data).filter(([, value]) => isScalar(value)) as [string, Scalar][];
  const record = item as Data;
  const name = fields.find((field) => field.kind === 'text' && typeof record[field.name] === 'string');
  const amount = fields.find((field) => field.kind === 'number' && typeof record[field.name] === 'number');
  const text = [name && String(record[name.name]), amount && formatNumber(resolveLocale(lang).tag, record[amount.name] as number)].filter(Boolean).join(' · ');
  const href = typeof record.url === 'string' ? safeHttpUrl(record.url) : undefined;
  const content = href ? `<a href="${escapeAttribute(href)}">${escapeText(text)}</a>` : escapeText(text);
  return `<li${attributes(entries.map(([key, value]) => [`data-${kebab(key)}`, value]))}>${content}</li>`;
}

/** A `{label, value, unit?}` list as a definition list. */
function markupTerms(name: string, items: unknown[], lang: string): string[] {
  const rows = items.flatMap((item) => {
    const { label, value, unit } = (typeof item === 'object' && item !== null ? item : {}) as Data;
    const shown = typeof value === 'number' ? formatNumber(resolveLocale(lang).tag, value) : String(value ?? '');
    const data: [string, Scalar][] = [['data-value', isScalar(value) ? value : '']];
    if (isScalar(unit) && unit !== '') data.push(['data-unit', unit]);
    return [`  <dt>${escapeText(label ?? '')}</dt>`, `  <dd${attributes(data)}>${escapeText(unit ? `${shown}\u00A0${unit}` : shown)}</dd>`];
  });
  return [`<dl data-field="${escapeAttribute(name)}">`, ...rows, '</dl>'];
}

/** Every language's strings at hand: snippets are written at once (widgets load them on demand). */
const STRINGS: Record<StringsName, Messages> = { en, fr, es, zh, 'zh-Hant': zhHant, ar, de, he, hi, it, ja, ko, pt, ru, tr };

/** "Source : X, via Y", in the data's language, linked only when the URL is http(s). */
function sourceLine(data: Data, lang: string): string[] {
  const { tag, lang: language } = resolveLocale(lang);
  const messages = STRINGS[stringsName(tag, language) as StringsName] ?? en;
  const url = typeof data.sourceUrl === 'string' ? safeHttpUrl(data.sourceUrl) : undefined;
  const name = typeof data.source === 'string' && data.source ? data.source : url ? new URL(url).hostname : undefined;
  const via = typeof data.via === 'string' && data.via ? escapeText(messages.via.join(data.via)) : undefined;
  const source = name ? `${escapeText(messages.source)} <cite>${url ? `<a href="${escapeAttribute(url)}">${escapeText(name)}</a>` : escapeText(name)}</cite>` : undefined;
  const parts = [source, via].filter(Boolean);
  return parts.length ? [`<p>${parts.join(escapeText(messages.comma))}</p>`] : [];
}

/** Route 2: markup that HTML sanitizers keep, upgraded by the site loader (`data-lede`). */
function markupSnippet(widget: WidgetShape, data: Data, options: SnippetOptions): string {
  const root = widget.textField ? 'blockquote' : 'figure';
  const attrs: [string, Scalar][] = [['class', `lede-${widget.name}`], ['data-lede', widget.name], ['lang', options.lang]];
  if (options.theme !== 'light') attrs.push(['data-theme', options.theme]);
  const lists: string[] = [];
  let text: string | undefined;
  for (const [name, value] of filled(data)) {
    const field = widget.fields.find((candidate) => candidate.name === name);
    if (name === widget.textField && isScalar(value)) text = String(value);
    else if (isScalar(value)) attrs.push([`data-${widget.attributes[name] ?? kebab(name)}`, value]);
    else if (Array.isArray(value)) {
      const isTerms = field?.itemFields?.some((item) => item.name === 'label') && field.itemFields.some((item) => item.name === 'value');
      lists.push(
        ...(isTerms
          ? markupTerms(name, value, options.lang)
          : [`<ul data-field="${escapeAttribute(name)}">`, ...value.map((item) => `  ${markupItem(item, field?.itemFields, options.lang)}`), '</ul>']),
      );
    }
  }
  const open = `<${root}${attributes(attrs)}>`;
  if (widget.textField) return `${open}${escapeText(text ?? '')}</${root}>`;
  const body = [...fallbackLines(widget, data, options.lang), ...lists, ...sourceLine(data, options.lang)];
  return [open, ...indent(body), `</${root}>`].join('\n');
}

/** Route 3: an iframe of `embed.html` with the fields in its query string, and the script that sizes it. */
function iframeSnippet(widget: WidgetShape, data: Data, options: SnippetOptions): string {
  const params = new URLSearchParams({ widget: widget.name, lang: options.lang });
  if (options.theme !== 'light') params.set('theme', options.theme);
  // Scalars as the widget's attributes; lists (which have no attribute) together in `data`, as JSON.
  const lists: Data = {};
  for (const [name, value] of filled(data)) {
    if (isScalar(value)) params.set(widget.attributes[name] ?? kebab(name), value === true ? '' : String(value));
    else lists[name] = value;
  }
  if (Object.keys(lists).length) params.set('data', JSON.stringify(lists));
  const title = [widget.label, titleOf(widget, data, options.lang) ?? (widget.textField ? data[widget.textField] : undefined)]
    .filter(Boolean)
    .join(': ')
    .slice(0, 120);
  const src = `${options.libraryUrl}${FILES.embed}?${params}`;
  return [
    `<iframe data-lede-frame src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="display: block; width: 100%; border: 0" height="400"></iframe>`,
    `<script src="${escapeAttribute(options.libraryUrl + FILES.frame)}" async></script>`,
  ].join('\n');
}

/** Route 4: the item for the story document's list (plain JSON, for a `.json` file). */
function storySnippet(widget: WidgetShape, data: Data): string {
  return JSON.stringify({ ...data, id: data.id || `${widget.name}-1` }, null, 2);
}

/** Route 5: from JavaScript, with the package installed. */
function npmSnippet(widget: WidgetShape, data: Data, options: SnippetOptions): string {
  const fields = Object.fromEntries(filled(data));
  return [
    '// npm install lede-widgets',
    "import 'lede-widgets';",
    '',
    `const widget = document.createElement('${widget.tag}');`,
    `widget.lang = ${safeJson(options.lang)};`,
    ...(options.theme !== 'light' ? [`widget.theme = ${safeJson(options.theme)};`] : []),
    `widget.data = ${safeJson(fields, 2)};`,
    'document.body.append(widget); // or any container',
  ].join('\n');
}

/** The snippet of one route. */
export function snippet(route: Route, widget: WidgetShape, data: Data, options: SnippetOptions): string {
  switch (route) {
    case 'tags': return tagsSnippet(widget, data, options);
    case 'markup': return markupSnippet(widget, data, options);
    case 'iframe': return iframeSnippet(widget, data, options);
    case 'story': return storySnippet(widget, data);
    case 'npm': return npmSnippet(widget, data, options);
  }
}

/** Each route's name and when to use it. */
export function routeInfo(route: Route, widget: WidgetShape, data: Data): { title: string; note: string } {
  switch (route) {
    case 'tags':
      return { title: 'Tags + script', note: 'Where you may add a script: static pages, page templates, a CMS block that keeps <script> (WordPress “Custom HTML” for administrators, a Ghost HTML card). Choose the classic script if your CMS only loads plain, non-module scripts.' };
    case 'markup':
      return { title: 'Plain markup for sanitized CMSs', note: 'For editors whose HTML is cleaned: WordPress authors and contributors, Drupal “Basic HTML”. It reads as an ordinary quote or card as it is, and becomes the widget on sites that load the Lede script once in their theme.' };
    case 'iframe':
      return { title: 'iframe', note: 'Where only an iframe is allowed, or to keep the page’s styles and scripts away entirely. The small lede-frame.js script sizes the frame to its content; where it is stripped, the frame keeps its fixed height.' };
    case 'story':
      return { title: 'Story JSON item', note: `For the data desk: add this item to the “${widget.collection}” list of the story document, then place <${widget.tag} src="story.json#${String(data.id || `${widget.name}-1`)}"></${widget.tag}> where it goes in the article.` };
    case 'npm':
      return { title: 'npm / JavaScript', note: 'For developers who build the page with JavaScript or a framework: install the package, create the element and set its typed data property.' };
  }
}
