/**
 * Locale: which language a widget speaks, read from the closest `lang` attribute,
 * and the UI strings and Intl locale that go with it.
 */
import { en, type Messages } from '../locales/en.js';
import { es } from '../locales/es.js';
import { fr } from '../locales/fr.js';
import { zh } from '../locales/zh.js';
import { canonicalLang } from './validate.js';

const TABLES: Record<string, Messages> = { en, fr, es, zh };

/** What a widget needs to speak a language. */
export interface ResolvedLocale {
  /** The BCP 47 tag handed to Intl (`es-PE` stays `es-PE`). */
  tag: string;
  /** The language of the UI strings: `en`, `fr`, `es` or `zh`. */
  lang: string;
  /** True when the requested language has no strings and English is used instead. */
  fallback: boolean;
  messages: Messages;
}

const cache = new Map<string, ResolvedLocale>();

/** Maps any string (valid tag or not) to a supported locale; unknown languages become English quietly. */
export function resolveLocale(requested: string): ResolvedLocale {
  let resolved = cache.get(requested);
  if (resolved) return resolved;
  const tag = canonicalLang(requested || 'en');
  const lang = tag?.split('-')[0].toLowerCase() ?? '';
  const table = TABLES[lang];
  if (!tag || !table) {
    resolved = { tag: 'en', lang: 'en', fallback: requested !== '' && lang !== 'en', messages: en };
  } else {
    const traditional = lang === 'zh' && new Intl.Locale(tag).maximize().script === 'Hant';
    resolved = { tag, lang, fallback: false, messages: traditional ? { ...table, quotes: ['\u300C', '\u300D'] } : table };
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
