import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, intl } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSource, sourceName } from '../../core/source.js';
import type { StoryCollection } from '../../core/story.js';
import { lineBreak, withSuperscript } from '../../core/typography.js';
import { isCut, type FieldReader, type Raw } from '../../core/validate.js';
import { investmentFigureStyles } from './investment-figure.styles.js';
import { amountInWords, type AmountWords } from './money.js';

/** A figure as JSON: the `data` property, inline JSON, or an item of a story document's `figures`. */
export interface FigureData {
  /** Story-document id (used by `src="story.json#id"`). */
  id?: string;
  /** The amount, 0 or more. */
  amount: number;
  /** ISO 4217 code such as "USD"; required unless `unit` is given. */
  currency?: string;
  /** What is counted when the figure is not money, e.g. "jeunes à former à l’IA". */
  unit?: string;
  /** What the figure is, e.g. "Investissements reçus par le Pérou". */
  label?: string;
  /** When, in words or as a year: "l’an dernier", "2023". */
  period?: string;
  /** Rank, a whole number from 1. */
  rank?: number;
  /** Where the rank holds, in the story's language: "au monde", "worldwide". */
  rankScope?: string;
  /** Other amounts in the same currency or unit, drawn as bars; `highlight: true` marks the figure's own subject. */
  comparison?: Array<{ label: string; amount: number; highlight?: boolean }>;
  /** `descending` draws the comparison largest first, `ascending` smallest first; by default in the order given. */
  comparisonSort?: 'descending' | 'ascending';
  /** `compact` (default): millions and more in words; `standard`: every digit. */
  notation?: 'compact' | 'standard';
  source?: string;
  sourceUrl?: string;
}

/** The validated figure that the widget draws. */
export interface FigureModel {
  amount: number;
  currency?: string;
  unit?: string;
  label?: string;
  period?: string;
  rank?: number;
  rankScope?: string;
  comparison: Array<{ label: string; amount: number; highlight?: boolean }>;
  compact: boolean;
  source?: string;
  sourceUrl?: string;
}

/**
 * A key number with its context: an amount of money (or a count of something) in words, what it
 * measures, when, its rank, a comparison drawn as bars, and its source. The exact amount is given to
 * assistive technology and as a tooltip. Without a currency, `unit` names what is counted.
 * The light DOM is the no-JavaScript fallback, e.g. "2,9 milliards de dollars", and is shown again
 * when the data cannot be used.
 *
 * @summary A money figure (or a count) in words, with rank, comparison and source.
 * @slot - Fallback content, shown before the widget upgrades and when its data is unusable.
 * @fires lede-error - Some of the input could not be used; `detail.problems` lists `{field, message}`.
 * @csspart base - The widget's outer wrapper.
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
 * @csspart error - The note shown in a preview when some data could not be used.
 * @cssproperty [--lede-font=inherit] - Font family; the page's font by default.
 * @cssproperty [--lede-font-size=1em] - Base font size; the page's text size by default.
 * @cssproperty [--lede-figure-size=2em] - Size of the amount (2.75em on wide containers).
 * @cssproperty [--lede-color-text=currentColor] - Text colour; the page's by default.
 * @cssproperty [--lede-color-muted=color-mix(in srgb, currentColor 76%, transparent)] - Secondary text colour.
 * @cssproperty [--lede-color-accent=currentColor] - Accent: the amount, the highlighted bar, links.
 * @cssproperty [--lede-color-border=color-mix(in srgb, currentColor 58%, transparent)] - Bars other than the highlighted one.
 * @cssproperty [--lede-color-error=#e0393e] - Rule of the problem note (shown in previews only).
 */
export class LedeInvestmentFigure extends LedeElement<FigureData, FigureModel> {
  static override styles = [...LedeElement.styles, investmentFigureStyles];
  static override collection: StoryCollection = 'figures';
  /** How long counting up takes, in milliseconds. */
  static countUpDuration = 1200;
  static override properties = {
    amount: {},
    currency: {},
    unit: {},
    label: {},
    period: {},
    rank: {},
    rankScope: { attribute: 'rank-scope' },
    notation: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    countUp: { type: Boolean, attribute: 'count-up' },
  };

  /** The amount, 0 or more (a number; in an attribute, digits with an optional "." decimal point). */
  declare amount?: number | string;
  /** ISO 4217 currency code, e.g. "USD", "EUR", "PEN"; required unless `unit` is set. */
  declare currency?: string;
  /** What is counted when the figure is not money, e.g. "jeunes à former à l’IA"; then `currency` is left out. */
  declare unit?: string;
  /** What the figure measures. */
  declare label?: string;
  /** When it applies: "l’an dernier", "2023". */
  declare period?: string;
  /** Rank, a whole number from 1, shown as a localized ordinal ("3e", "3rd", "3.º", "第3"). */
  declare rank?: number | string;
  /** Where the rank holds, e.g. "au monde". */
  declare rankScope?: string;
  /** `compact` (default) writes millions and more in words; `standard` writes every digit. */
  declare notation?: 'compact' | 'standard';
  /** Where the figure comes from, e.g. "SCMP". */
  declare source?: string;
  /** Link to the source; only http(s) URLs become links. */
  declare sourceUrl?: string;
  /** Counts the number up when it comes into view; never under `prefers-reduced-motion`. Not a data field. */
  declare countUp?: boolean;

