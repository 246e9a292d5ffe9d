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
  /** @type {readonly string[]} */
  const names = LANGUAGES;
  // Most tags are a language with a table of its own, perhaps with a region ("fr", "pt-BR"): its
  // table is known without Intl.Locale, whose likely-subtags data would otherwise be the page's
  // first Intl use, in the task that upgrades the first widget rather than in a widget's warm-up.
  const [first, second = ''] = tag.toLowerCase().split('-');
  if (names.includes(first) && !BY_SCRIPT.has(first) && second.length !== 4) return /** @type {StringsName} */ (first);
  const { language, script } = new Intl.Locale(tag).maximize();
  return /** @type {StringsName | undefined} */ ([`${language}-${script}`, language].find((name) => names.includes(name)));
}

/** Languages with a table per script (`zh`, `zh-Hant`): only their tags need the likely script. */
const BY_SCRIPT = new Set(LANGUAGES.filter((name) => name.includes('-')).map((name) => name.split('-')[0]));

/** The tables of languages written right to left (the likely script of each is Arabic or Hebrew; a test checks it against Intl). */
export const RIGHT_TO_LEFT = /** @type {readonly StringsName[]} */ (['ar', 'he']);
