import { expect } from '@open-wc/testing';
import { FieldReader, LIMITS } from '../src/core/validate.js';

describe('FieldReader', () => {
  it('reads numbers from numbers and numeric text, and reports the rest', () => {
    const read = new FieldReader({ a: 20000, b: ' 2.5 ', c: 'beaucoup', d: -0, e: 1.5, f: -3 });
    expect(read.number('a')).to.equal(20000);
    expect(read.number('b')).to.equal(2.5);
    expect(read.number('c')).to.equal(undefined);
    expect(Object.is(read.number('d'), 0)).to.equal(true);
    expect(read.number('e', { integer: true })).to.equal(undefined);
    expect(read.number('f', { min: 0 })).to.equal(undefined);
    expect(read.number('missing', { required: true })).to.equal(undefined);
    expect(read.problems.map((p) => p.field)).to.deep.equal(['c', 'e', 'f', 'missing']);
    expect(read.problems[0].message).to.include('"beaucoup"');
  });

  it('reads keywords case-insensitively', () => {
    const read = new FieldReader({ status: 'Signed', other: 'maybe' });
    expect(read.oneOf('status', ['signed', 'cancelled'] as const)).to.equal('signed');
    expect(read.oneOf('other', ['signed', 'cancelled'] as const)).to.equal(undefined);
    expect(read.problems[0].message).to.include('signed, cancelled');
  });

  it('reads lists item by item, naming the items in problems, and keeps at most the limit', () => {
    const items = Array.from({ length: LIMITS.items + 5 }, (_, i) => ({ name: i === 1 ? 42 : `n${i}` }));
    const read = new FieldReader({ parties: items, labels: ['a', { x: 1 }, 'b'], wrong: 'text' });
    const names = read.list('parties', (item) => item.text('name', { required: true }));
    expect(names).to.have.length(LIMITS.items);
    expect(names[1]).to.equal('42');
    expect(read.textList('labels')).to.deep.equal(['a', 'b']);
    expect(read.list('wrong', () => 1)).to.deep.equal([]);
    expect(read.list('absent', () => 1)).to.deep.equal([]);
    expect(read.problems.map((p) => p.field)).to.deep.equal(['parties', 'labels[1]', 'wrong']);
  });

  it('shortens long text and reports it', () => {
    const read = new FieldReader({ text: 'x'.repeat(400) });
    expect(read.text('text')).to.have.length(LIMITS.short);
    expect(read.problems[0].message).to.include('shortened');
  });

  it('reads language tags and URLs', () => {
    const read = new FieldReader({ lang: 'zh-hant', bad: '12 34', url: '/story', js: 'javascript:alert(1)' });
    expect(read.lang('lang')).to.equal('zh-Hant');
    expect(read.lang('bad')).to.equal(undefined);
    expect(read.url('url', 'https://example.org/news/')).to.equal('https://example.org/story');
    expect(read.url('js')).to.equal(undefined);
    expect(read.problems.map((p) => p.field)).to.deep.equal(['bad', 'js']);
  });
});
