/**
 * One widget drawn on a server: its shadow root as Declarative Shadow DOM, from the data a browser
 * would read (attributes, `data`, the light DOM's text and inline JSON, `src`, the closest `lang`),
 * through the widget's own code: the same validation, fields, strings and template as in the page.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Field, FieldTable, WidgetSchema } from '../core/fields.js';
import { resolveLocale, type ResolvedLocale } from '../core/locale.js';
import { isRecord, type Problem, type Raw } from '../core/validate.js';
import { errorText } from '../core/story-source.js';
import type { StoryLoader } from './story-loader.js';
import '../all-widgets.js';

/** One widget's data, in the forms a page gives it. */
export interface WidgetInput {
  /** The widget's tag (`lede-quote-block`) or name (`quote-block`). */
  tagName: string;
  /** Its attributes, as written in HTML: fields in kebab-case (`speaker-role`), `src`, `theme`, `preview`, `data-lede-json`. */
  attributes?: Readonly<Record<string, string>>;
  /** Its `data` property: fields by JSON name, above every other source. */
  data?: Readonly<Record<string, unknown>>;
  /** The text of its light DOM (the schema's text field: a quote's words), as `textContent` gives it. */
  text?: string;
  /** The text of its first child `<script type="application/json">`. */
  json?: string;
  /** The `lang` in force at the widget (its own or the closest ancestor's); English when absent. */
  lang?: string;
  /** The `dir` in force at the widget (closest `dir` attribute); `ltr` when absent, as `:dir()` reads it. */
  dir?: string;
  /** The page's address: relative URLs in the data (`source-url`) resolve against it. Without it they are refused, as anything not http(s) is. */
  pageUrl?: string;
}

/** A problem with one widget's data: which widget, which field (JSON name) and what is wrong. */
export interface WidgetProblem extends Problem {
  widget: string;
}

/** What the server drew. */
export interface RenderedWidget {
  /** The widget's tag name. */
  tagName: string;
  /** `<template shadowrootmode="open">…</template>`: the shadow root, its `<style>` included; put it as the widget's first child. */
  shadowRoot: string;
  /** Every problem with the data (an empty list when there is none); the reader never sees them. */
  problems: WidgetProblem[];
  /** The validated data the widget drew, in its JSON shape (undefined when the data was not enough to draw it and the light DOM shows instead). */
  data?: Record<string, unknown>;
  /** The locale the widget spoke (BCP 47, as handed to Intl). */
  lang: string;
}

/** A widget's state as the base element keeps it (see core/lede-element.ts): what a browser's controllers would have read. */
interface WidgetInternals {
  lightDom: { text?: string; json?: string; attributeJson?: string };
  storySource(): { data?: Raw; problems: Problem[] };
  localeController: { value: ResolvedLocale };
  problems: Problem[];
  model?: unknown;
}

interface Prepared {
  input: WidgetInput;
  story?: { data?: Raw; problem?: Problem };
  locale: ResolvedLocale;
  element?: WidgetInternals;
}

/** The widget being rendered: Lit's renderer constructs the element, which is then given what a browser would read. */
let current: Prepared | undefined;

/** Lit's renderer for LitElement, giving a Lede widget its light DOM, `src` and locale before it is connected. */
class LedeRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const prepared = current;
    if (!prepared || tagName !== tagOf(prepared.input.tagName)) return;
    const element = this.element as unknown as WidgetInternals & HTMLElement;
    const { input } = prepared;
    for (const [name, value] of Object.entries(input.attributes ?? {})) this.setAttribute(name, value);
    if (input.data !== undefined) this.setProperty('data', input.data);
    element.lightDom.text = input.text?.trim() || undefined;
    element.lightDom.json = input.json;
    element.lightDom.attributeJson = input.attributes?.['data-lede-json'];
    if (prepared.story?.data) element.storySource().data = prepared.story.data;
    if (prepared.story?.problem) element.storySource().problems = [prepared.story.problem];
    element.localeController.value = prepared.locale;
    // Relative URLs in the data resolve against the page, as the element's baseURI does in a browser.
    Object.defineProperty(element, 'baseURI', { value: input.pageUrl, configurable: true });
    prepared.element = element;
  }
}

const tagOf = (name: string): string => {
  const clean = name.trim().toLowerCase();
  return clean.startsWith('lede-') ? clean : `lede-${clean}`;
};

/** The widget class of a tag, if it is one of Lede's widgets. */
export function widgetSchema(tagName: string): WidgetSchema | undefined {
  const ctor = customElements.get(tagOf(tagName)) as (CustomElementConstructor & { schema?: WidgetSchema }) | undefined;
  return ctor?.schema;
}

/**
 * The locale of `lang`, its strings loaded, isolating UI strings where a browser would (see
 * LocaleController): always, unless the strings are the page's language in the direction the
 * context's `dir` gives.
 */
