import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.js';
import { docsPlugin, libraryInDevPlugin } from './docs-plugin.js';

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

/** Opens a browser only where there is a desktop to open it on (not in CI, not over SSH on a server). */
const desktop = !process.env.CI && (process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));

/**
 * `npm run build:demo`: the demo site (every `demo/*.html` page, and the documentation as
 * `docs/*.html`, see docs-plugin.ts) as static files in `dist-demo/`, with relative URLs so it
 * works from any folder. The builder's snippets point at the library in `../dist/` beside it, or at
 * `VITE_LEDE_LIBRARY_URL` when that is set at build time.
 * `npm start`: the same site in the dev server, the article page at `/`; the pages import the
 * library from `../src/`, and `/dist/` is the repository's built library when there is one.
 */
export default defineConfig({
  root: demo,
  base: './',
  publicDir: false,
  // The same template minification as the library build, so the preview is exactly what dist/ draws.
  plugins: [minifyTemplatesPlugin(), copyStories(), docsPlugin(), libraryInDevPlugin()],
  server: { open: desktop ? '/' : false, fs: { allow: [resolve(demo, '..')] } },
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
