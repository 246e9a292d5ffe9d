import { html, nothing, type TemplateResult } from 'lit';
import { displayName, formatDate } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSource, sourceName } from '../../core/source.js';
import type { StoryCollection } from '../../core/story.js';
import { LIMITS, type FieldReader, type IsoDate } from '../../core/validate.js';
import { quoteBlockStyles } from './quote-block.styles.js';

/** A quote as JSON: the `data` property, inline JSON, or an item of a story document's `quotes`. */
export interface QuoteData {
  /** Story-document id (used by `src="story.json#id"`). */
  id?: string;
  /** The quoted words, without quotation marks. */
  text: string;
  speaker?: string;
  speakerRole?: string;
  context?: string;
  /** ISO 8601 date. */
  date?: string;
  source?: string;
  sourceUrl?: string;
  /** BCP 47 tag of the language the words were spoken in. */
  originalLang?: string;
}

/** The validated quote that the widget draws. */
export interface QuoteModel {
  text: string;
  speaker?: string;
  speakerRole?: string;
  context?: string;
  date?: IsoDate;
  source?: string;
  sourceUrl?: string;
  originalLang?: string;
}

/** Quotation marks an editor may have typed around the text; the widget draws its own. */
const WRAPPING_MARKS = /^["“„«‹「『‘']\s*([\s\S]*?)\s*["”“»›」』’']$/;

/**
 * Who said what: a quotation with its speaker, role, context, date and source, in the quotation
 * marks of the page's language. The light-DOM text is the quote, shown as it is when JavaScript never runs.
 *
 * @summary A quotation with speaker and source.
 * @slot - The quote's text; read as the `text` field and shown as-is until the widget upgrades or when the data is unusable.
 * @fires {CustomEvent<LedeErrorDetail>} lede-error - Some of the input could not be used; `detail.problems` lists `{field, message}`.
 * @csspart base - The widget's outer wrapper.
 * @csspart figure - The `<figure>` holding quote and caption.
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The quoted words with their quotation marks.
 * @csspart caption - The `<figcaption>`: speaker, role, context, source, date.
 * @csspart speaker - The speaker's name.
 * @csspart speaker-role - The speaker's role.
 * @csspart source - The `<cite>` with the source, linked when `source-url` is http(s).
 * @csspart translation - The "translated from …" note.
 * @csspart error - The note shown in a preview when some data could not be used.
 * @cssproperty [--lede-font=inherit] - Font family; the page's font by default.
 * @cssproperty [--lede-font-size=1em] - Base font size; the page's text size by default.
 * @cssproperty [--lede-quote-size=1.5em] - Size of the quoted words (1.75em on wide containers).
 * @cssproperty [--lede-color-text=currentColor] - Text colour; the page's by default.
 * @cssproperty [--lede-color-muted=color-mix(in srgb, currentColor 76%, transparent)] - Secondary text colour.
 * @cssproperty [--lede-color-accent=currentColor] - Accent: rule, quotation marks, links.
 * @cssproperty [--lede-color-error=#e0393e] - Rule of the problem note (shown in previews only).
 * @cssproperty [--lede-space=1em] - Base spacing.
 */
export class LedeQuoteBlock extends LedeElement<QuoteData, QuoteModel> {
  static override styles = [...LedeElement.styles, quoteBlockStyles];
  static override collection: StoryCollection = 'quotes';
  static override textField = 'text';
  static override properties = {
    text: {},
    speaker: {},
    speakerRole: { attribute: 'speaker-role' },
    context: {},
    date: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    originalLang: { attribute: 'original-lang' },
  };

  /** The quoted words; the light-DOM text is used when this is not set. */
  declare text?: string;
  /** Who said it. */
  declare speaker?: string;
  /** The speaker's role, e.g. "Premier ministre du Pérou". */
  declare speakerRole?: string;
  /** When or where it was said, e.g. "lors d'une visite à Pékin". */
  declare context?: string;
  /** When it was said, ISO 8601 (`2024-06-27`, `2024-06`, `2024`). */
  declare date?: string;
  /** Where the quote was published, e.g. "SCMP". */
  declare source?: string;
  /** Link to the source; only http(s) URLs become links. */
  declare sourceUrl?: string;
  /** The language the words were spoken in (BCP 47); when it differs from the page's, a "translated from" note is shown. */
  declare originalLang?: string;

  protected override readModel(read: FieldReader): QuoteModel | undefined {
    const raw = read.text('text', { required: true, max: LIMITS.long });
    const model = {
      speaker: read.text('speaker'),
      speakerRole: read.text('speakerRole'),
      context: read.text('context'),
      date: read.date('date'),
      source: read.text('source'),
      sourceUrl: read.url('sourceUrl'),
      originalLang: read.lang('originalLang'),
    };
    if (raw === undefined) return undefined;
    return { text: WRAPPING_MARKS.exec(raw)?.[1] || raw, ...model };
  }

  protected override renderModel(quote: QuoteModel): TemplateResult {
    const { tag, lang, messages } = this.locale;
    const [open, close] = messages.quotes;
    const translated =
      quote.originalLang && quote.originalLang.split('-')[0].toLowerCase() !== lang
        ? messages.translatedFrom(displayName(tag, 'language', quote.originalLang))
        : undefined;
    const sourceText = sourceName(quote);
    // Name and role on one line (the name strongest); context; then source and date as one quiet last line.
    return html`<figure part="figure">
      <blockquote part="quote" cite=${quote.sourceUrl ?? nothing}>
        <p class="text" part="text"><span class="mark open" aria-hidden="true">${open}</span>${quote.text}<span class="mark" aria-hidden="true">${close}</span></p>
      </blockquote>
      ${quote.speaker || quote.speakerRole || quote.context || sourceText || quote.date || translated
        ? html`<figcaption part="caption">
            ${quote.speaker || quote.speakerRole
              ? html`<p class="by">${quote.speaker ? html`<span class="speaker" part="speaker">${quote.speaker}</span>` : nothing}${quote.speaker && quote.speakerRole ? messages.comma : nothing}${quote.speakerRole
                  ? html`<span part="speaker-role">${quote.speakerRole}</span>`
                  : nothing}</p>`
              : nothing}
            ${quote.context ? html`<p class="context">${quote.context}</p>` : nothing}
            ${sourceText || quote.date || translated
              ? html`<p class="source">${sourceText
                  ? citeSource(messages.source, sourceText, quote, 'source')
                  : nothing}${sourceText && quote.date ? ' · ' : nothing}${quote.date
                  ? html`<time datetime=${quote.date.iso}>${formatDate(tag, quote.date)}</time>`
                  : nothing}${translated ? html`${sourceText || quote.date ? ' · ' : nothing}<span part="translation">${translated}</span>` : nothing}</p>`
              : nothing}
          </figcaption>`
        : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-quote-block': LedeQuoteBlock;
  }
}
