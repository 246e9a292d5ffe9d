import { intl } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { amountInWords } from '../../core/money.js';
import { rankPieces } from '../../core/rank.js';
import { isolateTags, markup, markupText, type Pieces } from '../../core/markup.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
import { lineBreak } from '../../core/typography.js';
import { isCut, type FieldReader } from '../../core/validate.js';
import { keyNumbersSchema, type KeyNumbersData, type KeyNumbersModel, type KeyNumbersProperties } from './key-numbers.schema.js';
import { keyNumbersStyles } from './key-numbers.styles.js';

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeKeyNumbers extends KeyNumbersProperties {}

/**
 * A fact box of 2 to 8 key figures, each read as `<lede-investment-figure>` reads its amount: money
 * in words ("2,9 milliards de dollars"), a count with its unit ("20 000 jeunes"), or a rank alone
 * ("3<sup>e</sup> au monde"), with what it measures, when, and its rank. A `<dl>` for assistive
 * technology (label, then figure); figures that wrap into as many columns as their words allow (one
 * in a 280 px column) as the container grows. The light DOM is the no-JavaScript fallback.
 *
 * @summary A fact box of 2–8 key figures in words, with labels, periods and ranks.
 * @slot - Fallback content (e.g. a `<dl>` of the figures), shown until the widget upgrades and whenever the data is unusable.
 * @csspart figure - The `<figure>` holding headline, figures and source.
 * @csspart headline - The `<figcaption>`: what the figures are about.
 * @csspart items - The `<dl>` of figures.
 * @csspart item - One figure: its label, amount and context.
 * @csspart label - What a figure measures (`<dt>`).
 * @csspart amount - The figure in words: an amount, a count or a rank (`<dd>`).
 * @csspart context - The figure's period and rank (`<dd>`).
 * @csspart source - The `<cite>` with the source, linked when `source-url` is http(s).
 * @cssproperty [--lede-color-accent=currentColor] - Accent: the figures, the rules, links.
 * @cssproperty [--lede-space=1em] - Base spacing.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeKeyNumbers extends LedeElement<KeyNumbersData, KeyNumbersModel> {
  static override styles = [...LedeElement.styles, keyNumbersStyles];
  static override schema = keyNumbersSchema;

  protected override warmIntl(tag: string): void {
    amountInWords(tag, this.locale.messages, { amount: 2.9e9, currency: 'USD' });
    intl(Intl.PluralRules, tag, { type: 'ordinal' });
  }

  protected override readModel(read: FieldReader): KeyNumbersModel | undefined {
    const box = super.readModel(read);
    if (!box) return undefined;
    // As the investment figure reads it: money has a currency, a count a unit (a figure is an amount
    // or a rank: the schema's list leaves out the others). Changed in place, so that a list cut at
    // its limit is still known as cut (its "…").
    const { items } = box;
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (item.currency && item.unit) {
        read.problem('items', `"${item.label}": unit is not used with a currency`);
        items[index] = { ...item, unit: undefined };
      }
    }
    if (items.length === 1) read.problem('items', 'a fact box holds 2 to 8 figures; 1 given');
    return items.length ? box : undefined;
  }

  protected override renderModel(box: KeyNumbersModel): Pieces {
    const { locale } = this;
    const { tag, dir, fallback, messages } = locale;
    const sourceText = sourceName(box);
    const [isolate, isolateEnd] = isolateTags(locale);
    // Pieces of the widget's one template (see core/markup.ts): the blocks present are markup, each text a single part.
    return [
      markup('<figure part="figure">'),
      box.headline ? [markup('<figcaption part="headline"><bdi>'), box.headline, markup('</bdi></figcaption>')] : [],
      markup('<dl part="items">'),
      box.items.map((item) => {
        const rank = item.rank ? [isolate, rankPieces(locale, item.rank, item.rankScope), isolateEnd] : undefined;
        let figure: unknown = rank ?? [];
        if (item.amount !== undefined) {
          const words = amountInWords(tag, messages, { amount: item.amount, currency: item.currency, unit: item.unit });
          // Words of the strings' language, in its direction. No orphan word, as in the investment figure: "2,9 milliards | de dollars", "20 000 jeunes | à former".
          const [head, tail] = lineBreak(words.after, !!item.currency);
          figure = [
            markup('<data value='),
            item.amount,
            markup(` dir="${dir}"${fallback ? ' lang="en"' : ''}><span class="keep">`),
            words.before + words.number + head,
            markup('</span>'),
            tail ? ` ${tail}` : [],
            markup('</data>'),
          ];
        }
        const context = item.amount !== undefined ? rank : undefined;
        return [
          markup('<div class="item" part="item"><dt part="label"><bdi>'),
          item.label,
          markup('</bdi></dt><dd class="amount" part="amount">'),
          figure,
          markup('</dd>'),
          item.period || context
            ? [
                markup('<dd class="context" part="context">'),
                item.period ? [markup('<bdi>'), item.period, markup('</bdi>')] : [],
                item.period && context ? SEPARATOR : [],
                context ?? [],
                markup('</dd>'),
              ]
            : [],
          markup('</div>'),
        ];
      }),
      markup('</dl>'),
      isCut(box.items) ? markup('<p class="more">…</p>') : [],
      sourceText ? [markup('<p class="source">'), citeSourceMarkup(locale, sourceText, box, 'source'), markup('</p>')] : [],
      markup('</figure>'),
    ];
  }

}

/** Between period and rank. */
const SEPARATOR = markupText(' · ');

declare global {
  interface HTMLElementTagNameMap {
    'lede-key-numbers': LedeKeyNumbers;
  }
}
