import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ResolvedLocale } from './locale.js';

/**
 * One template per shape of a widget, instead of a nested template per optional line.
 *
 * Every `html` template a widget draws costs each live widget a template instance, and every `${}`
 * in it a Lit part holding its value (about 80 bytes of JS heap each, with their marker nodes). A
 * fully filled quote drawn with a template per optional line held 12 instances and 30 parts. Here a
 * widget lists its pieces in order: `Markup` pieces are the template's own text, joined into one
 * template (lit/static-html caches one per sequence of markup, so a page holds one per shape and
 * language); any other piece is a value, drawn through one part. Optional lines are added as markup
 * or left out, so they cost nothing when absent and no nested template when present.
 *
 * Markup is written by Lede only: data (the reader-facing fields) always goes in as a value, never
 * as markup; UI strings and CLDR quotation marks go in as markup only through `markupText`, which
 * escapes them.
 */

/** Markup of the template itself (lit/static-html's static value). */
export type Markup = ReturnType<typeof unsafeStatic>;

/** Markup written by Lede: a literal tag or attribute, never data. */
export const markup = (source: string): Markup => unsafeStatic(source);

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPED[c]);

/** A locale's text (a UI string, quotation marks, a separator) as markup: escaped, so it is drawn as text. */
export const markupText = (text: string): Markup => unsafeStatic(escape(text));

/** The tags that isolate a UI string in its locale (see typography.ts inStrings), as source: empty when none is needed. */
const isolation = ({ fallback, dir, isolate }: Pick<ResolvedLocale, 'fallback' | 'dir' | 'isolate'>): readonly [string, string] =>
  isolate ? [`<span${fallback ? ' lang="en"' : ''} dir="${dir}">`, '</span>'] : ['', ''];

/** The tags that isolate a UI string in its locale (see typography.ts inStrings), as markup: empty when none is needed. */
export function isolateTags(locale: Pick<ResolvedLocale, 'fallback' | 'dir' | 'isolate'>): readonly [Markup, Markup] {
  const [open, close] = isolation(locale);
  return [markup(open), markup(close)];
}

/**
 * A UI string as markup, drawn exactly as inStrings draws it (isolated where the locale needs it,
 * white space at either end kept outside the isolate), but as the template's own text: no part.
 */
export function markupUi(locale: Pick<ResolvedLocale, 'fallback' | 'dir' | 'isolate'>, text: string): Markup {
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [open, close] = core === '' ? ['', ''] : isolation(locale);
  return markup(`${escape(before)}${open}${escape(core)}${close}${escape(after)}`);
}

/** What a widget draws as pieces of one template (see template): markup and values, in order; nested arrays are flattened. */
export type Pieces = readonly unknown[];

/** Strings arrays of empty strings, by length: the holes static-html fills with the pieces. */
const holes: TemplateStringsArray[] = [];

/**
 * One template from `pieces` in order: `Markup` pieces are its text, any other piece (text, a
 * number, `nothing`, a template) is a value drawn through one part. Arrays are flattened, so an
 * optional run of pieces can be written `condition ? [...] : []`.
 */
export function template(...pieces: Pieces): TemplateResult {
  const flat = pieces.flat(Infinity);
  let strings = holes[flat.length];
  if (!strings) {
    const empty = Array<string>(flat.length + 1).fill('');
    strings = holes[flat.length] = Object.freeze(Object.assign(empty, { raw: empty })) as unknown as TemplateStringsArray;
  }
  return html(strings, ...flat);
}
