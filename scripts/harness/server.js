/**
 * The one static server of the end-to-end tests, the demo tests, the benchmark and the consumer
 * test: serves a folder (the repository by default) on a free port of 127.0.0.1, never a file
 * outside it, with `cache-control: no-store`. On top of that:
 * - `pages` maps a path (e.g. `/blank/1.html`) to a body written in memory; a body given as an
 *   array is sent in parts, a number in it pausing that many milliseconds (a slow network mid-page)
 *   and a promise until it settles;
 * - `delays` holds back chosen paths by some milliseconds (a slow network for one file);
 * - `count(path)` says how many requests a path received since `reset()`;
 * - `route(path)` lets a caller serve a path from another file, add headers, rewrite a body, or
 *   refuse it (return null): e2e/server.js builds the pages of a real site with it.
 * A path ending in `/` serves its `index.html`; `/favicon.ico` answers 204 when there is none, so
 * no page logs an error for it.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** The repository. */
export const ROOT = join(import.meta.dirname, '../..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {{ path?: string, headers?: Record<string, string>, transform?: (body: Buffer) => Promise<string | Buffer> | string | Buffer }} Route
 * @param {{ root?: string, route?: (path: string) => Route | null }} [options]
 */
export async function startServer({ root = ROOT, route = () => ({}) } = {}) {
  const base = root.endsWith(sep) ? root : root + sep;
  /** @type {Map<string, string | Buffer | (string | number | Promise<unknown>)[]>} */
  const pages = new Map();
  /** @type {Map<string, number>} */
  const delays = new Map();
  /** @type {Map<string, number>} */
  const requests = new Map();

  async function answer(path) {
    const page = pages.get(path);
    if (page !== undefined) return { status: 200, type: TYPES[extname(path)] ?? TYPES['.html'], body: page };
    const routed = route(path);
    if (!routed) return { status: 404 };
    const served = routed.path ?? path;
    let file = normalize(join(root, served));
    if (!file.startsWith(base)) return { status: 404 };
    if (served.endsWith('/')) file = join(file, 'index.html');
    try {
      const bytes = await readFile(file);
      const body = routed.transform ? await routed.transform(bytes) : bytes;
      return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', headers: routed.headers, body };
    } catch {
      return { status: path === '/favicon.ico' ? 204 : 404 };
    }
  }

  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const delay = delays.get(path);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const { status, type, headers, body } = await answer(path);
    if (status !== 200) {
      response.writeHead(status, { 'cache-control': 'no-store' }).end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    if (!Array.isArray(body)) return response.end(body);
    for (const part of body) {
      if (typeof part === 'number') await new Promise((resolve) => setTimeout(resolve, part));
      else if (typeof part === 'string') response.write(part);
      else await part;
    }
    response.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    delays,
    /** Requests received for `path` since the last `reset()`. */
    count: (path) => requests.get(path) ?? 0,
    reset: () => requests.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
