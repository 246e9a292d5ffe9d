/**
 * One declaration per field. A widget describes its data once, as a table of fields built with the
 * functions below (see `src/widgets/<name>/<name>.schema.ts`); everything else follows from it:
 * - the element's reactive properties and their attributes (kebab-case of the JSON name), in `LedeElement`;
 * - the TypeScript types of its JSON (`DataOf`), of its element properties (`PropertiesOf`) and of
 *   its validated model (`ModelOf`);
 * - validation (`readFields`), with FieldReader's rules and problem messages;
 * - the story JSON Schema (`schema/story.schema.json`) and the manifest (`custom-elements.json`), written
 *   by `npm run build:api` from these tables and the JSDoc written on each entry.
 * Pure data and functions: no DOM, so the same tables validate on a server.
 */
import { intl } from './intl.js';
import { FieldReader, isRecord, LIMITS, type IsoDate } from './validate.js';
import type { StoryCollection } from './story.js';

/** How a field is read; the story schema and the test tables follow from it. */
export type FieldKind =
  | 'text' // FieldReader.text: trimmed, cut with "…" over `max`
  | 'url' // only http(s); relative URLs resolve against the page
  | 'date' // ISO 8601 at the precision given
  | 'lang' // BCP 47 language tag
  | 'number'
  | 'keyword' // one of `values`
  | 'code' // an upper-case code matched against `pattern` (ISO 4217 currency, ISO 3166-1 region)
  | 'numberOrText' // a number (digits in markup) is formatted; other text is shown as written
  | 'flag' // a boolean attribute
  | 'textList'
  | 'list' // a list of objects described by `item`
  | 'object'; // one object described by `item`

/**
 * One field. `In` is the type data desks write in JSON, `Out` what the widget draws from, `Prop` what
 * the element property accepts (attributes are strings).
 */
