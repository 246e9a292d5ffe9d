/** Headless Chromium for the benchmark, through the shared harness (scripts/harness/). */
import { launch as launchChromium } from '../harness/browser.js';

/** Chromium with 1280 × 900 windows and pages. */
export function launch() {
  return launchChromium({ args: ['--window-size=1280,900', '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'], viewport: { width: 1280, height: 900 } });
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
