import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { startSiteLoader, upgradeElement, upgradeMarkup } from '../../src/loader/site-loader.js';
import { captureWarnings, shadowText, untilShown } from '../helpers.js';

const quoteMarkup = html`<figure id="pm" class="lede-quote alignwide" lang="fr" data-lede="quote-block" data-original-lang="es">
  <blockquote cite="https://www.scmp.com/"><p data-field="text">Nous ne pensons pas que nos amis seront contrariés.</p></blockquote>
  <figcaption>— <span data-field="speaker-role">Premier ministre du Pérou</span>, <cite data-field="source">SCMP</cite></figcaption>
</figure>`;

describe('site loader', () => {
  it('turns plain quote markup into <lede-quote-block> with the same data, keeping the markup as its fallback', async () => {
    const box = await fixture<HTMLElement>(html`<div>${quoteMarkup}</div>`);
    const [widget] = upgradeMarkup(box);
    expect(widget.localName).to.equal('lede-quote-block');
    expect(widget.parentElement).to.equal(box);
    expect(widget.getAttribute('lang')).to.equal('fr');
    expect(widget.id).to.equal('pm');
    expect(widget.className).to.equal('lede-quote alignwide');
    expect(widget.getAttribute('speaker-role')).to.equal('Premier ministre du Pérou');
    expect(widget.getAttribute('source-url')).to.equal('https://www.scmp.com/');
    const fallback = widget.firstElementChild!;
    expect(fallback.localName).to.equal('figure');
    expect(fallback.id, 'the id moves to the widget').to.equal('');
    await untilShown(widget, 'Nous ne pensons pas que nos amis seront contrariés.');
    expect(shadowText(widget)).to.include('Premier ministre du Pérou');
    expect(shadowText(widget)).to.include('SCMP');
    const spanish = new Intl.DisplayNames('fr', { type: 'language' }).of('es')!;
    expect(shadowText(widget), 'data-original-lang became original-lang').to.include(`Traduit de l’${spanish}`);
    const link = widget.shadowRoot!.querySelector('cite a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.scmp.com/');
    await expect(widget).to.be.accessible();
  });

  it('does not upgrade markup that already is a widget’s fallback, and upgrades each element once', async () => {
    const box = await fixture<HTMLElement>(html`<div>${quoteMarkup}</div>`);
    expect(upgradeMarkup(box)).to.have.length(1);
    expect(upgradeMarkup(box)).to.have.length(0);
    expect(box.querySelectorAll('lede-quote-block')).to.have.length(1);
  });

  it('sets only the widget’s own fields: text fields as attributes, lists as `data`; an editor’s own data-* is ignored', async () => {
    // CKEditor 5's General HTML Support adds `data-list-item-id` to every <li>; TinyMCE adds `data-mce-*`.
    const card = await fixture<HTMLElement>(html`<article data-lede="deal-card" data-onclick="alert(1)" data-mce-style="x" data-heading-level="2" data-theme="dark">
      <h2 data-field="headline">Un accord</h2>
      <ul data-field="parties"><li data-list-item-id="e1a" data-kind="company"><span data-field="name">Huawei</span></li><li data-list-item-id="e1b">Pérou</li></ul>
      <ul data-field="beneficiaries"><li data-list-item-id="e2b">Étudiants</li><li data-list-item-id="e3c">Femmes</li></ul>
    </article>`);
    const problems: unknown[] = [];
    document.addEventListener('lede-error', (event) => problems.push((event as CustomEvent).detail), { once: true });
    const widget = upgradeElement(card) as HTMLElement & { data?: unknown };
    expect(widget.getAttribute('headline')).to.equal('Un accord');
    expect(widget.getAttribute('heading-level')).to.equal('2');
    expect(widget.getAttribute('theme'), 'settings are carried too').to.equal('dark');
    expect(widget.hasAttribute('onclick'), 'data-* never becomes an event handler').to.equal(false);
    expect(widget.data, 'a party written as plain text is its name').to.deep.equal({
      parties: [{ kind: 'company', name: 'Huawei' }, { name: 'Pérou' }],
      beneficiaries: ['Étudiants', 'Femmes'],
    });
    await untilShown(widget, 'Femmes');
    expect(shadowText(widget)).to.include('Étudiants');
    expect(problems, 'no problem reported').to.deep.equal([]);
  });

  it('takes the JSON object in data-lede-json under the markup’s own fields', async () => {
    // Where a CMS keeps attributes but drops <script>: the lists ride in the attribute, the headline in the markup.
    const json = JSON.stringify({ headline: 'From JSON', parties: [{ name: 'Huawei' }, { name: 'Pérou' }], beneficiaries: ['Étudiants'] });
    const card = await fixture<HTMLElement>(html`<article data-lede="deal-card" data-lede-json=${json}><h2 data-field="headline">From markup</h2></article>`);
    const widget = upgradeElement(card)!;
    expect(widget.getAttribute('data-lede-json')).to.equal(json);
    await untilShown(widget, 'Étudiants');
    expect(shadowText(widget)).to.include('From markup').and.include('Huawei').and.not.include('From JSON');
  });

  it('shows the original markup when the data is not enough to draw the widget', async () => {
    const box = await fixture<HTMLElement>(html`<div><blockquote data-lede="quote-block"><p>   </p></blockquote></div>`);
    const warnings = captureWarnings();
    try {
      const [widget] = upgradeMarkup(box);
      await waitUntil(() => widget.shadowRoot?.querySelector('slot'), 'the widget never fell back to its light DOM');
      expect(widget.querySelector('blockquote')!.getClientRects().length, 'the fallback is displayed').to.be.greaterThan(0);
    } finally {
      warnings.restore();
    }
  });

  it('leaves unknown widgets as they are and says so once', async () => {
    const box = await fixture<HTMLElement>(html`<div><p data-lede="no-such-widget">Hello</p><p data-lede="no-such-widget">Again</p><p data-lede="Not valid!">x</p></div>`);
    const warnings = captureWarnings();
    try {
      expect(upgradeMarkup(box)).to.deep.equal([]);
      expect(upgradeElement(document.createElement('p'))).to.equal(undefined);
    } finally {
      warnings.restore();
    }
    expect(warnings.calls.filter((call) => call.includes('"no-such-widget"'))).to.have.length(1);
    expect(box.querySelectorAll('p[data-lede]')).to.have.length(3);
  });

  it('upgrades markup already in the page and markup added later, with one observer however often it is started', async () => {
    const box = await fixture<HTMLElement>(html`<div>${quoteMarkup}</div>`);
    startSiteLoader();
    startSiteLoader();
    expect(box.firstElementChild!.localName).to.equal('lede-quote-block');
    box.insertAdjacentHTML('beforeend', '<p data-lede="quote-block"><span data-field="text">Added later</span></p>');
    await waitUntil(() => box.querySelectorAll('lede-quote-block').length === 2, 'markup added later was not upgraded');
    const later = box.querySelectorAll('lede-quote-block')[1];
    await untilShown(later, 'Added later');
    // Moving a widget leaves it working and does not wrap it again.
    later.remove();
    box.prepend(later);
    later.setAttribute('speaker', 'Ana');
    await untilShown(later, 'Ana');
    expect(box.querySelectorAll('lede-quote-block')).to.have.length(2);
    expect(later.querySelectorAll('lede-quote-block')).to.have.length(0);
  });
});
