/** The embed builder's form: fields from the JSON Schema, problems beside their field, lists edited by keyboard. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../demo/builder/builder-fields.js';
import type { BuilderFields } from '../../../demo/builder/builder-fields.js';
import { collectionFields, labelFor, singular } from '../../../demo/builder/schema-fields.js';
import { WIDGETS } from '../../../demo/builder/widgets.js';
import '../../../src/index.js';
import schema from '../../../schema/story.schema.json' with { type: 'json' };

const dealFields = collectionFields(schema, 'deals')!;

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element matching `selector` under `root`, through shadow roots. */
function deepAll(root: Element | ShadowRoot, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepAll(root.shadowRoot, selector));
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

/** Waits until nested components have rendered an element matching `selector`. */
const deepFind = (root: Element, selector: string) => waitUntil(() => deepAll(root, selector)[0], `no ${selector}`).then(() => deepAll(root, selector)[0]);

const accessibleText = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A form that keeps its own value, as the builder does. */
async function mountForm(value: Record<string, unknown>): Promise<BuilderFields> {
  const form = await fixture<BuilderFields>(html`<builder-fields .fields=${dealFields} .value=${value}></builder-fields>`);
  form.addEventListener('value-change', (event) => (form.value = (event as CustomEvent).detail));
  return form;
}

async function press(element: HTMLElement, key: string): Promise<void> {
  element.focus();
  await sendKeys({ press: key });
}

describe('builder form: fields from the schema', () => {
  it('reads kinds, labels, requirements and choices from the story JSON Schema', () => {
    const byName = Object.fromEntries(dealFields.map((field) => [field.name, field]));
    expect(dealFields.map((field) => field.name)).to.deep.equal(['id', 'headline', 'status', 'date', 'location', 'parties', 'summary', 'terms', 'beneficiaries', 'source', 'sourceUrl', 'via']);
    expect([byName.headline.kind, byName.headline.required]).to.deep.equal(['text', true]);
    expect(byName.status.options).to.deep.equal(['reported', 'announced', 'signed', 'in-progress', 'completed', 'cancelled']);
    expect([byName.date.kind, byName.summary.kind, byName.sourceUrl.kind]).to.deep.equal(['date', 'long-text', 'url']);
    expect(byName.sourceUrl.label).to.equal('Source URL');
    expect(byName.parties.itemFields!.map((field) => `${field.name}:${field.kind}`)).to.deep.equal(['name:text', 'kind:choice', 'country:text', 'url:url']);
    expect(byName.terms.itemFields!.find((field) => field.name === 'value')!.kind).to.equal('number-or-text');
    expect([byName.beneficiaries.kind, byName.beneficiaries.itemFields, byName.beneficiaries.maxItems]).to.deep.equal(['list', undefined, 50]);
    expect(labelFor('originalLang')).to.equal('Original language');
    expect(['parties', 'terms', 'beneficiaries', 'comparison'].map(singular)).to.deep.equal(['party', 'term', 'beneficiary', 'comparison']);
  });

  it('finds every widget the library exports, with the example from the demo story', () => {
    expect(WIDGETS.map((widget) => widget.tag)).to.include.members(['lede-deal-card', 'lede-quote-block']);
    const quote = WIDGETS.find((widget) => widget.name === 'quote-block')!;
    expect(quote.textField).to.equal('text');
    expect(quote.attributes).to.include({ speakerRole: 'speaker-role', sourceUrl: 'source-url' });
    expect(quote.sample.id).to.equal('pm-quote');
  });
});

