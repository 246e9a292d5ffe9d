/**
 * Turns the story document's JSON Schema into form fields, so the builder's form for a widget
 * comes from the same file that validates story documents: a new field (or a new widget) in the
 * schema appears in the builder with no builder code.
 */

/** How a field is edited. */
export type FieldKind = 'text' | 'long-text' | 'choice' | 'number' | 'number-or-text' | 'url' | 'date' | 'boolean' | 'list' | 'object';

/** One form field, named by its JSON field name. */
export interface FieldSpec {
  name: string;
  /** Human label, e.g. "Speaker role" for `speakerRole`. */
  label: string;
  kind: FieldKind;
  required: boolean;
  /** The schema's description, shown as a hint. */
  description?: string;
  /** Allowed values of a `choice`. */
  options?: readonly string[];
  /** Longest text the schema allows. */
  maxLength?: number;
  /** A list's items: the fields of each object, or undefined for a list of texts; an object's fields. */
  itemFields?: FieldSpec[];
  /** Name of one list item, e.g. "party" for `parties`. */
  itemLabel?: string;
  maxItems?: number;
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Longest "short" text: anything allowed to be longer is edited in a text area. */
const SHORT_TEXT = 300;

/** `sourceUrl` → "Source URL", `originalLang` → "Original language". */
export function labelFor(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((word) => (/^url$/i.test(word) ? 'URL' : /^lang$/i.test(word) ? 'language' : /^id$/i.test(word) ? 'ID' : word.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `parties` → "party", `terms` → "term", `comparison` → "comparison". */
export function singular(label: string): string {
  const lower = label.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** Follows local `$ref`s (`#/$defs/x`), merging the referring node's own keywords (e.g. a description) over the target's. */
function resolve(schema: Node, node: unknown, depth = 0): { node: Node; refs: string[] } {
  if (!isNode(node)) return { node: {}, refs: [] };
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 10) return { node, refs: [] };
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (isNode(at) ? at[key] : undefined), schema);
  const inner = resolve(schema, target, depth + 1);
  const own = { ...node };
  delete own.$ref;
  return { node: { ...inner.node, ...own }, refs: [ref.split('/').pop() ?? '', ...inner.refs] };
}

function fieldFor(schema: Node, name: string, raw: unknown, required: boolean): FieldSpec {
  const { node, refs } = resolve(schema, raw);
  const label = labelFor(name);
  const description = typeof node.description === 'string' ? node.description : undefined;
  const base = { name, label, required, description };
  if (Array.isArray(node.enum)) return { ...base, kind: 'choice', options: node.enum.map(String) };
  if (node.type === 'number' || node.type === 'integer') return { ...base, kind: 'number' };
  if (node.type === 'boolean') return { ...base, kind: 'boolean' };
  if (Array.isArray(node.anyOf)) {
    const types = node.anyOf.map((option) => resolve(schema, option).node.type);
    if (types.includes('number') && types.includes('string')) return { ...base, kind: 'number-or-text' };
  }
  if (node.type === 'array') {
    const items = resolve(schema, node.items).node;
    const maxItems = typeof node.maxItems === 'number' ? node.maxItems : undefined;
    const itemLabel = singular(label);
    return items.type === 'object' ? { ...base, kind: 'list', itemLabel, maxItems, itemFields: objectFields(schema, items) } : { ...base, kind: 'list', itemLabel, maxItems };
  }
  if (node.type === 'object') return { ...base, kind: 'object', itemFields: objectFields(schema, node) };
  const maxLength = typeof node.maxLength === 'number' ? node.maxLength : undefined;
  if (refs.includes('httpUrl')) return { ...base, kind: 'url', maxLength };
  if (refs.includes('isoDate')) return { ...base, kind: 'date' };
  return { ...base, kind: maxLength !== undefined && maxLength > SHORT_TEXT ? 'long-text' : 'text', maxLength };
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(schema: Node, objectSchema: unknown): FieldSpec[] {
  const { node } = resolve(schema, objectSchema);
  const properties = isNode(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  return Object.entries(properties).map(([name, raw]) => fieldFor(schema, name, raw, required.has(name)));
}

/** The fields of one item of a story document's list (`quotes`, `deals`, `figures`), or undefined when the schema does not describe its items. */
export function collectionFields(schema: unknown, collection: string): FieldSpec[] | undefined {
  if (!isNode(schema) || !isNode(schema.properties)) return undefined;
  const list = schema.properties[collection];
  if (!isNode(list)) return undefined;
  const items = resolve(schema, list.items).node;
  if (!isNode(items.properties)) return undefined;
  return objectFields(schema, items);
}
