import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';

/**
 * The documentation as pages of the demo site: README.md, SECURITY.md, BENCHMARKS.md and every
 * `docs/**\/*.md` become `docs/….html` (README.md is `docs/index.html`, `docs/api/README.md` is
 * `docs/api/index.html`), with the demo's stylesheet (copied as `docs/docs.css`) and a nav. Links
 * between Markdown files become relative links between those pages, so the built site works
 * wherever it is copied; links to the demo's own files go to the site's pages; links to any other
 * file of the repository keep their text only. Raw HTML in the Markdown is shown as text, never
 * run: the pages load no script, and code examples stay code.
 */

const repository = resolve(import.meta.dirname, '..');

/** The pages of the nav, in order (`docs/` files not named here follow them); paths from the repository. */
const ORDER = [
  'README.md',
  'docs/install.md',
  'docs/embedding.md',
  'docs/ssr.md',
  'docs/cms.md',
  'docs/story-format.md',
  'docs/widgets.md',
  'docs/theming.md',
  'docs/languages.md',
  'docs/performance.md',
  'docs/builder.md',
  'docs/contributing.md',
  'SECURITY.md',
  'BENCHMARKS.md',
  'docs/api/README.md',
];

/** Every file under `folder` whose name passes `wanted`, as paths from the repository root. */
function filesUnder(folder: string, wanted: (name: string) => boolean): string[] {
  return readdirSync(resolve(repository, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path, wanted) : wanted(entry.name) ? [path] : [];
  });
}

/** Every Markdown file that becomes a page, as paths from the repository root. */
export function sources(): string[] {
  const found = filesUnder('docs', (name) => name.endsWith('.md'));
  const listed = ORDER.filter((path) => found.includes(path) || (!path.startsWith('docs/') && existsSync(resolve(repository, path))));
  return [...listed, ...found.filter((path) => !listed.includes(path)).sort()];
}

/** Every image of the docs (screenshots), as paths from the repository root: copied beside their pages. */
export const images = (): string[] => filesUnder('docs', (name) => /\.(png|jpe?g|svg|webp)$/i.test(name));

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml', webp: 'image/webp' };

/** The site path of the page made from a Markdown file: `README.md` → `docs/index.html`. */
export function pageOf(source: string): string {
  if (source === 'README.md') return 'docs/index.html';
  const inDocs = source.startsWith('docs/') ? source : `docs/${source}`;
  return inDocs.replace(/(^|\/)README\.md$/, '$1index.md').replace(/\.md$/, '.html');
}

/** Where a link to another file of the repository goes in the site, or undefined when nowhere. */
function siteTarget(target: string, pages: Set<string>): string | undefined {
  if (pages.has(target)) return pageOf(target);
  const demo = /^demo\/((?:stories\/)?[^/]+\.(?:html|json))$/.exec(target);
  if (demo && existsSync(resolve(repository, target))) return demo[1];
  return undefined;
}

