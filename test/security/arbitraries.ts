/**
 * Hostile inputs for property-based tests (fast-check): per field kind, the edge cases named in the
 * reliability brief mixed with random values, and whole items built from a widget's field table.
 */
import fc from 'fast-check';
import { LIMITS, type Raw } from '../../src/core/validate.js';
import type { Route } from './routes.js';
import type { FieldKind, FieldSpec, WidgetSpec } from './widgets.js';

// A failing property shows the assertion that failed, not only the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

/** About a million characters, with markup in it that must stay text. */
export const ONE_MB = '<b>Lede</b> '.repeat(Math.ceil(1_048_576 / 12)).slice(0, 1_048_576);

/** 10,000 items, far over LIMITS.items. */
export const TEN_THOUSAND = 10_000;
const longList = (item: unknown): unknown[] => Array.from({ length: TEN_THOUSAND }, () => item);

/** Any JSON value, nested a little, with any UTF-16 in its strings. */
export const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });

/** Values no JSON can hold; only the `data` property carries them. */
export const nonJson = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  10n,
  Symbol('lede'),
  () => 'a function',
  new Date(NaN),
  Object.create(null),
  new Map([['text', 'in a map']]),
  undefined,
);

const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** Language tags: broken, empty, 200 characters, exotic but valid, random. */
export const langTag = fc.oneof(
  fc.constantFrom(
    'xx-!!',
    '',
    ' ',
    'a'.repeat(200),
    'en-',
    '-en',
    'en--US',
    'en_US',
    'zh-Hant-TW',
    'ZH-hant-tw',
    'zh-Hans-u-nu-hanidec',
    'es-419',
    'fr-CA-u-ca-islamic',
    'en-u-nu-arab',
    'ar-EG',
    'he',
    'und',
    'root',
    'i-klingon',
    'x-private',
    'en-US-POSIX',
    '__proto__',
    'toString',
    '🙂',
    '\u0000',
  ),
  fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/),
  anyString,
);

const numbers = fc.oneof(
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, 1e308, -1e308, -0, -1, 0, 5e-324, 2 ** 53 + 2),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '1e309', '-0', '-5', ' 12 ', '12abc', '0x10', '0b11', '١٢٣', '1,000', '1 000', '.5', '5.'),
  fc.double(),
);

const dates = fc.oneof(
  fc.constantFrom<unknown>(
    '2024-02-30',
    '2023-02-29',
    '2024-02-29',
    '0000-01-01',
    '0099-06-27',
    '9999-12-31',
    '275760-09-13',
    '+275760-09-13',
    '-000001-01-01',
    '2024-06-27T25:00Z',
    '2024-06-27T23:59:60Z',
    '2024-02-30T10:00Z',
    '2024-06-27T10:00+14:00',
    '2024-06-27T10:00-99:99',
    '2024-06-27T1',
    '2024-13-01',
    '2024-00-10',
    '2024-6-7',
    '27/06/2024',
    'June 27, 2024',
    '1719446400000',
    1719446400000,
    'Invalid Date',
    '2024-06-27T10:00:00.123456789Z',
    '2024-06-27T10:00:00.1234567890Z',
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

const urls = fc.oneof(
  fc.constantFrom(
    'javascript:ledePwn()',
    'JaVaScRiPt:ledePwn()',
    ' \tjavascript:ledePwn()',
    'data:text/html,<script>ledePwn()</script>',
    'vbscript:msgbox(1)',
    'https://',
    'http://[::1]:8/x',
    'https://exa mple.com',
    '//example.com/x',
    '/relative/path',
    'relative',
    '?q=1',
    '#fragment',
    `https://example.com/${'a'.repeat(3000)}`,
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  anyString,
);

const currencies = fc.oneof(fc.constantFrom('XXX', 'US$', '', 'usd', 'EURO', '€', 'ZZZ', '123', 'U S', ' EUR ', '__proto__'), fc.string({ maxLength: 5 }));

const texts = fc.oneof(
  { weight: 4, arbitrary: anyString },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(ONE_MB, '   ', '\n\t\r', 12345, 1e308, '\u202Eevil', 'x'.repeat(LIMITS.long + 1)) },
);

/** Hostile values for a field of `kind` (lists get their own items). */
export function hostile(spec: FieldSpec): fc.Arbitrary<unknown> {
  const kinds: Record<FieldKind, () => fc.Arbitrary<unknown>> = {
    text: () => texts,
    url: () => urls,
    number: () => numbers,
    date: () => dates,
    lang: () => langTag,
    keyword: () => fc.oneof(anyString, fc.mixedCase(fc.constantFrom('signed', 'reported', 'compact', 'company'))),
    currency: () => currencies,
    boolean: () => fc.constantFrom<unknown>(true, false, 'true', 'false', '', 0, 1, 'yes', 'countup'),
    textList: () =>
      fc.oneof(fc.constant([]), fc.constant(longList('beneficiary')), fc.array(fc.oneof(texts, anyJson), { maxLength: 60 })),
    list: () => {
      const item = fc.record(Object.fromEntries(Object.entries(spec.item ?? {}).map(([name, field]) => [name, hostile(field)])), { requiredKeys: [] });
      return fc.oneof(fc.constant([]), fc.constant(longList({})), fc.array(fc.oneof(item, anyJson), { maxLength: 60 }));
    },
    object: () => fc.oneof(fc.record(Object.fromEntries(Object.entries(spec.item ?? {}).map(([name, field]) => [name, hostile(field)])), { requiredKeys: [] }), anyJson),
  };
  return kinds[spec.kind]();
}

/** A whole item for `widget`: every field may be missing, hostile for its kind, any JSON, or (for the `data` property) not JSON at all. */
export function hostileItem(widget: WidgetSpec, route: Route): fc.Arbitrary<Raw> {
  const value = (spec: FieldSpec): fc.Arbitrary<unknown> => {
    const choices = [hostile(spec), anyJson];
    if (route.carries === 'any') choices.push(nonJson);
    const any = fc.oneof(...choices);
    // Attributes are strings whatever was meant; everything else reaches the widget as it is.
    return route.carries === 'strings' ? fc.oneof(any.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))), anyString) : any;
  };
  const fields = fc.record(Object.fromEntries(Object.entries(widget.fields).map(([name, spec]) => [name, value(spec)])), { requiredKeys: [] });
  // Keys no widget reads, including ones that matter to JavaScript objects.
  const extra = fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'src', 'data'), fc.string({ maxLength: 8 })), anyJson, { maxKeys: 3 });
  return fc.tuple(extra, fields).map(([junk, item]) => ({ ...junk, ...item }));
}
