/**
 * Builds `dist/lede.css`, the optional page stylesheet that reserves each widget's space before
 * it is defined: src/core/fallback.css (for every widget, `lede-widget` standing for their tags)
 * followed by each widget's own `src/widgets/<name>/<name>.fallback.css`, minified.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { minifyCss } from './minify-templates.js';

export function pageCss(root: string): string {
  const widgetsDir = join(root, 'src/widgets');
  const widgets = readdirSync(widgetsDir).filter((name) => existsSync(join(widgetsDir, name, 'index.ts')));
  const tags = widgets.map((name) => `lede-${name}`).join(',');
  const shared = readFileSync(join(root, 'src/core/fallback.css'), 'utf8').replace(/\blede-widget\b/g, tags);
  const own = widgets
    .map((name) => join(widgetsDir, name, `${name}.fallback.css`))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  return minifyCss([shared, ...own].join('\n'), 'lede.css');
}

/** Emits dist/lede.css next to the bundle. */
export function pageCssPlugin(root: string): Plugin {
  return {
    name: 'lede:page-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'lede.css', source: pageCss(root) });
    },
  };
}
