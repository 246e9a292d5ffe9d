/**
 * A whole page prerendered: every Lede widget in an HTML document (tags and plain `data-lede`
 * markup) drawn into Declarative Shadow DOM, the rest of the document kept byte for byte. The
 * document is parsed with parse5 (the HTML standard's parser, as Lit's server renderer uses) with
 * source locations; the shadow roots are spliced into the original text at those offsets.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseHTML } from 'linkedom';
import { attributeName, hasAttribute } from '../core/fields.js';
import { isRecord } from '../core/validate.js';
import { readMarkup, widgetName } from '../loader/read-markup.js';
import { structuredData, type PrerenderedWidget } from './json-ld.js';
import { renderWidget, widgetSchema, type WidgetInput, type WidgetProblem } from './render-widget.js';
import { StoryLoader } from './story-loader.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Options of `prerender`. */
export interface PrerenderOptions {
  /**
   * Where the document comes from, which relative `src` values resolve against: a `file:` URL
   * (story documents are then read from disk, and only then) or an http(s) URL (fetched). Without
   * it, only absolute http(s) `src` values load.
   */
  documentUrl?: string;
  /**
   * For a document read from disk, the site's folder (a `file:` URL): a `src` beginning with `/`
   * starts from it, as on the web server, and no story document outside it is read. By default the
   * document's own folder.
   */
  root?: string;
  /** The address the page will be served at: relative URLs in the data (`source-url`) resolve against it, and JSON-LD names it. */
  pageUrl?: string;
  /** Adds one `<script type="application/ld+json">` with schema.org data for what the widgets state (see json-ld.ts). */
  jsonLd?: boolean;
}

/** A problem with a widget's data, and where the widget starts in the document (1-based line and column). */
export interface PagePrerenderProblem extends WidgetProblem {
  line?: number;
  column?: number;
}

/** What `prerender` returns. */
export interface PrerenderResult {
  /** The document with every widget drawn. */
  html: string;
  /** Every problem with every widget's data, in document order (the readers see none of them). */
  problems: PagePrerenderProblem[];
  /** Every widget drawn, in document order, with its validated data and language. */
  widgets: PrerenderedWidget[];
}

/** Attributes the widget takes over from plain markup, as the site loader does (src/loader/site-loader.ts). */
const CARRIED = ['lang', 'dir', 'class', 'id', 'data-lede-json'];
/** Settings that become attributes, as `setFields` does (src/core/lede-element.ts). */
const SETTINGS = ['src', 'theme', 'loading'];
/** Light-DOM children that never count as the widget's text (src/core/light-dom.ts). */
const NOT_TEXT = new Set(['script', 'style', 'template']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string): string | undefined => el.attrs.find((attr) => attr.name === name)?.value;
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `textContent`, as the DOM gives it (a template's content is not its text). */
function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node && node.nodeName !== 'template' ? node.childNodes.map(textContent).join('') : '';
}

/** The closest `name` attribute from `el` up, as closestLang reads `lang` (src/core/locale.ts). */
function closest(el: Element, name: string): string | undefined {
  for (let node: Node | null = el; node && isElement(node); node = node.parentNode) {
    const value = attribute(node, name);
    if (value !== undefined) return value.trim();
  }
  return undefined;
}

/** A widget tag's light DOM as LightDom reads it: its first inline JSON, and the text of its other children (not of plain markup kept as fallback). */
function lightDom(el: Element): Pick<WidgetInput, 'text' | 'json'> {
  let json: string | undefined;
  const texts: string[] = [];
  for (const child of el.childNodes) {
    if (isElement(child) && child.tagName === 'script') {
      if (attribute(child, 'type') === 'application/json') json ??= textContent(child);
    } else if (!isElement(child) || !(NOT_TEXT.has(child.tagName) || attribute(child, 'data-lede') !== undefined)) {
      if (child.nodeName === '#text' || isElement(child)) texts.push(textContent(child));
    }
  }
  return { text: texts.join(' ').trim() || undefined, json };
}

/** A widget found in the document, and how to put its drawing in. */
interface Found {
  el: Element;
  input: WidgetInput;
  /** Plain markup: the attributes of the widget tag that wraps it. */
  wrapper?: Record<string, string>;
  /** Drawn by an earlier run: where its shadow root is in the source, to be drawn anew from today's data. */
  drawn?: { start: number; end: number };
}

/**
 * Plain markup as the site loader upgrades it (src/loader/site-loader.ts): fields read by the same
 * readMarkup, over a DOM of the element's own source; text values of fields with an attribute
 * become attributes, the other values go into the wrapper's `data-lede-json` (above what it held).
 */
function plainMarkup(el: Element, name: string, source: string): Found {
  const tagName = `lede-${name}`;
  const schema = widgetSchema(tagName)!;
  const { document } = parseHTML(`<!doctype html><html><body>${source}</body></html>`);
  const fields = readMarkup(document.body.firstElementChild as HTMLElement, schema.fields);
  const wrapper: Record<string, string> = {};
  for (const carried of CARRIED) {
    const value = attribute(el, carried);
    if (value !== undefined) wrapper[carried] = value;
  }
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const field = Object.prototype.hasOwnProperty.call(schema.fields, key) ? schema.fields[key] : undefined;
    if (field && typeof value === 'string' && hasAttribute(field)) wrapper[attributeName(key)] = value;
    else if (field) data[key] = value;
    else if (SETTINGS.includes(key) && typeof value === 'string') wrapper[key] = value;
  }
  if (Object.keys(data).length) {
    let held: unknown;
    try {
      held = JSON.parse(wrapper['data-lede-json'] ?? '{}');
    } catch {
      held = {};
    }
    wrapper['data-lede-json'] = JSON.stringify({ ...(isRecord(held) ? held : {}), ...data });
  }
  return {
    el,
    wrapper,
    input: { tagName, attributes: wrapper, data: Object.keys(data).length ? data : undefined, text: textContent(el) },
  };
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * Every widget in document order; what is inside a widget is its fallback, not another widget.
 * Not looked into: `<template>` contents (inert until a script clones them, when the library draws
 * them) and SVG or MathML (a `lede-` element there is not an HTML element, and never shown).
 */
