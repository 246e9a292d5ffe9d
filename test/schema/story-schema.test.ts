/** The shipped JSON Schema: the story documents validate, and it rejects what the widgets would report. */
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { DEAL_STATUSES, PARTY_KINDS } from '../../src/index.js';

const load = async (path: string): Promise<unknown> => {
  const response = await fetch(new URL(path, import.meta.url));
  expect(response.ok, path).to.equal(true);
  return response.json();
};

describe('story JSON Schema', () => {
  let validator: Validator;
  let schema: Schema & { $defs: Record<string, Schema & { properties: Record<string, Schema & { items: Schema & { properties: Record<string, Schema> } }> }> };
  const errors = (document: unknown) =>
    validator
      .validate(document)
      .errors.filter((error) => error.keyword !== 'properties' && error.keyword !== 'items' && error.keyword !== '$ref')
      .map((error) => `${error.instanceLocation} ${error.keyword}`);

  before(async () => {
    schema = (await load('../../schema/story.schema.json')) as typeof schema;
    validator = new Validator(schema, '2020-12', false);
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  for (const path of ['../../demo/stories/huawei-peru.json', '../fixtures/deal-story.json', '../fixtures/story.json']) {
    it(`accepts ${path.split('/').pop()}`, async () => {
      expect(errors(await load(path))).to.deep.equal([]);
    });
  }

  it('knows the same deal statuses and party kinds as the widget', () => {
    const deal = schema.$defs.deal.properties;
    expect(deal.status.enum).to.deep.equal([...DEAL_STATUSES]);
    expect(deal.parties.items.properties.kind.enum).to.deep.equal([...PARTY_KINDS]);
  });

  const deal = { id: 'd', headline: 'Un accord' };
  const bad: Array<[string, unknown, string]> = [
    ['a deal without headline', { id: 'd' }, '/deals/0 required'],
    ['a deal without id', { headline: 'x' }, '/deals/0 required'],
    ['an unknown status', { ...deal, status: 'rumoured' }, '/deals/0/status enum'],
    ['a date that is not ISO 8601', { ...deal, date: '27/06/2024' }, '/deals/0/date pattern'],
    ['a party of an unknown kind', { ...deal, parties: [{ name: 'A', kind: 'alien' }] }, '/deals/0/parties/0/kind enum'],
    ['a country name instead of a code', { ...deal, parties: [{ name: 'A', country: 'Peru' }] }, '/deals/0/parties/0/country pattern'],
    ['parties that are not a list', { ...deal, parties: 'A, B' }, '/deals/0/parties type'],
    ['a term without value', { ...deal, terms: [{ label: 'x' }] }, '/deals/0/terms/0 required'],
    ['a javascript: source URL', { ...deal, sourceUrl: 'javascript:alert(1)' }, '/deals/0/sourceUrl pattern'],
    ['a misspelt field', { ...deal, sourceURL: 'https://example.org/' }, '/deals/0 additionalProperties'],
    ['an empty beneficiary', { ...deal, beneficiaries: [''] }, '/deals/0/beneficiaries/0 minLength'],
  ];
  for (const [name, item, error] of bad) {
    it(`rejects ${name}`, () => {
      expect(errors({ id: 's', deals: [item] })).to.include(`#${error}`);
    });
  }

  const figure = { id: 'f', amount: 5, currency: 'USD' };
  const badFigures: Array<[string, unknown, string]> = [
    ['a figure without amount', { id: 'f', currency: 'USD' }, '/figures/0 required'],
    ['an amount as text', { ...figure, amount: '2,9 milliards' }, '/figures/0/amount type'],
    ['a negative amount', { ...figure, amount: -1 }, '/figures/0/amount minimum'],
    ['neither currency nor unit', { id: 'f', amount: 5 }, '/figures/0 anyOf'],
    ['a currency that is not ISO 4217', { ...figure, currency: 'usd$' }, '/figures/0/currency pattern'],
    ['rank 0', { ...figure, rank: 0 }, '/figures/0/rank minimum'],
    ['a fractional rank', { ...figure, rank: 2.5 }, '/figures/0/rank type'],
    ['an unknown notation', { ...figure, notation: 'huge' }, '/figures/0/notation enum'],
    ['a comparison item without label', { ...figure, comparison: [{ amount: 1 }] }, '/figures/0/comparison/0 required'],
    ['a misspelt figure field', { ...figure, rank_scope: 'au monde' }, '/figures/0 additionalProperties'],
  ];
  for (const [name, item, error] of badFigures) {
    it(`rejects ${name}`, () => {
      expect(errors({ id: 's', figures: [item] })).to.include(`#${error}`);
    });
  }

  it('accepts a figure with every field, and a count with a unit and no currency', () => {
    const full = {
      ...figure,
      label: 'Investissements',
      period: '2023',
      rank: 3,
      rankScope: 'au monde',
      comparison: [{ label: 'Pérou', amount: 2.9e9 }],
      notation: 'standard',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    };
    expect(errors({ id: 's', figures: [full, { id: 'c', amount: 20000, unit: 'jeunes' }] })).to.deep.equal([]);
  });

  it('rejects a quote without text', () => {
    expect(errors({ id: 's', quotes: [{ id: 'q' }] })).to.include('#/quotes/0 required');
  });
});
