/**
 * Runtime validation: turns any input (attributes, JSON, fetched documents) into
 * normalized values plus a list of problems. Pure functions, no DOM, so the same
 * code validates on a server, in a worker or in a test.
 */

/** One thing wrong with a widget's input. `field` uses the JSON (camelCase) name. */
export interface Problem {
  field: string;
  message: string;
}

/** A calendar date or date-time read from ISO 8601, with the precision it was given in. */
export interface IsoDate {
  /** The original ISO string, for `<time datetime>`. */
  iso: string;
  date: Date;
  precision: 'year' | 'month' | 'day' | 'time';
}

/** Limits that keep rendering bounded whatever the input. */
export const LIMITS = {
  /** Longest short text (names, labels, sources). */
  short: 300,
  /** Longest long text (quotes, summaries). */
  long: 5000,
  /** Most items taken from any list. */
  items: 50,
} as const;

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.s]]` with an optional `Z` / `±hh[:]mm` offset. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A decimal number as data desks write it; `Number()` alone would also take `0x10`, `0b1` or `Infinity`. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069). Removed from data text: an
 * unclosed override (U+202E) would reverse the widget's own text after it, and the browser's bidi
 * algorithm, with the marks U+200E/200F that are kept, lays out mixed-direction names without them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export type Raw = Record<string, unknown>;

export const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short description of an unusable value for a problem message; never throws (BigInt, Symbol, huge strings). */
const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `${typeof value} ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40)}`;

/**
 * Reads typed fields out of an untrusted object, collecting problems instead of throwing.
 * Every reader returns `undefined` for a missing or unusable value.
 */
export class FieldReader {
  readonly problems: Problem[];

  /**
   * @param base What relative URLs resolve against: the widget passes its own `baseURI`, never
   *   `document.baseURI`, which page markup such as `<img name="baseURI">` can replace (DOM clobbering).
   */
  constructor(
    private readonly input: Raw,
    private readonly path = '',
    problems: Problem[] = [],
    readonly base?: string,
  ) {
    this.problems = problems;
  }

  private name(field: string): string {
    return this.path ? `${this.path}.${field}` : field;
  }

  problem(field: string, message: string): void {
    this.problems.push({ field: this.name(field), message });
  }

  /** The field's value as given, unchecked. */
  raw(field: string): unknown {
    return this.input[field];
  }

  private value(field: string, required: boolean): unknown {
    const value = this.input[field];
    if (value === undefined || value === null || value === '') {
      if (required) this.problem(field, 'is required');
      return undefined;
    }
    return value;
  }

  /** Text, trimmed, breaking whitespace collapsed; numbers are accepted as text; over `max` it is cut with "…". */
  text(field: string, { required = false, max = LIMITS.short as number } = {}): string | undefined {
    return this.toText(field, this.value(field, required), required, max);
  }

  /**
   * A value that is only meaningful whole (URL, date, language tag, keyword): over `max` it is
   * refused with one problem, never cut (a shortened URL would still link, somewhere else).
   */
  private token(field: string, max: number, required = false): string | undefined {
    const text = this.toText(field, this.value(field, required), required, Infinity);
    if (text === undefined || text.length <= max) return text;
    this.problem(field, `is over ${max} characters; left out`);
    return undefined;
  }

  private toText(field: string, value: unknown, required: boolean, max: number): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(field, `must be text, got ${describe(value)}`);
      return undefined;
    }
    // Runs of breaking white space become one space; no-break spaces (U+00A0, U+2007, U+202F) stay,
    // since French typography and Intl's own numbers rely on them ("20 000", "Source :").
    const text = String(value).replace(BIDI_CONTROLS, '').replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();
    if (!text) {
      if (required) this.problem(field, 'is required');
      return undefined;
    }
    if (text.length > max) {
      this.problem(field, `is over ${max} characters; shortened`);
      // Never end on half of a surrogate pair (an emoji cut in two).
      return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
    }
    return text;
  }

  /** A finite number, from a number or a numeric string. */
  number(field: string, { required = false, min = -Number.MAX_VALUE, integer = false } = {}): number | undefined {
    const value = this.value(field, required);
    if (value === undefined) return undefined;
    const number = typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      this.problem(field, `must be a finite number, got ${describe(value)}`);
      return undefined;
    }
    if (number < min || (integer && !Number.isInteger(number))) {
      this.problem(field, `must be ${integer ? 'a whole number' : 'a number'} of at least ${min}, got ${number}`);
      return undefined;
    }
    return Object.is(number, -0) ? 0 : number;
  }

  /** One of a fixed set of keywords (case-insensitive). */
  oneOf<T extends string>(field: string, allowed: readonly T[], { required = false } = {}): T | undefined {
    const text = this.token(field, 80, required);
    if (text === undefined) return undefined;
    const found = allowed.find((item) => item === text.toLowerCase());
    if (!found) this.problem(field, `must be one of ${allowed.join(', ')}; got "${text.slice(0, 40)}"`);
    return found;
  }

  /**
   * A code such as an ISO 4217 currency or an ISO 3166 country: upper-cased and matched whole
   * against `pattern`; `what` completes the problem "must be …" (e.g. 'an ISO 4217 code ("USD")').
   */
  code(field: string, pattern: RegExp, what: string, { required = false } = {}): string | undefined {
    const text = this.token(field, 20, required)?.toUpperCase();
    if (text === undefined || pattern.test(text)) return text;
    this.problem(field, `must be ${what}; got "${text}"`);
    return undefined;
  }

  /** An absolute http(s) URL (relative ones resolve against `base`); anything else is reported. */
  url(field: string, base = this.base): string | undefined {
    const text = this.token(field, 2000);
    if (text === undefined) return undefined;
    const url = safeHttpUrl(text, base);
    if (!url) this.problem(field, 'must be an http(s) URL; not linked');
    return url;
  }

  /** An ISO 8601 date (`2024`, `2024-06`, `2024-06-27`, or a date-time). */
  date(field: string): IsoDate | undefined {
    const text = this.token(field, 40);
    if (text === undefined) return undefined;
    const [, year, month = '01', day = '01', time, offset = ''] = ISO_DATE.exec(text) ?? [];
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    const calendar = new Date(0);
    calendar.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
    // The calendar part is checked on its own: engines differ on `2024-02-30T10:00Z` (some roll over to March).
    const exists = year !== undefined && calendar.getUTCMonth() + 1 === Number(month) && calendar.getUTCDate() === Number(day);
    const date = time ? new Date(`${year}-${month}-${day}T${time}${offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`) : calendar;
    if (!exists || Number.isNaN(date.getTime())) {
      this.problem(field, `must be an ISO 8601 date (2024-06-27); got "${text}"`);
      return undefined;
    }
    const precision = time ? 'time' : text.length === 10 ? 'day' : text.length === 7 ? 'month' : 'year';
    return { iso: text, date, precision };
  }

  /** A BCP 47 language tag, canonicalized. */
  lang(field: string): string | undefined {
    const text = this.token(field, 80);
    if (text === undefined) return undefined;
    const tag = canonicalLang(text);
    if (!tag) this.problem(field, `must be a language tag (es, zh-Hant); got "${text}"`);
    return tag;
  }

  /** A list; each object item is read by `item` with its own nested reader. Over `max` items the rest are dropped. */
  list<T>(field: string, item: (reader: FieldReader, value: unknown, index: number) => T | undefined, { max = LIMITS.items as number } = {}): T[] {
    const value = this.value(field, false);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problem(field, `must be a list, got ${describe(value)}`);
      return [];
    }
    if (value.length > max) this.problem(field, `has ${value.length} items; only ${max} shown`);
    const out: T[] = [];
    if (value.length > max) cutLists.add(out);
    value.slice(0, max).forEach((entry, index) => {
      const reader = new FieldReader(isRecord(entry) ? entry : {}, this.name(`${field}[${index}]`), this.problems, this.base);
      const result = item(reader, entry, index);
      if (result !== undefined) out.push(result);
    });
    return out;
  }

  /**
   * Text in paragraphs: a blank line (two line breaks) separates them; inside each, white space
   * collapses as in `text`. Over `max` characters in all, the paragraph that crosses it is cut with "…" and the rest dropped.
   */
  paragraphs(field: string, { required = false, max = LIMITS.long as number } = {}): string[] | undefined {
    const value = this.value(field, required);
    if (typeof value !== 'string') {
      const text = this.toText(field, value, required, max);
      return text === undefined ? undefined : [text];
    }
    const paragraphs: string[] = [];
    let left = max;
    for (const piece of value.split(/\n[^\S\n]*\n/)) {
      const text = left > 0 ? this.toText(field, piece, false, left) : undefined;
      if (text === undefined) continue;
      paragraphs.push(text);
      left -= text.length;
    }
    if (!paragraphs.length && required) this.problem(field, 'is required');
    return paragraphs.length ? paragraphs : undefined;
  }

  /** An object whose fields `read` takes from its own nested reader (problems named `field.name`). */
  object<T>(field: string, read: (reader: FieldReader) => T | undefined, { required = false } = {}): T | undefined {
    const value = this.value(field, required);
    if (value === undefined) return undefined;
    if (!isRecord(value)) {
      this.problem(field, `must be an object, got ${describe(value)}`);
      return undefined;
    }
    return read(new FieldReader(value, this.name(field), this.problems, this.base));
  }

  /** A list of texts; items that are not text are reported and left out. */
  textList(field: string, { max = LIMITS.items as number, itemMax = LIMITS.short as number } = {}): string[] {
    return this.list(field, (_reader, value, index) => this.toText(`${field}[${index}]`, value, false, itemMax), { max });
  }
}

const cutLists = new WeakSet<readonly unknown[]>();

/** True for a list that FieldReader cut at its limit: the widget then shows a visible "…" after it. */
export const isCut = (list: readonly unknown[]): boolean => cutLists.has(list);

/** Returns the normalized href when `text` is an http(s) URL, otherwise undefined. */
export function safeHttpUrl(text: string, base?: string): string | undefined {
  try {
    const url = new URL(text.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Canonical form of a BCP 47 tag, or undefined when it is not one. */
export function canonicalLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
