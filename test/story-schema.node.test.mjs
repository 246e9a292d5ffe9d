// The story document and its JSON Schema, checked in Node with Ajv (draft 2020-12, strict).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
// strictRequired would reject the usual anyOf-of-required idiom ("currency or unit").
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(read('../schema/story.schema.json'));
const story = read('../demo/stories/huawei-peru.json');

/** The story with its figures replaced. */
const withFigures = (...figures) => ({ ...story, figures });

describe('story schema', () => {
  it('accepts the demo story', () => {
    assert.ok(validate(story), ajv.errorsText(validate.errors));
  });

  it('accepts the test fixture story', () => {
    assert.ok(validate(read('./fixtures/story.json')), ajv.errorsText(validate.errors));
  });

  it('holds both of the article’s figures', () => {
    const ids = story.figures.map((figure) => figure.id);
    assert.deepEqual(ids, ['bri-peru', 'trainees']);
  });

  it('accepts a figure with every field, and a count with a unit and no currency', () => {
    const full = {
      id: 'full',
      amount: 2.9e9,
      currency: 'USD',
      label: 'Investissements',
      period: '2023',
      rank: 3,
      rankScope: 'au monde',
      comparison: [{ label: 'Pérou', amount: 2.9e9 }],
      notation: 'standard',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
    };
    assert.ok(validate(withFigures(full, { amount: 20000, unit: 'jeunes' })), ajv.errorsText(validate.errors));
  });

  const bad = {
    'no amount': { currency: 'USD' },
    'an amount as text': { amount: '2,9 milliards', currency: 'USD' },
    'a negative amount': { amount: -1, currency: 'USD' },
    'neither currency nor unit': { amount: 5 },
    'currency XX1': { amount: 5, currency: 'XX1' },
    'currency usd$': { amount: 5, currency: 'usd$' },
    'rank 0': { amount: 5, currency: 'USD', rank: 0 },
    'rank 2.5': { amount: 5, currency: 'USD', rank: 2.5 },
    'an unknown notation': { amount: 5, currency: 'USD', notation: 'huge' },
    'a comparison item without label': { amount: 5, currency: 'USD', comparison: [{ amount: 1 }] },
    'a javascript: source URL': { amount: 5, currency: 'USD', sourceUrl: 'javascript:alert(1)' },
    'a misspelt field': { amount: 5, currency: 'USD', rank_scope: 'au monde' },
    'an id with spaces': { id: 'bri peru', amount: 5, currency: 'USD' },
  };
  for (const [name, figure] of Object.entries(bad)) {
    it(`rejects a figure with ${name}`, () => {
      assert.equal(validate(withFigures(figure)), false);
    });
  }
});
