/**
 * A widget class as the routes that build widgets from outside data see it (plain markup, the
 * iframe page's address): its schema says which fields it has, and its instances take them with
 * `setFields` (see LedeElement).
 */
import type { WidgetSchema } from './fields.js';

export interface WidgetClass {
  new (): HTMLElement & { setFields(values: Record<string, unknown>): void };
  schema: WidgetSchema;
}

/** `quote-block` → the class defined for `<lede-quote-block>` on this page, if `name` is a plausible widget name and it is defined. */
export function widgetClass(name: string | null | undefined): WidgetClass | undefined {
  const clean = name?.trim().toLowerCase() ?? '';
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(clean)) return undefined;
  const ctor = customElements.get(`lede-${clean}`) as WidgetClass | undefined;
  return ctor?.schema ? ctor : undefined;
}
