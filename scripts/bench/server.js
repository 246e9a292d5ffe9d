/**
 * A static file server for the benchmark: serves the repository root, counts requests per path,
 * can hold back chosen paths (a slow network for one file) and serves pages generated in memory.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Starts serving `root` on a free local port.
 * @param {string} root
 */
export async function startServer(root) {
  /** @type {Map<string, number>} */
  const requests = new Map();
  /** @type {Map<string, number>} milliseconds to wait before answering, by path */
  const delays = new Map();
  /** @type {Map<string, string>} HTML served from memory, by path */
  const pages = new Map();

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const answer = () => {
      const headers = { 'cache-control': 'no-store' };
      if (pages.has(path)) {
        response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
        response.end(pages.get(path));
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, headers).end('not found');
        return;
      }
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    };
    const delay = delays.get(path);
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    requests,
    delays,
    pages,
    /** Requests received for `path` since the last reset. */
    count: (path) => requests.get(path) ?? 0,
    reset: () => requests.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
