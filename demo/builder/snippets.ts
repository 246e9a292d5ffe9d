/**
 * Every embed snippet the builder hands out, and nothing else: one module, so the snippets can
 * be kept in step with the library's embedding routes in one place. Pure functions of a widget's
 * description and data; no DOM.
 *
 * Safety: every value is data. In HTML it is escaped for its context (text, attribute, URL
 * parameter, JSON inside `<script>`), and only http(s) URLs become links.
 */
import { displayName, formatNumber } from '../../src/core/intl.js';
import type { Theme } from '../../src/core/lede-element.js';
import { directionOf, resolveLocale, stringsName } from '../../src/core/locale.js';
import { amountInWords } from '../../src/core/money.js';
import { lineBreak } from '../../src/core/typography.js';
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
import { canonicalLang, FieldReader, safeHttpUrl, type Raw } from '../../src/core/validate.js';
import { drawnData, readValues } from '../../src/core/fields.js';
import { widgetClass } from '../../src/core/widget-fields.js';
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
  /**
   * Earlier plain markups, which content saved with them still matches (a WordPress block's
   * deprecated saves). `1`: as Lede first wrote it (a quote's caption on one line, a list item's
   * notes and link as one run of text). `2`: grouped as the widget draws it, which lede.css sizes, but
   * list items and texts as given and a profile's URL a `data-url` attribute. By default (version 3)
   * the lists hold what the widget's readers keep, texts as drawn, and a profile's name links its URL.
   */
  markupVersion?: MarkupVersion;
}

export type MarkupVersion = 1 | 2 | 3;

export const ROUTES = ['tags', 'json-attribute', 'markup', 'iframe', 'story', 'npm'] as const;
export type Route = (typeof ROUTES)[number];

type Data = Record<string, unknown>;
type Scalar = string | number | boolean;