describe('builder form: editing', () => {
  it('turns typed numbers into JSON numbers and keeps other text as typed', async () => {
    const form = await mountForm({ terms: [{ label: 'Jeunes', value: 1 }] });
    const value = (await deepFind(form, 'input[data-path="terms[0].value"]')) as HTMLInputElement;
    value.focus();
    value.select();
    await sendKeys({ type: '20000' });
    expect((form.value.terms as { value: unknown }[])[0].value).to.equal(20000);
    value.select();
    await sendKeys({ type: 'trois ans' });
    expect((form.value.terms as { value: unknown }[])[0].value).to.equal('trois ans');
  });

  it('shows a problem beside its field, marks the field invalid and focuses it on request', async () => {
    const form = await mountForm({ headline: 'A', parties: [{ name: 'X', country: 'XX' }] });
    form.problems = [{ field: 'parties[0].country', message: 'must be an ISO 3166-1 alpha-2 code ("PE"); got "XX"' }];
    await form.updateComplete;
    const country = await deepFind(form, 'input[data-path="parties[0].country"]');
    await waitUntil(() => country.getAttribute('aria-invalid') === 'true');
    const note = (country.getRootNode() as ShadowRoot).getElementById(country.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(accessibleText(note)).to.equal('Country must be an ISO 3166-1 alpha-2 code ("PE"); got "XX".');
    expect(await form.focusField('parties[0].country')).to.equal(true);
    expect(deepActive()).to.equal(country);
  });

  it('adds, reorders and removes list items from the keyboard, keeping focus on the item', async () => {
    const form = await mountForm({ headline: 'A', parties: [{ name: 'Huawei' }, { name: 'Pérou' }] });
    const button = (label: string) => deepAll(form, 'button').find((candidate) => accessibleText(candidate) === label)!;
    await deepFind(form, 'button[data-action]');
    const names = () => (form.value.parties as { name?: string }[]).map((party) => party.name);

    await press(button('Move up party 2'), 'Enter');
    expect(names()).to.deep.equal(['Pérou', 'Huawei']);
    await waitUntil(() => accessibleText(deepActive()) === 'Move up party 1', 'focus follows the moved party');
    expect(deepActive()!.getAttribute('aria-disabled')).to.equal('true');
    expect(deepAll(form, '[role="status"]').map(accessibleText)).to.include('Party moved to position 1 of 2.');

    await sendKeys({ press: 'Enter' }); // already first: nothing moves
    expect(names()).to.deep.equal(['Pérou', 'Huawei']);

    await press(button('Add party'), 'Enter');
    await waitUntil(() => deepActive()?.getAttribute('data-path') === 'parties[2].name', 'focus goes to the new party');
    await sendKeys({ type: 'Banco' });
    expect(names()).to.deep.equal(['Pérou', 'Huawei', 'Banco']);

    await press(button('Remove party 1'), 'Enter');
    expect(names()).to.deep.equal(['Huawei', 'Banco']);
    await waitUntil(() => accessibleText(deepActive()) === 'Remove party 1', 'focus goes to the next party');
  });
});

describe('builder form: an object field', () => {
  it('edits a profile’s image as a group of its own fields, under the image’s JSON path', async () => {
    const fields = collectionFields(schema, 'profiles')!;
    const image = fields.find((field) => field.name === 'image')!;
    expect([image.kind, image.itemFields!.map((field) => [field.name, field.kind, field.required])]).to.deep.equal(['object', [['src', 'url', true], ['alt', 'text', true]]]);
    const form = await fixture<BuilderFields>(html`<builder-fields .fields=${fields} .value=${{ name: 'Dina Boluarte' }}></builder-fields>`);
    form.addEventListener('value-change', (event) => (form.value = (event as CustomEvent).detail));
    const group = await deepFind(form, 'fieldset');
    expect(accessibleText(group.querySelector('legend'))).to.equal('Image');
    const alt = await deepFind(form, '[data-path="image.alt"]');
    alt.focus();
    await sendKeys({ type: 'Portrait' });
    await waitUntil(() => (form.value.image as { alt?: string } | undefined)?.alt === 'Portrait', 'the image never got its alt');
    expect(form.value).to.deep.equal({ name: 'Dina Boluarte', image: { alt: 'Portrait' } });
  });
});
