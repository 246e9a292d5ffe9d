// Serves the consumer's builds on the loopback interface and checks them in headless Chromium.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../chromium.js';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** A static file server for `root`; resolves with its origin and a `close()`. */
export function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }));
  });
}

export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Opens `url` and waits until each `{ selector, text }` shows `text` in its shadow root.
 * Any uncaught error or console.error on the page fails the check. Returns the page, still open.
 */
export async function openAndExpect(browser, url, expectations) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url, { waitUntil: 'load' });
  for (const { selector, text } of expectations) {
    try {
      await page.waitForFunction(
        (selector, text) => {
          const elements = [...document.querySelectorAll(selector)];
          const shown = (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
          return elements.length > 0 && elements.some((el) => shown(el).includes(text));
        },
        { timeout: 10_000 },
        selector,
        text.replace(/\s+/g, ' '),
      );
    } catch {
      const shown = await page.evaluate(
        (selector) => [...document.querySelectorAll(selector)].map((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no shadow root)'),
        selector,
      );
      throw new Error(`${url}: <${selector}> never showed "${text}"; it shows ${JSON.stringify(shown)}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    }
  }
  if (errors.length) throw new Error(`${url}: ${errors.join(' | ')}`);
  return page;
}
