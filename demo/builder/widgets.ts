/**
 * The widgets the builder offers, found rather than listed: every Lede widget class that the
 * library's entry exports, with its form fields from the story JSON Schema and a sample item
 * from the demo's story document. A new widget exported from `src/index.ts`, whose story list
 * (its `static schema`'s `collection`) the story schema describes, shows up here with no builder code.
 */
import type { LitElement } from 'lit';
import { LedeElement } from '../../src/core/lede-element.js';
import * as lede from '../../src/index.js';
import schema from '../../schema/story.schema.json' with { type: 'json' };
import story from '../stories/huawei-peru.json' with { type: 'json' };
import { collectionFields, labelFor, type FieldSpec } from './schema-fields.js';
import type { WidgetShape } from './snippets.js';

/** Everything the builder knows about one widget. */
export interface WidgetInfo extends WidgetShape {
  /** Human name, e.g. "Deal card". */
  label: string;
  /** A complete example item, from the demo's story document when it has one. */
  sample: Record<string, unknown>;
}

/** Properties of the base class that are settings, not data. */
const NOT_DATA = new Set(['data', 'src', 'theme', 'loading']);

type WidgetClass = typeof LedeElement & typeof LitElement;

const isWidgetClass = (value: unknown): value is WidgetClass =>
  typeof value === 'function' && value.prototype instanceof LedeElement;

/** JSON field name → attribute name, for every data field that has an attribute. */
function attributesOf(widget: WidgetClass): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, options] of widget.elementProperties) {
    if (options.attribute === false || options.state || NOT_DATA.has(String(name))) continue;
    attributes[String(name)] = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
  }
  return attributes;
}

/** When the schema does not describe a widget's items yet, its attributes still make a form (as text fields). */
function fallbackFields(attributes: Record<string, string>): FieldSpec[] {
  return ['id', ...Object.keys(attributes)].map((name) => ({ name, label: labelFor(name), kind: 'text', required: name === 'id' }));
}

function describe(widget: WidgetClass): WidgetInfo | undefined {
  const tag = customElements.getName(widget);
  if (!tag?.startsWith('lede-')) return undefined;
  const name = tag.slice('lede-'.length);
  const attributes = attributesOf(widget);
  const { collection, textField } = widget.schema;
  const items: unknown = (story as Record<string, unknown>)[collection];
  const first = Array.isArray(items) ? items[0] : undefined;
  const sample = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : { id: `${name}-1` };
  return {
    name,
    tag,
    label: labelFor(name),
    collection,
    textField,
    fields: collectionFields(schema, collection) ?? fallbackFields(attributes),
    attributes,
    sample: structuredClone(sample),
  };
}

/** Every widget, in the order the library exports them. */
export const WIDGETS: readonly WidgetInfo[] = (Object.values(lede) as unknown[])
  .filter(isWidgetClass)
  .map(describe)
  .filter((info): info is WidgetInfo => info !== undefined);

export const widgetNamed = (name: string): WidgetInfo | undefined => WIDGETS.find((widget) => widget.name === name);

/** The demo's story document (its `lang` is the builder's default language). */
export const SAMPLE_STORY = story as Record<string, unknown>;
