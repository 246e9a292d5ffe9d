#!/usr/bin/env node
/**
 * `npm run size`: the bytes a reader's browser downloads, and the budgets they must stay under.
 *
 * Measures (after `npm run build`), raw / gzip -9 / brotli -11:
 * - every file a page loads from dist/ (the page loader and its classic-script twin, each widget's
 *   module, the core module they share, the single-file bundle, the iframe parent script, the
 *   optional stylesheet, and the modules they load on demand, such as each language's strings);
 * - every widget in src/widgets/ as a bundler would ship it: "Lit + this widget" (everything it
 *   needs, minified) and "this widget's own code" (its folder only: Lit, core, locales excluded).
 * Exits 1 when a budget is exceeded or dist/lede.js is missing. Files not built yet are listed
 * as such; budgets apply to every file that exists.
 *
 * `--report-only=bundle` (a key of BUDGET, or several, comma-separated) still prints those budgets
 * and what is over them, but does not fail on them: for a budget known to be missed while it is
 * being decided, so that every other budget keeps failing the run.
 *
 * `--why core` (or `--why quote-block`, `--why lede.js`: any file of the cdn build) prints instead
 * what that file is made of, module by module, and the gzip bytes each costs (see size-why.js).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ON_DEMAND } from '../src/locales/languages.js';

const root = resolve(import.meta.dirname, '..');

const whyAt = process.argv.findIndex((arg) => arg === '--why' || arg.startsWith('--why='));
if (whyAt >= 0) {
  const arg = process.argv[whyAt];
  const { why } = await import('./size-why.js');
  await why(arg.includes('=') ? arg.slice('--why='.length) : (process.argv[whyAt + 1] ?? 'core'));
  process.exit(0);
}
const dist = join(root, 'dist');

/** 1 KB = 1,000 bytes, as the build tools print it. */
const KB = 1000;
const BUDGET = {
  /** The page loader, `lede.js` / `lede.classic.js`: finds widgets, imports their modules. */
  loader: 1.5 * KB,
  /** `lede-core.js`: Lit and every module two or more widgets share, English strings included. */
  core: 10 * KB,
  /** Everything a page with one quote downloads in English: loader + core + the quote's module. */
  page: 12.5 * KB,
  /** One widget's own code (its folder: class, styles, define). */
  widget: 2.5 * KB,
  /** The script a host page loads to size iframe embeds. */
  frame: 1 * KB,
  /** One language's UI strings, loaded on demand (`lede-fr.js`, `embed-fr.js`…). */
  strings: 0.7 * KB,
};

/** Scripts a page can load, by file name; `budget` is a key of BUDGET. */
const PAGE_SCRIPTS = [
  { name: 'lede.js', what: 'page loader, ES module', budget: 'loader', required: true },
  { name: 'lede.classic.js', what: 'page loader, classic <script>', budget: 'loader' },
  { name: 'lede-all.js', what: 'every widget in one ES module' },
  { name: 'lede-frame.js', what: 'iframe parent script', budget: 'frame' },
];
/** Widget modules the loader imports (`lede-quote-block.js`), one per folder of src/widgets/. */
const widgetsDir = join(root, 'src/widgets');
const widgets = readdirSync(widgetsDir).filter((name) => existsSync(join(widgetsDir, name, 'index.ts')));
const WIDGET_MODULES = new Set(widgets.map((name) => `lede-${name}.js`));
/** Other top-level files of dist/ that are not page scripts (the bundler entry re-exports modules). */
const NOT_PAGE_SCRIPTS = new Set(['index.js']);

function measure(code) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
}

/** Static and dynamic imports of a built file that point at other files of dist/ (chunks). */
function chunksOf(file, seen = new Set()) {
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    const chunk = resolve(dirname(file), spec);
    if (existsSync(chunk) && !seen.has(chunk)) {
      seen.add(chunk);
      chunksOf(chunk, seen);
    }
  }
  return seen;
}

/** Builds `entry` in memory with the CDN settings (minified, Lit inlined); `external` keeps modules out. */
async function bundle(entry, external) {
  const output = await build({
    root,
    mode: 'cdn',
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'measured.js' },
      rolldownOptions: { external },
    },
  });
  // The entry chunk only: what loads up front (a chunk imported on demand is not).
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).code;
}

/** Outside a widget's own code: Lit, the shared build helpers, and everything in src/ outside its folder. */
function notOwnedBy(folder) {
  return (id, importer) => {
    if (!id.startsWith('.') && !id.startsWith('/')) return true;
    const path = id.startsWith('.') && importer ? resolve(dirname(importer), id) : id;
    return !path.startsWith(folder);
  };
}

const reportOnly = new Set(
  process.argv
    .filter((arg) => arg.startsWith('--report-only='))
    .flatMap((arg) => arg.slice('--report-only='.length).split(','))
    .filter(Boolean),
);
for (const key of reportOnly) {
  if (!(key in BUDGET)) {
    console.error(`--report-only: no budget "${key}" (budgets: ${Object.keys(BUDGET).join(', ')})`);
    process.exit(2);
  }
}

const rows = [];
const failures = [];
const reported = [];

