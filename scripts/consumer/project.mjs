// The files of the consumer project: one Vite page per scenario, written for whatever widgets the
// packed custom-elements.json lists. Type assertions sit in functions that never run: `tsc` passing
// proves that each `@ts-expect-error` line is an error and every other line is not.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const BAD_SRC = 'ftp://example.invalid/story.json#nothing';

/** The consumer's vite.config.js: builds the page named by $PAGE and lists the modules it kept. */
const viteConfig = `import { defineConfig } from 'vite';

const page = process.env.PAGE;

/** Writes modules.json: every module that kept code in the bundle, to check tree-shaking. */
const reportModules = {
  name: 'report-modules',
  generateBundle(_options, bundle) {
    const kept = Object.values(bundle)
      .filter((file) => file.type === 'chunk')
      .flatMap((chunk) => Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0).map(([id]) => id));
    this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(kept, null, 1) });
  },
};

export default defineConfig({
  logLevel: 'warn',
  base: './',
  build: { outDir: 'dist/' + page, emptyOutDir: true, reportCompressedSize: false, rolldownOptions: { input: page + '.html' } },
  plugins: [reportModules],
});
`;

const tsconfig = (moduleResolution) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
        moduleResolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        isolatedModules: true,
        // The package's own .d.ts files are checked too: they must hold up without skipLibCheck.
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    },
    null,
    2,
  );

const html = (title, body, script) => `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
  <body>
    ${body}
    <script type="module" src="/src/${script}"></script>
  </body>
</html>
`;

/** `<tag src="story.json#id">`: the widget fetches its item from the story document. */
const fromStory = (tag, widget) => `<${tag} src="story.json#${widget.sample.id}" loading="eager"></${tag}>`;

/** Type assertions on an element of `type`, the same for every widget (base-class API). */
const elementTypeChecks = (type, widget) => `export function typeChecks(el: ${type}): void {
  el.theme = 'dark';
  el.src = 'story.json#${widget.sample.id}';
  el.addEventListener('lede-error', (event) => event.detail.problems.map((problem) => problem.field));
  // @ts-expect-error: misspelled property
  el.${widget.property}Typo = 'x';
  // @ts-expect-error: not a theme
  el.theme = 'blue';
  // @ts-expect-error: \`src\` is a string
  el.src = 42;
}`;

function onePage(widget) {
  return {
    [`one-${widget.folder}.html`]: html(widget.tag, fromStory(widget.tag, widget), `one-${widget.folder}.ts`),
    [`src/one-${widget.folder}.ts`]: `import 'lede-widgets/${widget.folder}';

${elementTypeChecks(`HTMLElementTagNameMap['${widget.tag}']`, widget)}
`,
  };
}

function allPage(widgets) {
  return {
    'all.html': html('all', widgets.map((widget) => fromStory(widget.tag, widget)).join('\n    '), 'all.ts'),
    'src/all.ts': `import { VERSION, type LedeErrorDetail } from 'lede-widgets';

document.documentElement.dataset.ledeVersion = VERSION;
export const report = (detail: LedeErrorDetail): string[] => detail.problems.map((problem) => problem.message);
`,
  };
}

/** Every widget's class entry, defined under its own tag: `<my-quote-block>`. */
function classPage(widgets) {
  return {
    'class.html': html('class', widgets.map((widget) => fromStory(`my-${widget.folder}`, widget)).join('\n    '), 'class.ts'),
    'src/class.ts': `${widgets.map((widget) => `import { ${widget.className} } from 'lede-widgets/${widget.folder}/class';`).join('\n')}

${widgets.map((widget) => `customElements.define('my-${widget.folder}', ${widget.className});`).join('\n')}

${elementTypeChecks(widgets[0].className, widgets[0])}
`,
  };
}

/** React 19: each wrapper with its sample as \`data\`; a bad \`src\` reports through \`onLedeError\`. */
function reactPage(name, widgets) {
  const first = widgets[0];
  return {
    [`${name}.html`]: html(name, '<div id="root"></div>', `${name}.tsx`),
    [`src/${name}.tsx`]: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LedeErrorDetail } from 'lede-widgets';
import { ${widgets.map((widget) => widget.component).join(', ')} } from 'lede-widgets/react';

declare global {
  interface Window {
    ledeErrors: { from: string; fields: string[] }[];
  }
}
window.ledeErrors = [];
const record = (from: string) => (event: CustomEvent<LedeErrorDetail>) => {
  window.ledeErrors.push({ from, fields: event.detail.problems.map((problem) => problem.field) });
};

function App() {
  return (
    <main>
${widgets
  .map(
    (widget) => `      <${widget.component} data={${JSON.stringify(widget.fields)}} />
      <${widget.component} src="${BAD_SRC}" onLedeError={record('${widget.component}')} />`,
  )
  .join('\n')}
      <${first.tag} src="${BAD_SRC}" onlede-error={record('${first.tag}')} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

export function TypeChecks() {
  return (
    <>
      <${first.tag} ${[...new Set([first.attribute, first.property, 'src'])].map((name) => `${name}="x"`).join(' ')} theme="dark" className="x" />
      {/* @ts-expect-error: misspelled property */}
      <${first.component} ${first.property}Typo="x" />
      {/* @ts-expect-error: not a theme */}
      <${first.component} theme="blue" />
      {/* @ts-expect-error: the event's detail is typed */}
      <${first.component} onLedeError={(event) => event.detail.nothing} />
      {/* @ts-expect-error: not a theme */}
      <${first.tag} theme="blue" />
      {/* @ts-expect-error: \`src\` is a string */}
      <${first.tag} src={42} />
    </>
  );
}
`,
  };
}

/** Writes the project; returns the page names in build order. */
export function writeProject(dir, { tarball, versions, widgets, story }) {
  const files = {
    'package.json': JSON.stringify(
      {
        name: 'lede-consumer',
        private: true,
        type: 'module',
        dependencies: { 'lede-widgets': `file:${tarball}`, react: versions.react, 'react-dom': versions['react-dom'] },
        devDependencies: {
          vite: versions.vite,
          typescript: versions.typescript,
          '@types/react': versions['@types/react'],
          '@types/react-dom': versions['@types/react-dom'],
        },
      },
      null,
      2,
    ),
    'vite.config.js': viteConfig,
    'tsconfig.json': tsconfig('bundler'),
    'tsconfig.nodenext.json': tsconfig('nodenext'),
    'public/story.json': JSON.stringify(story),
    ...Object.assign({}, ...widgets.map(onePage)),
    ...allPage(widgets),
    ...classPage(widgets),
    ...reactPage('react', widgets),
    ...Object.assign({}, ...widgets.map((widget) => reactPage(`react-${widget.folder}`, [widget]))),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return Object.keys(files)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));
}
