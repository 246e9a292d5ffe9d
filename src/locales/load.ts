import type { Messages } from './en.js';

/**
 * Loads a language's UI strings on demand (`zh-Hant` is Traditional Chinese); undefined for a
 * language Lede has no strings for.
 * Bundlers make each language a chunk of its own (`dist/lede-fr.js`… in the single-file builds).
 */
export function loadMessages(lang: string): Promise<Messages> | undefined {
  switch (lang) {
    case 'fr':
      return import('./fr.js').then((module) => module.fr);
    case 'es':
      return import('./es.js').then((module) => module.es);
    case 'zh':
      return import('./zh.js').then((module) => module.zh);
    case 'zh-Hant':
      return import('./zh-Hant.js').then((module) => module.zhHant);
  }
  return undefined;
}