function record(label, what, size, budgetKey) {
  const budget = budgetKey ? BUDGET[budgetKey] : undefined;
  const over = size && budget !== undefined && size.gzip > budget;
  if (over) (reportOnly.has(budgetKey) ? reported : failures).push(`${label}: ${size.gzip} B gzip > ${budget} B`);
  rows.push({ label, what, size, budget, status: !size ? 'not built' : budget === undefined ? '' : over ? 'OVER' : 'ok' });
}

if (!existsSync(join(dist, 'lede.js'))) {
  console.error('dist/lede.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** What an unlisted top-level file of dist/ is, from its name. */
const describe = (name) =>
  name.endsWith('.css')
    ? 'stylesheet'
    : WIDGET_MODULES.has(name)
      ? 'widget module, loaded by lede.js'
      : /embed/.test(name)
        ? 'iframe page script'
        : 'page script';

// Page files: the known scripts (built or not), then any other top-level script or stylesheet in
// dist/; files that a page script imports (the language modules…) are listed after them, as chunks.
const chunks = new Set();
for (const name of readdirSync(dist)) if (name.endsWith('.js')) for (const chunk of chunksOf(join(dist, name))) chunks.add(chunk);
const topLevel = readdirSync(dist).filter((name) => /\.(js|css)$/.test(name) && !NOT_PAGE_SCRIPTS.has(name) && !chunks.has(join(dist, name)));
const known = new Set(PAGE_SCRIPTS.map((script) => script.name));
for (const script of [...PAGE_SCRIPTS, ...topLevel.filter((name) => !known.has(name)).map((name) => ({ name, what: describe(name) }))]) {
  const file = join(dist, script.name);
  record(`dist/${script.name}`, script.what, existsSync(file) ? measure(readFileSync(file)) : undefined, script.budget);
}
/** A language's strings, as the builds name them: `lede-pt.js`, `embed-zh-Hant.js`. */
const isStrings = (name) => ON_DEMAND.some((lang) => name.endsWith(`-${lang}.js`) && /^(lede|embed)-/.test(name));
for (const chunk of [...chunks].filter((chunk) => dirname(chunk) === dist).sort()) {
  const name = chunk.slice(dist.length + 1);
  const core = name === 'lede-core.js';
  record(`dist/${name}`, core ? 'Lit + core, shared by every widget module' : 'loaded on demand', measure(readFileSync(chunk)), isStrings(name) ? 'strings' : core ? 'core' : undefined);
}

// Widgets, as a bundler ships them.
for (const name of widgets) {
  const entry = join(widgetsDir, name, 'index.ts');
  record(`${name}: Lit + widget`, 'what a bundler ships for this widget alone', measure(await bundle(entry, [])));
  record(`${name}: own code`, 'its folder only (no Lit, core or locales)', measure(await bundle(entry, notOwnedBy(join(widgetsDir, name) + '/'))), 'widget');
}

// The table.
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const table = [
  ['file', 'raw', 'gzip', 'brotli', 'gzip budget', ''],
  ...rows.map(({ label, size, budget, status }) => [
    label,
    size ? kb(size.raw) : '-',
    size ? kb(size.gzip) : '-',
    size ? kb(size.brotli) : '-',
    budget === undefined ? '' : `≤ ${kb(budget)}`,
    status,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd());
}
console.log('\n1 KB = 1,000 bytes; gzip level 9, brotli quality 11.');

// What whole pages load, each file compressed on its own as served.
const every = [...WIDGET_MODULES].sort();
const PAGES = [
  ['one quote, in English (budgeted)', ['lede.js', 'lede-core.js', 'lede-quote-block.js'], 'page'],
  ['one quote, in French', ['lede.js', 'lede-core.js', 'lede-quote-block.js', 'lede-fr.js']],
  ['every widget, in English', ['lede.js', 'lede-core.js', ...every]],
  ['every widget, in English, from the single file', ['lede-all.js']],
  ['every widget, in French, plain markup and story documents', ['lede.js', 'lede-core.js', ...every, 'lede-fr.js', 'lede-site-loader.js', 'lede-story-fetch.js']],
];
if (PAGES.every(([, files]) => files.every((name) => existsSync(join(dist, name))))) {
  console.log('\nWhat a page loads (gzip, each file compressed on its own):');
  for (const [page, files, budgetKey] of PAGES) {
    const total = files.reduce((sum, name) => sum + measure(readFileSync(join(dist, name))).gzip, 0);
    const budget = budgetKey ? BUDGET[budgetKey] : undefined;
    const status = budget === undefined ? '' : total > budget ? ` OVER ≤ ${kb(budget)}` : ` ok ≤ ${kb(budget)}`;
    if (budget !== undefined && total > budget) (reportOnly.has(budgetKey) ? reported : failures).push(`page with ${page}: ${total} B gzip > ${budget} B`);
    console.log(`  ${page.padEnd(58)} ${kb(total).padStart(9)}${status}  (${files.length > 4 ? `${files.length} files` : files.join(' + ')})`);
  }
}
if (reported.length) {
  console.log(`\nOver budget, reported only (--report-only=${[...reportOnly].join(',')}):\n${reported.map((line) => `- ${line}`).join('\n')}`);
}
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log(reported.length ? 'Every other budget is met.' : 'Every file that exists is within its budget.');
