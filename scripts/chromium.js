/**
 * The one place that says how the tests, the end-to-end checks, the benchmark and the consumer test
 * start Chromium: Debian's build by default (CHROMIUM_PATH overrides it), headless, as root, quiet on
 * a closed network.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Extra flags for pixel comparisons: the same glyph rendering on every run. */
export const SCREENSHOT_FLAGS = ['--font-render-hinting=none', '--disable-lcd-text'];
