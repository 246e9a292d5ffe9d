import { html, type TemplateResult } from 'lit';

/** A localized text with an optional superscript: `[before, superscript, after]` is drawn as French "3<sup>e</sup> au monde". */
export const withSuperscript = (text: string | readonly [string, string, string]): string | TemplateResult =>
  typeof text == 'string' ? text : html`${text[0]}<sup>${text[1]}</sup>${text[2]}`;

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
