/**
 * The injection corpus (test/fixtures/payloads.json): the one list of hostile strings and markup.
 * Every widget's test file pushes it through every field by every route, through the shared
 * base-behaviour suite (test/shared/base-behaviour.ts); this file checks the corpus itself.
 */
import { expect } from '@open-wc/testing';
import corpus from '../fixtures/payloads.json' with { type: 'json' };

describe('injection corpus', () => {
  it('holds at least 100 payloads of every kind the brief names', () => {
    expect(corpus.payloads.length + corpus.lightDomMarkup.length).to.be.at.least(100);
    const kinds = new Set([...corpus.payloads, ...corpus.lightDomMarkup].map((entry) => entry.kind));
    for (const kind of ['script-tag', 'event-handler', 'svg-mathml', 'javascript-url', 'other-scheme', 'entities', 'whitespace-control', 'css', 'template', 'bidi', 'dom-clobbering']) {
      expect(kinds.has(kind), kind).to.equal(true);
    }
  });
});
