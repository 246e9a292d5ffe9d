/**
 * What every end-to-end test shares: a tiny static server for the repository (the built demo in
 * `dist-demo/`, the library in `dist/`, plus pages a test writes in memory), and Debian's Chromium
 * driven by playwright-core. Nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS, SCREENSHOT_FLAGS } from '../../scripts/chromium.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Fails early, with what to run, when the files under test were not built. */
export function requireBuilt() {
  for (const file of ['dist/lede.js', 'dist-demo/builder.html']) {
    if (!existsSync(resolve(ROOT, file))) throw new Error(`${file} is missing: run "npm run build && npm run build:demo" first.`);
  }
}

/**
 * Serves the repository on a free port of 127.0.0.1. `pages` maps a path (e.g. `/blank/1.html`)
 * to a body the test wrote; everything else comes from the repository, never from outside it.
 */
export async function startServer() {
  const pages = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    let file = resolve(ROOT, `.${path}`);
    if (!file.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = resolve(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, pages, close: () => new Promise((done) => server.close(done)) };
}

/** Flags that keep Chromium quiet on a closed network and stable for screenshots. */
const FLAGS = [...CHROMIUM_FLAGS, ...SCREENSHOT_FLAGS];

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS });
}

/** Collects uncaught page errors and console errors, so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/**
 * In the page: the text a reader sees in the first element matching `selector` (searched through
 * open shadow roots), from its shadow root when it has one; white space collapsed.
 */
export async function widgetText(page, selector) {
  return page.evaluate((selector) => {
    const find = (root) => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot && find(element.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const element = find(document);
    if (!element) return null;
    return (element.shadowRoot ?? element).textContent.replace(/[ \t\n\r]+/g, ' ').trim();
  }, selector);
}

/** Runs axe-core in the page and returns its violations, each as "rule: target…". */
export async function axeViolations(page) {
  await page.addScriptTag({ path: resolve(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
