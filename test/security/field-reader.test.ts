/**
 * Property-based tests of FieldReader alone, for every kind of field, including kinds no widget
 * on this branch has yet (numbers, keywords, lists): whatever the value, a reader never throws,
 * returns a well-formed value or nothing, and reports at most one problem per field.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canonicalLang, FieldReader, LIMITS, type Problem } from '../../src/core/validate.js';
import { anyJson, hostile, nonJson } from './arbitraries.js';
import type { FieldKind } from './widgets.js';

/** Runs per reader: no DOM involved, so these are cheap. */
const RUNS = 300;

const valueOf = (kind: FieldKind) => fc.oneof(hostile({ kind, item: { name: { kind: 'text' } } }), anyJson, nonJson);
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Reads `value` as field "f"; returns the result and the problems about "f" itself. */
function read<T>(value: unknown, use: (reader: FieldReader) => T): { result: T; problems: Problem[] } {
  const reader = new FieldReader({ f: value }, '', [], 'https://example.com/story/');
  const result = use(reader);
  return { result, problems: reader.problems.filter((problem) => problem.field === 'f') };
}

describe(`FieldReader: any value, ${RUNS} runs per reader`, () => {
  it('text: trimmed, collapsed, no bidi controls, cut at max with "…", at most one problem', () => {
    fc.assert(
      fc.property(valueOf('text'), fc.constantFrom(40, LIMITS.short, LIMITS.long), (value, max) => {
        const { result, problems } = read(value, (reader) => reader.text('f', { max }));
        expect(problems.length).to.be.at.most(1);
        if (result === undefined) return;
        expect(result.length).to.be.at.most(max);
        expect(result).to.equal(result.trim());
        expect(result).not.to.match(/\s\s|[\u202A-\u202E\u2066-\u2069]/);
        expect(result.endsWith('…') || problems.length === 0).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('number: finite, never -0, or one problem', () => {
    fc.assert(
      fc.property(valueOf('number'), (value) => {
        const { result, problems } = read(value, (reader) => reader.number('f'));
        if (result === undefined) expect(problems).to.have.length(given(value) ? 1 : 0);
        else {
          expect(Number.isFinite(result) && !Object.is(result, -0)).to.equal(true);
          expect(problems).to.deep.equal([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('date: a real calendar date matching its ISO text, or one problem', () => {
    fc.assert(
      fc.property(valueOf('date'), (value) => {
        const { result, problems } = read(value, (reader) => reader.date('f'));
        expect(problems.length).to.be.at.most(1);
        if (result === undefined) return;
        expect(Number.isNaN(result.date.getTime())).to.equal(false);
        if (result.precision !== 'time') {
          const [year, month = 1, day = 1] = result.iso.split('-').map(Number);
          expect([result.date.getUTCFullYear(), result.date.getUTCMonth() + 1, result.date.getUTCDate()], result.iso).to.deep.equal([year, month, day]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('lang: a canonical BCP 47 tag, or one problem', () => {
    fc.assert(
      fc.property(valueOf('lang'), (value) => {
        const { result, problems } = read(value, (reader) => reader.lang('f'));
        expect(problems.length).to.be.at.most(1);
        if (result !== undefined) expect(canonicalLang(result)).to.equal(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('url: an absolute http(s) URL, or one problem', () => {
    fc.assert(
      fc.property(valueOf('url'), (value) => {
        const { result, problems } = read(value, (reader) => reader.url('f'));
        expect(problems.length).to.be.at.most(1);
        if (result !== undefined) expect(new URL(result).protocol).to.be.oneOf(['http:', 'https:']);
      }),
      { numRuns: RUNS },
    );
  });

  it('oneOf: one of the keywords, or one problem', () => {
    const allowed = ['signed', 'reported', 'in-progress'] as const;
    fc.assert(
      fc.property(fc.oneof(valueOf('keyword'), fc.mixedCase(fc.constantFrom(...allowed))), (value) => {
        const { result, problems } = read(value, (reader) => reader.oneOf('f', allowed));
        expect(problems.length).to.be.at.most(1);
        if (result !== undefined) expect(allowed).to.include(result);
      }),
      { numRuns: RUNS },
    );
  });

  it(`list and textList: at most ${LIMITS.items} items, one problem for the list itself, texts bounded`, () => {
    fc.assert(
      fc.property(fc.oneof(valueOf('list'), valueOf('textList')), (value) => {
        const list = read(value, (reader) => reader.list('f', (item) => item.text('name')));
        const texts = read(value, (reader) => reader.textList('f'));
        for (const { result, problems } of [list, texts]) {
          expect(result.length).to.be.at.most(LIMITS.items);
          expect(problems.length).to.be.at.most(1);
          if (Array.isArray(value) && value.length > LIMITS.items) expect(problems.map((problem) => problem.message).join()).to.match(/only 50 shown/);
          for (const text of result) expect(typeof text === 'string' && text.length <= LIMITS.short).to.equal(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
