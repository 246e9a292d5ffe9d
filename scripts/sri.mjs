// Prints Subresource Integrity hashes (sha384) for the CDN files in dist/, run at the end of
// `npm run build`. Pin the exact version in the URL and paste the matching integrity value:
//   <script type="module" src=".../lede-widgets@VERSION/dist/lede.js" integrity="sha384-…" crossorigin="anonymous"></script>
// Only dist/lede.js is self-contained; the other top-level files import `lit` and sibling modules,
// which a hash on the entry alone does not cover.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist)
  .filter((name) => name.endsWith('.js'))
  .sort((a, b) => (a === 'lede.js' ? -1 : b === 'lede.js' ? 1 : a.localeCompare(b)));

if (!files.includes('lede.js')) {
  console.error('sri: dist/lede.js is missing; run the CDN build first');
  process.exit(1);
}

console.log('Subresource Integrity (sha384):');
for (const name of files) {
  const bytes = readFileSync(new URL(name, dist));
  const hash = createHash('sha384').update(bytes).digest('base64');
  console.log(`  ${join('dist', name).padEnd(16)} sha384-${hash}  (${bytes.length} bytes)`);
}
