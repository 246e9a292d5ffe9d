// Every test runs in real browsers: Chromium (with coverage) and Firefox ESR when it is installed
// (required in CI). scripts/harness/browsers.js finds them; CHROMIUM_PATH / FIREFOX_PATH override it.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, unitBrowsers } from './scripts/harness/browsers.js';
import { faultMiddleware } from './test/server/faults.js';

const quiet = [
  ...CHROMIUM_FLAGS,
  // Test files run side by side in tabs; background tabs must not be throttled.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
const { chromium, firefox } = unitBrowsers();
const browsers = [];
if (chromium) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromium, headless: true, args: quiet },
      // One window per page: tabs sharing a window are hidden behind each other when test files run
      // side by side, and a hidden page runs no animation frames or intersection observers.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
if (firefox) {
  browsers.push(chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }));
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // One page at a time: a hidden tab gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  // Real HTTP faults (404, timeouts, redirects, huge bodies…) for the `src` tests: test/server/faults.js.
  middleware: [faultMiddleware],
  // Coverage and its thresholds are for the whole suite: a run of chosen files
  // (`npx web-test-runner "test/widgets/quote-block/*.test.ts"`) covers only part of src/.
  // Coverage is read from Chromium only.
  coverage: !!chromium && !process.argv.slice(2).some((arg) => !arg.startsWith('-')),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
  },
  testFramework: { config: { timeout: 5000 } },
  // A test file's whole run: the security suites go through seven widgets × every data route × the
  // payload corpus, which takes minutes on a 2-core machine (each test keeps its own 5 s limit).
  testsFinishTimeout: 300_000,
};
