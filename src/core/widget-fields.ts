/**
 * Turning fields into a widget, the same way for every route that builds widgets from outside
 * data: plain markup (the site loader) and the iframe page's address (the embed page).
 */
import { attributeName, fieldName, hasAttribute, type WidgetSchema } from './fields.js';

/** A widget class as these routes see it: its schema says which fields it has. */
export interface WidgetClass extends CustomElementConstructor {
  schema: WidgetSchema;
}

/** Settings of every widget that the routes may carry besides its fields. */
const SETTINGS = ['src', 'theme', 'loading'];

/** `quote-block` → the class defined for `<lede-quote-block>` on this page, if `name` is a plausible widget name and it is defined. */
export function widgetClass(name: string | null | undefined): WidgetClass | undefined {
  const clean = name?.trim().toLowerCase() ?? '';
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(clean)) return undefined;
  const ctor = customElements.get(`lede-${clean}`) as WidgetClass | undefined;
  return ctor?.schema ? ctor : undefined;
}

/**
 * Sets `values` (named in camelCase or kebab-case) on `widget`: a text value of a field that has an
 * attribute becomes that attribute (readable in the page, as an editor would write it), every
 * other field value goes into `data`, and the settings `src`, `theme` and `loading` become
 * attributes. Names that are neither (`onclick`, an editor's `data-list-item-id`) are ignored:
 * nothing outside the widget's own fields is ever set. Returns the names it ignored.
 */
export function setFields(widget: HTMLElement & { data?: unknown }, values: Record<string, unknown>): string[] {
  const { fields } = (widget.constructor as WidgetClass).schema;
  const data: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const name = fieldName(key);
    const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    if (field && typeof value === 'string' && hasAttribute(field)) widget.setAttribute(attributeName(name), value);
    else if (field) data[name] = value;
    else if (SETTINGS.includes(name) && typeof value === 'string') widget.setAttribute(name, value);
    else ignored.push(key);
  }
  if (Object.keys(data).length) widget.data = data;
  return ignored;
}
