/** The embed builder's story files and copy button helpers. */
import { expect, fixture, html } from '@open-wc/testing';
import { copyText } from '../../../demo/builder/copy.js';
import { appendItem, itemAt, newStory, parseStory, replaceItem, storyItems } from '../../../demo/builder/story-file.js';
import story from '../../../demo/stories/huawei-peru.json' with { type: 'json' };

describe('builder story files', () => {
  it('says what is wrong with a file that is no story document', () => {
    expect(() => parseStory('{ "deals": [')).to.throw('This file is not JSON.');
    expect(() => parseStory('[1, 2]')).to.throw(/A story document is a JSON object/);
    expect(parseStory(JSON.stringify(story))).to.deep.equal(story);
  });

  it('lists the items of the given lists, skipping what is not an object', () => {
    const items = storyItems({ quotes: [{ id: 'q', text: 'Bonjour' }, 'stray'], deals: [{ headline: 'Accord' }], figures: 'none' }, ['quotes', 'deals', 'figures']);
    expect(items).to.deep.equal([
      { collection: 'quotes', index: 0, id: 'q', title: 'Bonjour' },
      { collection: 'deals', index: 0, id: '', title: 'Accord' },
    ]);
  });

  it('replaces and appends items without changing the story it was given', () => {
    const original = structuredClone(story) as Record<string, unknown>;
    const ref = { collection: 'quotes', index: 0 };
    const edited = replaceItem(original, ref, { id: 'pm-quote', text: 'Autre' });
    expect(itemAt(edited, ref)).to.deep.equal({ id: 'pm-quote', text: 'Autre' });
    expect(original).to.deep.equal(story);
    const { story: longer, ref: added } = appendItem(edited, 'deals', { id: 'new', headline: 'Nouveau' });
    expect(added).to.deep.equal({ collection: 'deals', index: 1 });
    expect(itemAt(longer, added)).to.deep.equal({ id: 'new', headline: 'Nouveau' });
    expect(itemAt(longer, { collection: 'figures', index: 3 })).to.equal(undefined);
    expect(newStory('quotes', { id: 'q1', text: 'x' }, 'fr')).to.deep.equal({ id: 'q1', lang: 'fr', quotes: [{ id: 'q1', text: 'x' }] });
  });
});

describe('builder copy button', () => {
  it('falls back to selecting and copying when the Clipboard API refuses, then gives focus back', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>Copy</button>`);
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    const onCopy = () => copied.push(String(getSelection()));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.addEventListener('copy', onCopy);
    try {
      const result = await copyText('<lede-quote-block>« Oui » & "non"</lede-quote-block>', button);
      // execCommand may be refused without a user gesture (Firefox): then the caller is told so.
      expect(result).to.equal(copied.length === 1);
      if (result) expect(copied[0]).to.equal('<lede-quote-block>« Oui » & "non"</lede-quote-block>');
      expect(document.activeElement).to.equal(button);
      expect(document.querySelector('textarea')).to.equal(null);
    } finally {
      document.removeEventListener('copy', onCopy);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });
});
