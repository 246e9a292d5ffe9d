import { expect, fixture, html } from '@open-wc/testing';
import { closestLang, directionOf, resolveLocale, type ResolvedLocale } from '../../src/core/locale.js';
import { quotationMarks } from '../../src/core/quotes.js';
import { en } from '../../src/locales/en.js';
import { LANGUAGES, ON_DEMAND, RIGHT_TO_LEFT, stringsFor } from '../../src/locales/languages.js';
import { loadMessages } from '../../src/locales/load.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { zhHant } from '../../src/locales/zh-Hant.js';
import { zh } from '../../src/locales/zh.js';

/** The locale once its strings are in, as a widget sees it after waiting. */
async function loaded(tag: string): Promise<ResolvedLocale> {
  await resolveLocale(tag).ready;
  return resolveLocale(tag);
}

describe('resolveLocale', () => {
  it('keeps the regional tag for Intl and picks the language’s strings', async () => {
    const peru = await loaded('es-PE');
    expect([peru.tag, peru.lang, peru.fallback]).to.deep.equal(['es-PE', 'es', false]);
    expect(peru.messages).to.equal(es);
    expect((await loaded('fr-CA')).messages).to.equal(fr);
  });

  it('makes no Intl object for a language with its strings (the page\'s first Intl object belongs to a widget\'s warm-up)', () => {
    const made: unknown[] = [];
    const { NumberFormat, Locale } = Intl;
    const watch = <T extends object>(real: T, name: string): T => new Proxy(real, { construct: (target, args: [string?]) => (made.push(`${name} ${args[0]}`), Reflect.construct(target as never, args)) });
    Object.assign(Intl, { NumberFormat: watch(NumberFormat, 'NumberFormat'), Locale: watch(Locale, 'Locale') });
    try {
      for (const tag of ['', 'en-AU', 'fr-BE', 'ar-EG', 'pt-BR']) resolveLocale(tag);
      expect(made, 'Intl objects made').to.deep.equal([]);
      resolveLocale('fa-IR');
      expect(made, 'a language without strings: its digits are read').to.include('NumberFormat fa-IR');
    } finally {
      Object.assign(Intl, { NumberFormat, Locale });
    }
  });

  it('knows which of its tables are written right to left, as Intl does', () => {
    for (const name of LANGUAGES) expect(RIGHT_TO_LEFT.includes(name), name).to.equal(directionOf(name) === 'rtl');
  });

  it('uses English for unknown, invalid and empty tags; only a real other language counts as a fallback', () => {
    expect(resolveLocale('fa').fallback).to.equal(true);
    expect(resolveLocale('xx-!!').messages).to.equal(en);
    expect(resolveLocale('').fallback).to.equal(false);
    expect(resolveLocale('en-GB').tag).to.equal('en-GB');
  });

  it('knows the page’s language apart from the strings’ language, and the strings’ direction', async () => {
    const persian = resolveLocale('fa-IR');
    expect([persian.lang, persian.pageLang, persian.fallback, persian.dir]).to.deep.equal(['en', 'fa', true, 'ltr']);
    expect((await loaded('fr-CA')).pageLang).to.equal('fr');
    expect((await loaded('zh-TW')).pageLang).to.equal('zh');
    for (const tag of ['', 'xx-!!']) expect(resolveLocale(tag).pageLang, tag).to.equal('en');
    for (const tag of ['ar', 'he', 'fa', 'ur', 'dv', 'ar-Latn']) expect(directionOf(tag), tag).to.equal(tag === 'ar-Latn' ? 'ltr' : 'rtl');
    for (const tag of ['en', 'fr', 'zh-Hant', 'hi', 'az-Arab']) expect(directionOf(tag), tag).to.equal(tag === 'az-Arab' ? 'rtl' : 'ltr');
  });

  it('keeps the page’s digits: a -u-nu- extension, and in English strings the language’s own digits', async () => {
    const digits = (tag: string) => [...Array(10).keys()].map((digit) => new Intl.NumberFormat(tag).format(digit)).join('');
    for (const tag of ['hi-u-nu-deva', 'ar-EG', 'fa', 'ur-IN', 'fr-u-nu-arab', 'de', 'en-u-nu-thai']) {
      await resolveLocale(tag).ready;
      expect(digits(resolveLocale(tag).tag), tag).to.equal(digits(tag));
    }
    expect(resolveLocale('fa').tag).to.equal('en-u-nu-arabext');
    expect(resolveLocale('sw').tag).to.equal('en');
    expect((await loaded('fr-u-nu-arab')).tag).to.equal('fr-u-nu-arab');
  });

  it('gives Traditional Chinese its own strings and corner brackets, Simplified Chinese curly quotes', async () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-CN']) {
      const traditional = await loaded(tag);
      expect([traditional.tag, traditional.lang, traditional.messages], tag).to.deep.equal([tag, 'zh', zhHant]);
    }
    expect(quotationMarks('zh-TW')).to.deep.equal(['「', '」', '『', '』']);
    expect(quotationMarks('zh-CN')).to.deep.equal(['“', '”', '‘', '’']);
    expect(zhHant.source).to.equal('來源：');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK']) expect((await loaded(tag)).messages, tag).to.equal(zh);
  });
});

describe('the list of languages', () => {
  it('loads a complete table for every language but English, which is built in, and none for others', async () => {
    expect(ON_DEMAND).to.deep.equal(LANGUAGES.filter((name) => name !== 'en'));
    const tables = await Promise.all(ON_DEMAND.map((name) => loadMessages(name)));
    expect(tables.slice(0, 4)).to.deep.equal([fr, es, zh, zhHant]);
    expect(new Set(tables).size).to.equal(LANGUAGES.length - 1);
    for (const name of ['en', 'fa', 'zh-TW', 'pt-PT', 'constructor', '']) expect(loadMessages(name), name).to.equal(undefined);
  });

  it('matches a tag to its table by language, then by script', () => {
    const cases = { es: 'es', 'es-PE': 'es', 'FR-ca': 'fr', 'en-GB': 'en', zh: 'zh', 'zh-CN': 'zh', 'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant', 'zh-Hant': 'zh-Hant', 'zh-Hans-HK': 'zh', de: 'de', 'de-CH': 'de', 'pt-PT': 'pt', 'pt-BR': 'pt', 'ar-EG': 'ar', iw: 'he', 'hi-u-nu-deva': 'hi', fa: undefined, ur: undefined };
    for (const [tag, name] of Object.entries(cases)) expect(stringsFor(tag), tag).to.equal(name);
  });
});

describe('closestLang', () => {
  it('reads the element’s own lang, then its ancestors’', async () => {
    const el = await fixture(html`<div lang="fr"><p><span lang=" es-PE "></span><b></b></p></div>`);
    expect(closestLang(el.querySelector('span')!)).to.equal('es-PE');
    expect(closestLang(el.querySelector('b')!)).to.equal('fr');
  });

  it('returns an empty string when no lang is set anywhere', () => {
    const orphan = document.createElement('div');
    expect(closestLang(orphan)).to.equal('');
  });
});
