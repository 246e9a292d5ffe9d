/**
 * `npm run size -- --why core` (or any file the cdn build writes: `--why quote-block`, `--why lede.js`):
 * what a built file is made of. Builds the cdn files in memory with source maps, gives every byte of
 * the chosen file to the source module it came from, and prints per module (or per package for
 * node_modules) its minified bytes and what gzip would save without it: the file's gzip size minus the
 * gzip size of the file with that module's bytes cut out. The savings do not add up to the total (gzip
 * shares repeats across modules), but they rank what to move or trim, largest first.
 */
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** `core` → `lede-core.js`; `lede.js` and `dist/lede.js` → `lede.js`. */
const fileName = (name) => {
  const base = name.replaceAll('\\', '/').split('/').pop();
  return base.endsWith('.js') ? base : `lede-${base}.js`;
};

/** A module's name for the table: its path in the repository, or its package for node_modules. */
function owner(source) {
  const path = relative(root, resolve(root, 'dist', source)).replaceAll('\\', '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? pkg[1] : path;
}

export async function why(name) {
  const output = await build({ root, mode: 'cdn', logLevel: 'silent', build: { write: false, sourcemap: true } });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const chunk = chunks.find((item) => item.type === 'chunk' && item.fileName === fileName(name));
  if (!chunk) throw new Error(`the cdn build writes no ${fileName(name)} (files: ${chunks.map((item) => item.fileName).join(', ')})`);
  const { map } = chunk;
  // As written without source maps: no trailing `//# sourceMappingURL=` comment.
  const code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  // Spans of the output, [start, end), per owner; bytes no mapping covers are "(unmapped)".
  const lines = code.split('\n');
  const spans = new Map();
  const add = (who, start, end) => end > start && (spans.get(who) ?? spans.set(who, []).get(who)).push([start, end]);
  let lineStart = 0;
  decode(map.mappings).forEach((segments, line) => {
    const length = lines[line]?.length ?? 0;
    let at = 0;
    let who = '(unmapped)';
    for (const segment of segments) {
      add(who, lineStart + at, lineStart + segment[0]);
      at = segment[0];
      who = segment.length > 1 ? owner(map.sources[segment[1]]) : '(unmapped)';
    }
    add(who, lineStart + at, lineStart + length + 1);
    lineStart += length + 1;
  });
  const total = gzip(code);
  const rows = [...spans].map(([who, ranges]) => {
    const keep = new Uint8Array(code.length + 1).fill(1);
    let raw = 0;
    for (const [start, end] of ranges) {
      keep.fill(0, start, end);
      raw += end - start;
    }
    let without = '';
    for (let i = 0; i < code.length; i++) if (keep[i]) without += code[i];
    return { who, raw, saves: total - gzip(without) };
  });
  rows.sort((a, b) => b.saves - a.saves);
  const width = Math.max(...rows.map((row) => row.who.length));
  console.log(`dist/${chunk.fileName}: ${code.length} B minified, ${total} B gzip\n`);
  console.log(`${'module'.padEnd(width)}  ${'minified'.padStart(8)}  ${'gzip saved without it'.padStart(21)}`);
  for (const { who, raw, saves } of rows) console.log(`${who.padEnd(width)}  ${String(raw).padStart(8)}  ${String(saves).padStart(21)}`);
}
