import { required, date, lang, text, url, widgetSchema, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';
import { LIMITS } from '../../core/validate.js';

/**
 * A quote's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const quoteBlockSchema = widgetSchema({
  collection: 'quotes',
  textField: 'text',
  fields: {
    /** The quoted words, without quotation marks; the light-DOM text is used when this is not set. */
    text: required(text({ max: LIMITS.long })),
    /** Who said it. */
    speaker: text(),
    /** The speaker's role, e.g. "Premier ministre du Pérou". */
    speakerRole: text(),
    /** When or where it was said, e.g. "lors d'une visite à Pékin". */
    context: text(),
    /** When it was said, ISO 8601 (`2024-06-27`, `2024-06`, `2024`). */
    date: date(),
    /** Where the quote was published, e.g. "SCMP". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
    /** The language the words were spoken in (BCP 47); when it differs from the page's, a "translated from" note is shown. */
    originalLang: lang(),
  },
});

type Fields = typeof quoteBlockSchema.fields;
/** A quote as JSON: the `data` property, inline JSON, or an item of a story document's `quotes`. */
export type QuoteData = StoryItem<Fields>;
/** The validated quote that the widget draws. */
export type QuoteModel = ModelOf<Fields>;
/** The quote's fields as element properties. */
export type QuoteProperties = PropertiesOf<Fields>;
