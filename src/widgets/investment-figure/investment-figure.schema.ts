import { currency, flag, option, required, keyword, list, number, text, url, widgetSchema, type DataOf, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';

/** One bar of the comparison. */
const comparisonItem = {
  /** What the amount belongs to, e.g. "Pérou". */
  label: required(text()),
  /** The amount, 0 or more, in the figure's currency or unit. */
  amount: required(number({ min: 0 })),
  /** `true` marks the figure's own subject, drawn in the accent colour. */
  highlight: flag(),
};

/**
 * A figure's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const investmentFigureSchema = widgetSchema({
  collection: 'figures',
  requireOneOf: ['currency', 'unit'],
  fields: {
    /** The amount, 0 or more (a number; in an attribute, digits with an optional "." decimal point). */
    amount: required(number({ min: 0 })),
    /** ISO 4217 currency code, e.g. "USD", "EUR", "PEN"; required unless `unit` is set. */
    currency: currency(),
    /** What is counted when the figure is not money, e.g. "jeunes à former à l’IA"; then `currency` is left out. */
    unit: text(),
    /** What the figure measures, e.g. "Investissements reçus par le Pérou". */
    label: text(),
    /** When it applies: "l’an dernier", "2023". */
    period: text(),
    /** Rank, a whole number from 1, shown as a localized ordinal ("3e", "3rd", "3.º", "第3"). */
    rank: number({ min: 1, integer: true }),
    /** Where the rank holds, in the story's language: "au monde", "worldwide". */
    rankScope: text(),
    /** Other amounts in the same currency or unit, drawn as bars: each a label and an amount. */
    comparison: list(comparisonItem),
    /** `descending` draws the comparison largest first, `ascending` smallest first; by default in the order given. */
    comparisonSort: keyword(['descending', 'ascending']),
    /** `compact` (default) writes millions and more in words; `standard` writes every digit. */
    notation: keyword(['compact', 'standard']),
    /** Where the figure comes from, e.g. "SCMP". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
    /** Counts the number up when it comes into view; never under `prefers-reduced-motion`. A page option, not story data. */
    countUp: option(flag()),
  },
});

type Fields = typeof investmentFigureSchema.fields;
/** One bar of the comparison, as JSON. */
export type ComparisonItem = DataOf<typeof comparisonItem>;
/** A figure as JSON: the `data` property, inline JSON, or an item of a story document's `figures`. */
export type FigureData = StoryItem<Fields>;
/** The validated figure that the widget draws. */
export type FigureModel = ModelOf<Fields>;
/** The figure's fields as element properties. */
export type FigureProperties = PropertiesOf<Fields>;
