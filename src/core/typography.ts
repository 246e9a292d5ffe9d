import { html, nothing } from 'lit';
import type { ResolvedLocale } from './locale.js';

/**
 * A UI string as the page must hold it: isolated in the direction of the strings' language, so that
 * its words and punctuation keep their order whatever the page's direction ("Source :" on a
 * right-to-left page still reads "Source :", then the name; Arabic strings likewise on a
 * left-to-right page). In a language without strings (Persian, Urdu…) the English string is also
 * marked `lang="en"`. White space at either end stays outside, where it separates the string from
 * what is next to it. Separators (", ", " · ") are not passed through here: they follow the page.
 *
 * The pattern every widget follows: pass each UI string through `this.ui()` (this function), and
 * nothing else. It adds the `<span dir lang>` only where it is needed (`locale.isolate`: the
 * strings are not in the page's language, or their direction is not the context's, or the widget is
 * rendered on a server, which cannot know); otherwise the string is drawn as plain text, with no
 * element and no Lit part of its own. So a widget must not style or select these spans: when a
 * string needs an element of its own (a `part`), the widget writes that element and puts the
 * string inside it.
 */
export function inStrings({ fallback, dir, isolate }: Pick<ResolvedLocale, 'fallback' | 'dir' | 'isolate'>, text: unknown): unknown {
  if (!isolate) return text;
  const [, before = '', core = text, after = ''] = typeof text === 'string' ? /^(\s*)([\s\S]*?)(\s*)$/.exec(text)! : [];
  if (core === '') return text;
  const isolated = html`<span lang=${fallback ? 'en' : nothing} dir=${dir}>${core}</span>`;
  return before || after ? html`${before}${isolated}${after}` : isolated;
}

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
