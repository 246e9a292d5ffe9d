import { html, nothing } from 'lit';
import type { ResolvedLocale } from './locale.js';

/**
 * A UI string as the page must hold it. In a language without strings (Persian, Urdu…) the
 * English string is marked `lang="en"` and isolated left to right, so a right-to-left page lays
 * out the widget from its right edge while each English label keeps its words and punctuation in
 * order. `isolate` also isolates it in the strings' own direction when they are the page's
 * language: text whose order matters, such as an amount's words ("2,9 milliards de dollars").
 */
export const inStrings = ({ fallback, dir }: Pick<ResolvedLocale, 'fallback' | 'dir'>, text: unknown, isolate = false): unknown =>
  fallback || isolate ? html`<span lang=${fallback ? 'en' : nothing} dir=${dir}>${text}</span>` : text;

/**
 * A localized text with an optional superscript: `[before, superscript, after]` is drawn as French
 * "3<sup>e</sup> au monde". `fill` draws each text piece (by default as it is).
 */
export const withSuperscript = (text: string | readonly [string, string, string], fill: (piece: string) => unknown = (piece) => piece): unknown =>
  typeof text == 'string' ? fill(text) : html`${fill(text[0])}<sup>${text[1]}</sup>${fill(text[2])}`;

/**
 * Where a line may break in an amount's words, so that no word is left alone: money keeps its last
 * two words together ("2,9 milliards | de dollars", "2900 millones | de dólares"), a count only
 * its first word with the number ("20 000 jeunes | à former"). Returns the words before and after
 * the one break (`''` after when there is none).
 */
export function lineBreak(words: string, money: boolean): [string, string] {
  const cut = money ? words.search(/ \S+ \S+$/) : words.indexOf(' ', 1);
  return cut < 0 ? [words, ''] : [words.slice(0, cut), words.slice(cut + 1)];
}
