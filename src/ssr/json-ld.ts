/**
 * schema.org structured data (JSON-LD) for what a page's widgets state, for search engines and feed
 * readers: one `{"@context": "https://schema.org", "@graph": […]}` per page, which the prerenderer
 * writes into one `<script type="application/ld+json">`.
 *
 * Each widget's data is read again with the widget's own field table (`readFields`), so the graph
 * states exactly what the widget draws: text trimmed and cut as shown, only http(s) URLs, only valid
 * ISO 8601 dates, numbers as numbers. Data is text: it is never parsed as markup. What schema.org
 * has no good term for is left out rather than forced into a near miss (each mapping says what).
 *
 * Pure: no DOM, no Node APIs, no runtime dependency; the same code runs on a server and in a browser.
 * The caller serializes the graph; inside `<script>` it must escape `<` as `\u003c`, which JSON
 * parses back to the same text (so `</script>` in a quote cannot end the element).
 */
import { readFields, type FieldTable, type ModelOf, type WidgetSchema } from '../core/fields.js';
import { canonicalLang, FieldReader, isRecord, safeHttpUrl, type IsoDate } from '../core/validate.js';
import { intl } from '../core/intl.js';
import { dealCardSchema, type DealParty } from '../widgets/deal-card/deal-card.schema.js';
import { explainerSchema } from '../widgets/explainer/explainer.schema.js';
import { investmentFigureSchema } from '../widgets/investment-figure/investment-figure.schema.js';
import { keyNumbersSchema } from '../widgets/key-numbers/key-numbers.schema.js';
import { profileSchema } from '../widgets/profile/profile.schema.js';
import { quoteBlockSchema } from '../widgets/quote-block/quote-block.schema.js';
import { timelineSchema } from '../widgets/timeline/timeline.schema.js';

/** One widget as the prerenderer saw it: its tag name, its validated data (the JSON shape of the widget), its resolved language (BCP 47). */
export interface PrerenderedWidget {
  tagName: string;
  data: Record<string, unknown>;
  lang: string;
}

/** A JSON-LD node: schema.org terms as keys. */
type Node = Record<string, unknown>;

/** What every mapping may use besides the widget's data. */
interface Page {
  /** The widget's language, canonical BCP 47, when it is one. */
  lang?: string;
}

/**
 * A node of `type` with the properties that have a value: undefined, empty strings and empty lists
 * are left out, so that no term is stated without something to say.
 */
function node(type: string, properties: Record<string, unknown>): Node {
  const out: Node = { '@type': type };
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    out[key] = value;
  }
  return out;
}

/** A date as schema.org `Date`/`DateTime` take it: ISO 8601, at the precision it was given (`2021`, `2021-06`, `2021-06-03`). */
const isoDate = (date: IsoDate | undefined): string | undefined => date?.iso;

/**
 * Where a creative work comes from: schema.org `citation` (https://schema.org/citation, the
 * publication's name as Text) and `isBasedOn` (https://schema.org/isBasedOn, its URL).
 */
const workSource = (source?: string, sourceUrl?: string): Node => ({ citation: source, isBasedOn: sourceUrl });

/**
 * Where a fact that is not a creative work (an amount, a list, an event, a person) is reported:
 * schema.org `subjectOf` (https://schema.org/subjectOf, "a CreativeWork … about this Thing"), a
 * `CreativeWork` with the publication's `name` and `url`.
 */
const reportedIn = (source?: string, sourceUrl?: string): Node | undefined =>
  source || sourceUrl ? node('CreativeWork', { name: source, url: sourceUrl }) : undefined;

/**
 * An amount: schema.org `MonetaryAmount` (https://schema.org/MonetaryAmount) with `value` (a Number)
 * and `currency` (ISO 4217) for money; otherwise a `QuantitativeValue`
 * (https://schema.org/QuantitativeValue) with `value` and `unitText` (what is counted). `name` is
 * what the figure measures. A period in words ("l’an dernier") and a rank have no schema.org term on
 * these types and are left out.
 */
function amount(value: number, currency: string | undefined, unit: string | undefined, label: string | undefined, more: Node = {}): Node {
  return currency
    ? node('MonetaryAmount', { name: label, value, currency, ...more })
    : node('QuantitativeValue', { name: label, value, unitText: unit, ...more });
}

/**
 * A person or organisation: schema.org `Person` (https://schema.org/Person), `GovernmentOrganization`
 * (https://schema.org/GovernmentOrganization) for a government, `Organization`
 * (https://schema.org/Organization) for a company or another organisation. Its ISO 3166-1 country is a
 * person's `nationality` (a `Country` named in the page's language) and an organisation's
 * `address.addressCountry`; its website is both `url` and `sameAs` (schema.org names an official
 * website among `sameAs` values).
 */
function agent(kind: string | undefined, properties: { name?: string; country?: string; url?: string }, page: Page, more: Node = {}): Node {
  const { name, country, url } = properties;
  const place = country && intl(Intl.DisplayNames, page.lang ?? 'en', { type: 'region', fallback: 'code' }).of(country);
  const where =
    kind === 'person'
      ? { nationality: country && node('Country', { name: place }) }
      : { address: country && node('PostalAddress', { addressCountry: country }) };
  const type = kind === 'person' ? 'Person' : kind === 'government' ? 'GovernmentOrganization' : 'Organization';
  return node(type, { name, ...more, ...where, url, sameAs: url });
}

