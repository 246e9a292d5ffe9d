/**
 * The builder's state in the page URL's query string, so a link reopens exactly what was on
 * screen and a reload loses nothing. Reading is forgiving: a link may be old, cut or edited by
 * hand, so every value is checked and anything unusable falls back to a default, with a note.
 */
import type { Theme } from '../../src/core/lede-element.js';
import { canonicalLang } from '../../src/core/validate.js';

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Preview widths: a phone, a tablet, or the full width of the preview area. */
export const WIDTHS = { phone: 320, tablet: 768, desktop: undefined } as const;
export type Width = keyof typeof WIDTHS;

export const SCRIPTS = ['module', 'classic'] as const;
export type Script = (typeof SCRIPTS)[number];

export interface BuilderState {
  /** Widget name, e.g. `deal-card`. */
  widget: string;
  /** The widget's data, as JSON fields. */
  data: Record<string, unknown>;
  /** Language of the preview and of the snippets. */
  lang: string;
  theme: Theme;
  width: Width;
  /** Which bundle the "tags + script" snippet loads. */
  script: Script;
  /** Where the library files are served, when not the default. */
  lib?: string;
}

export interface StateDefaults {
  /** Widget names; the first is the default. */
  widgets: readonly string[];
  /** The data a widget starts with. */
  sample(widget: string): Record<string, unknown>;
  lang: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((item) => item === value);

/** The state a query string describes, and what in it could not be used. */
export function readState(search: string, defaults: StateDefaults): { state: BuilderState; notes: string[] } {
  const params = new URLSearchParams(search);
  const notes: string[] = [];
  const get = (name: string) => params.get(name);
  const checked = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = get(name);
    const found = pick(value, allowed);
    if (value !== null && !found) notes.push(`The link’s ${name} “${value.slice(0, 40)}” is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return found ?? fallback;
  };
  const widget = checked('widget', defaults.widgets, defaults.widgets[0]);
  let data = defaults.sample(widget);
  const rawData = get('data');
  if (rawData !== null) {
    try {
      const parsed: unknown = JSON.parse(rawData);
      if (!isRecord(parsed)) throw new Error('not an object');
      data = parsed;
    } catch {
      notes.push('The link’s data could not be read (it may have been cut short); showing the example instead.');
    }
  }
  const rawLang = get('lang');
  const lang = (rawLang && canonicalLang(rawLang)) || defaults.lang;
  if (rawLang !== null && lang !== canonicalLang(rawLang)) notes.push(`The link’s language “${rawLang.slice(0, 40)}” is not a language tag; using ${lang}.`);
  const lib = get('lib') || undefined;
  return {
    state: {
      widget,
      data,
      lang,
      theme: checked('theme', THEMES, 'light'),
      width: checked('width', Object.keys(WIDTHS) as Width[], 'desktop'),
      script: checked('script', SCRIPTS, 'module'),
      ...(lib ? { lib } : {}),
    },
    notes,
  };
}

/** The query string (without `?`) for a state; defaults that need no saying are left out. */
export function writeState(state: BuilderState): string {
  const params = new URLSearchParams({ widget: state.widget, lang: state.lang, theme: state.theme, width: state.width });
  if (state.script !== 'module') params.set('script', state.script);
  if (state.lib) params.set('lib', state.lib);
  params.set('data', JSON.stringify(state.data));
  return params.toString();
}
