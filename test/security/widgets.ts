/**
 * Every widget the reliability and security suites exercise, described once.
 *
 * Adding a widget to every fuzz, injection, fault and containment test is one entry in
 * `WIDGETS`: its tag, its schema (story list, text field and fields, as the widget declares them),
 * a minimal item that draws it and a full one. Each field's kind decides which hostile values it
 * is fed (see arbitraries.ts).
 */
import type { Field, FieldTable } from '../../src/core/fields.js';
import type { StoryCollection } from '../../src/core/story.js';
import { LIMITS, type Raw } from '../../src/core/validate.js';
import { dealCardSchema, explainerSchema, investmentFigureSchema, keyNumbersSchema, profileSchema, quoteBlockSchema, timelineSchema } from '../../src/index.js';

/** How a field is read, which decides the hostile values it is fed. */
export type FieldKind =
  | 'text' // FieldReader.text: cut with "…" at `max`
  | 'url' // FieldReader.url: only http(s) becomes a link
  | 'number' // FieldReader.number
  | 'date' // FieldReader.date (ISO 8601)
  | 'lang' // FieldReader.lang (BCP 47)
  | 'keyword' // FieldReader.oneOf
  | 'currency' // ISO 4217 code
  | 'boolean'
  | 'textList' // FieldReader.textList
  | 'list' // FieldReader.list of objects described by `item`
  | 'object'; // FieldReader.object: one object described by `item`

export interface FieldSpec {
  kind: FieldKind;
  /** Longest text shown before it is cut with "…" (text kinds), or most items shown (lists); LIMITS.short, LIMITS.items by default. */
  max?: number;
  /** The fields of each object of a `list`, or of the `object`. */
  item?: Record<string, FieldSpec>;
  /** Needed to draw the widget (a timeline's events). */
  required?: boolean;
  /** A valid value, for list items built by the tests (keywords and codes must be real ones). */
  sample?: unknown;
}

export interface WidgetSpec {
  tag: string;
  /** The story document list holding this widget's items (for `src="story.json#id"`). */
  collection: StoryCollection;
  /** The JSON field that the light DOM's text fills, if any. */
  textField?: string;
  fields: Record<string, FieldSpec>;
  /** The least data that draws the widget. */
  minimal: Raw;
  /** Every field set to something sensible. What it renders is the widget's vocabulary: the only tags and attributes data may ever lead to. */
  full: Raw;
  /** Present in the shadow root only when the widget drew its data (not its fallback). */
  rendered: string;
}

/** The spec of a field as the widget declares it (src/widgets/<name>/<name>.schema.ts): the tests follow the one declaration. */
function specOf(field: Field): FieldSpec {
  return field.required ? { ...kindOf(field), required: true } : kindOf(field);
}

function kindOf(field: Field): FieldSpec {
  switch (field.kind) {
    case 'code':
      // ISO 4217 currencies have their own hostile values; other codes (ISO 3166 regions) are keywords.
      return field.pattern?.source === '^[A-Z]{3}$' ? { kind: 'currency', sample: 'USD' } : { kind: 'keyword', sample: 'PE' };
    case 'keyword':
      return { kind: 'keyword', sample: field.values?.[0] };
    case 'numberOrText':
      return { kind: 'text', max: LIMITS.short };
    case 'flag':
      return { kind: 'boolean' };
    case 'list':
      return { kind: 'list', item: specsOf(field.item ?? {}), max: field.max };
    case 'object':
      return { kind: 'object', item: specsOf(field.item ?? {}) };
    case 'date':
      return { kind: 'date', sample: '2024-06-27' };
    case 'text':
      return { kind: 'text', max: field.max };
    default:
      return { kind: field.kind };
  }
}

/** Every field of a table, but those named in `except`. */
const specsOf = (table: FieldTable, except: string[] = []): Record<string, FieldSpec> =>
  Object.fromEntries(Object.entries(table).filter(([name]) => !except.includes(name)).map(([name, field]) => [name, specOf(field)]));

