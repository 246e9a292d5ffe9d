import { expect } from '@open-wc/testing';
import { resolveLocale } from '../../src/core/locale.js';
import { amountInWords, type Amount } from '../../src/core/money.js';
import { en } from '../../src/locales/en.js';

/** The amount template of a tag's language, as a widget gets it (every language is loaded first, below). */
const words = (tag: string) => resolveLocale(tag).messages;
before(() => Promise.all(['fr', 'es', 'zh', 'zh-TW'].map((tag) => resolveLocale(tag).ready)));

const exactAmount = (tag: string, amount: number, currency?: string) => amountInWords(tag, words(tag), { amount, currency }).exact;

/** The whole phrase, as the widget shows it. */
const say = (tag: string, amount: Amount): string => {
  const { before, number, after } = amountInWords(tag, words(tag), amount);
  return before + number + after;
};

/** What Intl itself writes, for the parts Intl decides. */
const compact = (tag: string, n: number) =>
  new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(n);
const whole = (tag: string, n: number, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(tag, { maximumFractionDigits: 0, ...options }).format(n);
const currencyName = (tag: string, currency: string, n: number) =>
  new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: 'name', maximumFractionDigits: 0, minimumFractionDigits: 0 })
    .formatToParts(n)
    .find((part) => part.type === 'currency')!.value;
const symbol = (tag: string, currency: string) =>
  new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 })
    .formatToParts(1)
    .filter((part) => part.type === 'currency' || part.type === 'literal')
    .map((part) => part.value)
    .join('');

const BRI = { amount: 2_900_000_000, currency: 'USD' };

