/**
 * Quotation marks: which a language draws around a quote (CLDR's, see delimiters.generated.ts), and
 * the marks of quotations inside a quote. Pure functions, no DOM.
 */
import { DELIMITERS } from './delimiters.generated.js';

/** `[open, close, innerOpen, innerClose]`: the outer pair, then the pair for a quotation inside it. */
export type QuotationMarks = readonly [open: string, close: string, innerOpen: string, innerClose: string];

/**
 * The quotation marks of a BCP 47 tag: those of its language, script and region (`pt-AO`:
 * «…» “…”), else of its language and region, of its language and script (`zh-TW` is `zh-Hant-TW`:
 * 「…」『…』), of its language (`es-MX`: «…» “…”), else English's (“…” ‘…’).
 */
export function quotationMarks(tag: string): QuotationMarks {
  let marks = cache.get(tag);
  if (!marks) cache.set(tag, (marks = lookUp(tag)));
  return marks;
}

/** Marks by tag, looked up once: a page asks for the same few tags with every quote it draws. */
const cache = new Map<string, QuotationMarks>();

function lookUp(tag: string): QuotationMarks {
  let locale: Intl.Locale | undefined;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    // Not a tag: English.
  }
  const { language, script, region } = locale ?? {};
  // A name in DELIMITERS' list of groups, then the marks of its group.
  const [, marks] = [`${language}-${script}-${region}`, `${language}-${region}`, `${language}-${script}`, `${language}`, 'en']
    .map((name) => new RegExp(`(?:^|[;,])${name}(?:,[^:]*)?:([^;]*)`).exec(DELIMITERS))
    .find(Boolean)!;
  return marks.split(' ') as unknown as QuotationMarks;
}

/** The double quotation marks an editor may type, by family: a closing mark pairs with an opening one of its family. */
const FAMILIES = ['"“”„', '«»', '‹›', '「」', '『』'];
/** Marks that open where their neighbours do not tell (no space around them, as in Chinese or Japanese, or spaces on both sides); the others close, and `"` opens unless one is open. */
const OPENERS = '“„«‹「『';

/**
 * A quote's text with the quotations inside it in the language's inner marks: the pairs of double
 * quotation marks the editor typed — typewriter `"`, or typographic “ ” „ « » ‹ › 「 」 『 』 —
 * become `marks`' inner pair, and a quotation inside those the outer pair again, and so on, as
 * CLDR's `alternateQuotation` marks and the style guides say (Spanish: «…“…‘…’…”…»). Spaces just
 * inside a pair (French « non ») are dropped: marks that want a space carry it.
 *
 *     nestQuotes('Er sagte "nein" und ging', ['„', '“', '‚', '‘'])          // 'Er sagte ‚nein‘ und ging'
 *     nestQuotes('Il a dit « non »', ['«\u202F', '\u202F»', '“', '”'])     // 'Il a dit “non”'
 *     nestQuotes('He said “no”', ['“', '”', '‘', '’'])                    // 'He said ‘no’'
 *     nestQuotes('彼は「いいえ」と言った', ['「', '」', '『', '』'])          // '彼は『いいえ』と言った'
 *
 * A mark opens at the start of the text or after a space or opening punctuation, and is followed
 * by text; it closes after text, before a space, punctuation or the end. Apostrophes and single
 * quotation marks (`l'homme`, `don't`, `’`) are never touched, and a mark with no partner stays
 * as typed.
 */
export function nestQuotes(text: string, [open, close, innerOpen, innerClose]: QuotationMarks): string {
  /** Opening marks not closed yet, and how many of each family they hold. */
  const stack: { at: number; family: number }[] = [];
  const pending = FAMILIES.map(() => 0);
  /** `closing[start]` is the closing mark's index; `closes[end]` is set on closing marks. */
  const closing: number[] = [];
  const closes: boolean[] = [];
  for (let at = 0; at < text.length; at++) {
    const family = FAMILIES.findIndex((marks) => marks.includes(text[at]));
    if (family < 0) continue;
    const afterSpace = /^$|[\s\p{Ps}\p{Pi}\p{Pd}]/u.test(text.charAt(at - 1));
    const beforeSpace = /^$|[\s\p{Pe}\p{Pf}\p{Po}\p{Pd}]/u.test(text.charAt(at + 1));
    if (afterSpace === beforeSpace ? (text[at] == '"' ? !pending[family] : OPENERS.includes(text[at])) : afterSpace) {
      stack.push({ at, family });
      pending[family]++;
    } else if (pending[family]) {
      // Close the latest mark of its family; marks opened since stay as typed.
      let mark;
      do pending[(mark = stack.pop()!).family]--;
      while (mark.family != family);
      closing[mark.at] = at;
      closes[at] = true;
    }
  }
  // No pair to change: the same string, not a copy (the part that draws it keeps what it is given).
  if (!closes.length) return text;
  const chars = text.split('');
  for (let at = 0, depth = 0; at < chars.length; at++) {
    const end = closing[at];
    if (closes[at]) depth--;
    if (end === undefined) continue;
    const inner = depth++ % 2 == 0;
    chars[at] = inner ? innerOpen : open;
    chars[end] = inner ? innerClose : close;
    for (let space = at + 1; space < end && /^\s$/.test(chars[space]); space++) chars[space] = '';
    for (let space = end - 1; space > at && /^\s$/.test(chars[space]); space--) chars[space] = '';
  }
  return chars.join('');
}