/** An ordered list: schema.org `ItemList` of `ListItem`s (https://schema.org/ListItem) with `position` from 1 and the `item`. */
const itemList = (name: string | undefined, items: Node[], source: Node | undefined): Node | undefined =>
  items.length
    ? node('ItemList', {
        name,
        numberOfItems: items.length,
        itemListElement: items.map((item, index) => node('ListItem', { position: index + 1, item })),
        subjectOf: source,
      })
    : undefined;

/** A widget's field table and what its validated model states. */
interface Mapping<T extends FieldTable = FieldTable> {
  schema: WidgetSchema<T>;
  state(model: ModelOf<T>, page: Page): Node | undefined;
}
const mapping = <T extends FieldTable>(schema: WidgetSchema<T>, state: (model: ModelOf<T>, page: Page) => Node | undefined): Mapping =>
  ({ schema, state }) as unknown as Mapping;

/** What each widget states, by tag name. */
const MAPPINGS: Record<string, Mapping> = {
  /**
   * A quote: schema.org `Quotation` (https://schema.org/Quotation, a CreativeWork in schema.org's
   * pending section) with its `text`, `spokenByCharacter` (a `Person` with `name` and `jobTitle`),
   * `dateCreated` (when it was said), `description` (its context in words), `inLanguage` (the words as
   * shown) and its source. Words translated from another language (`originalLang`) are a
   * `translationOfWork` (https://schema.org/translationOfWork) of a Quotation in that language.
   */
  'lede-quote-block': mapping(quoteBlockSchema, (quote, page) =>
    node('Quotation', {
      text: quote.text,
      spokenByCharacter: quote.speaker || quote.speakerRole ? node('Person', { name: quote.speaker, jobTitle: quote.speakerRole }) : undefined,
      dateCreated: isoDate(quote.date),
      description: quote.context,
      inLanguage: page.lang,
      translationOfWork:
        quote.originalLang && quote.originalLang !== page.lang ? node('Quotation', { inLanguage: quote.originalLang }) : undefined,
      ...workSource(quote.source, quote.sourceUrl),
    }),
  ),

  /**
   * A figure: a `MonetaryAmount` (value as a Number, ISO 4217 `currency`) or a `QuantitativeValue`
   * (value and `unitText`), named by its label, with its source as `subjectOf`. The comparison bars,
   * the rank and the period in words have no schema.org term on these types.
   */
  'lede-investment-figure': mapping(investmentFigureSchema, (figure) =>
    amount(figure.amount, figure.currency, figure.unit, figure.label, { subjectOf: reportedIn(figure.source, figure.sourceUrl) }),
  ),

  /**
   * Key figures: an `ItemList` named by the headline, each figure with an amount a `MonetaryAmount`
   * or `QuantitativeValue` as above. A figure that is a rank alone states nothing schema.org has a
   * term for and is left out.
   */
  'lede-key-numbers': mapping(keyNumbersSchema, (box) =>
    itemList(
      box.headline,
      box.items.filter((item) => item.amount !== undefined).map((item) => amount(item.amount!, item.currency, item.unit, item.label)),
      reportedIn(box.source, box.sourceUrl),
    ),
  ),

  /**
   * A timeline: an `ItemList` of schema.org `Event`s (https://schema.org/Event) in the order drawn
   * (dated events in date order, undated ones where they were given), each with `name`, `description`
   * and `startDate`. schema.org's `Date` is ISO 8601, which allows reduced precision, so a year
   * (`2021`) or a month (`2021-06`) is stated as given; an event dated only in words ("l’an dernier")
   * is a `Thing` with its name and description, as an `Event` without `startDate` fails search engines' checks.
   * Google's event rich results are for upcoming events with a full date: these events are stated for
   * what they are, not for a rich result.
   */
  'lede-timeline': mapping(timelineSchema, (timeline) => {
    const dated = timeline.events.filter((event) => event.date).sort((a, b) => a.date!.date.getTime() - b.date!.date.getTime());
    const events = timeline.events.map((event) => (event.date ? dated.shift()! : event));
    return itemList(
      timeline.headline,
      events.map((event) =>
        node(event.date ? 'Event' : 'Thing', {
          name: event.title,
          description: event.text,
          startDate: isoDate(event.date),
          subjectOf: reportedIn(event.source, event.sourceUrl),
        }),
      ),
      reportedIn(timeline.source, timeline.sourceUrl),
    );
  }),

  /**
   * A deal: schema.org has no type for an agreement or a contract, so the deal is stated as the
   * `Event` of its making (https://schema.org/Event: it happens at a time and a place): `name` (the
   * headline), `description` (the summary), `startDate`, `location` (a `Place` by name), its parties
   * as `attendee`s (Person, Organization or GovernmentOrganization with country and website), and
   * `eventStatus` `EventCancelled` when it was cancelled (no other status has an EventStatusType: a
   * "reported" or "signed" deal is not "scheduled"). Key terms, beneficiaries and the outlet it was
   * found `via` have no schema.org term on Event and are left out.
   */
  'lede-deal-card': mapping(dealCardSchema, (deal, page) =>
    node('Event', {
      name: deal.headline,
      description: deal.summary,
      startDate: isoDate(deal.date),
      location: deal.location && node('Place', { name: deal.location }),
      attendee: deal.parties.map((party: DealParty) => agent(party.kind, party, page)),
      eventStatus: deal.status === 'cancelled' ? 'https://schema.org/EventCancelled' : undefined,
      subjectOf: reportedIn(deal.source, deal.sourceUrl),
    }),
  ),

  /**
   * A profile: a `Person`, `Organization` or `GovernmentOrganization` as for deal parties, with its
   * one-line description as `disambiguatingDescription` (https://schema.org/disambiguatingDescription),
   * its bio as `description`, its portrait or logo as `image`, an `ImageObject`
   * (https://schema.org/ImageObject) with `contentUrl` and the alt text as `description`, and its
   * source as `subjectOf`. Key facts (label and value) have no schema.org term on these types.
   */
  'lede-profile': mapping(profileSchema, (profile, page) =>
    agent(profile.kind, profile, page, {
      disambiguatingDescription: profile.description,
      description: profile.bio,
      image: profile.image && node('ImageObject', { contentUrl: profile.image.src, description: profile.image.alt }),
      subjectOf: reportedIn(profile.source, profile.sourceUrl),
    }),
  ),

  /**
   * An explainer: a schema.org `Question` (https://schema.org/Question) whose `name` is the question,
   * with an `acceptedAnswer` `Answer` whose `text` is the answer's paragraphs and key points as plain
   * text (paragraphs separated by a blank line, points one a line), in the page's language, with its
   * source. Not an `FAQPage`: an article with an explainer box is not a page of frequently asked
   * questions, and Google shows FAQ rich results only for authoritative government and health sites.
   */
  'lede-explainer': mapping(explainerSchema, (explainer, page) =>
    node('Question', {
      name: explainer.question,
      inLanguage: page.lang,
      acceptedAnswer: node('Answer', {
        text: [...explainer.answer, explainer.points.join('\n')].filter(Boolean).join('\n\n'),
        inLanguage: page.lang,
        ...workSource(explainer.source, explainer.sourceUrl),
      }),
    }),
  ),
};

