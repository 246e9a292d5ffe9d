/**
 * Locale: which language a widget speaks, read from the closest `lang` attribute,
 * and the UI strings and Intl locale that go with it.
 *
 * English is built in. The other languages' strings are small modules loaded the first time a
 * widget on the page needs them, so a page pays only for the languages it shows; until they are
 * in, `ready` is set and the widget waits before drawing (no flash of English).
 */
import { en, type Messages } from '../locales/en.js';
import { RIGHT_TO_LEFT, stringsFor } from '../locales/languages.js';
import { loadMessages } from '../locales/load.js';
import { canonicalLang } from './validate.js';

/** What a widget needs to speak a language. */
export interface ResolvedLocale {
  /**
   * The BCP 47 tag handed to Intl (`es-PE` stays `es-PE`, `hi-u-nu-deva` keeps its digits). When
   * the strings fall back to English, `en` with the requested language's own digits: `fa` gives
   * `en-u-nu-arabext`, so a Persian page reads "$۲٫۹ billion".
   */
  tag: string;
  /** The language of the UI strings: `en`, `fr`, `es` or `zh` (Simplified or Traditional). */
  lang: string;
  /** The direction the UI strings are written in: `rtl` for Arabic or Hebrew strings. */
  dir: 'ltr' | 'rtl';
  /**
   * The language subtag of the requested tag, lower-case: the page's language (`de` for `de-CH`),
   * whether or not Lede has strings for it; `en` when no valid tag is set. Compare with this, not
   * `lang`, to know whether something is in the reader's language.
   */
  pageLang: string;
  /** True when the requested language has no strings and English is used instead. */
  fallback: boolean;
  /**
   * The tag for plain numbers written among the data (a profile's fact, a deal's term): `tag`, or,
   * when the strings fall back to English, the requested tag if Intl knows its language. A Finnish
   * page then reads « 207 000 » beside its Finnish labels, not an English « 207,000 » that its
   * readers take for 207 and a screen reader speaks in Finnish. Amounts, English phrases there, keep `tag`.
   */
  dataTag: string;
  /**
   * UI strings need their own isolate here (see inStrings): true unless the widget's context is
   * known to run in the strings' direction (LocaleController finds out once the widget is in a
   * page; a server, which cannot know, always isolates).
   */
  isolate: boolean;
  messages: Messages;
  /** Set while this language's strings are loading; resolves (never rejects) once they are in or have failed. */
  ready?: Promise<void>;
}

/** Strings by name (see stringsName): a table, the promise of one, or null when it could not be loaded. */
const tables: Record<string, Messages | Promise<void> | null> = { en };

/**
 * A table that a language file run by the page itself has left (see src/locales/fr.ts). Another
 * version of Lede's file may have left it: it is taken only if it has every string this one needs.
 */
function ran(name: string): Messages | undefined {
  const table = (globalThis as { [key: symbol]: Record<string, Messages> | undefined })[Symbol.for('lede-widgets.strings')]?.[name];
  return table && Object.keys(en).every((key) => key in table) ? table : undefined;
}
const cache = new Map<string, ResolvedLocale>();

function load(lang: string): void {
  const loading = loadMessages(lang);
  if (!loading) return;
  tables[lang] = loading.then(
    (table) => {
      tables[lang] = table;
    },
    (error: unknown) => {
      tables[lang] = null;
      console.warn(`Lede: the "${lang}" strings could not be loaded; English is shown instead.`, error);
    },
  );
}

/** The name of the strings a valid tag takes (see src/locales/languages.js), or its language when Lede has none. */
export const stringsName = (tag: string, lang: string): string => stringsFor(tag) ?? lang;

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The direction a valid tag's language is written in, from its likely script (`ar` → Arab → rtl). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL_SCRIPTS.has(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr';
}

/** English, in the digits of the valid tag `tag` (`fa` → `en-u-nu-arabext`; `de` → `en`). */
function englishFor(tag: string): string {
  const digits = new Intl.NumberFormat(tag).resolvedOptions().numberingSystem;
  return digits === 'latn' ? 'en' : `en-u-nu-${digits}`;
}

/** Maps any string (valid tag or not) to a supported locale; unknown languages become English quietly. */
export function resolveLocale(requested: string): ResolvedLocale {
  let resolved = cache.get(requested);
  if (resolved) return resolved;
  const tag = canonicalLang(requested || 'en');
  const lang = tag?.split('-')[0].toLowerCase() ?? '';
  const strings = tag ? stringsName(tag, lang) : '';
  if (tag && tables[strings] === undefined) {
    const early = ran(strings);
    if (early) tables[strings] = early;
    else load(strings);
  }
  const table = tag ? tables[strings] : undefined;
  const pageLang = lang || 'en';
  if (table instanceof Promise) return { tag: tag!, lang, dir: 'ltr', pageLang, fallback: false, dataTag: tag!, isolate: true, messages: en, ready: table };
  // Only a language without strings needs its digits: the page's first Intl object costs about
  // 130 ms on a slow phone (4× CPU slowdown), which belongs to a widget's Intl warm-up (see
  // schedule.ts), not to the task that upgrades it (every widget resolves '' when it is made).
  const english = table || !tag ? 'en' : englishFor(tag);
  resolved = table
    ? { tag: tag!, lang, dir: (RIGHT_TO_LEFT as readonly string[]).includes(strings) ? 'rtl' : 'ltr', pageLang, fallback: false, dataTag: tag!, isolate: true, messages: table }
    : {
        tag: english,
        lang: 'en',
        dir: 'ltr',
        pageLang,
        fallback: requested !== '' && lang !== 'en',
        dataTag: tag && Intl.NumberFormat.supportedLocalesOf(tag).length ? tag : english,
        isolate: true,
        messages: en,
      };
  // Keys are whatever `lang` the page holds; a page cycling through random values must not grow this forever.
  if (cache.size >= 200) cache.clear();
  cache.set(requested, resolved);
  return resolved;
}

/** The `lang` in force at `el`: its own, or the closest ancestor's, across shadow roots; '' when none is set. */
export function closestLang(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang.trim();
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
    if (node && node.nodeType !== Node.ELEMENT_NODE) node = null;
  }
  return '';
}