/** Library files, relative to `libraryUrl`. */
export const FILES = {
  module: 'lede.js',
  classic: 'lede.classic.js',
  css: 'lede.css',
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

/**
 * `data` as its widget draws it (core/fields.ts `drawnData`: the widget's own field readers decide):
 * without a rank of −1, a date or URL it cannot use, the list items it leaves out or their fields it
 * refuses, its texts trimmed and cut as drawn. So the markup shows what the widget will draw and
 * does not change when it upgrades; the preview says why each one is left out. Relative URLs count
 * as usable: they resolve on the page the markup lands on.
 */
function drawnFields(widget: WidgetShape, data: Data, markupVersion: MarkupVersion = 3): Data {
  const fields = widgetClass(widget.name)?.schema.fields;
  if (!fields) return data;
  const reader = new FieldReader(data as Raw, '', [], 'https://page.invalid/');
  if (markupVersion >= 3) return drawnData(reader, fields, data);
  // Versions 1 and 2 left out refused fields only, lists and texts as given.
  const kept = readValues(reader, fields).values as Record<string, unknown>;
  return Object.fromEntries(Object.entries(data).filter(([name, value]) => !(name in fields) || value === undefined || value === null || value === '' || kept[name] !== undefined));
}

function attributes(pairs: [string, Scalar][]): string {
  return pairs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/** The words that name the item without JavaScript: a headline, title or label, else a money amount, else the first required text. */
function titleOf(widget: WidgetShape, data: Data, lang: string): string | undefined {
  for (const name of ['headline', 'title', 'label']) if (typeof data[name] === 'string' && data[name]) return data[name];
  const { amount, currency } = data;
  const words = typeof amount === 'number' && typeof currency === 'string' ? amountWords(lang, amount, data) : undefined;
  if (words) return words;
  const first = widget.fields.find((field) => field.required && field.name !== 'id' && typeof data[field.name] === 'string');
  return first ? String(data[first.name]) : undefined;
}

const indent = (lines: string[]) => lines.map((line) => `  ${line}`);

function scriptTag(options: SnippetOptions): string {
  const url = escapeAttribute(options.libraryUrl + FILES[options.script]);
  return options.script === 'module' ? `<script type="module" src="${url}"></script>` : `<script src="${url}" defer></script>`;
}

/**
 * lede.css, which lays the tag's readable content out in the drawn widget's box, so that drawing it
 * moves nothing (docs/embedding.md, "Loading without layout shift"). Before the tag: a style sheet
 * in the body holds the paint of what follows it until it has loaded.
 */
function styleTag(options: SnippetOptions): string {
  return `<link rel="stylesheet" href="${escapeAttribute(options.libraryUrl + FILES.css)}">`;
}

/**
 * The loader imports the widget's module, and the module the core, only once it has found the
 * tag: hints let the browser fetch both at once, while the page is still arriving.
 */
function preloadTags(widget: WidgetShape, options: SnippetOptions): string[] {
  return ['lede-core.js', `${widget.tag}.js`].map((file) => `<link rel="modulepreload" href="${escapeAttribute(options.libraryUrl + file)}">`);
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

/**
 * `lang`, and `dir="rtl"` for a language written right to left: a widget lays out in its page's
 * direction, and an Arabic or Hebrew snippet may be pasted into a left-to-right page.
 */
function languageAttributes(lang: string): [string, Scalar][] {
  const tag = canonicalLang(lang);
  return tag && directionOf(tag) === 'rtl' ? [['lang', lang], ['dir', 'rtl']] : [['lang', lang]];
}

/**
 * Route 1: the custom element with attributes (lists as inline JSON) and one script. With
 * `jsonAttribute`, the lists ride in a `data-lede-json` attribute instead of a child `<script>`,
 * for CMSs whose sanitizer drops `<script>` but keeps the tag and its `data-*` (WordPress with the plugin).
 * Every widget's tag holds its route-2 markup as its readable content: what a reader sees before
 * the script runs (or without it), the quote attributed, and what lede.css lays out in the drawn
 * widget's box, lists from inline JSON included, so that drawing it moves nothing below it. The
 * widget reads none of it: a quote's text (its text field) rides in the inline JSON with the lists.
 */
function tagsSnippet(widget: WidgetShape, data: Data, options: SnippetOptions, jsonAttribute = false): string {
  const attrs: [string, Scalar][] = languageAttributes(options.lang);
  if (options.theme !== 'light') attrs.push(['theme', options.theme]);
  const json: Data = {};
  for (const [name, value] of filled(data)) {
    // A text field is a long text (a quote): JSON, as the lists; the tag's own text is its markup's.
    if (name !== widget.textField && widget.attributes[name] && isScalar(value)) attrs.push([widget.attributes[name], value]);
    else json[name] = value;
  }
  const hasJson = Object.keys(json).length > 0;
  if (hasJson && jsonAttribute) attrs.push(['data-lede-json', JSON.stringify(json)]);
  const inner = [
    ...(hasJson && !jsonAttribute ? [`<script type="application/json">${safeJson(json)}</script>`] : []),
    ...markupSnippet(widget, data, options).split('\n'),
  ];
  const element = [`<${widget.tag}${attributes(attrs)}>`, ...indent(inner), `</${widget.tag}>`].join('\n');
  return [styleTag(options), ...preloadTags(widget, options), ...stringsTag(options), scriptTag(options), element].join('\n');
}

/** The strings of the data's language, for the words of the no-JavaScript markup. */
function messagesFor(lang: string): Messages {
  const { tag, lang: language } = resolveLocale(lang);
  return STRINGS[stringsName(tag, language) as StringsName] ?? en;
}

/** A keyword's words in the data's language (`status: signed` → "Signé"), when the strings have them. */
function keywordWords(messages: Messages, name: string, value: Scalar): string | undefined {
  const table = (messages as unknown as Record<string, unknown>)[name];
  const words = typeof table === 'object' && table !== null ? (table as Record<string, unknown>)[String(value)] : undefined;
  return typeof words === 'string' ? words : undefined;
}

/** An ISO 8601 date as a reader writes it, at the precision it was given ("2024", "juin 2024", "27 juin 2024"). */
function dateWords(tag: string, iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(2000, Number(month ?? 1) - 1, Number(day ?? 1)));
  date.setUTCFullYear(Number(year));
  const options: Intl.DateTimeFormatOptions = day ? { dateStyle: 'long' } : month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * An amount in the words the widget draws ("2,9 milliards de dollars", "20 000"), with the strings
 * of the data's language: millions and more in words unless the data asks for every digit. A
 * count's unit is left out (the markup writes it as a field of its own). Undefined when the
 * currency is not a code Intl accepts: the widget draws no amount then either.
 */
function amountWords(lang: string, value: number, data: Data): string | undefined {
  const currency = typeof data.currency === 'string' ? data.currency : undefined;
  try {
    const { before, number, after } = amountInWords(resolveLocale(lang).tag, messagesFor(lang), { amount: value, currency, compact: data.notation !== 'standard' });
    return before + number + after;
  } catch {
    return undefined;
  }
}

/** A field written as visible text the loader reads back: `<span data-field="speaker">Dina Boluarte</span>`. */
function fieldTag(element: string, name: string, shown: string, value?: Scalar, extra = ''): string {
  const data = value === undefined ? '' : ` data-value="${escapeAttribute(value)}"`;
  return `<${element} data-field="${escapeAttribute(kebab(name))}"${data}${extra}>${shown}</${element}>`;
}

/** One list item of the plain markup: its texts and numbers as visible fields, its keywords as `data-*`. */
function markupItem(item: unknown, fields: FieldSpec[] | undefined, lang: string, markupVersion?: MarkupVersion): string {
  if (!fields || typeof item !== 'object' || item === null) return `<li>${escapeText(item)}</li>`;
  const { tag } = resolveLocale(lang);
  const messages = messagesFor(lang);
  const record = item as Data;
  const attrs: [string, Scalar][] = [];
  const shown: string[] = [];
  const notes: string[] = [];
  for (const [name, value] of filled(record)) {
    if (!isScalar(value)) continue;
    const field = fields.find((candidate) => candidate.name === name);
    if (!(name in CODES) && (field?.kind === 'text' || field?.kind === 'long-text')) shown.push(fieldTag('span', name, escapeText(value)));
    else if (field?.kind === 'number' && typeof value === 'number') shown.push(fieldTag('span', name, escapeText(formatNumber(tag, value)), value));
    // A span, not <time>: WordPress's kses drops <time> and its datetime, and keeps a span's data-*.
    else if (field?.kind === 'date' && typeof value === 'string') shown.push(fieldTag('span', name, escapeText(dateWords(tag, value)), value));
    else {
      attrs.push([`data-${kebab(name)}`, value]);
      const words = keywordWords(messages, name, value) ?? (CODES[name] && typeof value === 'string' ? displayName(tag, CODES[name], value) : undefined);
      if (words) notes.push(words);
    }
  }
  const href = typeof record.url === 'string' ? safeHttpUrl(record.url) : undefined;
  const link = (text: string) => (href ? `<a href="${escapeAttribute(href)}">${text}</a>` : text);
  const note = notes.length ? `(${escapeText(notes.join(messages.comma))})` : '';
  if (markupVersion === 1) return `<li${attributes(attrs)}>${link([shown.join(' · '), note].filter(Boolean).join(' '))}</li>`;
  // The notes in an element of their own, linked text apart: the widget draws them on a line of their own.
  // `data-part`: TinyMCE drops a <span> without attributes (version 2 wrote one).
  const about = markupVersion === 2 ? '<span>' : '<span data-part="about">';
  const content = [shown.length ? link(shown.join(' · ')) : '', note ? `${about}${note}</span>` : ''].filter(Boolean).join(' ');
  return `<li${attributes(attrs)}>${content}</li>`;
}

/**
 * A dated event (a timeline's) as the widget draws it, a paragraph a line: when (its date in words,
 * else its date), what happened, more about it, its source. A date given beside its words follows
 * them in brackets, which lede.css hides as the widget does.
 */
function markupEvent(item: unknown, lang: string): string {
  if (typeof item !== 'object' || item === null) return `<li>${escapeText(item)}</li>`;
  const { tag } = resolveLocale(lang);
  const { date, label, title, text } = item as Data;
  const words = typeof label === 'string' && label ? fieldTag('span', 'label', escapeText(label)) : '';
  const iso = typeof date === 'string' && date ? date : undefined;
  const when = iso && words ? `${words} ${fieldTag('span', 'date', `(${escapeText(dateWords(tag, iso))})`, iso)}` : iso ? fieldTag('span', 'date', escapeText(dateWords(tag, iso)), iso) : words;
  const source = sourceWords(item as Data, lang);
  const lines = [
    when,
    typeof title === 'string' && title ? fieldTag('strong', 'title', escapeText(title)) : '',
    typeof text === 'string' && text ? escapeText(text) : '',
    source ?? '',
  ];
  const paragraph = (line: string, index: number) => (index === 2 ? `<p data-field="text">${line}</p>` : `<p>${line}</p>`);
  return `<li>${lines.map((line, index) => (line ? paragraph(line, index) : '')).join('')}</li>`;
}

/** The first day an ISO 8601 date (`2021`, `2021-06`, `2021-06-03`) stands for, in ms; NaN for anything else. */
function firstDay(iso: unknown): number {
  const match = typeof iso === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  return match ? Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)) : NaN;
}

/** Events in the order the timeline draws them: dated ones in date order among themselves (a stable sort), the others where they were given. */
function inDateOrder(events: unknown[]): unknown[] {
  const when = (event: unknown) => firstDay(typeof event === 'object' && event !== null ? (event as Data).date : undefined);
  const dated = events.filter((event) => !Number.isNaN(when(event))).sort((a, b) => when(a) - when(b));
  return events.map((event) => (Number.isNaN(when(event)) ? event : dated.shift()));
}

/**
 * A `{label, value}` list without units (a profile's facts) as the widget draws it: facts side by
 * side as room allows, each its label over its value. A list of items rather than a `<dl>`, whose
 * pairs only a `<div>` would group, which the editors break. Numbers as the widget writes them,
 * grouped from five digits ("1987", "20 000").
 */
function markupFacts(name: string, items: unknown[], lang: string): string[] {
  const { dataTag } = resolveLocale(lang);
  const rows = items.map((item) => {
    const { label, value } = (typeof item === 'object' && item !== null ? item : {}) as Data;
    const shown = typeof value === 'number' ? fieldTag('strong', 'value', escapeText(formatNumber(dataTag, value, { useGrouping: 'min2' })), value) : fieldTag('strong', 'value', escapeText(value ?? ''));
    return `  <li>${fieldTag('span', 'label', escapeText(label ?? ''))} ${shown}</li>`;
  });
  return [`<ul data-field="${escapeAttribute(name)}">`, ...rows, '</ul>'];
}

/** A `{label, value, unit?}` list as a definition list. */
function markupTerms(name: string, items: unknown[], lang: string): string[] {
  const rows = items.flatMap((item) => {
    const { label, value, unit } = (typeof item === 'object' && item !== null ? item : {}) as Data;
    const shown = typeof value === 'number' ? formatNumber(resolveLocale(lang).dataTag, value) : String(value ?? '');
    const data: [string, Scalar][] = [['data-value', isScalar(value) ? value : '']];
    if (isScalar(unit) && unit !== '') data.push(['data-unit', unit]);
    return [`  <dt>${escapeText(label ?? '')}</dt>`, `  <dd${attributes(data)}>${escapeText(unit ? `${shown}\u00A0${unit}` : shown)}</dd>`];
  });
  return [`<dl data-field="${escapeAttribute(name)}">`, ...rows, '</dl>'];
}

/**
 * A list of figures (`{amount, currency, unit, label, period, rank}`, a fact box's items). In the
 * first markup format, a definition list: each label, then the figure in the words the widget
 * draws, its codes as `data-*`; since, the list of `markupKeyFigures`.
 */
function markupFigures(name: string, items: unknown[], lang: string, markupVersion?: MarkupVersion): string[] {
  if (markupVersion !== 1) return markupKeyFigures(name, items, lang, markupVersion);
  const { tag } = resolveLocale(lang);
  const messages = messagesFor(lang);
  const rows = items.flatMap((item) => {
    const data = (typeof item === 'object' && item !== null ? item : {}) as Data;
    const attrs: [string, Scalar][] = [];
    for (const code of ['amount', 'currency', 'rank']) if (isScalar(data[code])) attrs.push([`data-${code}`, data[code]]);
    const unit = typeof data.unit === 'string' && data.unit && !data.currency ? ` ${fieldTag('span', 'unit', escapeText(data.unit))}` : '';
    const amount = typeof data.amount === 'number' ? `${escapeText(amountWords(lang, data.amount, { currency: data.currency }) ?? formatNumber(tag, data.amount))}${unit}` : '';
    const rank = typeof data.rank === 'number' ? rankText(tag, messages, data.rank, typeof data.rankScope === 'string' ? data.rankScope : undefined) : '';
    if (rank && typeof data.rankScope === 'string') attrs.push(['data-rank-scope', data.rankScope]);
    const context = [typeof data.period === 'string' && data.period ? fieldTag('span', 'period', escapeText(data.period)) : '', amount ? rank : ''].filter(Boolean).join(' · ');
    return [
      '  <div>',
      `    <dt>${escapeText(data.label ?? '')}</dt>`,
      `    <dd${attributes(attrs)}>${amount || rank}${context ? ` · ${context}` : ''}</dd>`,
      '  </div>',
    ];
  });
  return [`<dl data-field="${escapeAttribute(name)}">`, ...rows, '</dl>'];
}

/**
 * A list of figures (a fact box's items) as the widget draws them, each a list item of three lines:
 * the figure (its words up to the one break kept together in a span, as the widget keeps them), what
 * it measures, then its period and rank; its codes, unit included, as `data-*`. A list of items
 * rather than a `<dl>`, whose groups only a `<div>` would hold, which the editors break.
 */
function markupKeyFigures(name: string, items: unknown[], lang: string, markupVersion: MarkupVersion = 3): string[] {
  const { tag } = resolveLocale(lang);
  const messages = messagesFor(lang);
  const rows = items.map((item) => {
    const data = (typeof item === 'object' && item !== null ? item : {}) as Data;
    const attrs: [string, Scalar][] = [];
    // A rank's scope only with its rank, as the widget draws it (version 2 wrote it alone too).
    for (const code of ['amount', 'currency', 'unit', 'rank', ...(typeof data.rank === 'number' || markupVersion === 2 ? ['rankScope'] : [])]) if (isScalar(data[code]) && data[code] !== '') attrs.push([`data-${kebab(code)}`, data[code]]);
    const amount = typeof data.amount === 'number' ? data.amount : undefined;
    const counted = typeof data.unit === 'string' && data.unit && !data.currency ? data.unit : undefined;
    const rank = typeof data.rank === 'number' ? rankText(tag, messages, data.rank, typeof data.rankScope === 'string' ? data.rankScope : undefined) : '';
    const words = amount === undefined ? undefined : keptWords(lang, amount, data.currency, counted);
    // `data-part`: TinyMCE drops a <span> without attributes (version 2 wrote one).
    const kept = markupVersion === 2 ? '<span>' : '<span data-part="unbroken">';
    const figure = words ? `${kept}${escapeText(words[0])}</span>${words[1] ? ` ${escapeText(words[1])}` : ''}` : amount !== undefined ? escapeText(formatNumber(tag, amount)) : rank;
    const period = typeof data.period === 'string' && data.period ? fieldTag('span', 'period', escapeText(data.period)) : '';
    const context = [period, amount !== undefined ? rank : ''].filter(Boolean).join(' · ');
    const lines = [`<p><strong>${figure}</strong></p>`, `<p data-field="label">${escapeText(data.label ?? '')}</p>`, ...(context ? [`<p>${context}</p>`] : [])];
    return `  <li${attributes(attrs)}>${lines.join('')}</li>`;
  });
  return [`<ul data-field="${escapeAttribute(name)}">`, ...rows, '</ul>'];
}

/**
 * An amount's words as the fact box draws them, split at the one place the widget lets them break
 * (core/typography.ts `lineBreak`): `['2,9 milliards', 'de dollars']`, `['150 objets', 'précolombiens']`.
 * Undefined when the currency is not a code Intl accepts.
 */
function keptWords(lang: string, amount: number, currency: unknown, unit?: string): [string, string] | undefined {
  try {
    const code = typeof currency === 'string' ? currency : undefined;
    const { before, number, after } = amountInWords(resolveLocale(lang).tag, messagesFor(lang), { amount, currency: code, unit });
    const [head, tail] = lineBreak(after, !!code);
    return [before + number + head, tail];
  } catch {
    return undefined;
  }
}

/** A rank as the widget writes it ("3<sup>e</sup> au monde"), escaped. */
function rankText(tag: string, messages: Messages, rank: number, scope?: string): string {
  const words = messages.rank(formatNumber(tag, rank), new Intl.PluralRules(tag, { type: 'ordinal' }).select(rank), scope);
  return typeof words === 'string' ? escapeText(words) : `${escapeText(words[0])}<sup>${escapeText(words[1])}</sup>${escapeText(words[2])}`;
}

/** Every language's strings at hand: snippets are written at once (widgets load them on demand). */
const STRINGS: Record<StringsName, Messages> = { en, fr, es, zh, 'zh-Hant': zhHant, ar, de, he, hi, it, ja, ko, pt, ru, tr };

/** "Source : X, via Y", in the data's language, each a field the loader reads back; linked only when the URL is http(s). */
function sourceWords(data: Data, lang: string): string | undefined {
  const messages = messagesFor(lang);
  const url = typeof data.sourceUrl === 'string' ? safeHttpUrl(data.sourceUrl) : undefined;
  const name = typeof data.source === 'string' && data.source ? data.source : undefined;
  const link = (text: string) => fieldTag('a', 'sourceUrl', escapeText(text), undefined, ` href="${escapeAttribute(url!)}"`);
  const cited = name ? fieldTag('cite', 'source', url ? link(name) : escapeText(name)) : url ? `<cite>${link(new URL(url).hostname)}</cite>` : undefined;
  const via = typeof data.via === 'string' && data.via ? `${escapeText(messages.via[0])}${fieldTag('span', 'via', escapeText(data.via))}${escapeText(messages.via[1])}` : undefined;
  const source = cited ? `${escapeText(messages.source)} ${cited}` : undefined;
  const parts = [source, via].filter(Boolean);
  return parts.length ? parts.join(escapeText(messages.comma)) : undefined;
}

/** Codes, not words: kept as `data-*` attributes, shown by their name in the reader's language where Intl has one. */
const CODES: Record<string, Intl.DisplayNamesType | undefined> = { country: 'region', currency: undefined, originalLang: 'language' };

/** Fields in the order the widget declares them, then any other. */
function ordered(widget: WidgetShape, data: Data): [string, unknown][] {
  const order = widget.fields.map((field) => field.name);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return filled(data).sort(([a], [b]) => rank(a) - rank(b));
}

/** Fields the source line, the title or the amount line write. */
const SOURCE_FIELDS = new Set(['source', 'sourceUrl', 'via']);
const TITLE_FIELDS = ['headline', 'title', 'label', 'name'];

/**
 * Route 2: markup that HTML sanitizers and rich-text editors keep, upgraded by the site loader
 * (`data-lede`). Every field a reader needs is visible text, marked with `data-field` so that the
 * loader reads it back exactly (a date's `datetime`, a number's `data-value`); only keywords
 * (currency, status code, countries…) are `data-*` attributes. Without any script, in a
 * newsletter, a feed or an editor that drops `data-*`, it still reads as an attributed quote, a
 * card or a figure with its amount.
 */
function markupSnippet(widget: WidgetShape, given: Data, options: SnippetOptions): string {
  const data = drawnFields(widget, given, options.markupVersion);
  const { tag } = resolveLocale(options.lang);
  const messages = messagesFor(options.lang);
  const attrs: [string, Scalar][] = [['class', `lede-${widget.name}`], ['data-lede', widget.name], ...languageAttributes(options.lang)];
  if (options.theme !== 'light') attrs.push(['data-theme', options.theme]);
  const titleName = TITLE_FIELDS.find((name) => typeof data[name] === 'string' && data[name]);
  const lists: string[] = [];
  const meta: string[] = [];
  const long: string[] = [];
  let amount: string | undefined;
  let text: string | undefined;
  for (const [name, value] of ordered(widget, data)) {
    const field = widget.fields.find((candidate) => candidate.name === name);
    if (name === widget.textField && isScalar(value)) text = String(value);
    else if (name === titleName || SOURCE_FIELDS.has(name) || (name === 'unit' && typeof data.amount === 'number')) continue;
    // A person's or organisation's page: a link on the name (below), as the profile draws it.
    else if (name === 'url' && titleName === 'name' && (options.markupVersion ?? 3) >= 3) continue;
    else if (Array.isArray(value)) {
      const has = (item: string) => !!field?.itemFields?.some((candidate) => candidate.name === item);
      // Dated items (a timeline's events) are an ordered list.
      const list = has('date') ? 'ol' : 'ul';
      lists.push(
        ...(has('label') && has('value') && !has('unit') && options.markupVersion !== 1
          ? markupFacts(name, value, options.lang)
          : has('label') && has('value')
          ? markupTerms(name, value, options.lang)
          : has('label') && has('amount')
            ? markupFigures(name, value, options.lang, options.markupVersion)
            : [
                `<${list} data-field="${escapeAttribute(name)}">`,
                ...(has('date') && has('title') && options.markupVersion !== 1
                  ? inDateOrder(value).map((item) => `  ${markupEvent(item, options.lang)}`)
                  : value.map((item) => `  ${markupItem(item, field?.itemFields, options.lang, options.markupVersion)}`)),
                `</${list}>`,
              ]),
      );
    } else if (field?.kind === 'object' && typeof value === 'object' && value !== null) {
      // An image: shown as one, with its text alternative, its square reserved as the widget draws it.
      const { src, alt } = value as Data;
      const href = typeof src === 'string' ? safeHttpUrl(src) : undefined;
      if (href && typeof alt === 'string' && alt) long.unshift(`<img data-field="${escapeAttribute(kebab(name))}" src="${escapeAttribute(href)}" alt="${escapeAttribute(alt)}" width="96" height="96" loading="lazy">`);
    } else if (!isScalar(value)) continue;
    else if (name === 'amount' && typeof value === 'number') {
      const unit = typeof data.unit === 'string' && data.unit ? ` ${fieldTag('span', 'unit', escapeText(data.unit))}` : '';
      amount = `<p>${fieldTag('strong', name, escapeText(amountWords(options.lang, value, data) ?? formatNumber(tag, value)), value)}${unit}</p>`;
    } else if (name === 'rank' && typeof value === 'number') {
      // The rank and its scope as one phrase ("3e au monde"); the scope is read from its attribute.
      if (typeof data.rankScope === 'string') attrs.push(['data-rank-scope', data.rankScope]);
      const words = messages.rank(formatNumber(tag, value), new Intl.PluralRules(tag, { type: 'ordinal' }).select(value), typeof data.rankScope === 'string' ? data.rankScope : undefined);
      const shown = typeof words === 'string' ? escapeText(words) : `${escapeText(words[0])}<sup>${escapeText(words[1])}</sup>${escapeText(words[2])}`;
      meta.push(fieldTag('span', name, shown, value));
    } else if (name === 'rankScope') continue; // part of the rank's phrase; without a rank the widget shows none
    else if (name === 'originalLang' && typeof value === 'string' && value.split('-')[0].toLowerCase() !== options.lang.split('-')[0].toLowerCase()) {
      // As the widget says it: "Traduit de l’espagnol", only when it differs from the page's language.
      meta.push(fieldTag('span', name, escapeText(messages.translatedFrom(displayName(tag, 'language', value))), value));
    } else if (CODES[name] === 'region' && typeof value === 'string') meta.push(fieldTag('span', name, escapeText(displayName(tag, 'region', value)), value));
    else if (name in CODES) attrs.push([`data-${widget.attributes[name] ?? kebab(name)}`, value]);
    else if (field?.kind === 'long-text' && /\n\s*\n/.test(String(value))) {
      // Paragraphs (separated by a blank line in JSON) stay paragraphs; the loader joins them back the same way.
      long.push(`<div data-field="${escapeAttribute(kebab(name))}">`, ...indent(String(value).split(/\n\s*\n/).map((paragraph) => `<p>${escapeText(paragraph.trim())}</p>`)), '</div>');
    } else if (field?.kind === 'long-text') long.push(`<p data-field="${escapeAttribute(kebab(name))}">${escapeText(value)}</p>`);
    else if (field?.kind === 'text') meta.push(fieldTag('span', name, escapeText(value)));
    else if (field?.kind === 'date' && typeof value === 'string') meta.push(fieldTag('time', name, escapeText(dateWords(tag, value)), undefined, ` datetime="${escapeAttribute(value)}"`));
    else if (field?.kind === 'number' && typeof value === 'number') meta.push(fieldTag('span', name, escapeText(formatNumber(tag, value)), value));
    else {
      const words = keywordWords(messages, name, value);
      if (words) meta.push(fieldTag('span', name, escapeText(words), value));
      else attrs.push([`data-${widget.attributes[name] ?? kebab(name)}`, value]);
    }
  }
  const source = sourceWords(data, options.lang);
  const open = `<figure${attributes(attrs)}>`;
  if (widget.textField) {
    const url = typeof data.sourceUrl === 'string' ? safeHttpUrl(data.sourceUrl) : undefined;
    // The caption's lines as the widget draws them (lede.css gives each its drawn box): who said it,
    // the context, then the source with the date and the language it was translated from.
    const on = (names: string[]) => meta.filter((line) => names.some((name) => line.includes(` data-field="${kebab(name)}"`)));
    const by = on(['speaker', 'speakerRole']);
    const lines = [
      by.length ? `— ${by.join(escapeText(messages.comma))}` : '',
      on(['context']).join(''),
      [source ?? '', ...meta.filter((line) => !by.includes(line) && !on(['context']).includes(line))].filter(Boolean).join(' · '),
    ].filter(Boolean);
    const oneLine = [meta.length ? `— ${meta.join(escapeText(messages.comma))}` : '', source ?? ''].filter(Boolean).join(' · ');
    const caption =
      options.markupVersion === 1
        ? oneLine ? [`  <figcaption>${oneLine}</figcaption>`] : []
        : lines.length ? ['  <figcaption>', ...lines.map((line) => `    <p>${line}</p>`), '  </figcaption>'] : [];
    return [
      open,
      `  <blockquote${url ? ` cite="${escapeAttribute(url)}"` : ''}>`,
      `    <p data-field="${escapeAttribute(kebab(widget.textField))}">${escapeText(text ?? '')}</p>`,
      '  </blockquote>',
      ...caption,
      ...indent([...long, ...lists]),
      '</figure>',
    ].join('\n');
  }
  if (widget.fields.some((field) => field.name === 'open' && field.kind === 'boolean')) {
    // A disclosure (the explainer): a <details> that opens and closes before any script, or without one.
    const question = widget.fields.find((field) => field.required && field.kind === 'text' && field.name !== 'id')?.name;
    const opened = attrs.filter(([name]) => name !== 'data-open');
    if (data.open === true) opened.push(['open', true], ['data-open', true]);
    const summary = question && typeof data[question] === 'string' ? [`<summary data-field="${escapeAttribute(kebab(question))}">${escapeText(data[question])}</summary>`] : [];
    const rest = meta.filter((line) => !(question && line.includes(`data-field="${kebab(question)}"`)));
    return [`<details${attributes(opened)}>`, ...indent([...summary, ...long, ...(rest.length ? [`<p>${rest.join(' · ')}</p>`] : []), ...lists, ...(source ? [`<p>${source}</p>`] : [])]), '</details>'].join('\n');
  }
  if (titleName === 'name' && options.markupVersion !== 1) {
    // A person or organisation as the profile draws it: the image, then a caption of three lines —
    // the name, the description, what and where it is (a person's kind unsaid, kept as an attribute).
    const on = (names: string[]) => meta.filter((line) => names.some((field) => line.includes(` data-field="${kebab(field)}"`)));
    const person = on(['kind']).some((line) => line.includes(' data-value="person"'));
    const about = meta.filter((line) => !on(['description']).includes(line) && !(person && on(['kind']).includes(line)));
    // Only an http(s) URL is linked, as the widget links it; a relative one stays relative, for the page it lands on.
    const href = typeof data.url === 'string' && (options.markupVersion ?? 3) >= 3 && safeHttpUrl(data.url, 'https://page.invalid/') ? data.url.trim() : undefined;
    const name = href ? fieldTag('a', 'url', escapeText(data.name), undefined, ` href="${escapeAttribute(href)}"`) : escapeText(data.name);
    const lines = [fieldTag('strong', 'name', name), ...on(['description']), about.join(' · ')].filter(Boolean);
    const image = long.filter((line) => line.startsWith('<img'));
    const opened = person ? `<figure${attributes([...attrs, ['data-kind', 'person']])}>` : open;
    const caption = ['<figcaption>', ...lines.map((line) => `  <p>${line}</p>`), '</figcaption>'];
    const body = [...image, ...caption, ...long.filter((line) => !image.includes(line)), ...lists, ...(source ? [`<p>${source}</p>`] : [])];
    return [opened, ...indent(body), '</figure>'].join('\n');
  }
  const title = titleName ? [`<figcaption>${fieldTag('strong', titleName, escapeText(data[titleName]))}</figcaption>`] : [];
  const body = [...title, ...(amount ? [amount] : []), ...(meta.length ? [`<p>${meta.join(' · ')}</p>`] : []), ...long, ...lists, ...(source ? [`<p>${source}</p>`] : [])];
  return [open, ...indent(body), '</figure>'].join('\n');
}

/**
 * The iframe's accessible name, in the data's language and from the data alone (no interface
 * word to translate): the headline, title or label, else the amount, else who said the quote and
 * its first words ("Premier ministre du Pérou — Nous ne pensons pas…").
 */
function frameTitle(widget: WidgetShape, data: Data, lang: string): string {
  const words = widget.textField && typeof data[widget.textField] === 'string' ? String(data[widget.textField]).replace(/\s+/g, ' ').trim() : undefined;
  const who = ['speaker', 'speakerRole'].map((name) => data[name]).find((value): value is string => typeof value === 'string' && value !== '');
  const title = TITLE_FIELDS.some((name) => typeof data[name] === 'string' && data[name]) || !words ? titleOf(widget, data, lang) : [who, words].filter(Boolean).join(' — ');
  const text = title ?? widget.tag;
  return text.length > 120 ? `${text.slice(0, 119).trimEnd()}…` : text;
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
  const title = frameTitle(widget, data, options.lang);
  const src = `${options.libraryUrl}${FILES.embed}?${params}`;
  return [
    `<iframe data-lede-frame src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" lang="${escapeAttribute(options.lang)}" loading="lazy" style="display: block; width: 100%; border: 0" height="400"></iframe>`,
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
    case 'json-attribute': return tagsSnippet(widget, data, options, true);
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
      return { title: 'Tags + script', note: 'Where you may add a script: static pages, page templates, a CMS block that keeps <script> (WordPress “Custom HTML” for administrators, a Ghost HTML card, CKEditor 5’s HTML embed, TinyMCE with the settings in “Editors and CMSs”). Choose the classic script if your CMS only loads plain, non-module scripts.' };
    case 'json-attribute':
      return { title: 'Tags + JSON attribute', note: 'Where your CMS keeps the widget’s tag and its data-* attributes but removes <script> (WordPress with the Lede plugin, for every role; a Drupal or CKEditor allowlist with the tag): the lists ride in a data-lede-json attribute instead of inline JSON. The script tags go once in the page template.' };
    case 'markup':
      return { title: 'Plain markup for sanitized CMSs', note: 'For editors whose HTML is cleaned: WordPress authors and contributors, TinyMCE, CKEditor 5, Drupal “Basic HTML”. Every field a reader needs is visible text, so it reads as a quote, a card or a figure wherever it lands; on sites that load the Lede script (and lede.css, which gives it the widget’s box) once in their theme it becomes the widget, where the editor keeps its class and data-* attributes (TinyMCE does; CKEditor 5 and Drupal need the allowlist in “Editors and CMSs”).' };
    case 'iframe':
      return { title: 'iframe', note: 'Where only an iframe is allowed, or to keep the page’s styles and scripts away entirely. The small lede-frame.js script sizes the frame to its content; where it is stripped, the frame keeps its fixed height. An editor must keep the frame without a sandbox attribute (TinyMCE 8 adds one unless the library’s host is excluded: see “Editors and CMSs”).' };
    case 'story':
      return { title: 'Story JSON item', note: `For the data desk: add this item to the “${widget.collection}” list of the story document, then place <${widget.tag} src="story.json#${String(data.id || `${widget.name}-1`)}"></${widget.tag}> where it goes in the article.` };
    case 'npm':
      return { title: 'npm / JavaScript', note: 'For developers who build the page with JavaScript or a framework: install the package, create the element and set its typed data property.' };
  }
}
