// Writes what follows from custom-elements.json, so a new widget folder needs no hand-kept list:
//   docs/api/*.md                       the API reference, one page per element
//   src/element-api.generated.ts        attribute/property/event names per tag, for the JSX types
//   src/react/components.generated.ts   one @lit/react wrapper per element
// `--check` writes nothing and fails when a committed file differs from what it would write.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiPage, apiIndex } from './api-docs.mjs';
import { loadLimits, loadWidgetSchemas, objectSchema } from './widget-schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const story = JSON.parse(readFileSync(join(root, 'demo/stories/huawei-peru.json'), 'utf8'));

/** Every element: its declaration and the src/ module its class lives in. */
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ declaration, module: module.path })))
  .map(({ declaration, module }) => ({ ...declaration, source: module.replace(/^dist\/(.*)\.js$/, 'src/$1.ts') }))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const pascal = (kebab) => kebab.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
/** `lede-quote-block` → `quote-block`, the widget's folder and package subpath. */
const widgetName = (tag) => tag.replace(/^lede-/, '');
const GENERATED = 'Generated from custom-elements.json by scripts/generate-from-manifest.mjs (npm run build): do not edit.';

/** Public instance properties: what JSX may set. */
const properties = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly).map((member) => member.name);

function elementApi() {
  const imports = elements.map(
    (element) => `import type { ${element.name} } from './${relative(join(root, 'src'), join(root, element.source)).replace(/\.ts$/, '.js')}';`,
  );
  const entries = elements.map((element) => {
    const attributes = (element.attributes ?? []).filter((attribute) => attribute.fieldName);
    return [
      `  '${element.tagName}': {`,
      `    element: ${element.name};`,
      `    attributes: { ${attributes.map((attribute) => `'${attribute.name}': '${attribute.fieldName}'`).join('; ')} };`,
      `    properties: ${properties(element).map((name) => `'${name}'`).join(' | ') || 'never'};`,
      `    events: ${(element.events ?? []).map((event) => `'${event.name}'`).join(' | ') || 'never'};`,
      `  };`,
    ].join('\n');
  });
  return `// ${GENERATED}
${imports.join('\n')}

/** Each element's attributes (name → property), settable properties and events, read from the manifest. */
export interface LedeElementApi {
${entries.join('\n')}
}
`;
}

function reactComponents() {
  const imports = elements.map(
    (element) => `import { ${element.name} } from '${relative(join(root, 'src/react'), join(root, element.source)).replace(/\.ts$/, '.js')}';`,
  );
  const components = elements.map((element) => {
    const name = pascal(widgetName(element.tagName));
    const events = (element.events ?? []).map(
      (event) => `${`on${pascal(event.name)}`}: '${event.name}' as EventName<HTMLElementEventMap['${event.name}']>`,
    );
    return `/** \`<${element.tagName}>\` as a React component: ${element.summary ?? ''} */
export const ${name} = /* @__PURE__ */ wrap('${element.tagName}', ${element.name}, { ${events.join(', ')} }, '${name}');`;
  });
  return `// ${GENERATED}
import type { EventName } from '@lit/react';
${imports.join('\n')}
import { wrap } from './wrap.js';

${components.join('\n\n')}
`;
}

const widgets = await loadWidgetSchemas();
/** The story list each element takes its items from, by tag. */
const collections = new Map(
  widgets.map(({ folder, schema }) => [elements.find((element) => element.source.startsWith(`src/widgets/${folder}/`))?.tagName, schema.collection]),
);

/** `quotes` → `quote`, the name of a story item's definition. */
const singular = (collection) => collection.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The story document's JSON Schema: its shared definitions, and one definition per widget written
 * from the widget's field table (src/widgets/<name>/<name>.schema.ts) and the JSDoc on its entries.
 */
async function storySchema() {
  const limits = await loadLimits();
  const items = {};
  const lists = {};
  for (const { folder, schema, docs } of widgets) {
    const element = elements.find((candidate) => candidate.source.startsWith(`src/widgets/${folder}/`));
    const name = singular(schema.collection);
    lists[schema.collection] = { type: 'array', items: { $ref: `#/$defs/${name}` } };
    const object = objectSchema(schema.fields, docs, limits, { id: true });
    items[name] = {
      description: `<${element.tagName}>: ${element.summary}`,
      ...object,
      ...(schema.requireOneOf ? { anyOf: schema.requireOneOf.map((field) => ({ required: [field] })) } : {}),
    };
  }
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Lede story document',
    $comment: "Generated from the widgets' field tables (src/widgets/<name>/<name>.schema.ts) by scripts/generate-from-manifest.mjs (npm run build): do not edit.",
    description: 'One story\'s data for every Lede widget on a page. Each widget takes one item with `src="story.json#item-id"`. Leave out what the reporting does not say.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      id: { $ref: '#/$defs/id' },
      lang: { description: 'BCP 47 tag of the document\'s text, e.g. "fr".', type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
      title: { $ref: '#/$defs/shortText' },
      ...lists,
    },
    $defs: {
      id: { description: 'The item\'s id, unique in its list: the fragment of `src="story.json#id"`.', type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' },
      shortText: { type: 'string', minLength: 1, maxLength: limits.short },
      longText: { type: 'string', minLength: 1, maxLength: limits.long },
      httpUrl: { description: 'An absolute http(s) URL; nothing else becomes a link.', type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2000 },
      isoDate: {
        description: 'ISO 8601 at the precision known: 2024, 2024-06, 2024-06-27 or a date-time.',
        type: 'string',
        pattern: '^\\d{4}(-\\d{2}(-\\d{2}(T[\\d:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?)?$',
      },
      ...items,
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Every file this script owns, with its content. */
const outputs = new Map([
  ['schema/story.schema.json', await storySchema()],
  ['src/element-api.generated.ts', elementApi()],
  ['src/react/components.generated.ts', reactComponents()],
  ['docs/api/README.md', apiIndex(elements, GENERATED)],
  ...elements.map((element) => [`docs/api/${widgetName(element.tagName)}.md`, apiPage(element, story, collections.get(element.tagName), GENERATED)]),
]);

const docsDir = join(root, 'docs/api');
const stalePages = existsSync(docsDir)
  ? readdirSync(docsDir).map((file) => `docs/api/${file}`).filter((file) => !outputs.has(file))
  : [];

if (check) {
  const differing = [...outputs].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text);
  const problems = [...differing.map(([file]) => file), ...stalePages.map((file) => `${file} (no such element any more)`)];
  if (problems.length) {
    console.error(`Out of date with the widgets' JSDoc (run npm run build and commit):\n${problems.map((file) => `  - ${file}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`API docs, JSX types and React wrappers are up to date (${elements.length} elements).`);
} else {
  for (const file of stalePages) rmSync(join(root, file));
  for (const [file, text] of outputs) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  console.log(`Wrote ${outputs.size} files for ${elements.length} elements.`);
}
