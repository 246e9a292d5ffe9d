import { expect, fixture, html } from '@open-wc/testing';
import { startWidgetLoader } from '../../src/loader/widget-loader.js';

/**
 * The page loader as dist/lede.js runs it, here with module URLs that fail to load: what a page
 * sees is which modules were asked for and what the console says. (The built loader downloading
 * real widget modules is covered end to end, e2e/on-demand.test.js.)
 */
describe('page loader', () => {
  const asked: string[] = [];
  const warnings: string[] = [];
  const warn = console.warn;

  before(() => {
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    expect(startWidgetLoader(['quote-block', 'not-built'], (file) => (asked.push(file), `/nowhere/${file}`))).to.equal(true);
  });
  after(() => (console.warn = warn));

  // First: once some plain markup on its own has asked for the site loader, it stays loaded.
  it('does not fetch the site loader for plain markup inside its own widget’s tag (the builder’s tags)', async () => {
    await fixture(html`<div><lede-not-built><figure data-lede="not-built"><p>Plain</p></figure></lede-not-built></div>`);
    for (let turn = 0; turn < 200 && !warnings.some((text) => text.includes('<lede-not-built> could not be loaded')); turn++) await new Promise((resolve) => setTimeout(resolve));
    const fetched = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('site-loader'));
    expect(fetched()).to.have.length(0);
    // The same markup on its own is upgraded by the site loader.
    await fixture(html`<div><figure data-lede="not-built"><p>Plain</p></figure></div>`);
    for (let turn = 0; turn < 200 && !fetched().length; turn++) await new Promise((resolve) => setTimeout(resolve));
    expect(fetched()).to.have.length(1);
  });

  it('asks once for the module of each known widget the page has, and never for others', async () => {
    await fixture(html`<div><lede-not-built></lede-not-built><lede-not-built></lede-not-built><p data-lede="not-built">Plain</p></div>`);
    const failed = () => warnings.filter((text) => text.includes('<lede-not-built> could not be loaded'));
    for (let turn = 0; turn < 200 && !failed().length; turn++) await new Promise((resolve) => setTimeout(resolve));
    expect(asked.filter((file) => file === 'lede-not-built.js')).to.have.length(1);
    expect(failed(), 'one warning for the widget, whatever the number of its tags').to.have.length(1);
  });

  it('says once which name is unknown in plain markup (a typo), and leaves the markup as it reads', async () => {
    const el = await fixture(html`<div><p data-lede="quote-blok">Nous ne pensons pas…</p><p data-lede="quote-blok">Encore</p></div>`);
    await new Promise((resolve) => setTimeout(resolve));
    expect(warnings.filter((text) => text.includes('no widget "quote-blok"'))).to.have.length(1);
    expect(asked).not.to.include('lede-quote-blok.js');
    expect(el.querySelector('p')!.textContent).to.equal('Nous ne pensons pas…');
  });

  it('a second copy on the page stands back', () => {
    expect(startWidgetLoader(['quote-block'], () => '/nowhere')).to.equal(false);
  });
});
