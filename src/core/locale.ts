/**
 * Locale: which language a widget speaks, read from the closest `lang` attribute,
 * and the UI strings and Intl locale that go with it.
 *
 * English is built in. The other languages' strings are small modules loaded the first time a
 * widget on the page needs them, so a page pays only for the languages it shows; until they are
 * in, `ready` is set and the widget waits before drawing (no flash of English).
 */
import { en, type Messages } from '../locales/en.js';
import { loadMessages } from '../locales/load.js';
import { canonicalLang } from './validate.js';

/** What a widget needs to speak a language. */
export interface ResolvedLocale {
  /** The BCP 47 tag handed to Intl (`es-PE` stays `es-PE`). */
  tag: string;
  /** The language of the UI strings: `en`, `fr`, `es` or `zh`. */
  lang: string;
  /** True when the requested language has no strings and English is used instead. */
  fallback: boolean;
  messages: Messages;
  /** Set while this language's strings are loading; resolves (never rejects) once they are in or have failed. */
  ready?: Promise<void>;
}

/** Strings by language: a table, the promise of one, or null when it could not be loaded. */
const tables: Record<string, Messages | Promise<void> | null> = { en };
const cache = new Map<string, ResolvedLocale>();

function load(lang: string): Promise<void> | undefined {
  const loading = loadMessages(lang);
  if (!loading) return undefined;
  return (tables[lang] = loading.then(
    (table) => {
      tables[lang] = table;
    },
    (error: unknown) => {
      tables[lang] = null;
      console.warn(`Lede: the "${lang}" strings could not be loaded; English is shown instead.`, error);
    },
  ));
}

/** Maps any string (valid tag or not) to a supported locale; unknown languages become English quietly. */
export function resolveLocale(requested: string): ResolvedLocale {
  let resolved = cache.get(requested);
  if (resolved) return resolved;
  const tag = canonicalLang(requested || 'en');
  const lang = tag?.split('-')[0].toLowerCase() ?? '';
  const table = tag && (tables[lang] === undefined ? load(lang) : tables[lang]);
  if (table instanceof Promise) return { tag: tag!, lang, fallback: false, messages: en, ready: table };
  if (!table) {
    resolved = { tag: 'en', lang: 'en', fallback: requested !== '' && lang !== 'en', messages: en };
  } else {
    const traditional = lang === 'zh' && new Intl.Locale(tag!).maximize().script === 'Hant';
    resolved = { tag: tag!, lang, fallback: false, messages: traditional ? { ...table, quotes: ['\u300C', '\u300D'] } : table };
  }
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
