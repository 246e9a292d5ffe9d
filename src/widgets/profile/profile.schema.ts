import { keyword, list, numberOrText, object, region, required, text, url, widgetSchema, type DataOf, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';
import { LIMITS } from '../../core/validate.js';

/** What a profile is about. */
export const PROFILE_KINDS = ['person', 'company', 'government', 'organization'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** A portrait or logo: shown only with both an http(s) `src` and an `alt`. */
const image = {
  /** The image's address; only http(s) URLs are loaded. */
  src: required(url()),
  /** What the image shows, for readers who cannot see it, e.g. "Portrait de Dina Boluarte". Required: no image without it. */
  alt: required(text()),
};

/** One fact about the subject. */
const fact = {
  /** What the fact is, e.g. "En fonction depuis". */
  label: required(text()),
  /**
   * A number (or a string of digits) is formatted for the reader's language, its digits grouped only
   * from five digits up (`Intl.NumberFormat` `useGrouping: 'min2'`): a year or a four-digit count
   * reads "1987" in every language, 20000 reads "20 000" in French, "20.000" in German. Other text
   * is shown as written.
   */
  value: required(numberOrText()),
};

/**
 * A profile's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const profileSchema = widgetSchema({
  collection: 'profiles',
  fields: {
    /** The person's or organisation's name. Required. */
    name: required(text()),
    /** `person`, `company`, `government` or `organization`. */
    kind: keyword(PROFILE_KINDS),
    /** Who or what it is, in one line, e.g. "Présidente du Pérou". */
    description: text(),
    /** ISO 3166-1 alpha-2 code, e.g. `PE`; shown as the country's name in the reader's language. */
    country: region(),
    /** A portrait or logo: `{src, alt}`, drawn square and loaded lazily. */
    image: object(image),
    /** A few sentences about the subject. */
    bio: text({ max: LIMITS.long }),
    /** Key facts: each a label and a value. */
    facts: list(fact),
    /** The subject's own website; only http(s) URLs become links. */
    url: url(),
    /** Where the profile's facts come from, e.g. "SCMP". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
  },
});

type Fields = typeof profileSchema.fields;
/** The image, as JSON. */
export type ProfileImage = DataOf<typeof image>;
/** One fact, as JSON. */
export type ProfileFact = DataOf<typeof fact>;
/** A profile as JSON: the `data` property, inline JSON, or an item of a story document's `profiles`. */
export type ProfileData = StoryItem<Fields>;
/** The validated profile that the widget draws. */
export type ProfileModel = ModelOf<Fields>;
/** The profile's fields as element properties. */
export type ProfileProperties = PropertiesOf<Fields>;
