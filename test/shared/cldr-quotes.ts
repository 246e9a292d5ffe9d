/**
 * CLDR's quotation marks, read from the CLDR packages themselves (served from node_modules by the
 * test runner), with the reviewed overrides applied: what the quote widget must draw. Tests compare
 * with this, never with the generated table.
 */
import { OVERRIDES } from '../../scripts/quotation-marks.overrides.js';
import { LANGUAGES } from '../../src/locales/languages.js';

export type Marks = readonly [string, string, string, string];

async function read<T>(path: string): Promise<T> {
  const response = await fetch(`/node_modules/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

interface Delimiters {
  quotationStart: string;
  quotationEnd: string;
  alternateQuotationStart: string;
  alternateQuotationEnd: string;
}

const cldrCache = new Map<string, Promise<Marks>>();

/** CLDR's own marks for a locale, as cldr-misc-full has them. */
export function cldr(locale: string): Promise<Marks> {
  let marks = cldrCache.get(locale);
  if (!marks) {
    marks = read<{ main: Record<string, { delimiters: Delimiters }> }>(`cldr-misc-full/main/${locale}/delimiters.json`).then(({ main }) => {
      const { quotationStart, quotationEnd, alternateQuotationStart, alternateQuotationEnd } = main[locale].delimiters;
      return [quotationStart, quotationEnd, alternateQuotationStart, alternateQuotationEnd] as const;
    });
    cldrCache.set(locale, marks);
  }
  return marks;
}

const same = (a: Marks, b: Marks): boolean => a.join(' ') === b.join(' ');

/** The marks Lede must draw for a CLDR locale: CLDR's, or an override's for its locale and the regional locales that inherit it. */
export async function expectedMarks(locale: string): Promise<Marks> {
  const own = await cldr(locale);
  for (const override of OVERRIDES) {
    if (override.locale === locale || (locale.startsWith(`${override.locale}-`) && same(await cldr(override.locale), own))) return override.marks;
  }
  return own;
}

/** Every CLDR locale of the languages Lede speaks (src/locales/languages.js), English's included. */
export async function cldrLocales(): Promise<string[]> {
  const languages = new Set(['en', ...LANGUAGES.map((name) => name.split('-')[0])]);
  const { availableLocales } = await read<{ availableLocales: { full: string[] } }>('cldr-core/availableLocales.json');
  return availableLocales.full.filter((locale) => languages.has(locale.split('-')[0]));
}

/** Lede's languages, and the regional or script locales of CLDR whose marks differ from their language's (`pt-PT`, `fr-CA`…). */
export async function localesToDraw(): Promise<string[]> {
  const variants: string[] = [];
  for (const locale of await cldrLocales()) {
    const language = locale.split('-')[0];
    if (locale !== language && !same(await expectedMarks(locale), await expectedMarks(language))) variants.push(locale);
  }
  return [...new Set([...LANGUAGES, ...variants])];
}
