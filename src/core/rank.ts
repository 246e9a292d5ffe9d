import { markup } from './markup.js';
import { formatNumber, intl } from './intl.js';
import type { ResolvedLocale } from './locale.js';

/** Stands for the rank's scope in the rank's words, where the scope is drawn in its own isolate. */
const SCOPE = '\uE000';

const BDI = markup('<bdi>');
const BDI_END = markup('</bdi>');
const SUP = markup('<sup>');
const SUP_END = markup('</sup>');

/**
 * A rank as the locale's strings write it (`Messages.rank`): "3<sup>e</sup> au monde", "3rd worldwide",
 * "世界3位", as pieces of a widget's one template (see markup.ts): the `<sup>` and the scope's
 * `<bdi>` are markup, each text a part (none for an empty one). `rank` is a whole number from 1;
 * `scope` is the editor's words, isolated inside the rank's words (which are in the strings'
 * direction). Shared by every widget that draws a rank.
 */
export function rankPieces({ tag, messages }: Pick<ResolvedLocale, 'tag' | 'messages'>, rank: number, scope?: string): unknown[] {
  const words = messages.rank(formatNumber(tag, rank), intl(Intl.PluralRules, tag, { type: 'ordinal' }).select(rank), scope && SCOPE);
  const fill = (piece: string): unknown[] => piece.split(SCOPE).map((text, i) => [i ? [BDI, scope, BDI_END] : [], text || []]);
  return typeof words == 'string' ? fill(words) : [fill(words[0]), SUP, words[1] || [], SUP_END, fill(words[2])];
}
