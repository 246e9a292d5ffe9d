import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { zhHant } from '../../src/locales/zh-Hant.js';
import { zh } from '../../src/locales/zh.js';

describe('language strings', () => {
  it('has every string in every language', () => {
    const keys = (table: object): string[] =>
      Object.entries(table).flatMap(([key, value]) => (typeof value === 'object' && !Array.isArray(value) ? keys(value).map((k) => `${key}.${k}`) : [key]));
    for (const table of [fr, es, zh, zhHant]) expect(keys(table)).to.deep.equal(keys(en));
  });
});
