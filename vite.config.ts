import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { pageCssPlugin } from './scripts/page-css.js';

const root = import.meta.dirname;
const widgets = readdirSync(resolve(root, 'src/widgets'));
const dist = resolve(root, 'dist');
const minified = { minify: true, comments: false } as const;

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

/** A self-contained classic script (IIFE) from an entry that exports nothing, so it adds no global. */
const classicScript = (entry: string, fileName: string): UserConfig => ({
  plugins: [minifyTemplatesPlugin(), classicChunks],
  build: {
    emptyOutDir: false,
    target: 'es2021',
    copyPublicDir: false,
    rolldownOptions: { input: resolve(root, entry), output: { format: 'iife', entryFileNames: fileName, ...minified } },
  },
});

/**
 * `vite build`: ESM for bundlers (Lit and React stay external, one module per source file). Entries:
 *   everything, each widget (defines it), each widget's class alone, the React wrappers, the Preact types.
 * `vite build --mode cdn`: `dist/lede.js`, one self-contained minified module defining every widget;
 *   beside it what it loads when a page first needs it: `dist/lede-fr.js`…, each language's
 *   strings (one per language but English in src/locales/languages.js), and `dist/lede-site-loader.js`, which upgrades plain `data-lede` markup; and
 *   `dist/lede.css`, the optional page stylesheet that reserves
 *   widgets' space before they upgrade; `--mode classic`: the same as `dist/lede.classic.js`, a
 *   classic script (run after the cdn build: it loads the same language files).
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
        build: {
          emptyOutDir: false,
          target: 'es2021',
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'lede.js' },
          // What loads on demand: `lede-fr.js`… and `lede-site-loader.js` (the classic script loads these same files).
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
          lib: {
            entry: Object.fromEntries([
              ['index', 'src/index.ts'],
              ['react/index', 'src/react/index.ts'],
              ['preact', 'src/preact.ts'],
              ...widgets.flatMap((name) => [
                [`widgets/${name}/index`, `src/widgets/${name}/index.ts`],
                [`widgets/${name}/${name}`, `src/widgets/${name}/${name}.ts`],
              ]),
            ]),
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      };
  }
});
