import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { pageCssPlugin } from './scripts/page-css.js';

const root = import.meta.dirname;
const widgets = readdirSync(resolve(root, 'src/widgets'));
const dist = resolve(root, 'dist');
const minified = { minify: true, comments: false } as const;
/** The page loader's list of widgets it can import: every folder of src/widgets/ (see src/loader/widget-loader.ts). */
const widgetList = { __LEDE_WIDGETS__: JSON.stringify(widgets) };

/**
 * A classic script cannot be split into chunks. In it, every `import('./module.js')` of the sources
 * loads instead the file that the module build wrote for that module, `lede-module.js`, from beside
 * the script (see src/core/chunk-url.ts): the language strings, the site loader, story fetching,
 * counting up. The end-to-end tests check that both builds name those files alike.
 */
const classicChunks: Plugin = {
  name: 'lede-classic-chunks',
  transform(code, id) {
    if (!id.startsWith(resolve(root, 'src'))) return null;
    let found = false;
    const rewritten = code.replace(/\bimport\(\s*(['"])\.{1,2}\/(?:[\w-]+\/)*([\w-]+)\.js\1\s*\)/g, (_, _quote, name: string) => {
      found = true;
      return `import(__ledeChunk(${JSON.stringify(`lede-${name}.js`)}))`;
    });
    if (!found) return null;
    return { code: `import { chunkUrl as __ledeChunk } from ${JSON.stringify(resolve(root, 'src/core/chunk-url.ts'))};\n${rewritten}`, map: null };
  },
};

/**
 * The single-file build writes the files it loads on demand (`lede-fr.js`, `lede-site-loader.js`…)
 * over those of the cdn build, which the page loader loads too: they must be the same bytes, or
 * one build would break the other. A difference fails the build.
 */
const sameOnDemandFiles: Plugin = {
  name: 'lede-same-on-demand-files',
  generateBundle(_options, bundle) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk' || chunk.isEntry) continue;
      const written = resolve(dist, fileName);
      if (!existsSync(written) || readFileSync(written, 'utf8') !== chunk.code) {
        this.error(`dist/${fileName} differs from the cdn build's: run \`vite build --mode cdn\` first, and keep modules loaded on demand free of imports`);
      }
    }
  },
};

/** A self-contained classic script (IIFE) from an entry that exports nothing, so it adds no global. */
const classicScript = (entry: string, fileName: string): UserConfig => ({
  plugins: [minifyTemplatesPlugin(), classicChunks],
  define: widgetList,
  build: {
    emptyOutDir: false,
    target: 'es2021',
    copyPublicDir: false,
    rolldownOptions: { input: resolve(root, entry), output: { format: 'iife', entryFileNames: fileName, ...minified } },
  },
});

/**
 * `vite build`: ESM for bundlers (Lit and React stay external, one module per source file). Entries:
 *   everything, each widget (defines it), each widget's class alone, the React wrappers, the Preact types,
 *   the server renderer (`lede-widgets/ssr`, Node only: @lit-labs/ssr, parse5 and linkedom stay external).
 * `vite build --mode cdn`: the files a page loads, minified, Lit inlined: `dist/lede.js`, the page
 *   loader (src/cdn.ts), which imports `dist/lede-<widget>.js` for each widget the page uses; those
 *   share `dist/lede-core.js` (Lit and every module two or more widgets use); beside them what
 *   loads when a page first needs it: `dist/lede-fr.js`…, each language's strings (one per language
 *   but English in src/locales/languages.js), `dist/lede-site-loader.js`, which upgrades plain
 *   `data-lede` markup, `dist/lede-story-fetch.js`, `dist/lede-count-up.js`; and `dist/lede.css`, the
 *   optional page stylesheet that reserves widgets' space before they upgrade.
 * `vite build --mode all`: `dist/lede-all.js`, every widget in one module (run after the cdn build:
 *   the files it loads on demand import nothing, so both builds write the same ones).
 * `vite build --mode classic`: `dist/lede.classic.js`, the page loader as a classic script (it
 *   imports the same widget modules).
 * `vite build --mode frame`: `dist/lede-frame.js`, the parent-page script that sizes embed iframes.
 * `vite build --mode embed`: `dist/embed.html` (+ `embed.js`, `embed.css`), the iframe page.
 * Vite applies package.json's `sideEffects` to this package's own sources while building, which is
 * why that list also names the defining modules in src/: otherwise their define calls are dropped.
 * `npm start`: the demo, see demo/vite.config.ts.
 * Every build minifies the CSS and HTML inside Lit templates (see scripts/minify-templates.ts).
 */
export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'cdn':
      return {
        plugins: [minifyTemplatesPlugin(), pageCssPlugin(root)],
        define: widgetList,
        build: {
          emptyOutDir: false,
          target: 'es2021',
          lib: {
            entry: Object.fromEntries([['lede', 'src/cdn.ts'], ...widgets.map((name) => [`lede-${name}`, `src/widgets/${name}/index.ts`])]),
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
          rolldownOptions: {
            output: {
              ...minified,
              // What loads on demand: `lede-fr.js`…, `lede-site-loader.js` (the classic loader and
              // lede-all.js load these same files); and `lede-core.js`, one module for everything
              // two or more widgets share, so that a page downloads Lit and the core once.
              chunkFileNames: 'lede-[name].js',
              codeSplitting: { groups: [{ name: 'core', minShareCount: 2 }] },
            },
          },
        },
      };
    case 'all':
      return {
        plugins: [minifyTemplatesPlugin(), sameOnDemandFiles],
        define: widgetList,
        build: {
          emptyOutDir: false,
          target: 'es2021',
          lib: { entry: 'src/cdn-all.ts', formats: ['es'], fileName: () => 'lede-all.js' },
          rolldownOptions: { output: { ...minified, chunkFileNames: 'lede-[name].js' } },
        },
      };
    case 'classic':
      return classicScript('src/cdn-classic.ts', 'lede.classic.js');
    case 'frame':
      return classicScript('src/embed/lede-frame.ts', 'lede-frame.js');
    case 'embed':
      return {
        plugins: [minifyTemplatesPlugin()],
        root: resolve(root, 'src/embed'),
        base: './',
        build: {
          outDir: dist,
          emptyOutDir: false,
          target: 'es2021',
          copyPublicDir: false,
          // One module and no preload helper: nothing inline, so the page runs under a strict CSP.
          modulePreload: false,
          rolldownOptions: {
            input: resolve(root, 'src/embed/embed.html'),
            output: { entryFileNames: 'embed.js', chunkFileNames: 'embed-[name].js', assetFileNames: 'embed[extname]', ...minified },
          },
        },
      };
    default:
      return {
        plugins: [minifyTemplatesPlugin()],
        build: {
          target: 'es2021',
          // The tests build what they need (`test:ssr`, `test:e2e`) beside what `npm run build`
          // wrote (types, SRI), so nothing is emptied here: `npm run build` starts from an empty dist/.
          emptyOutDir: false,
          lib: {
            entry: Object.fromEntries([
              ['index', 'src/index.ts'],
              ['react/index', 'src/react/index.ts'],
              ['preact', 'src/preact.ts'],
              ['ssr/index', 'src/ssr/index.ts'],
              ...widgets.flatMap((name) => [
                [`widgets/${name}/index`, `src/widgets/${name}/index.ts`],
                [`widgets/${name}/${name}`, `src/widgets/${name}/${name}.ts`],
              ]),
            ]),
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^node:/, 'parse5', 'linkedom'],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      };
  }
});
