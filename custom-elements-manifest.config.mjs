// `cem analyze --litelement` reads this file: it writes custom-elements.json, the public API of every
// widget, from the JSDoc in src/. The plugin below teaches the analyzer Lede's own conventions, so a
// new widget folder needs nothing here.

/** Collects `defineElement('lede-x', LedeX)` calls: Lede's safe define is not `customElements.define`. */
function ledeConventions() {
  const definitions = []; // { tag, className, module }
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

export default {
  globs: ['src/index.ts', 'src/core/lede-element.ts', 'src/widgets/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ledeConventions()],
};
