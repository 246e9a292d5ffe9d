import { expect, nextFrame } from '@open-wc/testing';
import { fetchStory, pickItem } from '../../src/core/story-fetch.js';
import { storyOptions, watchSrc } from '../../src/core/story.js';
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

describe('watchSrc', () => {
  /** What `done` is given first, with the stop function. */
  function watch(url: string): { result: Promise<[unknown, string | undefined]>; stop(): void } {
    let stop = (): void => undefined;
    const result = new Promise<[unknown, string | undefined]>((resolve) => {
      stop = watchSrc(document.body, url, 'quotes', true, (item, problem) => resolve([item, problem]));
    });
    return { result, stop };
  }

  it('loads the fetching code, then gives the item the fragment names', async () => {
    const { result, stop } = watch(fixtureUrl('story.json', 'pm-quote'));
    const [item, problem] = await result;
    expect(item).to.include({ id: 'pm-quote' });
    expect(problem).to.equal(undefined);
    stop();
  });

  it('says what is missing', async () => {
    const url = fixtureUrl('story.json', 'nope');
    const [item, problem] = await watch(url).result;
    expect(item).to.equal(undefined);
    expect(problem).to.equal(`could not load ${url.split('#')[0]}: no item with id "nope" in "quotes"`);
  });

  it('fetches nothing when stopped before the fetching code has arrived', async () => {
    const url = fixtureUrl('story.json');
    watch(url).stop();
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
