// The package as a consumer gets it: `npm pack`, install the tarball into a fresh TypeScript + Vite
// project outside the repository, type-check and build one page per scenario (one widget, all
// widgets, the class entries under custom tags, React wrappers), check that one widget's entry
// keeps the other widgets out of the bundle, and load every build in headless Chromium.
// Run after `npm run build`. LEDE_KEEP_CONSUMER=1 keeps the temporary project for a look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sampleItem } from './api-docs.mjs';
import { loadWidgetSchemas } from './widget-schemas.mjs';
import { ON_DEMAND } from '../src/locales/languages.js';
import { openAndExpect } from './consumer/browser.mjs';
import { launch } from './harness/browser.js';
import { startServer } from './harness/server.js';
import { writeProject } from './consumer/project.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const results = [];

/** Runs one named check; a failure is reported and counted, and stops the run only if `fatal`. */
async function check(name, run, { fatal = false } = {}) {
  const start = Date.now();
  try {
    const note = await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}${note ? ` — ${note}` : ''} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.error(`  ✗ ${name}\n${String(error?.stdout ?? '') + String(error?.stderr ?? '') || ''}${error?.message ?? error}`);
    if (fatal) finish();
  }
}

function finish() {
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\nconsumer: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (!process.env.LEDE_KEEP_CONSUMER) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
  process.exit(failed ? 1 : 0);
}

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'custom-elements.json'))) {
  console.error('Run `npm run build` first: the consumer test packs dist/ and custom-elements.json.');
  process.exit(1);
}

/**
 * What a reader must see of a sample: its longest prose (a quote's words, a deal's title…), not a
 * URL, date or code, which a widget shows transformed.
 */
function shownText(declaration, fields) {
  // A closed explainer shows its question only: its answer is inside a closed <details>.
  const collapsed = declaration.tagName === 'lede-explainer' && !fields.open ? ['answer', 'points'] : [];
  const texts = Object.entries(fields)
    .filter(([name]) => !collapsed.includes(name))
    .map(([, value]) => value)
    .filter((value) => typeof value === 'string' && !/^(https?:|\d{4}-)/.test(value));
  const text = [...texts].sort((a, b) => Number(b.includes(' ')) - Number(a.includes(' ')) || b.length - a.length)[0];
  if (!text) throw new Error(`<${declaration.tagName}>: its story item has no text to look for`);
  return text;
}

const work = mkdtempSync(join(tmpdir(), 'lede-consumer-'));
const project = join(work, 'app');
const folders = readdirSync(join(root, 'src/widgets'));
let tarball;
let widgets;
let pages;

console.log('Consumer test');

await check(
  'npm pack ships dist, the lede command, schema, manifest, README and LICENSE only',
  () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root }));
    tarball = join(work, packed.filename);
    const files = new Set(packed.files.map((file) => file.path));
    const required = [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'schema/story.schema.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/lede.js',
      'dist/lede-all.js',
      'dist/lede-core.js',
      ...folders.map((name) => `dist/lede-${name}.js`),
      'dist/react/index.js',
      'dist/react/index.d.ts',
      'dist/preact.d.ts',
      'dist/ssr/index.js',
      'dist/ssr/index.d.ts',
      'bin/lede.js',
      ...folders.flatMap((name) => ['index.js', 'index.d.ts', `${name}.js`, `${name}.d.ts`].map((file) => `dist/widgets/${name}/${file}`)),
    ];
    const missing = required.filter((file) => !files.has(file));
    const stray = [...files].filter((file) => !/^(dist\/|bin\/lede\.js$|schema\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/.test(file));
    if (missing.length || stray.length) throw new Error(`missing: ${missing.join(', ') || 'none'}; not to be shipped: ${stray.join(', ') || 'none'}`);
    return `${files.size} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked`;
  },
  { fatal: true },
);

