// Markdown pages of the API reference, built from one custom-elements.json declaration each.

const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const attributeValue = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function table(headers, rows) {
  if (!rows.length) return 'None.\n';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n') + '\n';
}

/** Data for examples and tests: the first item of the widget's list (`collection`, e.g. `quotes`) in the story document. */
export const sampleItem = (story, collection) => story[collection]?.[0];

function example(element, story, collection) {
  const tag = element.tagName;
  const item = sampleItem(story, collection);
  if (!item) return `\`\`\`html\n<${tag} src="story.json#item-id"></${tag}>\n\`\`\`\n`;
  const { id, ...fields } = item;
  const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]));
  const asAttributes = Object.entries(fields).every(([key, value]) => attributeOf.has(key) && typeof value !== 'object');
  // The story's language goes on the element here; in a page, the closest `lang` applies.
  const lang = typeof story.lang === 'string' ? ` lang="${attributeValue(story.lang)}"` : '';
  const inline = asAttributes
    ? `<${tag}${lang}\n${Object.entries(fields)
        .map(([key, value]) => `  ${attributeOf.get(key)}="${attributeValue(value)}"`)
        .join('\n')}\n></${tag}>`
    : `<${tag}${lang}>\n  <script type="application/json">\n${JSON.stringify(fields, null, 2).replace(/^/gm, '    ')}\n  </script>\n</${tag}>`;
  return `With the data in the page:

\`\`\`html
${inline}
\`\`\`

Or from the story document (the item with \`"id": "${id}"\`):

\`\`\`html
<${tag}${lang} src="story.json#${id}"></${tag}>
\`\`\`
`;
}

export function apiPage(element, story, collection, generated) {
  const tag = element.tagName;
  const name = tag.replace(/^lede-/, '');
  const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]));
  const members = (element.members ?? []).filter((member) => !member.static);
  const statics = (element.members ?? []).filter((member) => member.static);
  const attributesWithoutProperty = (element.attributes ?? []).filter((attribute) => !attribute.fieldName);
  const rows = [
    ...members.map((member) => [
      code(attributeOf.get(member.name)?.name),
      code(member.name),
      code(member.type?.text),
      code(member.default),
      cell(member.description),
    ]),
    ...attributesWithoutProperty.map((attribute) => [code(attribute.name), '', code(attribute.type?.text), code(attribute.default), cell(attribute.description)]),
  ];
  return `<!-- ${generated} Edit the JSDoc in ${element.source} instead. -->

# \`<${tag}>\`

${element.summary ?? ''}

${element.description ?? ''}

\`\`\`js
import 'lede-widgets/${name}'; // defines <${tag}>
import { ${element.name} } from 'lede-widgets/${name}/class'; // the class only, to define under another tag
import { ${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())} } from 'lede-widgets/react'; // the React component
\`\`\`

## Example

${example(element, story, collection)}
## Attributes and properties

${table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows)}${
    statics.length
      ? `\nStatic properties of the class:\n\n${table(
          ['Property', 'Value', 'Description'],
          statics.map((member) => [code(`${element.name}.${member.name}`), code(member.default), cell(member.description)]),
        )}`
      : ''
  }
## Events

${table(['Event', 'Type', 'Description'], (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), cell(event.description)]))}
## Slots

${table(['Slot', 'Description'], (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]))}
## CSS parts

${table(['Part', 'Description'], (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]))}
## CSS custom properties

${table(['Property', 'Default', 'Description'], (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), cell(property.description)]))}`;
}

export function apiIndex(elements, generated) {
  return `<!-- ${generated} -->

# API reference

One page per element, generated from the JSDoc in \`src/widgets/\` through \`custom-elements.json\`
(which the package also ships, for editors and tools).

${table(
  ['Element', 'Summary'],
  elements.map((element) => [`[\`<${element.tagName}>\`](./${element.tagName.replace(/^lede-/, '')}.md)`, cell(element.summary)]),
)}`;
}
