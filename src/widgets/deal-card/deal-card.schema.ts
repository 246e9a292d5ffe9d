import { required, date, keyword, list, number, numberOrText, option, region, text, textList, url, widgetSchema, type DataOf, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';
import { LIMITS } from '../../core/validate.js';

/** Where a deal stands. `reported` means a press report that nobody involved has confirmed. */
export const DEAL_STATUSES = ['reported', 'announced', 'signed', 'in-progress', 'completed', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** What a party is. */
export const PARTY_KINDS = ['company', 'government', 'organization', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** One side of the agreement. */
const party = {
  /** The party's name. */
  name: required(text()),
  /** `company`, `government`, `organization` or `person`. */
  kind: keyword(PARTY_KINDS),
  /** ISO 3166-1 alpha-2 code, e.g. `PE`; shown as the country's name in the reader's language. */
  country: region(),
  /** The party's website; only http(s) URLs become links. */
  url: url(),
};

/** A key term of the agreement. */
const term = {
  /** What the term is, e.g. "Jeunes à former". */
  label: required(text()),
  /** A number (or a string of digits, as markup gives it) is formatted for the reader's language (20 000 / 20,000); other text is shown as written. */
  value: required(numberOrText()),
  /** Written after the value, e.g. "jeunes". */
  unit: text(),
};

/**
 * A deal's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const dealCardSchema = widgetSchema({
  collection: 'deals',
  fields: {
    /** What was agreed, in a sentence. Required. */
    headline: required(text()),
    /** `reported` (not confirmed by anyone involved), `announced`, `signed`, `in-progress`, `completed` or `cancelled`. */
    status: keyword(DEAL_STATUSES),
    /** When it was agreed, ISO 8601 (`2024-06-27`, `2024-06`, `2024`). */
    date: date(),
    /** Where it was agreed. */
    location: text(),
    /** Who agreed: each party's name, kind, country and website. */
    parties: list(party),
    /** What the deal is about, in a few sentences. */
    summary: text({ max: LIMITS.long }),
    /** The key terms: label, value and unit. */
    terms: list(term),
    /** Who benefits, e.g. "Femmes". */
    beneficiaries: textList(),
    /** Where the news was published, e.g. "South China Morning Post". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
    /** The aggregator or outlet it was found through, e.g. "Google Actualités". */
    via: text(),
    /** Level of the card's heading, 2–6 (default 3: a card inside an article's sections); its section titles are one level below (`<h6>` under an `<h6>`, the last level HTML has). A page option, not story data. */
    headingLevel: option(number({ integer: true, min: 2, max: 6, fallback: 3 })),
  },
});

type Fields = typeof dealCardSchema.fields;
/** One side of the agreement, as JSON. */
export type DealParty = DataOf<typeof party>;
/** A key term, as JSON. */
export type DealTerm = DataOf<typeof term>;
/** A deal as JSON: the `data` property, inline JSON, or an item of a story document's `deals`. */
export type DealData = StoryItem<Fields>;
/** The validated deal that the widget draws. */
export type DealModel = ModelOf<Fields>;
/** The deal's fields as element properties. */
export type DealProperties = PropertiesOf<Fields>;
