import { intl } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
import { isolateTags, markup, markupText, markupUi, type Pieces } from '../../core/markup.js';
import { readValues } from '../../core/fields.js';
import { rankPieces } from '../../core/rank.js';
import { lineBreak } from '../../core/typography.js';
import { isCut, type FieldReader } from '../../core/validate.js';
import { investmentFigureSchema, type FigureData, type FigureModel, type FigureProperties } from './investment-figure.schema.js';
import { investmentFigureStyles } from './investment-figure.styles.js';
import { amountInWords, type AmountWords } from '../../core/money.js';

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeInvestmentFigure extends FigureProperties {}

/**
 * A key number with its context: an amount of money (or a count of something) in words, what it
 * measures, when, its rank, a comparison drawn as bars, and its source. The exact amount is given to
 * assistive technology and as a tooltip. Without a currency, `unit` names what is counted.
 * The light DOM is the no-JavaScript fallback, e.g. "2,9 milliards de dollars", and is shown again
 * when the data cannot be used.
 *
 * @summary A money figure (or a count) in words, with rank, comparison and source.
 * @slot - Fallback content, shown before the widget upgrades and when its data is unusable.
 * @csspart figure - The `<figure>` holding everything below.
 * @csspart label - The `<figcaption>`: what the figure measures.
 * @csspart amount - The paragraph with the amount in words.
 * @csspart number - The number inside the amount (the part that counts up).
 * @csspart context - The line with period and rank.
 * @csspart period - When the figure applies.
 * @csspart rank - The localized rank, e.g. "3<sup>e</sup> au monde".
 * @csspart chart - The comparison: a `<table>` of labels and amounts, drawn as bars; the highlighted row has the class `hl`.
 * @csspart bar - Each comparison bar (an `<svg>`, hidden from assistive technology).
 * @csspart source - The `<cite>` with the source, linked when `source-url` is http(s).
 * @cssproperty [--lede-figure-size=2em] - Size of the amount (2.75em on wide containers).
 * @cssproperty [--lede-color-accent=currentColor] - Accent: the amount, the highlighted bar, links.
 * @cssproperty [--lede-color-border=color-mix(in srgb, currentColor 58%, transparent)] - Bars other than the highlighted one.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeInvestmentFigure extends LedeElement<FigureData, FigureModel> {
  static override styles = [...LedeElement.styles, investmentFigureStyles];
  static override schema = investmentFigureSchema;
  /** How long counting up takes, in milliseconds. */
  static countUpDuration = 1200;

  /** The words last drawn, for counting up. */
  private shown?: AmountWords;
  /** Counting up happens once per element. */
  private counted = false;
  private stopCounting?: () => void;
  /** The number watched for counting up. */
  private watched?: Element;

  protected override readModel(read: FieldReader): FigureModel | undefined {
    const { values: figure, complete } = readValues(read, investmentFigureSchema.fields);
    // Money has a currency; a count has a unit instead.
    if (figure.currency && figure.unit) {
      read.problem('unit', 'is not used with a currency');
      delete figure.unit;
    } else if (!figure.unit && !figure.currency && !read.problems.some((problem) => problem.field === 'currency')) {
      read.problem('currency', 'is required');
    }
    const sort = figure.comparisonSort;
    if (sort) figure.comparison?.sort((a, b) => (sort === 'ascending' ? a.amount - b.amount : b.amount - a.amount));
    return complete && (figure.currency || figure.unit) ? (figure as FigureModel) : undefined;
  }

  protected override warmIntl(tag: string): void {
    amountInWords(tag, this.locale.messages, { amount: 2.9e9, currency: 'USD' });
    intl(Intl.PluralRules, tag, { type: 'ordinal' });
  }

  protected override renderModel(figure: FigureModel): Pieces {
    const { locale } = this;
    const { tag, dir, fallback, messages } = locale;
    const compact = figure.notation !== 'standard';
    const say = ({ before, number, after }: AmountWords) => before + number + after;
    const words = (this.shown = amountInWords(tag, messages, { ...figure, compact }));
    const { exact } = words;
    // The exact amount is said once, after the words, unless the words already are it.
    const showExact = exact !== (figure.currency ? say(words) : words.number);
    const most = Math.max(...figure.comparison.map((row) => row.amount));
    const sourceText = sourceName(figure);
    const { period } = figure;
    // No orphan word: the number keeps its first word, and money its last two, so a line can only break
    // between "2,9 milliards" and "de dollars"; a counted unit wraps freely after its first word.
    const [head, tail] = lineBreak(words.after, !!figure.currency);
    const [isolate, isolateEnd] = isolateTags(locale);
    // Pieces of the widget's one template (see core/markup.ts): the lines present are markup, each
    // text a single part (none for an empty one). The count-up copy is always there, hidden, so that
    // Lit never touches what the animation writes.
    return [
      markup('<figure part="figure">'),
      figure.label ? [markup('<figcaption part="label"><bdi>'), figure.label, markup('</bdi></figcaption>')] : [],
      markup('<p class="amount" part="amount"><data value='),
      figure.amount,
      showExact ? [markup(' title='), exact] : [],
      markup(` dir="${dir}"${fallback ? ' lang="en"' : ''}><span class="keep">`),
      words.before || [],
      markup('<span class="number" part="number"><span class="count" aria-hidden="true" hidden></span><span>'),
      words.number,
      markup('</span></span>'),
      head || [],
      markup('</span>'),
      tail ? (figure.currency ? [markup(' <span class="keep">'), tail, markup('</span>')] : ` ${tail}`) : [],
      markup('</data>'),
      showExact ? [markup('<span class="visually-hidden"> ('), this.ui(exact), markup(')</span>')] : [],
      markup('</p>'),
      period || figure.rank
        ? [
            markup('<p class="context" part="context">'),
            period ? [markup('<span part="period" dir="auto">'), period, markup('</span>')] : [],
            period && figure.rank ? SEPARATOR : [],
            figure.rank
              ? [markup('<span class="rank" part="rank">'), isolate, rankPieces(locale, figure.rank, figure.rankScope), isolateEnd, markup('</span>')]
              : [],
            markup('</p>'),
          ]
        : [],
      // Bars: label, bar and value on one line, the value at the bar's end; the longest bar takes half its cell.
      // Bar values are short, "4,1 milliards": the currency's name is in the amount above (English keeps its "$").
      figure.comparison.length
        ? [
            markup('<table part="chart"><caption>'),
            markupUi(locale, messages.comparison),
            markup('</caption><tbody>'),
            figure.comparison.map((row) => [
              markup(row.highlight ? '<tr class="hl"><th scope="row"><bdi>' : '<tr><th scope="row"><bdi>'),
              row.label,
              markup('</bdi></th><td><div><svg part="bar" aria-hidden="true" width='),
              `${(most ? (row.amount / most) * 100 : 0) * 0.5}%`,
              markup('><rect height="100%" width="100%"></rect></svg>'),
              this.ui(say(amountInWords(tag, messages, { ...figure, compact, amount: row.amount, currency: messages.amountWords ? undefined : figure.currency, unit: undefined }))),
              markup('</div></td></tr>'),
            ]),
            isCut(figure.comparison) ? markup('<tr><th scope="row">…</th><td></td></tr>') : [],
            markup('</tbody></table>'),
          ]
        : [],
      sourceText ? [markup('<p class="source">'), citeSourceMarkup(locale, sourceText, figure, 'source'), markup('</p>')] : [],
      markup('</figure>'),
    ];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchForCountUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCounting?.();
  }

  protected override updated(): void {
    super.updated();
    this.watchForCountUp();
  }

  /** Starts counting up (see count-up.ts, loaded the first time it is needed) unless done or under way. */
  private watchForCountUp(): void {
    const number = this.renderRoot.querySelector('.number');
    const copy = number?.firstElementChild as HTMLElement | null | undefined;
    if (!this.model?.countUp || this.counted || !number || !copy) return;
    // A redraw in another shape (another language's markup) replaces the number: the new one is watched.
    if (this.stopCounting) {
      if (this.watched === number) return;
      this.stopCounting();
    }
    this.watched = number;
    // Until the code is in, stopping just forgets it; once counting, it stops the count.
    let stop: (() => void) | undefined;
    const ended = () => void (this.stopCounting === cancel && (this.stopCounting = undefined));
    const cancel = (this.stopCounting = () => (stop ??= ended)());
    import('./count-up.js').then(
      ({ countUp }) =>
        void (stop ??= countUp({
          number,
          copy,
          // Read when counting starts: the page's language may have changed since the figure was drawn.
          target: () => ({ ...this.shown!, tag: this.locale.tag }),
          duration: LedeInvestmentFigure.countUpDuration,
          seen: () => (this.counted = true),
          ended,
        })),
      ended, // no counting then: the number is there all along
    );
  }
}

/** Between period and rank. */
const SEPARATOR = markupText(' · ');

declare global {
  interface HTMLElementTagNameMap {
    'lede-investment-figure': LedeInvestmentFigure;
  }
}
