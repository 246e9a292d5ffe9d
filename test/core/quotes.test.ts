import { expect } from '@open-wc/testing';
import { nestQuotes, quotationMarks, type QuotationMarks } from '../../src/core/quotes.js';
import { cldr, cldrLocales, expectedMarks } from '../shared/cldr-quotes.js';

const EN: QuotationMarks = ['“', '”', '‘', '’'];
const DE: QuotationMarks = ['„', '“', '‚', '‘'];
const FR: QuotationMarks = ['«\u202F', '\u202F»', '“', '”'];
const ES: QuotationMarks = ['«', '»', '“', '”'];
const JA: QuotationMarks = ['「', '」', '『', '』'];

describe('quotationMarks', () => {
  it('gives every CLDR locale of Lede’s languages CLDR’s marks, with the reviewed overrides', async function () {
    this.timeout(60000);
    const locales = await cldrLocales();
    expect(locales).to.include.members(['en', 'fr', 'fr-CA', 'es-US', 'zh-Hant-HK']);
    const expected = await Promise.all(locales.map((locale) => expectedMarks(locale)));
    const wrong = locales.filter((locale, index) => quotationMarks(locale).join(' ') !== expected[index].join(' '));
    expect(wrong).to.deep.equal([]);
  });

  it('overrides CLDR for Spanish and French only where the language’s authority says so', async () => {
    expect(await cldr('es')).to.deep.equal(['“', '”', '‘', '’']);
    expect(quotationMarks('es')).to.deep.equal(ES);
    expect(quotationMarks('es-MX')).to.deep.equal(ES);
    expect(await cldr('fr')).to.deep.equal(['«', '»', '«', '»']);
    expect(quotationMarks('fr')).to.deep.equal(FR);
    expect(quotationMarks('fr-BE')).to.deep.equal(FR);
    // Regional locales with marks of their own in CLDR keep them.
    expect(quotationMarks('fr-CH')).to.deep.equal(await cldr('fr-CH'));
    expect(quotationMarks('fr-CA')).to.deep.equal(await cldr('fr-CA'));
  });

  it('tries language-script-region, language-region, language-script, language, then English', () => {
    expect(quotationMarks('zh')).to.deep.equal(EN);
    expect(quotationMarks('zh-CN')).to.deep.equal(EN);
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-CN']) expect(quotationMarks(tag), tag).to.deep.equal(JA);
    expect(quotationMarks('zh-Hans-HK')).to.deep.equal(EN);
    expect(quotationMarks('es-PE')).to.deep.equal(ES);
    for (const tag of ['nl', 'und', 'not a tag', '']) expect(quotationMarks(tag), tag).to.deep.equal(EN);
  });
});

describe('nestQuotes', () => {
  it('puts quotations inside a quote in the inner marks: de, fr, en, ja, es', () => {
    expect(nestQuotes('Er sagte "nein" und ging', DE)).to.equal('Er sagte ‚nein‘ und ging');
    expect(nestQuotes('Er sagte „nein“ und ging', DE)).to.equal('Er sagte ‚nein‘ und ging');
    expect(nestQuotes('Il a dit « non »', FR)).to.equal('Il a dit “non”');
    expect(nestQuotes('Il a dit «\u202Fnon\u202F», puis "oui".', FR)).to.equal('Il a dit “non”, puis “oui”.');
    expect(nestQuotes('He said “no”', EN)).to.equal('He said ‘no’');
    expect(nestQuotes('He said "no."', EN)).to.equal('He said ‘no.’');
    expect(nestQuotes('彼は「いいえ」と言った', JA)).to.equal('彼は『いいえ』と言った');
    expect(nestQuotes('彼は"いいえ"と言った', JA)).to.equal('彼は『いいえ』と言った');
    expect(nestQuotes('Me dijo: "Vaya cacharro"', ES)).to.equal('Me dijo: “Vaya cacharro”');
    expect(nestQuotes('Dijo «no» y se fue', ES)).to.equal('Dijo “no” y se fue');
  });

  it('alternates outer and inner marks, level by level', () => {
    expect(nestQuotes('Me dijo: "Vaya «cacharro» que se ha comprado"', ES)).to.equal('Me dijo: “Vaya «cacharro» que se ha comprado”');
    expect(nestQuotes('She said “he said "no"” twice', EN)).to.equal('She said ‘he said “no”’ twice');
    expect(nestQuotes('Il a dit « elle a dit « non » »', FR)).to.equal('Il a dit “elle a dit «\u202Fnon\u202F»”');
  });

  it('pairs marks by their neighbours: opening after a space or opening punctuation, closing before one', () => {
    expect(nestQuotes('("yes") and "no"', EN)).to.equal('(‘yes’) and ‘no’');
    expect(nestQuotes('"¿Qué?" dijo', ES)).to.equal('“¿Qué?” dijo');
    expect(nestQuotes('Er sagte »nein« und ging', DE)).to.equal('Er sagte ‚nein‘ und ging');
    expect(nestQuotes('a " b " c', EN)).to.equal('a ‘b’ c');
    expect(nestQuotes('אמר ”לא” והלך', ['”', '”', '’', '’'])).to.equal('אמר ’לא’ והלך');
  });

  it('never touches apostrophes or single quotation marks', () => {
    for (const text of ["l'homme qu'il a vu", 'don’t', 'l’homme', "it's 'fine'", '‘inner’ words', 'Er sagte ‚nein‘']) {
      expect(nestQuotes(text, FR), text).to.equal(text);
    }
    expect(nestQuotes('"l\'homme" et "l’État"', FR)).to.equal('“l\'homme” et “l’État”');
  });

  it('leaves unbalanced marks as typed', () => {
    for (const text of ['He said "no', 'a 5" screen', 'fin »', '« début', '「ずっと', 'x ” y']) {
      expect(nestQuotes(text, EN), text).to.equal(text);
    }
    expect(nestQuotes('"a" and "b', EN)).to.equal('‘a’ and "b');
    expect(nestQuotes('He said «no" then', EN)).to.equal('He said «no" then');
  });

  it('leaves text without quotation marks alone', () => {
    expect(nestQuotes('', EN)).to.equal('');
    expect(nestQuotes('Nous ne pensons pas que nos amis seront contrariés.', FR)).to.equal('Nous ne pensons pas que nos amis seront contrariés.');
  });
});