  /** The words last drawn, for counting up. */
  private shown?: AmountWords;
  /** Counting up happens once per element. */
  private counted = false;
  private stopCounting?: () => void;

  protected override readModel(read: FieldReader): FigureModel | undefined {
    const amount = read.number('amount', { required: true, min: 0 });
    const unit = read.text('unit');
    const currency = read.code('currency', /^[A-Z]{3}$/, 'an ISO 4217 code ("USD")', { required: !unit });
    if (currency && unit) read.problem('unit', 'is not used with a currency');
    const model = {
      currency,
      unit: currency ? undefined : unit,
      label: read.text('label'),
      period: read.text('period'),
      rank: read.number('rank', { min: 1, integer: true }),
      rankScope: read.text('rankScope'),
      comparison: read.list('comparison', (item, raw) => {
        const label = item.text('label', { required: true });
        const value = item.number('amount', { required: true, min: 0 });
        return label !== undefined && value !== undefined ? { label, amount: value, highlight: (raw as Raw).highlight === true } : undefined;
      }),
      compact: read.oneOf('notation', ['compact', 'standard']) !== 'standard',
      source: read.text('source'),
      sourceUrl: read.url('sourceUrl'),
    };
    const sort = read.oneOf('comparisonSort', ['descending', 'ascending']);
    if (sort) model.comparison.sort((a, b) => (sort == 'ascending' ? a.amount - b.amount : b.amount - a.amount));
    return amount === undefined || (!currency && !unit) ? undefined : { amount, ...model };
  }

  protected override renderModel(figure: FigureModel): TemplateResult {
    const { tag, messages } = this.locale;

    const say = ({ before, number, after }: AmountWords) => before + number + after;
    const words = (this.shown = amountInWords(tag, messages.amountWords, figure));
    const { exact } = words;
    // The exact amount is said once, after the words, unless the words already are it.
    const showExact = exact !== (figure.currency ? say(words) : words.number);
    const rank = figure.rank && messages.rank(formatNumber(tag, figure.rank), intl(Intl.PluralRules, tag, { type: 'ordinal' }).select(figure.rank), figure.rankScope);
    const most = Math.max(...figure.comparison.map((row) => row.amount));
    // Bar values are short, "4,1 milliards": the currency's name is in the amount above (English keeps its "$").
    const rows = figure.comparison.map((row) => ({
      ...row,
      words: say(amountInWords(tag, messages.amountWords, { ...figure, amount: row.amount, currency: messages.amountWords ? undefined : figure.currency, unit: undefined })),
      share: most ? (row.amount / most) * 100 : 0,
    }));
    const sourceText = sourceName(figure);
    // No orphan word: the number keeps its first word, and money its last two, so a line can only break
    // between "2,9 milliards" and "de dollars"; a counted unit wraps freely after its first word.
    const [head, tail] = lineBreak(words.after, !!figure.currency);
    // The count-up copy is always there, hidden, so that Lit never touches what the animation writes.
    // Bars: label, bar and value on one line, the value at the bar's end; the longest bar takes half its cell.
    return html`<figure part="figure">
${figure.label ? html`<figcaption part="label">${figure.label}</figcaption>` : nothing}
<p class="amount" part="amount"><data value=${figure.amount} title=${showExact ? exact : nothing}><span class="keep">${words.before}<span class="number" part="number"><span class="count" aria-hidden="true" hidden></span><span>${words.number}</span></span>${head}</span>${tail && (figure.currency ? html` <span class="keep">${tail}</span>` : ` ${tail}`)}</data>${showExact ? html`<span class="visually-hidden"> (${exact})</span>` : nothing}</p>
${figure.period || rank ? html`<p class="context" part="context">${figure.period ? html`<span part="period">${figure.period}</span>` : nothing}${figure.period && rank ? ' · ' : nothing}${rank ? html`<span class="rank" part="rank">${withSuperscript(rank)}</span>` : nothing}</p>` : nothing}
${rows.length
  ? html`<table part="chart"><caption>${messages.comparison}</caption><tbody>${rows.map(
      (row) => html`<tr class=${row.highlight ? 'hl' : nothing}><th scope="row">${row.label}</th><td><div><svg part="bar" aria-hidden="true" width="${row.share * 0.5}%"><rect height="100%" width="100%"></rect></svg>${row.words}</div></td></tr>`,
    )}${isCut(figure.comparison) ? html`<tr><th scope="row">…</th><td></td></tr>` : nothing}</tbody></table>`
  : nothing}
${sourceText ? html`<p class="source">${citeSource(messages.source, sourceText, figure, 'source')}</p>` : nothing}
</figure>`;
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
    if (!this.countUp || this.counted || this.stopCounting || !number || !copy) return;
    // Until the code is in, stopping just forgets it; once counting, it stops the count.
    let stop: (() => void) | undefined;
    const ended = () => void (this.stopCounting === cancel && (this.stopCounting = undefined));
    const cancel = (this.stopCounting = () => (stop ??= ended)());
    import('./count-up.js').then(
      ({ countUp }) =>
        void (stop ??= countUp({
          number,
          copy,
          target: () => this.shown!,
          tag: this.locale.tag,
          duration: LedeInvestmentFigure.countUpDuration,
          seen: () => (this.counted = true),
          ended,
        })),
      ended, // no counting then: the number is there all along
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-investment-figure': LedeInvestmentFigure;
  }
}
