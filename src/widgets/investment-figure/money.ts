/**
 * Amounts in words, as a newspaper writes them: "2,9 milliards de dollars", "2,9 mil millones de
 * dólares", "29亿美元", "$2.9 billion". Intl's own compact currency output is not grammatical in
 * French or Spanish ("2,9 Md $US", "2900 M US$"), so the words are built from Intl parts — compact
 * decimal numbers and currency names — with one small template per language. Pure: no DOM.
 */
import { intl } from '../../core/intl.js';

/** An amount in words, split around its number so that the number alone can count up. */
export interface AmountWords {
  /** Text before the number, e.g. "$" in "$2.9 billion". */
  before: string;
  /** The number as written: "2,9" in "2,9 milliards de dollars", "29" in "29亿美元". */
  number: string;
  /** Text after the number, e.g. " milliards de dollars". */
  after: string;
  /** The written number's value (2.9 above); NaN when the locale writes digits other than 0–9. */
  value: number;
  /** How many fraction digits the number is written with. */
  digits: number;
}

/** What to write. */
export interface Amount {
  /** A finite number, 0 or more. */
  amount: number;
  /** ISO 4217 code (uppercase); without it the amount is a count of `unit`. */
  currency?: string;
  /** What is counted, e.g. "jeunes à former"; only used without a currency. */
  unit?: string;
  /** Millions and more in words ("2,9 milliards"), the default; false writes every digit. */
  compact?: boolean;
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

type Parts = Intl.NumberFormatPart[];
const join = (parts: Parts): string => parts.map((part) => part.value).join('');

/** Whole amounts get no decimals; others the currency's usual ones (2 for USD, 0 for JPY), or up to 2 for counts. */
function fractionDigits(amount: number, currency?: string): Intl.NumberFormatOptions {
  if (Number.isInteger(amount)) return { minimumFractionDigits: 0, maximumFractionDigits: 0 };
  if (!currency) return { maximumFractionDigits: 2 };
  const { maximumFractionDigits } = intl(Intl.NumberFormat, 'en', { style: 'currency', currency }).resolvedOptions();
  return { minimumFractionDigits: maximumFractionDigits, maximumFractionDigits };
}

/** Intl's name of `currency` with the plural that `amount` takes ("dollar", "dollars", "美元"). */
function currencyName(tag: string, currency: string, amount: number): string {
  const parts = intl(Intl.NumberFormat, tag, { style: 'currency', currency, currencyDisplay: 'name', ...fractionDigits(amount, currency) }).formatToParts(amount);
  const name = parts.find((part) => part.type === 'currency')?.value ?? currency;
  // Newsrooms write the US dollar as plain "dollars"/"dólares"; every other currency keeps its
  // full name, so Canadian and US dollars never read alike.
  return currency === 'USD' ? name.split(' ')[0] : name;
}

/** French elides "de" before a vowel or mute h: "d’euros", "de dollars". */
const frenchOf = (noun: string): string => (/^[aeiouyhàâæéèêëîïôœùû]/i.test(noun) ? `d’${noun}` : `de ${noun}`);

/**
 * Writes `amount` in the words of `lang` (`en`, `fr`, `es` or `zh`; anything else is written as
 * English), with numbers in the conventions of the Intl locale `tag` (e.g. `es-PE`).
 */
export function amountInWords(tag: string, lang: string, { amount, currency, unit, compact = true }: Amount): AmountWords {
  const big = compact && Math.abs(amount) >= 1e6;
  const parts = intl(
    Intl.NumberFormat,
    tag,
    big ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 } : fractionDigits(amount, currency),
  ).formatToParts(amount);
  const number = join(parts.filter((part) => NUMBER_PARTS.has(part.type)));
  const word = parts.find((part) => part.type === 'compact')?.value ?? '';
  const fraction = parts.find((part) => part.type === 'fraction')?.value ?? '';
  const value = Number(join(parts.filter((part) => part.type === 'integer')) + (fraction && `.${fraction}`));
  const noun = currency ? currencyName(tag, currency, amount) : unit;
  let before = '';
  let after: string;
  if (lang === 'zh') {
    after = word + (noun ?? '');
  } else if (lang === 'fr' || lang === 'es') {
    // "2,9 milliards de dollars", and, as CLDR's "many" plural asks, "2 000 000 de dollars".
    const of = word || intl(Intl.PluralRules, tag, {}).select(amount) === 'many';
    const phrase = noun && (of ? (lang === 'fr' ? frenchOf(noun) : `de ${noun}`) : noun);
    after = [word, phrase].filter(Boolean).map((text) => ` ${text}`).join('');
  } else if (currency) {
    // English keeps the currency symbol where the locale puts it: "$2.9 billion", "PEN 2.9 billion".
    const symbol = intl(Intl.NumberFormat, tag, { style: 'currency', currency, ...fractionDigits(amount, currency) }).formatToParts(amount);
    const isNumber = symbol.map((part) => NUMBER_PARTS.has(part.type));
    before = join(symbol.slice(0, isNumber.indexOf(true)));
    after = (word && ` ${word}`) + join(symbol.slice(isNumber.lastIndexOf(true) + 1));
  } else {
    after = [word, unit].filter(Boolean).map((text) => ` ${text}`).join('');
  }
  return { before, number, after, value, digits: fraction.length };
}

/** The exact amount with its currency symbol, e.g. "2 900 000 000 $US", "US$2,900,000,000", or the plain count. */
export function exactAmount(tag: string, amount: number, currency?: string): string {
  return intl(Intl.NumberFormat, tag, { ...(currency && { style: 'currency', currency }), ...fractionDigits(amount, currency) }).format(amount);
}
