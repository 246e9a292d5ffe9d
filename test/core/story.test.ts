import { expect, nextFrame } from '@open-wc/testing';
import { fetchStory, pickItem } from '../../src/core/story-fetch.js';
import { loadItem, storyOptions } from '../../src/core/story.js';
import { fixtureUrl } from '../helpers.js';

describe('fetchStory', () => {
  it('fetches a URL once and shares the document', async () => {
    const url = fixtureUrl('story.json');
    const a = fetchStory(url, storyOptions);
    const b = fetchStory(url, storyOptions);
    expect(a.document).to.equal(b.document);
    const doc = (await a.document) as { quotes: unknown[] };
    expect(doc.quotes).to.have.length(2);
    a.release();
    b.release();
  });

  it('rejects with the HTTP status of a failed request', async () => {
    const story = fetchStory(fixtureUrl('missing.json'), storyOptions);
    await story.document.then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.equal('HTTP 404'),
    );
  });

  it('rejects a response that is not JSON', async () => {
    const story = fetchStory(new URL('../helpers.ts', import.meta.url).href, storyOptions);
    await story.document.then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.include('not JSON'),
    );
  });

  it('rejects a document over the size limit', async () => {
    const max = storyOptions.maxLength;
    storyOptions.maxLength = 10;
    try {
      await fetchStory(fixtureUrl('story.json'), storyOptions).document.then(
        () => expect.fail('should reject'),
        (error: Error) => expect(error.message).to.include('larger than 10'),
      );
    } finally {
      storyOptions.maxLength = max;
    }
  });

  it('aborts a request when its last user releases it, and starts afresh next time', async () => {
    const url = fixtureUrl('story.json');
    const first = fetchStory(url, storyOptions);
    first.release();
    first.release();
    await first.document.then(
      () => expect.fail('should be aborted'),
      (error: Error) => expect(error.name).to.equal('AbortError'),
    );
    const second = fetchStory(url, storyOptions);
    expect(second.document).not.to.equal(first.document);
    expect(await second.document).to.have.property('quotes');
  });

  it('gives up after the timeout', async () => {
    const timeout = storyOptions.timeout;
    storyOptions.timeout = 0;
    try {
      await fetchStory(fixtureUrl('story.json'), storyOptions).document.then(
        () => expect.fail('should time out'),
        (error: Error) => expect(error.message).to.include('no answer'),
      );
    } finally {
      storyOptions.timeout = timeout;
    }
  });
});

describe('loadItem', () => {
  it('loads the fetching code, then resolves with the item the fragment names', async () => {
    const story = loadItem(fixtureUrl('story.json'), 'quotes', 'pm-quote');
    expect(await story.document).to.include({ id: 'pm-quote' });
    story.release();
  });

  it('rejects with what is missing', async () => {
    const story = loadItem(fixtureUrl('story.json'), 'quotes', 'nope');
    await story.document.then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.equal('no item with id "nope" in "quotes"'),
    );
  });

  it('fetches nothing when released before the fetching code has arrived', async () => {
    const url = fixtureUrl('story.json');
    loadItem(url, 'quotes', '').release();
    await import('../../src/core/story-fetch.js');
    await nextFrame();
    expect(performance.getEntriesByName(url)).to.have.length(0);
  });
});

describe('pickItem', () => {
  const doc = { quotes: [{ id: 'a', text: 'A' }, 'junk', { id: 'b' }] };
  it('finds an item by id in its collection', () => {
    expect(pickItem(doc, 'quotes', 'a')).to.deep.equal({ id: 'a', text: 'A' });
  });
  it('returns the whole object without an id', () => {
    expect(pickItem(doc, 'quotes', '')).to.equal(doc);
  });
  it('says what is missing', () => {
    expect(() => pickItem(doc, 'quotes', 'zz')).to.throw('no item with id "zz" in "quotes"');
    expect(() => pickItem(doc, 'deals', 'a')).to.throw('no "deals" list');
    expect(() => pickItem([1], 'quotes', 'a')).to.throw('not a JSON object');
  });
});