describe('money in words', () => {
  it('writes the story’s $2.9 billion grammatically in French, Spanish, Chinese and English', () => {
    expect(say('fr', BRI)).to.equal(`${compact('fr', 2.9e9)} de dollars`);
    expect(say('es', BRI)).to.equal(`${compact('es', 2.9e9)} de dólares`);
    expect(say('zh', BRI)).to.equal(`${compact('zh', 2.9e9)}美元`);
    expect(say('en', BRI)).to.equal(`$${compact('en', 2.9e9)}`);
    // The forms the newsroom asked for, spaces aside.
    expect(say('fr', BRI).replace(/\s/g, ' ')).to.equal('2,9 milliards de dollars');
    expect(say('es', BRI).replace(/\s/g, ' ')).to.equal('2,9 mil millones de dólares');
    expect(say('zh', BRI)).to.equal('29亿美元');
    expect(say('en', BRI).replace(/\s/g, ' ')).to.equal('$2.9 billion');
  });

  it('keeps regional number conventions (es-PE, en-GB, zh-TW)', () => {
    expect(say('es-PE', BRI)).to.equal(`${compact('es-PE', 2.9e9)} de dólares`);
    expect(say('en-GB', BRI)).to.equal(`${symbol('en-GB', 'USD')}${compact('en-GB', 2.9e9)}`);
    expect(say('zh-TW', BRI)).to.equal(`${compact('zh-TW', 2.9e9)}${currencyName('zh-TW', 'USD', 2.9e9)}`);
  });

  it('names other currencies in full, with French elision', () => {
    expect(say('fr', { amount: 3e9, currency: 'EUR' })).to.equal(`${compact('fr', 3e9)} d’${currencyName('fr', 'EUR', 3e9)}`);
    for (const currency of ['CNY', 'PEN', 'JPY', 'CAD']) {
      const name = currencyName('fr', currency, 2.9e9);
      expect(say('fr', { amount: 2.9e9, currency }), currency).to.equal(`${compact('fr', 2.9e9)} ${/^[aeiouy]/i.test(name) ? 'd’' : 'de '}${name}`);
      expect(say('es', { amount: 2.9e9, currency }), currency).to.equal(`${compact('es', 2.9e9)} de ${currencyName('es', currency, 2.9e9)}`);
      expect(say('zh', { amount: 2.9e9, currency }), currency).to.equal(`${compact('zh', 2.9e9)}${currencyName('zh', currency, 2.9e9)}`);
      expect(say('en', { amount: 2.9e9, currency }), currency).to.equal(`${symbol('en', currency)}${compact('en', 2.9e9)}`);
    }
    // Canadian dollars never read as plain "dollars".
    expect(say('fr', { amount: 2.9e9, currency: 'CAD' })).to.not.match(/dollars$/);
  });

  it('writes small amounts without a compact word, with Intl’s singular or plural', () => {
    expect(say('fr', { amount: 950, currency: 'USD' })).to.equal(`${whole('fr', 950)} dollars`);
    expect(say('fr', { amount: 1, currency: 'USD' })).to.equal('1 dollar');
    expect(say('es', { amount: 950, currency: 'USD' })).to.equal(`${whole('es', 950)} dólares`);
    expect(say('zh', { amount: 950, currency: 'USD' })).to.equal('950美元');
    expect(say('en', { amount: 950, currency: 'USD' })).to.equal('$950');
    expect(say('en', { amount: 999_999, currency: 'EUR' })).to.equal(`€${whole('en', 999_999)}`);
  });

  it('writes every digit in standard notation, with "de" where CLDR’s "many" plural asks', () => {
    expect(say('en', { ...BRI, compact: false })).to.equal(`$${whole('en', 2.9e9)}`);
    expect(say('fr', { amount: 2e6, currency: 'USD', compact: false })).to.equal(`${whole('fr', 2e6)} de dollars`);
    expect(say('fr', { amount: 1_200_000, currency: 'USD', compact: false })).to.equal(`${whole('fr', 1_200_000)} dollars`);
    expect(say('es', { amount: 2e6, currency: 'USD', compact: false })).to.equal(`${whole('es', 2e6)} de dólares`);
    expect(say('zh', { ...BRI, compact: false })).to.equal(`${whole('zh', 2.9e9)}美元`);
  });

  it('keeps a currency’s usual decimals for amounts that are not whole', () => {
    const cents = (tag: string) => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1234.5);
    expect(say('fr', { amount: 1234.5, currency: 'USD' })).to.equal(`${cents('fr')} dollars`);
    expect(say('en', { amount: 1234.5, currency: 'USD' })).to.equal(`$${cents('en')}`);
    expect(say('en', { amount: 1234.4, currency: 'JPY' })).to.equal(`${symbol('en', 'JPY')}${whole('en', 1234)}`);
  });

  it('writes counts with their unit', () => {
    expect(say('fr', { amount: 20_000, unit: 'jeunes à former' })).to.equal(`${whole('fr', 20_000)} jeunes à former`);
    expect(say('fr', { amount: 1.5e6, unit: 'jeunes' })).to.equal(`${compact('fr', 1.5e6)} de jeunes`);
    expect(say('fr', { amount: 2e6, unit: 'habitants' })).to.equal(`${compact('fr', 2e6)} d’habitants`);
    expect(say('es', { amount: 1.5e6, unit: 'jóvenes' })).to.equal(`${compact('es', 1.5e6)} de jóvenes`);
    expect(say('zh', { amount: 20_000, unit: '名青年' })).to.equal(`${whole('zh', 20_000)}名青年`);
    expect(say('en', { amount: 1.5e6, unit: 'young people' })).to.equal(`${compact('en', 1.5e6)} young people`);
    expect(say('en', { amount: 20_000 })).to.equal(whole('en', 20_000));
    expect(say('fr', { amount: 3e6 })).to.equal(compact('fr', 3e6));
    expect(say('en', { amount: 2.25 })).to.equal('2.25');
  });

  it('splits out the written number and its value, for counting up', () => {
    expect(amountInWords('fr', words('fr'), BRI)).to.include({ before: '', number: '2,9', value: 2.9, digits: 1 });
    expect(amountInWords('zh', words('zh'), BRI)).to.include({ number: '29', value: 29, digits: 0 });
    expect(amountInWords('en', words('en'), BRI)).to.include({ before: '$', number: '2.9', value: 2.9 });
    expect(amountInWords('fr', words('fr'), { amount: 20_000, unit: 'jeunes' })).to.include({ number: whole('fr', 20_000), value: 20_000 });
    expect(amountInWords('en', words('en'), { amount: 1234.5, currency: 'USD' })).to.include({ value: 1234.5, digits: 2 });
  });

  it('reads the written number’s value in any numbering system', () => {
    // Intl decides the digits; the value is the same whatever they are.
    for (const tag of ['ar-EG', 'fa', 'hi-u-nu-deva', 'en-u-nu-arabext', 'en-u-nu-hanidec', 'en-u-nu-mathbold']) {
      const written = amountInWords(tag, en, BRI);
      expect(written, tag).to.include({ number: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(2.9), value: 2.9, digits: 1 });
      const count = amountInWords(tag, en, { amount: 1234.5, currency: 'EUR' });
      expect(count, tag).to.include({ value: 1234.5, digits: 2 });
      expect(count.number, tag).to.equal(new Intl.NumberFormat(tag, { minimumFractionDigits: 2 }).format(1234.5));
    }
  });

  it('gives the exact amount with its currency symbol', () => {
    expect(exactAmount('fr', 2.9e9, 'USD')).to.equal(whole('fr', 2.9e9, { style: 'currency', currency: 'USD', minimumFractionDigits: 0 }));
    expect(exactAmount('en', 2.9e9, 'USD')).to.equal(`$${whole('en', 2.9e9)}`);
    expect(exactAmount('en', 0.5, 'USD')).to.equal('$0.50');
    expect(exactAmount('fr', 20_000)).to.equal(whole('fr', 20_000));
  });
});