async function locale(lang = '', dir = ''): Promise<ResolvedLocale> {
  let resolved = resolveLocale(lang);
  if (resolved.ready) {
    await resolved.ready;
    resolved = resolveLocale(lang);
  }
  const context = dir.trim().toLowerCase() === 'rtl' ? 'rtl' : dir.trim().toLowerCase() === 'auto' ? undefined : 'ltr';
  const isolate = resolved.fallback || resolved.lang !== resolved.pageLang || context !== resolved.dir;
  return isolate ? resolved : { ...resolved, isolate: false };
}

/** Lit's hydration markers and the pre-2023 `shadowroot` attribute: nothing hydrates these widgets (see docs/ssr.md). */
const MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->| shadowroot="open"(?= shadowrootmode)/g;

/** A model in its JSON shape (see `table`): dates back to their ISO text, paragraphs joined by a blank line. */
function jsonShape(model: Raw, table: FieldTable): Raw {
  const shape = (value: unknown, field?: Field): unknown => {
    if (Array.isArray(value)) return field?.kind === 'text' ? value.join('\n\n') : value.map((item) => shape(item, field?.item ? undefined : field));
    if (!isRecord(value)) return value;
    if (typeof value.iso === 'string' && value.date instanceof Date) return value.iso;
    return field?.item ? jsonShape(value, field.item) : value;
  };
  return Object.fromEntries(Object.entries(model).map(([key, value]) => [key, shape(value, table[key])]));
}

/**
 * Draws one widget as a browser would, into Declarative Shadow DOM. Its `src` (in `attributes`) is
 * loaded with `stories` (see StoryLoader), or refused when none is given. Never throws for bad data
 * (an `input` field or attribute that is not a string included: it is left out): what cannot be
 * used is in `problems`, and the shadow root holds a `<slot>`: the light DOM shows, as in a browser.
 * @throws Error when the call names no Lede widget: `input` is not an object, or its `tagName` is not
 *   the tag or name of one of Lede's widgets.
 */
export async function renderWidget(input: WidgetInput, stories?: StoryLoader): Promise<RenderedWidget> {
  // Like an unknown tag, and unlike bad data: no widget to draw, so no result to carry a problem.
  if (!isRecord(input)) throw new Error(`renderWidget needs an object with a tagName; got ${input === null ? 'null' : typeof input}`);
  if (typeof input.tagName !== 'string') throw new Error(`renderWidget needs a tagName (the widget's tag or name); got ${typeof input.tagName}`);
  const tagName = tagOf(input.tagName);
  const schema = widgetSchema(tagName);
  if (!schema) throw new Error(`<${tagName}> is not a Lede widget`);
  // What a page gives is always text; anything else is bad data: said, and left out.
  const wrong: Problem[] = [];
  for (const key of ['text', 'json', 'lang', 'dir', 'pageUrl'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') {
      wrong.push({ field: `(${key})`, message: `must be a string; got ${typeof input[key]}, left out` });
      input = { ...input, [key]: undefined };
    }
  }
  if (input.attributes !== undefined) {
    const attributes = isRecord(input.attributes) ? Object.entries(input.attributes) : [];
    if (!isRecord(input.attributes)) wrong.push({ field: '(attributes)', message: `must be an object of strings; got ${input.attributes === null ? 'null' : typeof input.attributes}, left out` });
    for (const [name, value] of attributes) {
      if (typeof value !== 'string') wrong.push({ field: `(attributes.${name.slice(0, 40)})`, message: `must be a string; got ${typeof value}, left out` });
    }
    input = { ...input, attributes: Object.fromEntries(attributes.filter(([, value]) => typeof value === 'string')) };
  }
  const src = input.attributes?.src;
  const story = !src?.trim()
    ? undefined
    : stories
      ? await stories.item(src, schema.collection)
      : { problem: { field: 'src', message: 'is not loaded: no story loader given' } };
  const prepared: Prepared = { input, story, locale: await locale(input.lang, input.dir) };
  const tag = unsafeStatic(tagName);
  let shadowRoot = '';
  const failed: Problem[] = [];
  current = prepared;
  try {
    // A static tag name (lit/static-html.js), which the lint rules for ordinary templates do not know.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const out = collectResultSync(render(html`<${tag}></${tag}>`, { elementRenderers: [LedeRenderer] }));
    shadowRoot = out.slice(out.indexOf('<template'), out.lastIndexOf(`</${tagName}>`)).replace(MARKERS, '');
  } catch (error) {
    // A value Lit cannot draw: no shadow root, so the light DOM shows, as the browser falls back to it.
    failed.push({ field: '(widget)', message: `could not be drawn: ${errorText(error)}` });
  } finally {
    current = undefined;
  }
  const element = prepared.element!;
  return {
    tagName,
    shadowRoot,
    problems: [...wrong, ...element.problems, ...failed].map((problem) => ({ widget: tagName, ...problem })),
    data: isRecord(element.model) ? jsonShape(element.model, schema.fields) : undefined,
    lang: prepared.locale.tag,
  };
}
