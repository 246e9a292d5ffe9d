/**
 * The gallery: every widget in every state, drawn from the demo's story document, so a new
 * widget (see builder/widgets.ts) appears in each section with no code here. Only the deal
 * statuses are specific to one widget.
 */
import { html, render } from 'lit';
import '../src/index.js';
import { DEAL_STATUSES } from '../src/index.js';
import { LANGUAGES as LANGUAGE_LIST } from '../src/locales/languages.js';
import type { FieldSpec } from './builder/schema-fields.js';
import { WIDGETS, type WidgetInfo } from './builder/widgets.js';

type Data = Record<string, unknown>;
interface State {
  caption: string;
  widget: WidgetInfo;
  data?: Data;
  lang?: string;
  theme?: string;
  dir?: string;
  narrow?: boolean;
  src?: string;
  /** Light-DOM content: what shows when the data is unusable. */
  fallback?: string;
}

/** Values every widget must refuse, by kind of field. */
const BAD: Partial<Record<FieldSpec['kind'], unknown>> = {
  url: 'javascript:alert(1)',
  date: '27/06/2024',
  choice: 'maybe',
  number: 'lots',
};

/** The sample with every field a widget can refuse given a bad value, in the first item of each list too. */
function badData(fields: FieldSpec[], sample: Data): Data {
  const data: Data = { ...sample };
  for (const field of fields) {
    if (BAD[field.kind] !== undefined) data[field.name] = BAD[field.kind];
    const list = data[field.name];
    if (field.itemFields && Array.isArray(list) && list.length) data[field.name] = [badData(field.itemFields, list[0] as Data), ...list.slice(1)];
  }
  return data;
}

/** Only what the schema requires. */
const requiredOnly = (widget: WidgetInfo): Data =>
  Object.fromEntries(widget.fields.filter((field) => field.required).map((field) => [field.name, widget.sample[field.name]]));

/** The widget element for a state (Lit templates cannot take a tag name from a value). */
function widgetElement(state: State): HTMLElement {
  const element = Object.assign(document.createElement(state.widget.tag), { data: state.data });
  element.setAttribute('heading-level', '3');
  element.setAttribute('theme', state.theme ?? 'light');
  if (state.src) element.setAttribute('src', state.src);
  element.setAttribute('loading', 'eager');
  if (state.fallback) element.textContent = state.fallback;
  return element;
}

function renderState(state: State) {
  return html`<figure class="state ${state.narrow ? 'narrow' : ''} ${state.theme === 'dark' ? 'dark' : ''}" lang=${state.lang ?? 'fr'} dir=${state.dir ?? 'ltr'}>
    <figcaption lang="en" dir="ltr">${state.caption}</figcaption>
    ${widgetElement(state)}
  </figure>`;
}

/** Every language Lede has strings for, named in English; Arabic and Hebrew on right-to-left pages. */
const LANGUAGES = LANGUAGE_LIST.map((lang) => ({ lang, name: new Intl.DisplayNames('en', { type: 'language' }).of(lang)!, dir: /^(ar|he)$/.test(lang) ? 'rtl' : 'ltr' }));

const sections: [string, string, State[]][] = [
  [
    'deal-statuses',
    'Every deal status',
    DEAL_STATUSES.flatMap((status) =>
      WIDGETS.filter((widget) => widget.name === 'deal-card').map((widget) => ({ caption: `status="${status}"`, widget, data: { ...widget.sample, status } })),
    ),
  ],
  ['required-only', 'Only the required fields', WIDGETS.map((widget) => ({ caption: `${widget.label}, required fields only`, widget, data: requiredOnly(widget) }))],
  [
    'problems',
    'Problems in the data',
    WIDGETS.flatMap((widget) => [
      { caption: `${widget.label}: refused values (bad link, date, choice, number)`, widget, data: badData(widget.fields, widget.sample) },
      widget.textField
        ? { caption: `${widget.label}: light-DOM text only (read as its ${widget.textField})`, widget, data: {}, fallback: 'Light-DOM text, the only data.' }
        : { caption: `${widget.label}: no usable data, the light DOM stays`, widget, data: {}, fallback: 'Light-DOM fallback text, shown as it is.' },
      { caption: `${widget.label}: src points at an id the story does not have`, widget, src: './stories/huawei-peru.json#no-such-item', fallback: 'Light-DOM fallback text, shown as it is.' },
    ]),
  ],
  ['dark', 'Dark theme', WIDGETS.map((widget) => ({ caption: `${widget.label}, theme="dark"`, widget, data: widget.sample, theme: 'dark' }))],
  ['rtl', 'Right to left', WIDGETS.map((widget) => ({ caption: `${widget.label} in a dir="rtl" container`, widget, data: widget.sample, dir: 'rtl' }))],
  ['narrow', '320 px wide', WIDGETS.map((widget) => ({ caption: `${widget.label} at 320 px`, widget, data: widget.sample, narrow: true }))],
  [
    'languages',
    'Each language',
    WIDGETS.flatMap((widget) => LANGUAGES.map(({ lang, name, dir }) => ({ caption: `${widget.label} in ${name} (lang="${lang}")`, widget, data: widget.sample, lang, dir }))),
  ],
];

const target = document.querySelector<HTMLElement>('#gallery');
if (target) {
  render(
    html`<nav aria-label="Gallery sections"><ul>${sections.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ul></nav>
      ${sections.map(([id, title, states]) => html`<section id=${id} aria-labelledby="${id}-title">
        <h2 id="${id}-title">${title}</h2>
        <div class="states">${states.map(renderState)}</div>
      </section>`)}`,
    target,
  );
}
