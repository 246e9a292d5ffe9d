import { date, list, required, text, url, widgetSchema, type DataOf, type ModelOf, type PropertiesOf, type StoryItem } from '../../core/fields.js';
import { LIMITS } from '../../core/validate.js';

/** One dated event. */
const event = {
  /** When, ISO 8601 at the precision known: `2021`, `2021-06`, `2021-06-03`. Events without one keep their place in the order given. */
  date: date(),
  /** When, in words, where the story gives no date ("l’an dernier"); with a `date`, shown in its place. */
  label: text(),
  /** What happened, in a line. Required. */
  title: required(text()),
  /** More about it, in a sentence or two. */
  text: text({ max: LIMITS.long }),
  /** Where this event is reported, e.g. "SCMP". */
  source: text(),
  /** Link to the event's source; only http(s) URLs become links. */
  sourceUrl: url(),
};

/**
 * A timeline's data, declared once: its attributes, types, validation, story schema and docs follow
 * from this table. Each entry's comment is the field's documentation.
 */
export const timelineSchema = widgetSchema({
  collection: 'timelines',
  fields: {
    /** What the timeline shows, e.g. "Le Pérou, la Chine et Huawei". */
    headline: text(),
    /** The events, at least one: each a title with a date (or a date in words), a text and a source. Dated events are drawn in date order. */
    events: required(list(event)),
    /** Where the timeline comes from, e.g. "SCMP". */
    source: text(),
    /** Link to the source; only http(s) URLs become links. */
    sourceUrl: url(),
  },
});

type Fields = typeof timelineSchema.fields;
/** One event, as JSON. */
export type TimelineEvent = DataOf<typeof event>;
/** A timeline as JSON: the `data` property, inline JSON, or an item of a story document's `timelines`. */
export type TimelineData = StoryItem<Fields>;
/** The validated timeline that the widget draws. */
export type TimelineModel = ModelOf<Fields>;
/** The timeline's fields as element properties. */
export type TimelineProperties = PropertiesOf<Fields>;
