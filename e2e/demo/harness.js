/**
 * What the demo's end-to-end tests share, on top of the common harness (scripts/harness/: the
 * static server, Chromium through puppeteer-core, the text a widget shows): a check that the
 * files under test were built, and axe-core.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../../scripts/harness/server.js';

export { ROOT };

/** Fails early, with what to run, when the files under test were not built. */
export function requireBuilt() {
  for (const file of ['dist/lede.js', 'dist-demo/builder.html']) {
    if (!existsSync(resolve(ROOT, file))) throw new Error(`${file} is missing: run "npm run build && npm run build:demo" first.`);
  }
}

/** Runs axe-core in the page and returns its violations, each as "rule: target…". */
export async function axeViolations(page) {
  await page.addScriptTag({ path: resolve(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Gives a file to the file input `selector` (searched through shadow roots), as a reader picking it would. */
export async function chooseFile(page, selector, path) {
  const input = await page.$(`>>> ${selector}`);
  if (!input) throw new Error(`no file input ${selector}`);
  await input.uploadFile(path);
}

/**
 * Lets the pages of `context` download files into a folder of their own. `next()` resolves, once
 * the next download has finished, with the name the page suggested and the downloaded file;
 * `close()` removes the folder.
 */
export async function allowDownloads(browser, context) {
  const folder = await mkdtemp(join(tmpdir(), 'lede-downloads-'));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: folder, browserContextId: context.id, eventsEnabled: true });
  const names = new Map();
  cdp.on('Browser.downloadWillBegin', ({ guid, suggestedFilename }) => names.set(guid, suggestedFilename));
  return {
    next: () =>
      new Promise((resolve, reject) => {
        const progress = ({ guid, state }) => {
          if (state === 'inProgress') return;
          cdp.off('Browser.downloadProgress', progress);
          if (state === 'completed') resolve({ suggestedFilename: names.get(guid), path: join(folder, guid) });
          else reject(new Error(`download ${state}`));
        };
        cdp.on('Browser.downloadProgress', progress);
      }),
    async close() {
      await cdp.detach();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
