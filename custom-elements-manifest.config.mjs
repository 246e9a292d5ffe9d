// `cem analyze --litelement` reads this file: it writes custom-elements.json, the public API of every
// widget, from the JSDoc in src/. The plugin below teaches the analyzer Lede's own conventions, so a
// new widget folder needs nothing here.

import { attributeName, hasAttribute, loadWidgetSchemas, typeText } from './scripts/widget-schemas.mjs';

/** Every widget's field table, by export name: each field becomes a documented property (and attribute). */
const schemas = new Map((await loadWidgetSchemas()).map((widget) => [widget.exportName, widget]));

/**
 * Collects `defineElement('lede-x', LedeX)` calls (Lede's safe define is not `customElements.define`),
 * and adds to each widget the properties and attributes of the field table it names in `static schema`.
 */
function ledeConventions() {
  const definitions = []; // { tag, className, module }
  const schemaOf = new Map(); // class name -> export name of its field table
  const dataTypes = new Map(); // class name -> first type argument of `extends LedeElement<Data, Model>`
  const internalNames = new Set(); // members marked @internal; a subclass's override of one is internal too

  return {
    name: 'lede-conventions',

    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({ tag: node.arguments[0].text, className: node.arguments[1].text, module: moduleDoc.path });
      }
      if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) && ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal')) {
        internalNames.add(node.name.getText());
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const schema = node.members.find((member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'schema' && member.initializer);
        if (schema && ts.isIdentifier(schema.initializer)) schemaOf.set(node.name.text, schema.initializer.text);
        const base = node.heritageClauses?.flatMap((clause) => clause.types).find((type) => type.expression.getText() === 'LedeElement');
        if (base?.typeArguments?.[0]) dataTypes.set(node.name.text, base.typeArguments[0].getText());
      }
    },

    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((declaration) => declaration.kind === 'class').map((declaration) => ({ module, declaration })),
      );

      for (const { tag, className, module: definingModule } of definitions) {
        const found = classes.find(({ declaration }) => declaration.name === className);
        if (!found) continue;
        found.declaration.tagName = tag;
        found.declaration.customElement = true;
        const module = customElementsManifest.modules.find((candidate) => candidate.path === definingModule);
        module.exports = [
          ...(module.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found.module.path } },
        ];
      }

      for (const { declaration } of classes) {
        const widget = schemas.get(schemaOf.get(declaration.name));
        if (widget) addFields(declaration, widget);
      }

      for (const { declaration } of classes) {
        // Private and protected members are the widget's machinery, not its API.
        declaration.members = declaration.members?.filter(
          (member) => (!member.privacy || member.privacy === 'public') && !internalNames.has(member.name),
        );
        // `data` is declared generically on the base class; name each widget's own data type.
        const dataType = dataTypes.get(declaration.name);
        const data = declaration.members?.find((member) => member.name === 'data' && member.kind === 'field');
        if (dataType && data?.type) data.type = { text: data.type.text.replace(/\bData\b/, dataType) };
      }

      // The package ships compiled modules, not src/: point every path at what a consumer imports.
      const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
      const relink = (reference) => reference?.module && (reference.module = shipped(reference.module));
      for (const module of customElementsManifest.modules) {
        module.path = shipped(module.path);
        for (const exported of module.exports ?? []) relink(exported.declaration);
        for (const declaration of module.declarations ?? []) {
          relink(declaration.superclass);
          for (const list of [declaration.members, declaration.attributes, declaration.events]) {
            for (const item of list ?? []) relink(item.inheritedFrom);
          }
        }
      }
    },
  };
}

/** Each field of a widget's table as a public property, and as an attribute unless it is a list. */
function addFields(declaration, { schema, docs }) {
  const fields = Object.entries(schema.fields).map(([name, field]) => ({
    name,
    attribute: hasAttribute(field) ? attributeName(name) : undefined,
    type: { text: `${typeText(field, { prop: true })} | undefined` },
    description: docs[name]?.description ?? '',
  }));
  declaration.members = [
    ...fields.map(({ name, attribute, type, description }) => ({ kind: 'field', name, privacy: 'public', type, description, ...(attribute ? { attribute } : {}) })),
    ...(declaration.members ?? []),
  ];
  declaration.attributes = [
    ...fields.filter((field) => field.attribute).map(({ name, attribute, type, description }) => ({ name: attribute, type, description, fieldName: name })),
    ...(declaration.attributes ?? []),
  ];
}

export default {
  globs: ['src/index.ts', 'src/core/lede-element.ts', 'src/widgets/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ledeConventions()],
};
