/**
 * The ways data reaches a widget. Every suite runs each widget through every route here, so a
 * new way in (the site loader's plain markup, the iframe `embed.html` query string) is one entry.
 */
import type { ReactiveElement } from 'lit';
import type { Raw } from '../../src/core/validate.js';
import { faultUrl, newKey, storeDocument } from './faults.js';
import { attributeName, type WidgetSpec } from './widgets.js';

/** A Lede element as the tests see it. */
export type Host = ReactiveElement & { data?: unknown };

export interface Route {
  name: string;
  /** What the route can carry: attribute strings, JSON values, or any JavaScript value (`data` property). */
  carries: 'strings' | 'json' | 'any';
  /** True when the data arrives later (a fetch): the widget is settled once it shows its data or its error. */
  deferred?: boolean;
  /** The widget carrying `item`, not yet in the page. */
  create(widget: WidgetSpec, item: Raw): Host | Promise<Host>;
}

/** How a value is written as an attribute: strings as they are, anything else as JSON. */
function attributeValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function withAttributes(widget: WidgetSpec, item: Raw, skip?: string): Host {
  const el = document.createElement(widget.tag) as Host;
  const json: Raw = {};
  for (const [field, value] of Object.entries(item)) {
    // `src` has its own route: a random one here would only fetch random paths.
    const name = field === skip || field === 'src' ? undefined : attributeName(widget.tag, field);
    if (name && value !== undefined && value !== null) el.setAttribute(name, attributeValue(value));
    // A required field with no attribute (a timeline's events) comes as inline JSON beside them, as authors write it.
    else if (!name && widget.fields[field]?.required) json[field] = value;
  }
  if (Object.keys(json).length) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(json);
    el.append(script);
  }
  return el;
}

export const ROUTES: Route[] = [
  {
    name: 'attributes',
    carries: 'strings',
    create: (widget, item) => withAttributes(widget, item),
  },
  {
    // What an editor writes: the text field as the element's content, the rest as attributes.
    name: 'markup',
    carries: 'strings',
    create(widget, item) {
      const el = withAttributes(widget, item, widget.textField);
      const text = widget.textField ? item[widget.textField] : undefined;
      if (text !== undefined && text !== null) el.textContent = attributeValue(text);
      return el;
    },
  },
  {
    name: 'inline JSON',
    carries: 'json',
    create(widget, item) {
      const el = document.createElement(widget.tag) as Host;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(item);
      el.append(script);
      return el;
    },
  },
  {
    // Inline JSON where a CMS's sanitizer drops <script>: the object in one attribute.
    name: 'data-lede-json',
    carries: 'json',
    create(widget, item) {
      const el = document.createElement(widget.tag) as Host;
      el.setAttribute('data-lede-json', JSON.stringify(item));
      return el;
    },
  },
  {
    name: 'data property',
    carries: 'any',
    create(widget, item) {
      const el = document.createElement(widget.tag) as Host;
      el.data = item;
      return el;
    },
  },
  {
    name: 'src',
    carries: 'json',
    deferred: true,
    async create(widget, item) {
      const id = await storeDocument({ [widget.collection]: [{ ...item, id: 'item' }] });
      const el = document.createElement(widget.tag) as Host;
      el.setAttribute('loading', 'eager');
      el.setAttribute('src', faultUrl(newKey(), 'doc', { id }, 'item'));
      return el;
    },
  },
  // Routes built elsewhere plug in here with the same shape:
  // - site loader: { name: 'site loader', carries: 'strings', create: plain markup (e.g. a <blockquote
  //   data-lede="quote">) that the loader upgrades; return the upgraded widget }.
  // - iframe: { name: 'iframe', carries: 'strings', deferred: true, create: an <iframe src="embed.html?…">;
  //   the checks in harness.ts then run against the frame's document and window }.
];