function findWidgets(root: Node, source: string, found: Found[] = [], unknown: PagePrerenderProblem[] = []): Found[] {
  if (!('childNodes' in root)) return found;
  for (const child of root.childNodes) {
    if (!isElement(child) || child.namespaceURI !== HTML_NAMESPACE || child.tagName === 'template') continue;
    const marked = attribute(child, 'data-lede');
    const name = marked !== undefined ? widgetName({ getAttribute: (n: string) => attribute(child, n) ?? null } as Element & HTMLElement) : undefined;
    const location = child.sourceCodeLocation;
    // A typo (`<lede-quote>`, `data-lede="qoute-block"`) is said once, as the loader says it in a browser.
    const at = { line: location?.startLine, column: location?.startCol };
    if (child.tagName.startsWith('lede-') && !widgetSchema(child.tagName)) unknown.push({ widget: child.tagName, field: '(widget)', message: 'is not a Lede widget; left as it is', ...at });
    else if (marked !== undefined && !(name && widgetSchema(name))) unknown.push({ widget: `data-lede="${marked.slice(0, 40)}"`, field: 'data-lede', message: 'names no Lede widget; left as it reads', ...at });
    if (widgetSchema(child.tagName) && location) {
      // Drawn by an earlier run: its shadow root is its first child, drawn again from today's data
      // (a corrected story reaches readers; the same data gives the same bytes).
      const first = child.childNodes.find((node) => isElement(node) || textContent(node).trim());
      const template = first && isElement(first) && first.tagName === 'template' && attribute(first, 'shadowrootmode') !== undefined ? first.sourceCodeLocation : undefined;
      found.push({
        el: child,
        input: { tagName: child.tagName, attributes: Object.fromEntries(child.attrs.map((a) => [a.name, a.value])), ...lightDom(child) },
        drawn: template ? { start: template.startOffset, end: template.endOffset } : undefined,
      });
    } else if (name && widgetSchema(name) && location?.endTag) {
      found.push(plainMarkup(child, name, source.slice(location.startOffset, location.endOffset)));
    } else {
      findWidgets(child, source, found, unknown);
    }
  }
  return found;
}

/** Where the JSON-LD goes: before `</head>`, or else before `</body>`, or else at the end. */
function jsonLdOffset(document: DefaultTreeAdapterMap['document'], source: string): number {
  const html = document.childNodes.find(isElement);
  const part = (tag: string) => html?.childNodes.find((node): node is Element => isElement(node) && node.tagName === tag);
  return part('head')?.sourceCodeLocation?.endTag?.startOffset ?? part('body')?.sourceCodeLocation?.endTag?.startOffset ?? source.length;
}

/**
 * Prerenders every Lede widget in `html`: each widget tag gets its shadow root as its first child
 * (its light DOM stays, the fallback where Declarative Shadow DOM is not supported); plain markup is
 * wrapped in its widget tag, as the site loader would. Each story document is loaded once. The
 * locale is the closest `lang`; `theme` is the attribute's. A widget an earlier run drew is drawn
 * again from its data, in place of that drawing: prerendering a page twice gives the same page.
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const stories = new StoryLoader(options.documentUrl, options.root);
  const unknown: PagePrerenderProblem[] = [];
  const found = findWidgets(document, html, [], unknown);
  const rendered = await Promise.all(
    found.map(({ el, input }) =>
      renderWidget({ ...input, lang: closest(el, 'lang'), dir: closest(el, 'dir'), pageUrl: options.pageUrl }, stories),
    ),
  );
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const problems: PagePrerenderProblem[] = [...unknown];
  const widgets: PrerenderedWidget[] = [];
  found.forEach(({ el, wrapper, drawn }, index) => {
    const result = rendered[index];
    const location = el.sourceCodeLocation!;
    problems.push(...result.problems.map((problem) => ({ ...problem, line: location.startLine, column: location.startCol })));
    // The language the page declares for the widget (its closest `lang`), not the one its strings
    // fell back to: structured data states the text's language, or none when the page gives none.
    if (result.data) widgets.push({ tagName: result.tagName, data: result.data, lang: closest(el, 'lang') ?? '' });
    if (!wrapper) {
      const at = drawn ?? { start: location.startTag!.endOffset, end: location.startTag!.endOffset };
      edits.push({ ...at, text: result.shadowRoot });
      return;
    }
    const attributes = Object.entries(wrapper).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    edits.push({ start: location.startOffset, end: location.startOffset, text: `<${result.tagName}${attributes}>${result.shadowRoot}` });
    // The id moves to the widget, as the site loader moves it.
    const id = location.attrs?.id;
    if (id) edits.push({ start: id.startOffset - (/\s/.test(html[id.startOffset - 1]) ? 1 : 0), end: id.endOffset, text: '' });
    edits.push({ start: location.endOffset, end: location.endOffset, text: `</${result.tagName}>` });
  });
  if (options.jsonLd) {
    const graph = structuredData(widgets, options.pageUrl);
    if (graph) {
      const offset = jsonLdOffset(document, html);
      edits.push({ start: offset, end: offset, text: `<script type="application/ld+json">${JSON.stringify(graph).replace(/</g, '\\u003c')}</script>` });
    }
  }
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { html: out + html.slice(at), problems, widgets };
}
