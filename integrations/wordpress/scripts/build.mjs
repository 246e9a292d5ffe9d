// Builds the WordPress plugin in integrations/wordpress/lede-widgets/ from the repository:
// 1. widgets.json, the widgets the plugin knows, from each widget's field table (the same source
//    as the manifest and the story schema), so a new widget needs no plugin code;
// 2. lib/<version>/, the library's page loader (dist/lede.js), the modules it imports, and lede.css,
//    in a folder named after the version, so that an update changes every file's URL: the loader
//    imports its modules by plain URL (no `?ver=`), and a browser or proxy keeping an old
//    lede-core.js next to a new lede.js would break every widget;
// 3. build/, the block's editor script, with @wordpress/scripts;
// 4. with --zip: integrations/wordpress/lede-widgets.zip, the folder as WordPress installs it.
// Run from the repository root after `npm run build:cdn` (npm run build:wordpress does both).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeName, hasAttribute, loadWidgetSchemas, loadLimits } from '../../../scripts/widget-schemas.mjs';
import { writeZip } from './zip.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const plugin = join(root, 'integrations/wordpress/lede-widgets');
const dist = join(root, 'dist');

/** The library's version, which the plugin's `LEDE_WIDGETS_VERSION` and readme's stable tag must repeat. */
function version() {
  const { version: library } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const php = readFileSync(join(plugin, 'lede-widgets.php'), 'utf8');
  const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
  const found = {
    'lede-widgets.php LEDE_WIDGETS_VERSION': /define\(\s*'LEDE_WIDGETS_VERSION',\s*'([^']+)'/.exec(php)?.[1],
    'lede-widgets.php Version header': /^\s*\*\s*Version:\s*(\S+)/m.exec(php)?.[1],
    'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
  };
  const wrong = Object.entries(found).filter(([, value]) => value !== library);
  if (wrong.length) throw new Error(`the plugin must carry the library's version ${library}: ${wrong.map(([where, value]) => `${where} is ${value ?? 'missing'}`).join(', ')}`);
  return library;
}

/** `quote-block` → "Quote block". */
const label = (name) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

async function writeWidgets() {
  const limits = await loadLimits();
  const describe = (table) =>
    Object.fromEntries(
      Object.entries(table).map(([name, field]) => [
        name,
        {
          kind: field.kind,
          attribute: hasAttribute(field) ? attributeName(name) : null,
          required: Boolean(field.required),
          // A list of objects typed as text (a shortcode's `a|b`): each item is its first required field.
          ...(field.kind === 'list' ? { first: Object.keys(field.item).find((item) => field.item[item].required) ?? null } : {}),
          ...(field.kind === 'text' && field.max > limits.short ? { length: 'long' } : {}),
        },
      ]),
    );
  const widgets = (await loadWidgetSchemas()).map(({ folder, schema }) => ({
    name: folder,
    tag: `lede-${folder}`,
    label: label(folder),
    collection: schema.collection,
    textField: schema.textField ?? null,
    fields: describe(schema.fields),
  }));
  writeFileSync(join(plugin, 'widgets.json'), `${JSON.stringify(widgets, null, 2)}\n`);
  return widgets;
}

function copyLibrary() {
  if (!existsSync(join(dist, 'lede.js'))) throw new Error('dist/lede.js is missing: run `npm run build:cdn` first');
  rmSync(join(plugin, 'lib'), { recursive: true, force: true });
  const lib = join(plugin, 'lib', version());
  mkdirSync(lib, { recursive: true });
  // The page loader and what it imports (lede-core.js, each widget's module, lede-fr.js…,
  // lede-site-loader.js), and the page stylesheet; not the single-file twin nor the iframe script.
  const skipped = new Set(['lede-frame.js', 'lede-all.js']);
  const files = readdirSync(dist).filter((name) => /^lede(-[\w-]+)?\.(js|css)$/.test(name) && !skipped.has(name) && statSync(join(dist, name)).isFile());
  for (const name of files) cpSync(join(dist, name), join(lib, name));
  cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
  return files;
}

function buildBlock() {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@wordpress/scripts/bin/wp-scripts.js'), 'build', '--webpack-src-dir=integrations/wordpress/lede-widgets/src', '--output-path=integrations/wordpress/lede-widgets/build', '--config=integrations/wordpress/webpack.config.cjs'],
    { cwd: root, stdio: 'inherit' },
  );
  // Source maps are for developing the block, not for sites: they stay out of the plugin.
  const build = join(plugin, 'build');
  for (const name of readdirSync(build)) if (name.endsWith('.map')) rmSync(join(build, name));
}

function zip() {
  const out = join(root, 'integrations/wordpress/lede-widgets.zip');
  rmSync(out, { force: true });
  // The folder name inside the zip is the plugin's: WordPress installs it as wp-content/plugins/lede-widgets/.
  const include = ['lede-widgets.php', 'uninstall.php', 'readme.txt', 'block.json', 'widgets.json', 'LICENSE', 'includes', 'lib', 'build'];
  return writeZip(out, join(root, 'integrations/wordpress'), include.map((name) => `lede-widgets/${name}`));
}

const widgets = await writeWidgets();
const files = copyLibrary();
buildBlock();
console.log(`WordPress plugin: ${widgets.length} widgets (${widgets.map((w) => w.name).join(', ')}), ${files.length} library files`);
if (process.argv.includes('--zip')) console.log(`integrations/wordpress/lede-widgets.zip: ${zip()} bytes`);