/**
 * The JSON shape of a widget's data, also when given as the widget's model: a date read as
 * `{iso, date, precision}` back to its ISO text, paragraphs read as a list back to text.
 */
function asJson(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (isRecord(value) && typeof value.iso === 'string' && 'precision' in value) out[key] = value.iso;
    else if (key === 'answer' && Array.isArray(value) && value.every((item) => typeof item === 'string')) out[key] = value.join('\n\n');
    else if (Array.isArray(value)) out[key] = value.map((item) => (isRecord(item) ? asJson(item) : item));
    else out[key] = value;
  }
  return out;
}

/**
 * schema.org JSON-LD graph for the widgets of one page, or null when none states anything.
 *
 * @param widgets The page's widgets in document order: tag name (`lede-quote-block`…), data in the
 *   widget's JSON shape (a story document's item, as the `data` property takes it; numbers may be
 *   digit strings, as attributes give them) and resolved language (BCP 47). Widgets of unknown tags,
 *   data that the widget itself would not draw (a required field missing) and duplicates are left out.
 * @param pageUrl The page's absolute http(s) address: relative URLs in the data resolve against it,
 *   and each node gets an `@id` of that page (`…#lede-1`, `…#lede-2`, in graph order) so that other
 *   structured data on the page can refer to it. Without it, relative URLs are left out.
 * @returns `{"@context": "https://schema.org", "@graph": [nodes]}` in document order. Never throws on
 *   JSON data, however wrong: what cannot be read is left out, as the widget leaves it out.
 */
export function structuredData(widgets: readonly PrerenderedWidget[], pageUrl?: string): Record<string, unknown> | null {
  const page = pageUrl ? safeHttpUrl(pageUrl) : undefined;
  const graph: Node[] = [];
  const seen = new Set<string>();
  for (const widget of widgets) {
    const found = typeof widget?.tagName === 'string' ? MAPPINGS[widget.tagName.toLowerCase()] : undefined;
    if (!found || !isRecord(widget.data)) continue;
    const model = readFields(new FieldReader(asJson(widget.data), '', [], page), found.schema.fields);
    if (!model) continue;
    const lang = typeof widget.lang === 'string' ? canonicalLang(widget.lang) : undefined;
    const stated = found.state(model, { lang });
    const key = stated && JSON.stringify(stated);
    if (!stated || !key || seen.has(key)) continue;
    seen.add(key);
    graph.push(stated);
  }
  if (!graph.length) return null;
  const base = page?.replace(/#.*$/, '');
  return {
    '@context': 'https://schema.org',
    '@graph': base ? graph.map((stated, index) => ({ '@id': `${base}#lede-${index + 1}`, ...stated })) : graph,
  };
}