export interface Field<In = unknown, Out = unknown, Prop = In> {
  readonly kind: FieldKind;
  /** Needed to draw the widget: its absence is a problem and nothing is drawn (see `required()`). */
  readonly required?: boolean;
  /** A page option rather than story data (e.g. a heading level): not part of the story schema (see `option()`). */
  readonly option?: boolean;
  /** Texts: most characters shown; lists: most items; numbers: largest value. */
  readonly max?: number;
  /** Numbers: smallest value. */
  readonly min?: number;
  /** Numbers: whole numbers only. */
  readonly integer?: boolean;
  /** Numbers: the value used when none is given or the given one is refused. */
  readonly default?: Out;
  /** Keywords: the values allowed. */
  readonly values?: readonly string[];
  /** Codes: the whole-code pattern, and what the problem message says is expected. */
  readonly pattern?: RegExp;
  readonly what?: string;
  /** Lists of objects and objects: the fields of each item (of the object). */
  readonly item?: FieldTable;
  /** Lists of objects: an item needs one of these fields at least, or it is left out (see list). */
  readonly oneOf?: readonly string[];
  /** Reads the field from `reader`; problems go to the reader. */
  readonly read: (reader: FieldReader, name: string, required: boolean) => Out | undefined;
  /** Type carriers only; never set. */
  readonly types?: { in: In; prop: Prop };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table holds fields of every type
export type FieldTable = Record<string, Field<any, any, any>>;

type InOf<F> = F extends { types?: { in: infer In } } ? In : never;
type PropOf<F> = F extends { types?: { prop: infer Prop } } ? Prop : never;
type OutOf<F> = F extends { read: (...args: never[]) => infer Out } ? Exclude<Out, undefined> : never;
type RequiredKeys<T extends FieldTable> = { [K in keyof T]: T[K] extends { required: true } ? K : never }[keyof T];
/** Fields the model always has: required ones, lists (empty when absent) and numbers with a fallback. */
type PresentKeys<T extends FieldTable> = {
  [K in keyof T]: T[K] extends { required: true } | { default: unknown } | { kind: 'list' | 'textList' } ? K : never;
}[keyof T];
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The JSON a data desk writes for a table: required fields must be there. */
export type DataOf<T extends FieldTable> = Flatten<
  { [K in Exclude<keyof T, RequiredKeys<T>>]?: InOf<T[K]> } & { [K in RequiredKeys<T>]: InOf<T[K]> }
>;

/** The validated values a widget draws from. */
export type ModelOf<T extends FieldTable> = Flatten<
  { [K in Exclude<keyof T, PresentKeys<T>>]?: OutOf<T[K]> } & { [K in PresentKeys<T>]: OutOf<T[K]> }
>;

/** The element properties a table gives a widget (every one optional: attributes are set one by one). */
export type PropertiesOf<T extends FieldTable> = { [K in keyof T]?: PropOf<T[K]> };

/**
 * What a widget's data is: the story document list it is taken from (`src="story.json#id"`), the
 * field its light-DOM text fills, and its fields.
 */
export interface WidgetSchema<T extends FieldTable = FieldTable> {
  readonly collection: StoryCollection;
  readonly textField?: string;
  readonly fields: T;
  /** Fields of which at least one must be given (a figure's `currency` or `unit`); the widget reports which is missing. */
  readonly requireOneOf?: readonly string[];
}

/** Declares a widget's data (identity function that keeps the table's exact types). */
export const widgetSchema = <T extends FieldTable>(schema: WidgetSchema<T>): WidgetSchema<T> => schema;

/** A story item as JSON: the table's fields and the item's `id` in its story document. */
export type StoryItem<T extends FieldTable> = DataOf<T> & {
  /** The item's id in its story document, the fragment of `src="story.json#id"`. */
  id?: string;
};

/** Marks a field as needed to draw the widget: its absence is a problem and nothing is drawn. */
export const required = <F extends Field>(field: F): F & { readonly required: true } => ({ ...field, required: true });

/** Marks a page option rather than story data (a heading level, counting up): read like any field, left out of the story schema. */
export const option = <F extends Field>(field: F): F & { readonly option: true } => ({ ...field, option: true });

/** Text, trimmed; over `max` characters (default LIMITS.short) it is cut with a visible "…". */
export const text = ({ max = LIMITS.short as number } = {}): Field<string, string> => ({
  kind: 'text',
  max,
  read: (reader, name, required) => reader.text(name, { required, max }),
});

/** An absolute http(s) URL (relative ones resolve against the page); anything else is reported and not linked. */
export const url = (): Field<string, string> => ({ kind: 'url', read: (reader, name) => reader.url(name) });

/** An ISO 8601 date at the precision known (`2024`, `2024-06`, `2024-06-27`, a date-time). */
export const date = (): Field<string, IsoDate> => ({ kind: 'date', read: (reader, name) => reader.date(name) });

/** A BCP 47 language tag, canonicalized (`es`, `zh-Hant`). */
export const lang = (): Field<string, string> => ({ kind: 'lang', read: (reader, name) => reader.lang(name) });

/**
 * A finite number (numeric strings too, as attributes give them) from `min`, at most `max`, whole
 * when `integer`. A refused value is reported; then `fallback` (if any) is used.
 */
export function number(options?: { min?: number; max?: number; integer?: boolean }): Field<number, number, number | string>;
export function number(options: { min?: number; max?: number; integer?: boolean; fallback: number }): Field<number, number, number | string> & { readonly default: number };
export function number({ min, max, integer = false, fallback }: { min?: number; max?: number; integer?: boolean; fallback?: number } = {}): Field<number, number, number | string> {
  return {
    kind: 'number',
    min,
    max,
    integer,
    default: fallback,
    read: (reader, name, required) => {
      const value = reader.number(name, { required, min, integer });
      if (value !== undefined && max !== undefined && value > max) {
        reader.problem(name, `must be ${max} at most, got ${value}`);
        return fallback;
      }
      return value ?? fallback;
    },
  };
}

/** One of a fixed set of keywords, case-insensitive. */
export const keyword = <const V extends string>(values: readonly V[]): Field<V, V> => ({
  kind: 'keyword',
  values,
  read: (reader, name, required) => reader.oneOf(name, values, { required }),
});

/**
 * A code such as an ISO 4217 currency: upper-cased, matched whole against `pattern`, and, when
 * `exists` is given, checked by it; `what` completes the problem "must be …".
 */
export const code = (pattern: RegExp, what: string, exists?: (code: string) => boolean): Field<string, string> => ({
  kind: 'code',
  pattern,
  what,
  read: (reader, name, required) => {
    const value = reader.code(name, pattern, what, { required });
    if (value === undefined || !exists || exists(value)) return value;
    reader.problem(name, `must be ${what}; got "${value}"`);
    return undefined;
  },
});

/** An ISO 4217 currency code (`USD`, `PEN`). */
export const currency = (): Field<string, string> => code(/^[A-Z]{3}$/, 'an ISO 4217 code ("USD")');

/** An assigned ISO 3166-1 alpha-2 region (`PE`), one that Intl can name. */
export const region = (): Field<string, string> =>
  code(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code ("PE")', (value) => value !== 'ZZ' && !!intl(Intl.DisplayNames, 'en', { type: 'region', fallback: 'none' }).of(value));

/** A number (also digits in markup, `data-value="20000"`), formatted for the reader; other text is shown as written. */
export const numberOrText = (): Field<number | string, number | string> => ({
  kind: 'numberOrText',
  read: (reader, name, required) => {
    const value = reader.raw(name);
    const numeric = typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
    return numeric ? reader.number(name) : reader.text(name, { required });
  },
});

/** A boolean attribute (present: on); in JSON, `true` or `false`. */
export const flag = (): Field<boolean, boolean> => ({
  kind: 'flag',
  read: (reader, name) => {
    const value = reader.raw(name);
    if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
    reader.problem(name, 'must be true or false');
    return undefined;
  },
});

/** A list of texts (at most `max`, each cut at `itemMax`); items that are not text are reported and left out. */
export const textList = ({ max = LIMITS.items as number, itemMax = LIMITS.short as number } = {}): Field<string[], string[]> & { readonly kind: 'textList' } => ({
  kind: 'textList',
  max,
  read: (reader, name) => reader.textList(name, { max, itemMax }),
});

/**
 * A list of objects, each read with `item`'s fields; an item that is not an object, lacks a
 * required field, or has none of the fields `oneOf` names (a key figure: an amount or a rank), is
 * reported and left out. Over `max` items the rest are dropped.
 */
export const list = <T extends FieldTable>(
  item: T,
  { max = LIMITS.items as number, oneOf }: { max?: number; oneOf?: ReadonlyArray<keyof T & string> } = {},
): Field<Array<DataOf<T>>, Array<ModelOf<T>>> & { readonly kind: 'list' } => {
  const needed = Object.keys(item).filter((name) => item[name].required);
  const shape = needed.length ? `an object with ${needed.join(' and ')}` : 'an object';
  return {
    kind: 'list',
    item,
    max,
    oneOf,
    read: (reader, name, required) => {
      const items = reader.list(
        name,
        (itemReader, value, index) => {
          if (!isRecord(value)) {
            reader.problem(`${name}[${index}]`, `must be ${shape}`);
            return undefined;
          }
          const read = readFields(itemReader, item);
          if (!read || hasOneOf(read, oneOf)) return read;
          reader.problem(`${name}[${index}]`, `needs ${oneOf!.join(' or ')}; left out`);
          return undefined;
        },
        { max },
      );
      // A required list (a timeline's events) needs one usable item: without, the widget has nothing to draw.
      if (!required || items.length) return items;
      reader.problem(name, 'needs at least one item');
      return undefined;
    },
  };
};

/**
 * One object read with `item`'s fields (an image's `src` and `alt`); without one of its required
 * fields it is reported and left out. It has no attribute: it is set in JSON or the `data` property.
 */
export const object = <T extends FieldTable>(item: T): Field<DataOf<T>, ModelOf<T>> & { readonly kind: 'object' } => ({
  kind: 'object',
  item,
  read: (reader, name, required) => reader.object(name, (objectReader) => readFields(objectReader, item), { required }),
});

/** Text in paragraphs separated by a blank line, kept as a list of paragraphs; at most `max` characters in all (default LIMITS.long). */
export const paragraphs = ({ max = LIMITS.long as number } = {}): Field<string, string[]> => ({
  kind: 'text',
  max,
  read: (reader, name, required) => reader.paragraphs(name, { required, max }),
});

/**
 * Reads every field of `table` in order, so that every problem is reported at once. Returns
 * undefined when a required field is missing or unusable: the widget then has nothing to draw.
 */
export function readFields<T extends FieldTable>(reader: FieldReader, table: T): ModelOf<T> | undefined {
  const { values, complete } = readValues(reader, table);
  return complete ? (values as ModelOf<T>) : undefined;
}

/** Like `readFields`, but returns what could be read even when a required field is missing. */
export function readValues<T extends FieldTable>(reader: FieldReader, table: T): { values: Partial<ModelOf<T>>; complete: boolean } {
  const values: Record<string, unknown> = {};
  let complete = true;
  for (const [name, field] of Object.entries(table)) {
    const value = field.read(reader, name, !!field.required);
    if (value !== undefined) values[name] = value;
    else if (field.required) complete = false;
  }
  return { values: values as Partial<ModelOf<T>>, complete };
}

/**
 * `data` as given (JSON), with only what the widget draws from it: each field that `table`'s readers
 * keep (a rank of −1 or a date such as `2024-02-30` is left out), lists without the items they leave
 * out and with the items' fields they keep, texts as the readers give them (trimmed, cut with "…").
 * Fields not in the table stay as given when they are text, numbers or flags (an `id`), and are
 * left out when they are lists or objects; empty values stay as given. For writing the same data
 * another way (the builder's plain markup) so that it shows what the widget will draw.
 * Problems go to `reader`, which reads `data`.
 */
export function drawnData(reader: FieldReader, table: FieldTable, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const field = table[name];
    // A field not in the table stays as given when it is text, a number or a flag (an `id`); a list or object of its own has no place to be drawn.
    if (!field) {
      if (typeof value !== 'object' || value === null) out[name] = value;
      continue;
    }
    if (value === undefined || value === null || value === '') {
      out[name] = value;
      continue;
    }
    const { item } = field;
    let kept: unknown;
    if (field.kind === 'list' && item) {
      // An item is drawn when it is an object with every required field, as `list()` reads it.
      kept = reader.list(
        name,
        (itemReader, entry) => {
          if (!isRecord(entry)) return undefined;
          const { values, complete } = readValues(itemReader, item);
          return complete && hasOneOf(values as Record<string, unknown>, field.oneOf) ? drawnData(itemReader, item, entry) : undefined;
        },
        { max: field.max },
      );
    } else if (field.kind === 'object' && item) {
      kept = reader.object(name, (objectReader) => (readValues(objectReader, item).complete ? drawnData(objectReader, item, value as Record<string, unknown>) : undefined));
    } else {
      const read = field.read(reader, name, false);
      // Texts, numbers, keywords and codes as read; a URL or a date as given (a relative URL resolves where it lands).
      kept = read === undefined ? undefined : field.kind === 'textList' || (['string', 'number'].includes(typeof read) && field.kind !== 'url') ? read : value;
    }
    if (kept !== undefined && !(Array.isArray(kept) && !kept.length && Array.isArray(value) && value.length)) out[name] = kept;
  }
  return out;
}

/** Whether `read` has one of the fields `oneOf` names (always, without `oneOf`). */
const hasOneOf = (read: Record<string, unknown>, oneOf?: readonly string[]): boolean => !oneOf || oneOf.some((name) => read[name] !== undefined);

/** `speakerRole` → `speaker-role`: the attribute of a field. */
export const attributeName = (field: string): string => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `speaker-role` (or `speakerRole`) → `speakerRole`: the field of an attribute, a `data-*` name or a URL parameter. */
export const fieldName = (name: string): string => name.trim().replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** True for fields set through an attribute: every one but lists and objects. */
export const hasAttribute = (field: Field): boolean => field.kind !== 'list' && field.kind !== 'textList' && field.kind !== 'object';
