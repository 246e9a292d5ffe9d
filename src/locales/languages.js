/**
 * The languages Lede speaks, listed once: the names of its tables of UI strings
 * (`src/locales/<name>.ts`), for the loader, the builder, the end-to-end tests, the benchmark
 * and the consumer test. English is built in; every other table is a module loaded the first
 * time a widget needs it (`dist/lede-<name>.js`, `lede-widgets/locales/<name>`).
 *
 * A `lang` takes the table named after its language and script, else the one named after its
 * language: `zh-TW`, `zh-HK`, `zh-Hant` are written in Traditional script, so they take `zh-Hant`;
 * `zh-CN` takes `zh`; `es-PE` takes `es` and `pt-PT` takes `pt` (the whole tag still goes to Intl:
 * Peru's numbers, Portugal's "mil milhões").
 *
 * Plain JavaScript so that Node scripts import it as it is, as well as the TypeScript sources.
 */
export const LANGUAGES = /** @type {const} */ (['en', 'fr', 'es', 'zh', 'zh-Hant', 'ar', 'de', 'he', 'hi', 'it', 'ja', 'ko', 'pt', 'ru', 'tr']);

/** @typedef {(typeof LANGUAGES)[number]} StringsName */
/** @typedef {Exclude<StringsName, 'en'>} OnDemandName */

/** The tables loaded on demand: every one but English. */
export const ON_DEMAND = /** @type {OnDemandName[]} */ (LANGUAGES.filter((name) => name !== 'en'));

/**
 * The table a valid BCP 47 tag takes, or undefined when Lede has none for its language.
 * @param {string} tag
 * @returns {StringsName | undefined}
 */
export function stringsFor(tag) {
  const { language, script } = new Intl.Locale(tag).maximize();
  /** @type {readonly string[]} */
  const names = LANGUAGES;
  return /** @type {StringsName | undefined} */ ([`${language}-${script}`, language].find((name) => names.includes(name)));
}
