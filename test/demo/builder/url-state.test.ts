/** The embed builder's state in the URL: a link reopens the same widget; a damaged link falls back with a note. */
import { expect } from '@open-wc/testing';
import { readState, writeState, type BuilderState, type StateDefaults } from '../../../demo/builder/url-state.js';

const SAMPLES: Record<string, Record<string, unknown>> = {
  'deal-card': { id: 'd', headline: 'Exemple' },
  'quote-block': { id: 'q', text: 'Citation' },
};
const DEFAULTS: StateDefaults = { widgets: ['deal-card', 'quote-block'], sample: (widget) => structuredClone(SAMPLES[widget]), lang: 'fr' };

describe('builder URL state', () => {
  it('round-trips every setting and data with characters that URLs treat specially', () => {
    const state: BuilderState = {
      widget: 'quote-block',
      lang: 'es-PE',
      theme: 'dark',
      width: 'phone',
      script: 'classic',
      lib: 'https://cdn.example/lede/',
      data: { text: 'a & b = c? #hash +plus %25 « » 引号 </script>', parties: [{ name: 'x' }], n: 20000 },
    };
    const query = writeState(state);
    expect(query).not.to.include('#');
    expect(readState(`?${query}`, DEFAULTS)).to.deep.equal({ state, notes: [] });
  });

  it('starts from the first widget and its example when the URL says nothing', () => {
    expect(readState('', DEFAULTS)).to.deep.equal({
      state: { widget: 'deal-card', data: SAMPLES['deal-card'], lang: 'fr', theme: 'light', width: 'desktop', script: 'module' },
      notes: [],
    });
  });

  it('leaves defaults that need no saying out of the URL', () => {
    const params = new URLSearchParams(writeState({ widget: 'deal-card', data: {}, lang: 'fr', theme: 'light', width: 'desktop', script: 'module' }));
    expect([...params.keys()]).to.deep.equal(['widget', 'lang', 'theme', 'width', 'data']);
  });

  it('takes the example of the widget the URL names', () => {
    expect(readState('?widget=quote-block', DEFAULTS).state.data).to.deep.equal(SAMPLES['quote-block']);
  });

  it('falls back, with a note, on data that is cut short or not an object', () => {
    for (const data of ['{"text":"cut', '[1,2]', '"text"', 'null']) {
      const { state, notes } = readState(`?widget=quote-block&data=${encodeURIComponent(data)}`, DEFAULTS);
      expect(state.data, data).to.deep.equal(SAMPLES['quote-block']);
      expect(notes, data).to.have.length(1);
      expect(notes[0]).to.include('could not be read');
    }
  });

  it('falls back, with a note each, on an unknown widget, theme, width or script', () => {
    const { state, notes } = readState('?widget=pie-chart&theme=neon&width=huge&script=wasm', DEFAULTS);
    expect([state.widget, state.theme, state.width, state.script]).to.deep.equal(['deal-card', 'light', 'desktop', 'module']);
    expect(notes).to.have.length(4);
    expect(notes[0]).to.equal('The link’s widget “pie-chart” is not one of deal-card, quote-block; using deal-card.');
  });

  it('canonicalizes the language tag and refuses what is not one', () => {
    expect(readState('?lang=ES-pe', DEFAULTS).state.lang).to.equal('es-PE');
    const { state, notes } = readState('?lang=not a tag!', DEFAULTS);
    expect(state.lang).to.equal('fr');
    expect(notes[0]).to.include('not a language tag');
  });
});
