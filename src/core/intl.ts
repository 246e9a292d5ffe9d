/**
 * Intl formatters, created once per locale and options, when first used, and shared by every widget
 * of the page: constructing Intl objects is far slower than using them, and a page may hold
 * thousands of widgets. A page's first Intl object of a kind in a language costs far more still
 * (the browser loads that language's data: 70–78 ms for the first `Intl.DateTimeFormat` at 4× CPU
 * slowdown), so widgets warm the ones they will use in idle time (see warmInIdle).
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

/** Warm-ups run, and warm-ups asked for in idle time, by key. */
const warmed = new Set<string>();
const asked = new Set<string>();

/**
 * Runs `warm` (which creates Intl objects through `intl()`) now, once per `key`: the first run of a
 * key does the work, later ones nothing. A locale Intl cannot build is not an error here: the
 * widget reports it when it draws.
 */
export function warmOnce(key: string, warm: () => void): void {
  if (warmed.has(key)) return;
  warmed.add(key);
  try {
    warm();
  } catch {
    // Reported by the widget that draws in this locale.
  }
}

/**
 * Runs warmOnce(`key`, `warm`) when the browser is idle (`requestIdleCallback`; a timer where there
 * is none), so that a widget drawn later (lazy `src`, far from the viewport) does not pay the
 * page's first Intl use in the task that draws it. Call it from a lifecycle hook, never at import:
 * a server has no idle time and never calls it.
 */
export function warmInIdle(key: string, warm: () => void): void {
  if (asked.has(key) || warmed.has(key)) return;
  asked.add(key);
  const idle: (callback: () => void) => unknown = typeof requestIdleCallback === 'function' ? requestIdleCallback : (callback) => setTimeout(callback, 50);
  idle(() => warmOnce(key, warm));
}
