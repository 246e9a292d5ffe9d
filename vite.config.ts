import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { pageCssPlugin } from './scripts/page-css.js';

const widgets = readdirSync(resolve(import.meta.dirname, 'src/widgets'));

/**
 * `vite build`: ESM per widget for bundlers (Lit stays external, one module per source file).
 * `vite build --mode cdn`: `dist/lede.js`, one self-contained minified module defining every widget,
 *   and `dist/lede.css`, the optional page stylesheet that reserves widgets' space before they upgrade.
 * `vite`: the demo, served from the repository root.
 * Both builds minify the CSS and HTML inside Lit templates (see scripts/minify-templates.ts).
 */
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyTemplatesPlugin(), pageCssPlugin(import.meta.dirname)],
        build: {
          emptyOutDir: false,
          target: 'es2021',
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'lede.js' },
          rolldownOptions: { output: { minify: true, comments: false } },
        },
      }
    : {
        plugins: [minifyTemplatesPlugin()],
        build: {
          target: 'es2021',
          lib: {
            entry: Object.fromEntries([
              ['index', 'src/index.ts'],
              ...widgets.map((name) => [`widgets/${name}/index`, `src/widgets/${name}/index.ts`]),
            ]),
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