export const WIDGETS: WidgetSpec[] = [
  {
    tag: 'lede-quote-block',
    ...quoteBlockSchema,
    fields: specsOf(quoteBlockSchema.fields),
    minimal: { text: 'Nous ne pensons pas que nos amis seront contrariés.' },
    full: {
      text: 'Nous ne pensons pas que nos amis seront contrariés.',
      speaker: 'Ana Pérez',
      speakerRole: 'Premier ministre du Pérou',
      context: 'lors d’une visite à Pékin',
      date: '2024-06-27',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
      originalLang: 'es',
    },
    rendered: '[part="figure"]',
  },
  {
    tag: 'lede-deal-card',
    ...dealCardSchema,
    // `headingLevel` picks the heading element (h2–h6): the deal card's own tests cover it.
    fields: specsOf(dealCardSchema.fields, ['headingLevel']),
    minimal: { headline: 'Huawei va former 20 000 jeunes au Pérou à l’IA' },
    full: {
      headline: 'Huawei va former 20 000 jeunes au Pérou à l’IA',
      status: 'signed',
      date: '2024-06',
      location: 'Siège de Huawei',
      summary: 'La présidente du Pérou a signé un accord avec Huawei.',
      parties: [
        { name: 'Huawei', kind: 'company', country: 'CN', url: 'https://www.huawei.com/' },
        { name: 'Pérou', kind: 'government', country: 'PE' },
      ],
      terms: [{ label: 'Jeunes à former', value: 20000, unit: 'personnes' }],
      beneficiaries: ['Femmes', 'Professionnels'],
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
      via: 'Google Actualités',
    },
    rendered: '[part="card"]',
  },
  {
    tag: 'lede-investment-figure',
    ...investmentFigureSchema,
    fields: specsOf(investmentFigureSchema.fields, ['unit']),
    // A rank too: the rank scope is drawn only beside a rank.
    minimal: { amount: 2900000000, currency: 'USD', rank: 3 },
    full: {
      amount: 2900000000,
      currency: 'USD',
      label: 'Investissements reçus par le Pérou au titre de la BRI',
      period: 'l’an dernier',
      rank: 3,
      rankScope: 'au monde',
      comparison: [
        { label: 'Pérou', amount: 2900000000 },
        { label: 'Autre pays', amount: 1000000000 },
      ],
      notation: 'compact',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    rendered: '[part="amount"]',
  },
  // The same widget as a count: a unit instead of a currency.
  {
    tag: 'lede-investment-figure',
    ...investmentFigureSchema,
    fields: specsOf(investmentFigureSchema.fields, ['currency']),
    minimal: { amount: 20000, unit: 'jeunes à former à l’IA', rank: 1 },
    full: {
      amount: 20000,
      unit: 'jeunes à former à l’IA',
      label: 'Formation prévue par l’accord Huawei–Pérou',
      rank: 1,
      rankScope: 'parmi les exemples',
      comparison: [{ label: 'Pérou', amount: 20000 }],
      notation: 'standard',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    rendered: '[part="amount"]',
  },
  {
    tag: 'lede-timeline',
    ...timelineSchema,
    fields: specsOf(timelineSchema.fields),
    minimal: { events: [{ title: 'Visite de la présidente au siège de Huawei' }] },
    full: {
      headline: 'Le Pérou, la Chine et Huawei',
      events: [
        { date: '2021', title: 'Droits portuaires exclusifs accordés à Cosco', text: 'À la suite d’une erreur administrative.', source: 'SCMP', sourceUrl: 'https://www.scmp.com/' },
        { label: 'l’an dernier', title: '2,9 milliards de dollars reçus au titre de la BRI' },
        { date: '2024-06-27', label: 'fin juin', title: 'Accord avec Huawei' },
      ],
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    rendered: '[part="events"]',
  },
  {
    tag: 'lede-key-numbers',
    ...keyNumbersSchema,
    fields: specsOf(keyNumbersSchema.fields),
    minimal: { items: [{ amount: 20000, unit: 'jeunes', label: 'à former à l’IA' }, { amount: 2900000000, currency: 'USD', label: 'reçus au titre de la BRI' }] },
    full: {
      headline: 'Le Pérou en chiffres',
      items: [
        { amount: 20000, unit: 'jeunes', label: 'à former à l’IA' },
        { amount: 2900000000, currency: 'USD', label: 'reçus au titre de la BRI', period: 'l’an dernier', rank: 3, rankScope: 'au monde' },
        { rank: 3, rankScope: 'au monde', label: 'investissement de la BRI' },
      ],
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    rendered: '[part="items"]',
  },
  {
    tag: 'lede-profile',
    ...profileSchema,
    fields: specsOf(profileSchema.fields),
    minimal: { name: 'Dina Boluarte' },
    full: {
      name: 'Dina Boluarte',
      kind: 'person',
      description: 'Présidente du Pérou',
      country: 'PE',
      image: { src: 'https://example.com/portrait.jpg', alt: 'Portrait de Dina Boluarte' },
      bio: 'A visité le siège de Huawei et signé un accord sur l’IA.',
      facts: [{ label: 'Jeunes à former', value: 20000 }],
      url: 'https://www.gob.pe/',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    rendered: '[part="profile"]',
  },
  {
    tag: 'lede-explainer',
    ...explainerSchema,
    fields: specsOf(explainerSchema.fields),
    minimal: { question: 'Qu’est-ce que l’initiative Belt and Road ?', answer: 'Elle vise à relier l’Asie à l’Afrique et à l’Europe.' },
    full: {
      question: 'Qu’est-ce que l’initiative Belt and Road ?',
      answer: 'Elle vise à relier l’Asie à l’Afrique et à l’Europe.\n\nLe Pérou y participe.',
      points: ['Voie terrestre', 'Voie maritime'],
      open: true,
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    },
    rendered: '[part="details"]',
  },
];

/** The attribute a field is set through, from the element's own Lit property options; undefined when it has none. */
export function attributeName(tag: string, field: string): string | undefined {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { attribute?: boolean | string }> };
  const options = ctor.elementProperties.get(field);
  if (!options || options.attribute === false) return undefined;
  return typeof options.attribute === 'string' ? options.attribute : field.toLowerCase();
}
