import { expect, fixture, html } from '@open-wc/testing';
import { attributeName, fieldName } from '../../src/core/fields.js';
import { readMarkup, widgetName } from '../../src/loader/read-markup.js';

/** A story item as markup holds it: numbers are text, and the id is not part of it. */
function asMarkupText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asMarkupText);
  if (typeof value !== 'object' || value === null) return String(value);
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, entry]) => [key, asMarkupText(entry)]));
}

/** `value` cut down to the keys `like` has: markup may hold more (a term's shown text as `value`). */
function pick(value: unknown, like: unknown): unknown {
  if (Array.isArray(like) && Array.isArray(value)) return value.map((entry, index) => pick(entry, like[index]));
  if (typeof like !== 'object' || like === null || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(like).map((key) => [key, pick((value as Record<string, unknown>)[key], (like as Record<string, unknown>)[key])]));
}

describe('readMarkup (plain widget markup)', () => {
  it('reads a quote from a figure: text, caption fields, a link address and a data-value date', async () => {
    const el = await fixture<HTMLElement>(html`<figure data-lede="quote-block" data-original-lang="es">
      <blockquote cite="https://example.org/quote">
        <p data-field="text">  Nous ne pensons pas
          que nos amis seront contrariés. </p>
      </blockquote>
      <figcaption>
        — <span data-field="speaker-role">Premier ministre du Pérou</span>,
        <cite data-field="source"><a data-field="source-url" href="https://www.scmp.com/">SCMP</a></cite>,
        <span data-field="date" data-value="2024-06-27">27 juin 2024</span>
      </figcaption>
    </figure>`);
    expect(readMarkup(el)).to.deep.equal({
      originalLang: 'es',
      text: 'Nous ne pensons pas que nos amis seront contrariés.',
      speakerRole: 'Premier ministre du Pérou',
      source: 'SCMP',
      sourceUrl: 'https://www.scmp.com/',
      date: '2024-06-27',
    });
  });

  it('takes sourceUrl from blockquote[cite] when nothing else gives it, and attributes win over text', async () => {
    const el = await fixture<HTMLElement>(html`<blockquote data-lede="quote-block" cite="https://example.org/q" data-speaker="Ana">
      <p data-field="text">Bonjour</p>
      <p>— <span data-field="speaker">Someone else</span></p>
    </blockquote>`);
    expect(readMarkup(el)).to.deep.equal({ speaker: 'Ana', text: 'Bonjour', sourceUrl: 'https://example.org/q' });
  });

  it('reads a link as text when the field is not a URL, and ignores data-lede / data-field / data-value as fields', async () => {
    const el = await fixture<HTMLElement>(html`<p data-lede="x" data-value="no"><a data-field="source" href="https://example.org/">Example</a></p>`);
    expect(readMarkup(el)).to.deep.equal({ source: 'Example' });
  });

  it('reads lists of objects, lists of texts and definition lists, each item with its own fields', async () => {
    const el = await fixture<HTMLElement>(html`<figure data-lede="deal-card">
      <strong data-field="headline">Huawei va former 20 000 jeunes</strong>
      <ul data-field="parties">
        <li data-kind="company" data-country="CN"><a data-field="url" href="https://www.huawei.com/"><span data-field="name">Huawei</span></a> (entreprise, Chine)</li>
        <li data-kind="government" data-country="PE"><span data-field="name">Gouvernement du Pérou</span></li>
        <!-- a comment is not an item -->
      </ul>
      <dl data-field="terms">
        <dt>Jeunes formés</dt>
        <dd data-value="20000" data-unit="people">20 000</dd>
        <div><dt>Durée</dt><dd>3 ans</dd></div>
      </dl>
      <ol data-field="beneficiaries">
        <li>Étudiants</li>
        <li> Universités  publiques </li>
      </ol>
    </figure>`);
    expect(readMarkup(el)).to.deep.equal({
      headline: 'Huawei va former 20 000 jeunes',
      parties: [
        { kind: 'company', country: 'CN', url: 'https://www.huawei.com/', name: 'Huawei' },
        { kind: 'government', country: 'PE', name: 'Gouvernement du Pérou' },
      ],
      terms: [
        { label: 'Jeunes formés', value: '20000', unit: 'people' },
        { label: 'Durée', value: '3 ans' },
      ],
      beneficiaries: ['Étudiants', 'Universités publiques'],
    });
  });

  it('keeps fields of a list item, and of a nested widget, out of the outer widget; the first occurrence wins', async () => {
    const el = await fixture<HTMLElement>(html`<figure data-lede="investment-figure">
      <strong data-field="amount" data-value="1000000">1 M</strong>
      <span data-field="amount">2 M</span>
      <dl data-field="comparison"><dt data-field="label">Budget</dt><dd data-amount="5">5</dd></dl>
      <figure data-lede="quote-block"><p data-field="label">inner</p></figure>
      <dl data-field="empty"><dd>no term before me</dd></dl>
    </figure>`);
    expect(readMarkup(el)).to.deep.equal({
      amount: '1000000',
      comparison: [{ label: 'Budget', value: '5', amount: '5' }],
      empty: [],
    });
  });

  it('names widgets only with tag-safe names', async () => {
    const names = ['quote-block', ' Deal-Card ', 'a b', '1x', '', 'x--y'].map((value) => {
      const el = document.createElement('p');
      el.setAttribute('data-lede', value);
      return widgetName(el);
    });
    expect(names).to.deep.equal(['quote-block', 'deal-card', undefined, undefined, undefined, undefined]);
  });

  it('reads every widget’s documented markup (the end-to-end samples) as its story item', async () => {
    const story = await (await fetch('/e2e/fixtures/story.json')).json();
    const items = { 'quote-block': story.quotes[0], 'deal-card': story.deals[0], 'investment-figure': story.figures[0] };
    for (const [name, item] of Object.entries(items)) {
      const box = document.createElement('div');
      box.innerHTML = await (await fetch(`/e2e/samples/${name}.plain.html`)).text();
      const expected = asMarkupText(item);
      expect(pick(readMarkup(box.firstElementChild as HTMLElement), expected), name).to.deep.equal(expected);
    }
  });

  it('converts between field names and attribute names', () => {
    expect(fieldName('speaker-role')).to.equal('speakerRole');
    expect(fieldName('sourceUrl')).to.equal('sourceUrl');
    expect(attributeName('rankScope')).to.equal('rank-scope');
  });
});
