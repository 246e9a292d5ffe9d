import type { TemplateResult } from 'lit';
import { displayName, formatDate } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { nestQuotes, quotationMarks } from '../../core/quotes.js';
import { isolateTags, markup, markupText, type Pieces } from '../../core/markup.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
import type { FieldReader } from '../../core/validate.js';
import { quoteBlockSchema, type QuoteData, type QuoteModel, type QuoteProperties } from './quote-block.schema.js';
import { quoteBlockStyles } from './quote-block.styles.js';

/** Quotation marks an editor may have typed around the text; the widget draws its own. */
const WRAPPING_MARKS = /^["“„«‹「『‘']\s*([\s\S]*?)\s*["”“»›」』’']$/;

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeQuoteBlock extends QuoteProperties {}

/**
 * Who said what: a quotation with its speaker, role, context, date and source, in the quotation
 * marks of the page's language. The light-DOM text is the quote, shown as it is when JavaScript never runs.
 *
 * @summary A quotation with speaker and source.
 * @slot - The quote's text; read as the `text` field and shown as-is until the widget upgrades or when the data is unusable.
 * @csspart figure - The `<figure>` holding quote and caption.
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The quoted words with their quotation marks.
 * @csspart caption - The `<figcaption>`: speaker, role, context, source, date.
 * @csspart speaker - The speaker's name.
 * @csspart speaker-role - The speaker's role.
 * @csspart source - The `<cite>` with the source, linked when `source-url` is http(s).
 * @csspart translation - The "translated from …" note.
 * @cssproperty [--lede-quote-size=1.5em] - Size of the quoted words (1.75em on wide containers).
 * @cssproperty [--lede-color-accent=currentColor] - Accent: rule, quotation marks, links.
 * @cssproperty [--lede-space=1em] - Base spacing.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeQuoteBlock extends LedeElement<QuoteData, QuoteModel> {
  static override styles = [...LedeElement.styles, quoteBlockStyles];
  static override schema = quoteBlockSchema;

  protected override readModel(read: FieldReader): QuoteModel | undefined {
    const quote = super.readModel(read);
    return quote && { ...quote, text: WRAPPING_MARKS.exec(quote.text)?.[1] || quote.text };
  }

  protected override warmIntl(tag: string): void {
    formatDate(tag, { iso: '', date: new Date(0), precision: 'day' });
    displayName(tag, 'language', 'en');
  }

  protected override renderModel(quote: QuoteModel): TemplateResult | Pieces {
    const { locale } = this;
    const { tag, pageLang, messages } = locale;
    const marks = quotationMarks(tag);
    const [open, close] = marks;
    const translated =
      quote.originalLang && quote.originalLang.split('-')[0].toLowerCase() !== pageLang
        ? messages.translatedFrom(displayName(tag, 'language', quote.originalLang))
        : undefined;
    const { speaker, speakerRole: role, context, date, sourceUrl } = quote;
    const sourceText = sourceName(quote);
    const [isolate, isolateEnd] = isolateTags(locale);
    // Pieces of the widget's one template (see core/markup.ts): the lines present are markup, each field a single part.
    // Name and role on one line (the name strongest); context; then source and date as one quiet last line.
    // Blocks follow each other without white space (no text nodes between them).
    return [
      markup('<figure part="figure"><blockquote part="quote"'),
      sourceUrl ? [markup(' cite='), sourceUrl] : [],
      markup('><p class="text" part="text"><span class="mark open" aria-hidden="true">'),
      markupText(open),
      markup('</span><bdi>'),
      nestQuotes(quote.text, marks),
      markup('</bdi><span class="mark" aria-hidden="true">'),
      markupText(close),
      markup('</span></p></blockquote>'),
      speaker || role || context || sourceText || date || translated
        ? [
            markup('<figcaption part="caption">'),
            speaker || role
              ? [
                  markup('<p class="by">'),
                  speaker ? [markup('<span class="speaker" part="speaker" dir="auto">'), speaker, markup('</span>')] : [],
                  speaker && role ? markupText(messages.comma) : [],
                  role ? [markup('<span part="speaker-role" dir="auto">'), role, markup('</span>')] : [],
                  markup('</p>'),
                ]
              : [],
            context ? [markup('<p class="context"><bdi>'), context, markup('</bdi></p>')] : [],
            sourceText || date || translated
              ? [
                  markup('<p class="source">'),
                  sourceText ? citeSourceMarkup(locale, sourceText, quote, 'source') : [],
                  sourceText && date ? SEPARATOR : [],
                  date ? [isolate, markup('<time datetime='), date.iso, markup('>'), formatDate(tag, date), markup('</time>'), isolateEnd] : [],
                  translated ? [sourceText || date ? SEPARATOR : [], markup('<span part="translation">'), this.ui(translated), markup('</span>')] : [],
                  markup('</p>'),
                ]
              : [],
            markup('</figcaption>'),
          ]
        : [],
      markup('</figure>'),
    ];
  }
}

/** Between the items of the source line. */
const SEPARATOR = markupText(' · ');

declare global {
  interface HTMLElementTagNameMap {
    'lede-quote-block': LedeQuoteBlock;
  }
}
