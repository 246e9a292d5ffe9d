/**
 * Amounts in words, as a newspaper writes them: "2,9 milliards de dollars", "2,9 mil millones de
 * dólares", "29亿美元", "$2.9 billion". Intl's own compact currency output is not grammatical in
 * French or Spanish ("2,9 Md $US", "2900 M US$"), so the words are built from Intl parts — compact
 * decimal numbers and currency names — with one small template per language, which lives with that
 * language's strings (`amountWords` in src/locales/). Pure: no DOM. Shared by every widget that writes amounts.
 * On a page in a language Lede has no strings for, `tag` is English in the page's digits (see
 * ResolvedLocale.tag): the amount is English whole ("$2.9 billion", marked `lang="en"` by the
 * widgets), never English words around a number in another language's conventions ("2,9 billion").
 */
import { intl } from './intl.js';
import type { Messages } from '../locales/en.js';

/** An amount in words, split around its number so that the number alone can count up. */
export interface AmountWords {
  /** Text before the number, e.g. "$" in "$2.9 billion". */
  before: string;
  /** The number as written: "2,9" in "2,9 milliards de dollars", "29" in "29亿美元". */
  number: string;
  /** Text after the number, e.g. " milliards de dollars". */
  after: string;
  /** The written number's value (2.9 above), whatever digits the locale writes it in ("٢٫٩" is 2.9). */
  value: number;
  /** How many fraction digits the number is written with. */
  digits: number;
  /** The exact amount with its currency symbol: "2 900 000 000 $US", "US$2,900,000,000", or the plain count. */
  exact: string;
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

type Parts = Intl.NumberFormatPart[];

const NUMBER = /^(integer|group|decimal|fraction)$/;
const join = (parts: Parts): string => parts.map((part) => part.value).join('');
const find = (parts: Parts, type: string): string => parts.find((part) => part.type === type)?.value ?? '';
/** " a b" from ["a", "", "b"]: the words that follow the number. */
const following = (...words: Array<string | undefined>): string => words.map((word) => (word ? ` ${word}` : '')).join('');

/** The digits of each locale, once found (every amount of a page reads them: four per figure). */
const digitMaps = new Map<string, Map<string, string>>();

/** The digits 0–9 as the locale `tag` writes them ("٠"…"٩" for `ar-EG`), mapped to ASCII. */
function digitsOf(tag: string): Map<string, string> {
  let digits = digitMaps.get(tag);
  if (!digits) {
    const format = intl(Intl.NumberFormat, tag, { useGrouping: false });
    digitMaps.set(tag, (digits = new Map(Array.from({ length: 10 }, (_, digit) => [format.format(digit), String(digit)]))));
  }
  return digits;
}

/** The value of a number Intl wrote for `tag` from its integer and fraction parts, in any numbering system. */
function valueOf(tag: string, parts: Parts): number {
  const digits = digitsOf(tag);
  const ascii = (type: string) => parts.filter((part) => part.type === type).map((part) => Array.from(part.value, (char) => digits.get(char) ?? char).join('')).join('');
  const fraction = ascii('fraction');
  return Number(ascii('integer') + (fraction && `.${fraction}`));
}

/**
 * Writes `amount` with the template of a language's strings (`amountWords`, undefined in English)
 * and its currency names (`currencyName`), with numbers in the conventions of the Intl locale
 * `tag` (e.g. `es-PE`).
 */
export function amountInWords(
  tag: string,
  { amountWords: words, currencyName }: Pick<Messages, 'amountWords' | 'currencyName'>,
  { amount, currency, unit, compact = true }: Amount,
): AmountWords {
  // Whole amounts get no decimals; others keep the currency's usual ones (2 for USD, 0 for JPY).
  const format = (options: Intl.NumberFormatOptions): Parts =>
    intl(Intl.NumberFormat, tag, { ...options, ...(Number.isInteger(amount) && { minimumFractionDigits: 0, maximumFractionDigits: 0 }) }).formatToParts(amount);
  const money = currency && format({ style: 'currency', currency });
  const parts = amount >= 1e6 && compact ? format({ notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }) : money || format({});
  const word = find(parts, 'compact');
  let noun = unit;
  if (currency) {
    noun = find(format({ style: 'currency', currency, currencyDisplay: 'name' }), 'currency');
    // Newsrooms write the US dollar as plain "dollars"/"dólares" (see Messages.currencyName).
    noun = currencyName ? currencyName(currency, noun) : currency === 'USD' ? noun.split(' ')[0] : noun;
  }
  let before = '';
  let after: string;
  if (words) {
    after = words(word, noun, intl(Intl.PluralRules, tag, {}).select(amount) === 'many');
  } else if (money) {
    // English keeps the currency symbol where the locale puts it: "$2.9 billion", "PEN 2.9 billion".
    const isNumber = money.map((part) => NUMBER.test(part.type));
    before = join(money.slice(0, isNumber.indexOf(true)));
    after = following(word) + join(money.slice(isNumber.lastIndexOf(true) + 1));
  } else {
    after = following(word, unit);
  }
  return {
    before,
    number: join(parts.filter((part) => NUMBER.test(part.type))),
    after,
    value: valueOf(tag, parts),
    digits: Array.from(find(parts, 'fraction')).length,
    exact: join(money || format({})),
  };
}
