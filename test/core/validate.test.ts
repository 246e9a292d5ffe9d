import { expect } from '@open-wc/testing';
import { canonicalLang, FieldReader, LIMITS, safeHttpUrl } from '../../src/core/validate.js';

const read = (raw: Record<string, unknown>) => new FieldReader(raw);

describe('FieldReader', () => {
  it('reads text: trims, collapses whitespace, accepts numbers, reports other types', () => {
    const reader = read({ a: '  two   words ', b: 42, c: { x: 1 }, d: '   ' });
    expect(reader.text('a')).to.equal('two words');
    expect(reader.text('b')).to.equal('42');
    expect(reader.text('c')).to.equal(undefined);
    expect(reader.text('d')).to.equal(undefined);
    expect(reader.text('missing')).to.equal(undefined);
    expect(reader.problems).to.deep.equal([{ field: 'c', message: 'must be text, got an object' }]);
  });

  it('reports a missing or blank required field', () => {
    const reader = read({ blank: ' ' });
    reader.text('gone', { required: true });
    reader.text('blank', { required: true });
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['gone', 'blank']);
  });

  it('shortens text over the limit with an ellipsis', () => {
    const reader = read({ long: 'a'.repeat(LIMITS.short + 10) });
    const text = reader.text('long')!;
    expect(text).to.have.length(LIMITS.short);
    expect(text.endsWith('…')).to.equal(true);
    expect(reader.problems[0].field).to.equal('long');
    expect(reader.problems[0].message).to.include('shortened');
  });

  it('reads finite numbers from numbers and numeric strings only', () => {
    const reader = read({ a: 3, b: '2.5e3', c: 'abc', d: Number.NaN, e: Infinity, f: -0, g: -1, h: 1.5, i: '', j: ' 2.5 ' });
    expect(reader.number('a')).to.equal(3);
    expect(reader.number('b')).to.equal(2500);
    expect(reader.number('j')).to.equal(2.5);
    expect(reader.number('c')).to.equal(undefined);
    expect(reader.number('d')).to.equal(undefined);
    expect(reader.number('e')).to.equal(undefined);
    expect(Object.is(reader.number('f'), 0)).to.equal(true);
    expect(reader.number('g', { min: 0 })).to.equal(undefined);
    expect(reader.number('h', { integer: true })).to.equal(undefined);
    expect(reader.number('i', { required: true })).to.equal(undefined);
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['c', 'd', 'e', 'g', 'h', 'i']);
    expect(reader.problems[0].message).to.include('"abc"');
  });

  it('reads a keyword from a fixed set, case-insensitively', () => {
    const reader = read({ a: 'Signed', b: 'maybe' });
    expect(reader.oneOf('a', ['signed', 'reported'])).to.equal('signed');
    expect(reader.oneOf('b', ['signed', 'reported'])).to.equal(undefined);
    expect(reader.problems[0].message).to.include('signed, reported');
  });

  it('accepts only http(s) URLs, resolving relative ones', () => {
    const reader = read({ a: 'https://x.org/a b', b: 'javascript:alert(1)', c: '/path', d: 'data:text/html,x', e: 'http://[bad' });
    expect(reader.url('a')).to.equal('https://x.org/a%20b');
    expect(reader.url('b')).to.equal(undefined);
    expect(reader.url('c', 'https://site.example/news/')).to.equal('https://site.example/path');
    expect(reader.url('d')).to.equal(undefined);
    expect(reader.url('e')).to.equal(undefined);
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['b', 'd', 'e']);
  });

  it('reads ISO 8601 dates at their precision and rejects impossible ones', () => {
    const reader = read({ y: '2024', m: '2024-06', d: '2024-06-27', t: '2024-06-27T10:00:00+02:00', bad: '2024-02-30', word: 'yesterday', month: '2024-13' });
    expect(reader.date('y')!.precision).to.equal('year');
    expect(reader.date('m')!.precision).to.equal('month');
    const day = reader.date('d')!;
    expect([day.precision, day.date.toISOString()]).to.deep.equal(['day', '2024-06-27T00:00:00.000Z']);
    expect(reader.date('t')!.date.toISOString()).to.equal('2024-06-27T08:00:00.000Z');
    expect(reader.date('bad')).to.equal(undefined);
    expect(reader.date('word')).to.equal(undefined);
    expect(reader.date('month')).to.equal(undefined);
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['bad', 'word', 'month']);
  });

  it('canonicalizes language tags and reports invalid ones', () => {
    const reader = read({ a: 'ZH-hant-tw', b: 'xx-!!' });
    expect(reader.lang('a')).to.equal('zh-Hant-TW');
    expect(reader.lang('b')).to.equal(undefined);
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['b']);
  });

  it('reads lists of objects with nested field names, and caps their length', () => {
    const items = Array.from({ length: LIMITS.items + 5 }, (_, i) => ({ name: `n${i}` }));
    items[1] = { name: { bad: true } } as unknown as { name: string };
    const reader = read({ list: items, notList: 'x' });
    const names = reader.list('list', (item) => item.text('name'));
    expect(names).to.have.length(LIMITS.items - 1);
    expect(reader.list('notList', () => 1)).to.deep.equal([]);
    expect(reader.list('absent', () => 1)).to.deep.equal([]);
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['list', 'list[1].name', 'notList']);
  });

  it('reads lists of texts', () => {
    const reader = read({ people: ['Femmes', 3, null, { x: 1 }] });
    expect(reader.textList('people')).to.deep.equal(['Femmes', '3']);
    expect(reader.problems.map((p) => p.field)).to.deep.equal(['people[2]', 'people[3]']);
  });
});

describe('safeHttpUrl and canonicalLang', () => {
  it('rejects every non-http(s) scheme however it is written', () => {
    for (const url of ['javascript:x', ' JAVASCRIPT:x', 'java\tscript:x', 'vbscript:x', 'data:,x', 'file:///etc/passwd', 'mailto:a@b.c']) {
      expect(safeHttpUrl(url, 'https://site.example/'), url).to.equal(undefined);
    }
  });

  it('canonicalizes or refuses tags', () => {
    expect(canonicalLang('es-pe')).to.equal('es-PE');
    expect(canonicalLang('HI-u-NU-deva'), 'a numbering system survives').to.equal('hi-u-nu-deva');
    expect(canonicalLang('')).to.equal(undefined);
  });
});
