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
};

/**
 * Loads a table of UI strings on demand (`zh-Hant` is Traditional Chinese); undefined for a
 * language Lede has no strings for.
 */
export function loadMessages(name: string): Promise<Messages> | undefined {
  return (ON_DEMAND as readonly string[]).includes(name) ? LOADERS[name as OnDemandName]() : undefined;
}
