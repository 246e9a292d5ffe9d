#!/usr/bin/env node
/**
 * `lede prerender <in.html | folder> -o <out.html | folder> [--json-ld] [--page-url URL] [--root folder]`
 *
 * Draws every Lede widget of an HTML page into Declarative Shadow DOM (see docs/ssr.md), so the
 * page shows them with no JavaScript. Given a folder, every `.html` file in it (and its subfolders)
 * is prerendered into the same place under the output folder. Story documents (`src`) are read
 * relative to each page from disk, inside the site's folder (`--root`: by default the input folder,
 * or the input file's folder), or fetched when they are http(s) URLs. Problems with a widget's
 * data are printed as warnings; the exit code is 1 only when a file cannot be read or written, or
 * the command is wrong.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const USAGE = `Usage: lede prerender <in.html | folder> -o <out.html | folder> [--json-ld] [--page-url URL] [--root folder]

  -o, --output    where to write the prerendered page (a folder when the input is a folder)
  --json-ld       add schema.org JSON-LD for what the widgets state
  --page-url      the address the page will be served at (a folder: the address of the folder);
                  relative links in the data resolve against it
  --root          the site's folder: a src beginning with / starts there, and no story document
                  outside it is read (default: the input folder, or the input file's folder)`;

function fail(message) {
  console.error(`lede: ${message}\n\n${USAGE}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'json-ld': { type: 'boolean' },
      'page-url': { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const [command, input] = args.positionals;
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (command !== 'prerender' || !input || !args.values.output || args.positionals.length > 2) fail('expected: prerender <input> -o <output>');

let prerender;
try {
  ({ prerender } = await import('../dist/ssr/index.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  fail(`prerendering needs @lit-labs/ssr, parse5 and linkedom: npm install --save-dev @lit-labs/ssr parse5 linkedom\n(${error.message})`);
}

/** The `.html` files in `folder` and its subfolders. */
async function htmlFiles(folder) {
  const files = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await htmlFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(path);
  }
  return files;
}

/** UTF-8 only: a page in another encoding would come out with its other characters replaced. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function prerenderFile(from, to, pageUrl, root) {
  let source;
  try {
    source = utf8.decode(await readFile(from));
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new Error(`${from} is not UTF-8: save it as UTF-8 to prerender it (left as it was)`);
  }
  const { html, problems, widgets } = await prerender(source, {
    documentUrl: pathToFileURL(resolve(from)).href,
    root: pathToFileURL(`${resolve(root)}/`).href,
    pageUrl,
    jsonLd: args.values['json-ld'],
  });
  await mkdir(dirname(to), { recursive: true });
  await writeFile(to, html);
  for (const { widget, field, message, line, column } of problems) console.warn(`${from}:${line}:${column}: <${widget}> ${field}: ${message}`);
  process.stdout.write(`${from} → ${to}: ${widgets.length} widget${widgets.length === 1 ? '' : 's'} drawn, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
}

try {
  const { 'page-url': pageUrl, output, root } = args.values;
  if (pageUrl !== undefined && !/^https?:$/.test(URL.parse(pageUrl)?.protocol ?? '')) fail(`--page-url must be an absolute http(s) URL; got "${pageUrl}"`);
  if ((await stat(input)).isDirectory()) {
    // A folder's index.html is served at the folder's address: that is the page's URL.
    const folderUrl = pageUrl && (pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`);
    let failed = 0;
    for (const file of await htmlFiles(input)) {
      const path = relative(input, file);
      const page = folderUrl && new URL(path.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'), folderUrl).href;
      try {
        await prerenderFile(file, join(output, path), page, root ?? input);
      } catch (error) {
        console.error(`lede: ${error.message}`);
        failed++;
      }
    }
    if (failed) process.exit(1);
  } else {
    if (existsSync(output) && (await stat(output)).isDirectory()) fail(`the input is a file, so -o names a file, not the folder ${output}`);
    await prerenderFile(input, output, pageUrl, root ?? dirname(input));
  }
} catch (error) {
  console.error(`lede: ${error.message}`);
  process.exit(1);
}
