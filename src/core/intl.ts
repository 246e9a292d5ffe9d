/**
 * Intl formatters, created once per locale and options: constructing Intl objects is
 * far slower than using them, and a page may hold thousands of widgets.
 */
import type { IsoDate } from './validate.js';

type Ctor<T, O> = new (locale: string, options: O) => T;
const formatters = new Map<string, unknown>();

/** One shared Intl object per constructor, locale and options. */
export function intl<T, O>(ctor: Ctor<T, O>, locale: string, options: O): T {
  const key = `${ctor.name}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = new ctor(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A number in the reader's locale (e.g. 20 000 in French, 20,000 in English). */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return intl(Intl.NumberFormat, locale, options).format(value);
}

const DATE_OPTIONS: Record<IsoDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { dateStyle: 'long', timeZone: 'UTC' },
  time: { dateStyle: 'long' },
};

/** A date at the precision it was given: "2024", "June 2024", "27 juin 2024". Date-only values never shift by time zone. */
export function formatDate(locale: string, value: IsoDate): string {
  return intl(Intl.DateTimeFormat, locale, DATE_OPTIONS[value.precision]).format(value.date);
}

/** The localized name of a language, region or currency code; the code itself if Intl has no name. */
export function displayName(locale: string, type: Intl.DisplayNamesType, code: string): string {
  try {
    return intl(Intl.DisplayNames, locale, { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