await check(
  'a fresh project installs the tarball',
  async () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/custom-elements.json'], { encoding: 'utf8' }));
    const story = JSON.parse(readFileSync(join(root, 'demo/stories/huawei-peru.json'), 'utf8'));
    const schemas = await loadWidgetSchemas();
    widgets = manifest.modules
      .flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ declaration, module })))
      .map(({ declaration, module }) => {
        const folder = module.path.match(/^dist\/widgets\/([^/]+)\//)?.[1];
        const collection = schemas.find((widget) => widget.folder === folder)?.schema.collection;
        const sample = sampleItem(story, collection);
        if (!folder) throw new Error(`<${declaration.tagName}> is not in dist/widgets/`);
        if (!sample?.id) throw new Error(`<${declaration.tagName}>: demo/stories/huawei-peru.json has no item with an id in "${collection}"`);
        const fields = Object.fromEntries(Object.entries(sample).filter(([key]) => key !== 'id'));
        // A string property backed by an attribute, for the type checks; `src` if the widget has none of its own.
        const own = (declaration.attributes ?? []).find(
          (attribute) => !attribute.inheritedFrom && attribute.fieldName && attribute.type?.text === 'string | undefined',
        ) ?? { name: 'src', fieldName: 'src' };
        return {
          tag: declaration.tagName,
          className: declaration.name,
          folder,
          component: folder.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase()),
          sample,
          fields,
          attribute: own.name,
          property: own.fieldName,
          text: shownText(declaration, fields),
        };
      })
      .sort((a, b) => a.folder.localeCompare(b.folder));
    const unknown = folders.filter((name) => !widgets.some((widget) => widget.folder === name));
    if (unknown.length) throw new Error(`widget folders missing from custom-elements.json: ${unknown.join(', ')}`);
    const versions = Object.fromEntries(['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [name, version(name)]));
    pages = writeProject(project, { tarball, versions, widgets, story });
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
    return `${widgets.map((widget) => `<${widget.tag}>`).join(', ')}; vite ${versions.vite}, typescript ${versions.typescript}, react ${versions.react}`;
  },
  { fatal: true },
);

await check('every export of package.json resolves to a shipped file', () => {
  const subpaths = ['', '/react', '/preact', '/ssr', '/lede.js', '/lede-all.js', '/schema.json', '/custom-elements.json', '/package.json'];
  subpaths.push(...ON_DEMAND.map((name) => `/locales/${name}`));
  subpaths.push(...widgets.flatMap((widget) => [`/${widget.folder}`, `/${widget.folder}/class`]));
  const script = `for (const path of ${JSON.stringify(subpaths)}) {
    const url = import.meta.resolve('lede-widgets' + path);
    if (!(await import('node:fs')).existsSync(new URL(url))) throw new Error('lede-widgets' + path + ' -> ' + url + ' does not exist');
  }
  const schema = JSON.parse((await import('node:fs')).readFileSync(new URL(import.meta.resolve('lede-widgets/schema.json')), 'utf8'));
  if (!schema.$schema?.includes('2020-12')) throw new Error('schema.json is not a draft 2020-12 JSON Schema');`;
  run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
  return `${subpaths.length} subpaths`;
});

await check('type-check (moduleResolution bundler): correct use passes, every @ts-expect-error is an error', () => {
  run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project });
});
await check('type-check (moduleResolution nodenext)', () => {
  run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.nodenext.json'], { cwd: project });
});

