// Every widget's field table (src/widgets/<name>/<name>.schema.ts), loaded for the tools that
// follow from it: the manifest (custom-elements-manifest.config.mjs) and the story JSON Schema
// (generate-from-manifest.mjs). Each field's documentation is the JSDoc written on its entry,
// read with the TypeScript compiler; everything else is the table itself, imported through Vite.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `speakerRole` → `speaker-role`. */
export const attributeName = (field) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Lists are set as properties or in JSON; every other field also has an attribute. */
export const hasAttribute = (field) => field.kind !== 'list' && field.kind !== 'textList' && field.kind !== 'object';

/**
 * The JSDoc of every entry of the object literal `node`, by name; an entry whose value is
 * `list(x)` also gets the docs of `x`'s entries as `item`.
 */
function docsOf(node, source, constants) {
  const docs = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = property.name.getText(source);
    const comment = ts.getJSDocCommentsAndTags(property).find(ts.isJSDoc)?.comment;
    const entry = { description: typeof comment === 'string' ? comment.replace(/\s+/g, ' ').trim() : '' };
    let list;
    const find = (child) => {
      if (list) return;
      if (ts.isCallExpression(child) && ['list', 'object'].includes(child.expression.getText(source))) list = child.arguments[0];
      else ts.forEachChild(child, find);
    };
    find(property.initializer);
    const item = list && (ts.isIdentifier(list) ? constants.get(list.text) : list);
    if (item && ts.isObjectLiteralExpression(item)) entry.item = docsOf(item, source, constants);
    docs[name] = entry;
  }
  return docs;
}

/** The docs of the `fields` of each `widgetSchema({…})` exported by a schema module, by export name. */
function readDocs(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = new Map();
  const schemas = new Map();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init || !ts.isIdentifier(declaration.name)) continue;
      if (ts.isObjectLiteralExpression(init)) constants.set(declaration.name.text, init);
      if (ts.isCallExpression(init) && init.expression.getText(source) === 'widgetSchema') schemas.set(declaration.name.text, init.arguments[0]);
    }
  }
  const docs = new Map();
  for (const [name, literal] of schemas) {
    const fields = literal.properties.find((property) => property.name?.getText(source) === 'fields');
    docs.set(name, docsOf(fields.initializer, source, constants));
  }
  return docs;
}

/**
 * Every widget schema: `{ folder, exportName, schema, docs }`, where `docs` gives each field's
 * `description` (and `item` for lists of objects).
 */
export async function loadWidgetSchemas() {
  const found = [];
  for (const folder of readdirSync(join(root, 'src/widgets')).sort()) {
    const file = join(root, 'src/widgets', folder, `${folder}.schema.ts`);
    const { module } = await runnerImport(file, { configFile: false, logLevel: 'silent' });
    const docs = readDocs(file);
    for (const [exportName, schema] of Object.entries(module)) {
      if (schema && typeof schema === 'object' && schema.fields && schema.collection) {
        found.push({ folder, exportName, schema, docs: docs.get(exportName) ?? {} });
      }
    }
  }
  return found;
}

/** The shared text limits (`LIMITS` of src/core/validate.ts). */
export async function loadLimits() {
  const { module } = await runnerImport(join(root, 'src/core/validate.ts'), { configFile: false, logLevel: 'silent' });
  return module.LIMITS;
}

/** The TypeScript type of a field as JSON (`In`) or as an element property (`prop`), written out for the manifest. */
export function typeText(field, { prop = false } = {}) {
  switch (field.kind) {
    case 'number':
      return prop ? 'number | string' : 'number';
    case 'numberOrText':
      return 'number | string';
    case 'flag':
      return 'boolean';
    case 'keyword':
      return field.values.map((value) => `'${value}'`).join(' | ');
    case 'textList':
      return 'string[]';
    case 'list':
    case 'object': {
      const shape = `{ ${Object.entries(field.item)
        .map(([name, item]) => `${name}${item.required ? '' : '?'}: ${typeText(item)}`)
        .join('; ')} }`;
      return field.kind === 'list' ? `Array<${shape}>` : shape;
    }
    default:
      return 'string';
  }
}

const LANG_PATTERN = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$';

/** A field as JSON Schema (draft 2020-12), with its description; `limits` are the shared text lengths. */
export function fieldSchema(field, doc = {}, limits) {
  const described = (schema) => (doc.description ? { description: doc.description, ...schema } : schema);
  switch (field.kind) {
    case 'text':
      return described(field.max === limits.short ? { $ref: '#/$defs/shortText' } : field.max === limits.long ? { $ref: '#/$defs/longText' } : { type: 'string', minLength: 1, maxLength: field.max });
    case 'url':
      return described({ $ref: '#/$defs/httpUrl' });
    case 'date':
      return described({ $ref: '#/$defs/isoDate' });
    case 'lang':
      return described({ type: 'string', pattern: LANG_PATTERN });
    case 'number':
      return described({
        type: field.integer ? 'integer' : 'number',
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        ...(field.max !== undefined ? { maximum: field.max } : {}),
      });
    case 'keyword':
      return described({ enum: [...field.values] });
    case 'code':
      return described({ type: 'string', pattern: field.pattern.source });
    case 'numberOrText':
      return described({ anyOf: [{ type: 'number' }, { $ref: '#/$defs/shortText' }] });
    case 'flag':
      return described({ type: 'boolean' });
    case 'textList':
      return described({ type: 'array', maxItems: field.max, items: { $ref: '#/$defs/shortText' } });
    case 'list':
      // An item needs one of `oneOf`'s fields at least (a key figure: an amount or a rank).
      return described({ type: 'array', ...(field.required ? { minItems: 1 } : {}), maxItems: field.max, items: { ...objectSchema(field.item, doc.item, limits), ...(field.oneOf ? { anyOf: field.oneOf.map((name) => ({ required: [name] })) } : {}) } });
    case 'object':
      return described(objectSchema(field.item, doc.item, limits));
    default:
      throw new Error(`no JSON Schema for a field of kind "${field.kind}"`);
  }
}

/** A table of fields as a closed JSON Schema object; page options are left out (they are not story data). */
export function objectSchema(table, docs = {}, limits, { id = false } = {}) {
  const entries = Object.entries(table).filter(([, field]) => !field.option);
  const required = entries.filter(([, field]) => field.required).map(([name]) => name);
  return {
    type: 'object',
    required: id ? ['id', ...required] : required,
    additionalProperties: false,
    properties: {
      ...(id ? { id: { $ref: '#/$defs/id' } } : {}),
      ...Object.fromEntries(entries.map(([name, field]) => [name, fieldSchema(field, docs[name], limits)])),
    },
  };
}
