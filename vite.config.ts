import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const widgets = readdirSync(resolve(import.meta.dirname, 'src/widgets'));

/**
 * `vite build`: ESM for bundlers (Lit and React stay external, one module per source file). Entries:
 * everything, each widget (defines it), each widget's class alone, the React wrappers, the Preact types.
 * `vite build --mode cdn`: `dist/lede.js`, one self-contained minified module defining every widget.
 * Vite applies package.json's `sideEffects` to this package's own sources while building, which is
 * why that list also names the defining modules in src/: otherwise their define calls are dropped.
 * `vite`: the demo, served from the repository root.
 */
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        build: {
          emptyOutDir: false,
          target: 'es2021',
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'lede.js' },
          rolldownOptions: { output: { minify: true, comments: false } },
        },
      }
    : {
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
      },
);
