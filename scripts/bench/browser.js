/** Headless Chromium for the benchmark (Debian's by default; CHROMIUM_PATH overrides it). */
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../chromium.js';

export { chromiumPath };
/** Flags that keep Chromium quiet on a closed network and let it run as root. */
export const QUIET_FLAGS = CHROMIUM_FLAGS;

export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...QUIET_FLAGS, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/**
 * A new page with a way to collect garbage through the DevTools protocol.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function openPage(browser) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const gc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  };
  /** Bytes of JavaScript heap in use. */
  const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  return { page, cdp, gc, heap };
}