/** GitHub's heading ids: lower case, letters, digits, `-` and `_`, spaces as `-`. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function markdown(source: string, pages: Set<string>): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const page = pageOf(source);
  md.core.ruler.push('lede-docs', (state) => {
    const used = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      // An HTML comment alone in a paragraph (the "generated" notes) is for editors, not readers.
      if (token.type === 'paragraph_open' && /^<!--[\s\S]*-->$/.test(tokens[i + 1]?.content.trim() ?? '')) {
        tokens.splice(i, 3);
        i--;
        continue;
      }
      if (token.type === 'heading_open') {
        const base = slug(tokens[i + 1]?.content ?? '');
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        token.attrSet('id', count ? `${base}-${count}` : base);
      }
      for (const child of token.children ?? []) {
        if (child.type !== 'link_open') continue;
        const href = String(child.attrGet('href') ?? '');
        if (/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(href)) continue;
        const [path, hash] = href.split('#');
        const target = siteTarget(posix.normalize(posix.join(posix.dirname(source), path)), pages);
        if (target === undefined) child.meta = { drop: true };
        else child.attrSet('href', (posix.relative(posix.dirname(page), target) || posix.basename(target)) + (hash ? `#${hash}` : ''));
      }
    }
  });
  // A code block wider than the page scrolls: keyboard users must be able to reach it to scroll it.
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (...args) => fence(...args).replace(/^<pre>/, '<pre tabindex="0">');
  // Tables too, in a box of their own that scrolls.
  md.renderer.rules.table_open = (tokens, index, options, _env, self) => `<div class="scroll" tabindex="0">${self.renderToken(tokens, index, options)}`;
  md.renderer.rules.table_close = (tokens, index, options, _env, self) => `${self.renderToken(tokens, index, options)}</div>`;
  // A link that leads nowhere in the site keeps its text: drop both ends of it.
  const dropped: boolean[] = [];
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    const drop = Boolean(tokens[index].meta?.drop);
    dropped.push(drop);
    return drop ? '' : self.renderToken(tokens, index, options);
  };
  md.renderer.rules.link_close = (tokens, index, options, _env, self) => (dropped.pop() ? '' : self.renderToken(tokens, index, options));
  return md;
}

/** The page made from one Markdown file: its HTML, and its site path. */
export function renderPage(source: string): { fileName: string; html: string } {
  const all = sources();
  const pages = new Set(all);
  const fileName = pageOf(source);
  const text = readFileSync(resolve(repository, source), 'utf8');
  const body = markdown(source, pages).render(text);
  const title = /^# (.+)$/m.exec(text)?.[1].replace(/`/g, '') ?? source;
  const up = (target: string) => posix.relative(posix.dirname(fileName), target) || posix.basename(target);
  const titleOf = (path: string) => {
    const heading = /^# (.+)$/m.exec(readFileSync(resolve(repository, path), 'utf8'))?.[1] ?? path;
    return path === 'README.md' ? 'Overview' : heading.replace(/`/g, '');
  };
  const nav = all
    .map((path) => {
      const current = path === source ? ' aria-current="page"' : '';
      const nested = path.startsWith('docs/api/') && path !== 'docs/api/README.md' ? ' class="nested"' : '';
      return `<li${nested}><a href="${escapeHtml(up(pageOf(path)))}"${current}>${escapeHtml(titleOf(path))}</a></li>`;
    })
    .join('');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} — Lede documentation</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${up('docs/docs.css')}" />
  </head>
  <body class="docs">
    <header class="site">
      <nav aria-label="Demo">
        <a href="${up('index.html')}" hreflang="fr">Article</a>
        <a href="${up('data-forms.html')}" hreflang="fr">Data forms</a>
        <a href="${up('gallery.html')}">Gallery</a>
        <a href="${up('builder.html')}">Embed builder</a>
        <a href="${up('docs/index.html')}"${source === 'README.md' ? ' aria-current="page"' : ''}>Documentation</a>
      </nav>
    </header>
    <div class="docs-layout">
      <nav class="docs-nav" aria-label="Documentation"><ul>${nav}</ul></nav>
      <main>
${body}      </main>
    </div>
  </body>
</html>
`;
  return { fileName, html };
}

/** The docs pages' stylesheet: the demo's, plus the layout of a docs page. */
export function docsCss(): string {
  return `${readFileSync(resolve(repository, 'demo/demo.css'), 'utf8')}
/* Documentation pages (demo/docs-plugin.ts). */
body.docs header.site { max-width: 72rem; }
.docs-layout { display: grid; grid-template-columns: minmax(0, 13rem) minmax(0, 1fr); gap: 2rem; max-width: 72rem; margin: 0 auto; padding: 0 1rem 3rem; }
.docs-layout main { max-width: 50rem; margin: 0; padding: 0; font-family: system-ui, sans-serif; }
.docs-nav { font-family: system-ui, sans-serif; font-size: 0.875rem; }
.docs-nav ul { position: sticky; top: 1rem; margin: 0; padding: 0; list-style: none; }
.docs-nav a { display: block; padding-block: 0.25rem; color: inherit; }
.docs-nav a[aria-current='page'] { font-weight: 700; }
.docs-nav li.nested { padding-inline-start: 1rem; }
.docs-layout main h1 { margin-block-start: 0.5rem; }
.docs-layout main :not(pre) > code { font-size: 0.875em; padding: 0.05em 0.25em; background: color-mix(in srgb, var(--page-text) 7%, transparent); }
.docs-layout main .scroll { overflow-x: auto; margin-block: 1rem; }
.docs-layout main table { border-collapse: collapse; font-size: 0.875rem; }
.docs-layout main img { max-inline-size: 100%; block-size: auto; }
.docs-layout main td img { inline-size: 20rem; }
.docs-layout main th, .docs-layout main td { padding: 0.375rem 0.5rem; border: 1px solid color-mix(in srgb, var(--page-text) 20%, transparent); text-align: start; vertical-align: top; }
@media (max-width: 48rem) { .docs-layout { grid-template-columns: minmax(0, 1fr); } .docs-nav ul { position: static; display: flex; flex-wrap: wrap; gap: 0 1rem; } }
`;
}

/** Serves the pages in the dev server (rendered on each request) and writes them into the built site. */
export function docsPlugin(): Plugin {
  return {
    name: 'lede-demo-docs',
    configureServer(server) {
      server.watcher.add([resolve(repository, 'docs'), ...['README.md', 'SECURITY.md', 'BENCHMARKS.md'].map((file) => resolve(repository, file))]);
      server.watcher.on('change', (file) => {
        if (file.endsWith('.md')) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(async (request, response, next) => {
        const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]);
        if (path === '/docs' || path === '/docs/') {
          response.writeHead(302, { location: '/docs/index.html' }).end();
          return;
        }
        if (path === '/docs/docs.css') {
          response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(docsCss());
          return;
        }
        const image = images().find((candidate) => `/${candidate}` === path);
        if (image) {
          const type = IMAGE_TYPES[image.split('.').pop()!.toLowerCase()];
          response.writeHead(200, { 'content-type': type }).end(readFileSync(resolve(repository, image)));
          return;
        }
        const source = sources().find((candidate) => `/${pageOf(candidate)}` === path);
        if (!source) return next();
        const html = await server.transformIndexHtml(path, renderPage(source).html);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'docs/docs.css', source: docsCss() });
      for (const image of images()) this.emitFile({ type: 'asset', fileName: image, source: readFileSync(resolve(repository, image)) });
      for (const source of sources()) {
        const { fileName, html } = renderPage(source);
        this.emitFile({ type: 'asset', fileName, source: html });
      }
    },
  };
}

/**
 * In the dev server, `/dist/…` is the library as `npm run build` left it in the repository, as it
 * is beside the built site: the embed builder's snippets point at `../dist/`.
 */
export function libraryInDevPlugin(): Plugin {
  return {
    name: 'lede-demo-dist',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]);
        if (!path.startsWith('/dist/')) return next();
        const file = resolve(repository, `.${path}`);
        if (relative(resolve(repository, 'dist'), file).startsWith('..') || !existsSync(file)) return next();
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
        response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(readFileSync(file));
      });
    },
  };
}
