import { currency, list, number, required, text, url, widgetSchema, type DataOf, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';

/** One figure, read as `<lede-investment-figure>` reads its amount. */
const item = {
  /** The amount, 0 or more; may be left out when the figure is its `rank` alone ("3e au monde"). */
  amount: number({ min: 0 }),
  /** ISO 4217 currency code, e.g. "USD"; without it the amount is a count of `unit` (or a plain number). */
  currency: currency(),
  /** What is counted when the figure is not money, e.g. "jeunes"; then `currency` is left out. */
  unit: text(),
  /** What the figure measures, e.g. "à former à l’IA par Huawei". Required. */
  label: required(text()),
  /** When it applies: "l’an dernier", "2023". */
  period: text(),
  /** Rank, a whole number from 1, shown as a localized ordinal ("3e", "3rd", "3.º", "第3"). */
  rank: number({ min: 1, integer: true }),
  /** Where the rank holds, in the story's language: "au monde", "worldwide". */
  rankScope: text(),
};

/**
 * A fact box's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const keyNumbersSchema = widgetSchema({
  collection: 'keyNumbers',
  fields: {
    /** What the figures are about, e.g. "Le Pérou, Huawei et la Chine en chiffres". */
    headline: text(),
    /** The figures, 2 to 8: each an amount (in a currency, of a unit) or a rank, with its label, period and rank. */
    items: required(list(item, { max: 8, oneOf: ['amount', 'rank'] })),
    /** Where the figures come from, e.g. "SCMP". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
  },
});

type Fields = typeof keyNumbersSchema.fields;
/** One figure, as JSON. */
export type KeyNumber = DataOf<typeof item>;
/** A fact box as JSON: the `data` property, inline JSON, or an item of a story document's `keyNumbers`. */
export type KeyNumbersData = StoryItem<Fields>;
/** The validated fact box that the widget draws. */
export type KeyNumbersModel = ModelOf<Fields>;
/** The fact box's fields as element properties. */
export type KeyNumbersProperties = PropertiesOf<Fields>;
