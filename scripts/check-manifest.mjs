// Fails when custom-elements.json leaves part of a widget's public API undocumented: every
// attribute, property, method, event, slot, CSS part and CSS custom property needs a description,
// since the manifest is what editors show and what docs/api/ is generated from.
// Run after `cem analyze` (npm run docs:check does both).
import { readdirSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const folders = readdirSync(new URL('../src/widgets/', import.meta.url));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ module, declaration })),
);
const missing = [];

for (const folder of folders) {
  if (!elements.some(({ module }) => module.path.startsWith(`dist/widgets/${folder}/`))) {
    missing.push(`src/widgets/${folder}: no element found (is its class defined with defineElement('lede-…', Class) in index.ts?)`);
  }
}

const API = {
  attributes: 'attribute',
  members: 'property',
  events: 'event',
  slots: 'slot',
  cssParts: 'CSS part',
  cssProperties: 'CSS custom property',
};

for (const { declaration } of elements) {
  const where = `<${declaration.tagName}>`;
  if (!declaration.summary?.trim()) missing.push(`${where}: no @summary`);
  if (!declaration.description?.trim()) missing.push(`${where}: no description`);
  for (const [list, label] of Object.entries(API)) {
    for (const item of declaration[list] ?? []) {
      if (!item.description?.trim()) missing.push(`${where}: ${label} ${item.name === '' ? '(default slot)' : `"${item.name}"`} has no description`);
    }
  }
}

if (missing.length) {
  console.error(`custom-elements.json: ${missing.length} undocumented:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
const count = (list) => elements.reduce((sum, { declaration }) => sum + (declaration[list]?.length ?? 0), 0);
console.log(
  `custom-elements.json: ${elements.length} elements documented (${Object.entries(API)
    .map(([list]) => `${list}: ${count(list)}`)
    .join(', ')})`,
);
