import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { shadowText } from './helpers.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<lede-quote-block lang="fr" speaker-role="PM">Bonjour</lede-quote-block>`);
    expect(shadowText(el)).to.include('Bonjour');
  });
});
