import { flag, paragraphs, required, text, textList, url, widgetSchema, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';

/**
 * An explainer's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const explainerSchema = widgetSchema({
  collection: 'explainers',
  fields: {
    /** The question the box answers, e.g. "Qu’est-ce que l’initiative Belt and Road ?". Required. */
    question: required(text()),
    /** The answer, in paragraphs separated by a blank line. Required. */
    answer: required(paragraphs()),
    /** Key points, as a bulleted list under the answer. */
    points: textList(),
    /** `true` shows the answer open at first; readers open and close it either way. */
    open: flag(),
    /** Where the answer comes from, e.g. "SCMP". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
  },
});

type Fields = typeof explainerSchema.fields;
/** An explainer as JSON: the `data` property, inline JSON, or an item of a story document's `explainers`. */
export type ExplainerData = StoryItem<Fields>;
/** The validated explainer that the widget draws. */
export type ExplainerModel = ModelOf<Fields>;
/** The explainer's fields as element properties. */
export type ExplainerProperties = PropertiesOf<Fields>;