await check('npx lede prerender: says which packages it needs, then draws a page with them installed', () => {
  const page = join(project, 'prerender-in.html');
  const quote = widgets.find((widget) => widget.folder === 'quote-block');
  writeFileSync(page, `<!doctype html><html lang="fr"><body><lede-quote-block>${quote.sample.text}</lede-quote-block></body></html>`);
  const npx = (args) => execFileSync('npx', ['--no-install', 'lede', ...args], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
  try {
    npx(['prerender', page, '-o', join(project, 'prerender-out.html')]);
    throw new Error('ran without its optional peer dependencies');
  } catch (error) {
    if (!/npm install --save-dev @lit-labs\/ssr parse5 linkedom/.test(String(error.stderr))) throw new Error(`no install hint: ${error.stderr ?? error.message}`);
  }
  const peers = Object.fromEntries(['@lit-labs/ssr', 'parse5', 'linkedom'].map((name) => [name, version(name)]));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--save-dev', ...Object.entries(peers).map(([name, v]) => `${name}@${v}`)], { cwd: project });
  npx(['prerender', page, '-o', join(project, 'prerender-out.html')]);
  const out = readFileSync(join(project, 'prerender-out.html'), 'utf8');
  const drawn = /<lede-quote-block><template shadowrootmode="open">([\s\S]*?)<\/template>/.exec(out)?.[1] ?? '';
  if (!drawn.includes(quote.sample.text.slice(0, 20))) throw new Error(`the quote is not drawn in a declarative shadow root: ${out.slice(0, 300)}`);
  return Object.entries(peers).map(([name, v]) => `${name} ${v}`).join(', ');
});

const sizes = {};
const kept = {};
await check(
  `vite build of ${pages.length} pages`,
  () => {
    for (const page of pages) {
      run(join(project, 'node_modules/.bin/vite'), ['build'], { cwd: project, env: { ...process.env, PAGE: page } });
      const out = join(project, 'dist', page);
      const scripts = readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js'));
      // Up front: what the page's HTML loads (its script and the chunks it preloads); the rest
      // (other languages, story fetching, counting up) loads only when a widget needs it.
      const html = readFileSync(join(out, `${page}.html`), 'utf8');
      const gzip = (file) => gzipSync(readFileSync(join(out, 'assets', file))).length;
      const upFront = scripts.filter((file) => html.includes(`/assets/${file}`));
      sizes[page] = {
        upFront: upFront.reduce((sum, file) => sum + gzip(file), 0),
        onDemand: scripts.filter((file) => !upFront.includes(file)).reduce((sum, file) => sum + gzip(file), 0),
      };
      kept[page] = JSON.parse(readFileSync(join(out, 'modules.json'), 'utf8'));
    }
  },
  { fatal: true },
);

/** The widget folders whose modules kept code in a page's bundle. */
const widgetsIn = (page) => new Set(kept[page].map((id) => id.match(/lede-widgets\/dist\/widgets\/([^/]+)\//)?.[1]).filter(Boolean));
for (const widget of widgets) {
  for (const page of [`one-${widget.folder}`, `react-${widget.folder}`]) {
    await check(`${page}: only ${widget.folder}'s code is bundled`, () => {
      const found = [...widgetsIn(page)];
      if (found.join() !== widget.folder) throw new Error(`widgets in the bundle: ${found.join(', ') || 'none'}`);
    });
  }
}

const server = await startServer({ root: join(project, 'dist') });
const browser = await launch();
const url = (page) => `${server.origin}/${page}/${page}.html`;
const expectShown = (selectorOf, list) => list.map((widget) => ({ selector: selectorOf(widget), text: widget.text }));
try {
  for (const widget of widgets) {
    await check(`one-${widget.folder}: <${widget.tag}> renders its text`, async () => {
      await (await openAndExpect(browser, url(`one-${widget.folder}`), expectShown((w) => w.tag, [widget]))).close();
    });
  }
  await check('all: every widget renders its text', async () => {
    await (await openAndExpect(browser, url('all'), expectShown((w) => w.tag, widgets))).close();
  });
  await check('class: the class entries render under custom tags and define no lede- tag', async () => {
    const page = await openAndExpect(browser, url('class'), expectShown((w) => `my-${w.folder}`, widgets));
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), widgets.map((widget) => widget.tag));
    await page.close();
    if (defined.length) throw new Error(`defined by a class entry: ${defined.join(', ')}`);
  });
  for (const page of ['react', ...widgets.map((widget) => `react-${widget.folder}`)]) {
    const shown = page === 'react' ? widgets : widgets.filter((widget) => page === `react-${widget.folder}`);
    await check(`${page}: React 19 renders the wrappers and gets lede-error through onLedeError`, async () => {
      const tab = await openAndExpect(browser, url(page), expectShown((w) => w.tag, shown));
      const expected = [...shown.map((widget) => widget.component), shown[0].tag].sort();
      // On a time-out, the comparison below says what did arrive.
      await tab.waitForFunction((count) => window.ledeErrors?.length >= count, { timeout: 5_000 }, expected.length).catch(() => {});
      const events = await tab.evaluate(() => window.ledeErrors ?? []);
      await tab.close();
      // Each listener hears about the bad \`src\` (the widget has no data either, which it may report too).
      const received = events.filter((event) => event.fields.includes('src')).map((event) => event.from).sort();
      if (received.join() !== expected.join()) throw new Error(`lede-error events: expected from ${expected.join(', ')}; got ${JSON.stringify(events)}`);
    });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\nConsumer bundle size (JavaScript, gzip; Lit included): loaded up front, + what may load on demand');
const rows = [
  ...widgets.map((widget) => [`one widget: ${widget.folder}`, sizes[`one-${widget.folder}`]]),
  [`all ${widgets.length} widgets`, sizes.all],
  ['class entries under custom tags', sizes.class],
  ...widgets.map((widget) => [`React, one wrapper: ${widget.component}`, sizes[`react-${widget.folder}`]]),
  [`React, all ${widgets.length} wrappers`, sizes.react],
];
for (const [label, size] of rows) console.log(`  ${label.padEnd(40)} ${kb(size.upFront).padStart(9)}  + ${kb(size.onDemand)}`);
finish();
