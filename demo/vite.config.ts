import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.js';

const demo = import.meta.dirname;

/** Story documents are fetched at run time (`src="./stories/….json#id"`), so they are copied as they are. */
const copyStories = (): Plugin => ({
  name: 'lede-demo-stories',
  generateBundle() {
    for (const file of readdirSync(resolve(demo, 'stories'))) {
      this.emitFile({ type: 'asset', fileName: `stories/${file}`, source: readFileSync(resolve(demo, 'stories', file)) });
    }
  },
});

/**
 * `npm run build:demo`: the demo site (every `demo/*.html` page) as static files in `dist-demo/`,
 * with relative URLs so it works from any folder. The builder's snippets point at the library in
 * `../dist/` beside it, or at `VITE_LEDE_LIBRARY_URL` when that is set at build time.
 */
export default defineConfig({
  root: demo,
  base: './',
  publicDir: false,
  // The same template minification as dist/, so the builder's preview is exactly what a pasted snippet shows.
  plugins: [minifyTemplatesPlugin(), copyStories()],
  build: {
    outDir: resolve(demo, '../dist-demo'),
    emptyOutDir: true,
    target: 'es2021',
    rolldownOptions: {
      input: Object.fromEntries(
        readdirSync(demo)
          .filter((file) => file.endsWith('.html'))
          .map((file) => [file.replace(/\.html$/, ''), resolve(demo, file)]),
      ),
    },
  },
});
