import type { Messages } from './en.js';
import { ON_DEMAND, type OnDemandName } from './languages.js';

/**
 * How each table of strings in the list of languages (./languages.js) is loaded, but English,
 * which is built in. Written out, one `import()` each, so that bundlers make each language a chunk
 * of its own (`dist/lede-fr.js`… in the single-file builds).
 */
const LOADERS: Record<OnDemandName, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
  es: () => import('./es.js').then((module) => module.es),
  zh: () => import('./zh.js').then((module) => module.zh),
  'zh-Hant': () => import('./zh-Hant.js').then((module) => module.zhHant),
  ar: () => import('./ar.js').then((module) => module.ar),
  de: () => import('./de.js').then((module) => module.de),
  he: () => import('./he.js').then((module) => module.he),
  hi: () => import('./hi.js').then((module) => module.hi),
  it: () => import('./it.js').then((module) => module.it),
  ja: () => import('./ja.js').then((module) => module.ja),
  ko: () => import('./ko.js').then((module) => module.ko),
  pt: () => import('./pt.js').then((module) => module.pt),
  ru: () => import('./ru.js').then((module) => module.ru),
  tr: () => import('./tr.js').then((module) => module.tr),
};

/**
 * Loads a table of UI strings on demand (`zh-Hant` is Traditional Chinese); undefined for a
 * language Lede has no strings for.
 */
export function loadMessages(name: string): Promise<Messages> | undefined {
  return (ON_DEMAND as readonly string[]).includes(name) ? LOADERS[name as OnDemandName]() : undefined;
}
