/**
 * Which browsers the tests drive, decided in one place for the unit tests (web-test-runner), the
 * end-to-end tests, the benchmark and the consumer test.
 *
 * - Chromium is required. `CHROMIUM_PATH` names it; otherwise the first of `chromium`,
 *   `chromium-browser`, `google-chrome-stable`, `google-chrome` on the PATH (Debian's Chromium
 *   first: the screenshot baselines were drawn with it), or Chrome / Chromium on macOS. When there
 *   is none, root on a machine with apt-get installs Debian's `chromium`; anyone else is stopped
 *   at once with the command to run.
 * - Firefox ESR runs the unit tests too when it is installed (`FIREFOX_PATH`, else `firefox-esr`
 *   on the PATH). Without it a local run says so in one line and goes on in Chromium only; in CI
 *   (`CI=true`) it is required. `LEDE_BROWSERS` chooses among them (see unitBrowsers).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const MAC_CHROMIUMS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
const FIREFOX_NAMES = ['firefox-esr'];

/** Flags that keep Chromium headless, quiet on a closed network, and able to run as root. */
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

const isCI = (env) => env.CI === 'true' || env.CI === '1';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first of `names` found executable in the PATH of `env`. */
function onPath(names, env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * Where Chromium is, without side effects: `{ path }`, or `{ problem }` saying what is wrong, with
 * `missing: true` when none is installed (as opposed to a `CHROMIUM_PATH` that points nowhere).
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (executable(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH };
    return { problem: `CHROMIUM_PATH is "${env.CHROMIUM_PATH}", which is not an executable file: point it at Chromium or Chrome, or unset it to use the installed one.` };
  }
  const path = onPath(CHROMIUM_NAMES, env) ?? (process.platform === 'darwin' ? MAC_CHROMIUMS.find(executable) : null);
  if (path) return { path };
  return { missing: true, problem: `Chromium not found (no CHROMIUM_PATH, no ${CHROMIUM_NAMES.join(', ')} on the PATH).` };
}

/**
 * Where Firefox ESR is: `{ path }`; or, when it is missing, `{ note }` (a local run goes on
 * without it) or `{ problem }` (in CI, where it is required).
 */
export function findFirefox(env = process.env) {
  const path = env.FIREFOX_PATH ? (executable(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null) : onPath(FIREFOX_NAMES, env);
  if (path) return { path };
  const where = env.FIREFOX_PATH ? `FIREFOX_PATH "${env.FIREFOX_PATH}" is not an executable file` : 'no firefox-esr on the PATH';
  if (isCI(env)) return { problem: `Firefox ESR is required in CI but was not found (${where}): apt-get install firefox-esr` };
  return { note: `Firefox ESR not found (${where}): unit tests run in Chromium only (apt-get install firefox-esr to add it).` };
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

const isRoot = () => process.getuid?.() === 0;

/** Debian's fonts the screenshot baselines were drawn with, and a CJK font so Chinese renders. */
const FONTS = ['fonts-dejavu-core', 'fonts-noto-cjk'];

/** Installs Debian packages with apt-get (as root); true when it worked. */
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (install()) return true;
  // A fresh machine may have no package lists yet.
  return spawnSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0 && install();
}

/** The font packages not installed, on a machine with dpkg (elsewhere: none known to be missing). */
export function missingFonts(env = process.env) {
  if (!onPath(['dpkg-query'], env)) return [];
  return FONTS.filter((name) => !/install ok installed/.test(spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', env }).stdout ?? ''));
}

let chromium;
/**
 * The Chromium to launch. When none is installed: root with apt-get installs Debian's `chromium`
 * (saying so in one line); anyone else is stopped with the command to run.
 */
export function chromiumPath() {
  if (chromium) return chromium;
  let found = findChromium();
  const apt = Boolean(onPath(['apt-get'], process.env));
  if (found.missing && isRoot() && apt) {
    console.log(`${found.problem} Installing Debian's chromium: apt-get install chromium`);
    if (aptInstall(['chromium', ...missingFonts()])) found = findChromium();
    if (!found.path) stop(`${found.problem} apt-get install chromium did not provide one: install Chromium or Chrome, or set CHROMIUM_PATH to one.`);
  } else if (isRoot() && apt) {
    const fonts = missingFonts();
    // Without them the screenshot comparisons differ and Chinese shows as boxes.
    if (fonts.length) {
      console.log(`Installing the fonts the screenshot comparisons were drawn with: apt-get install ${fonts.join(' ')}`);
      aptInstall(fonts);
    }
  }
  if (!found.path) {
    const command = apt ? 'sudo apt-get install chromium' : 'install Chromium or Chrome, or set CHROMIUM_PATH to one';
    stop(found.missing ? `${found.problem} To run the tests: ${command}` : found.problem);
  }
  chromium = found.path;
  return chromium;
}

/** The browsers `LEDE_BROWSERS` names. */
const BROWSER_NAMES = ['chromium', 'firefox'];

/**
 * Which browsers `LEDE_BROWSERS` asks the unit tests to run in, a comma-separated list of
 * `chromium` and `firefox`: `{ chromium, firefox }`, each true (run it; Firefox then required),
 * false, or for Firefox without `LEDE_BROWSERS` `'if-installed'` (see findFirefox); or
 * `{ problem }` for any other name.
 */
export function askedBrowsers(env = process.env) {
  const asked = (env.LEDE_BROWSERS ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (!asked.length) return { chromium: true, firefox: 'if-installed' };
  const unknown = asked.filter((name) => !BROWSER_NAMES.includes(name));
  if (unknown.length) return { problem: `LEDE_BROWSERS="${env.LEDE_BROWSERS}": ${unknown.join(', ')} is not a browser the tests run in; name ${BROWSER_NAMES.join(' and/or ')}, comma-separated.` };
  return { chromium: asked.includes('chromium'), firefox: asked.includes('firefox') };
}

/** The unit tests' browsers, as askedBrowsers says: `{ chromium, firefox }`, each a path or null; stops the run with what is wrong. */
export function unitBrowsers(env = process.env) {
  const asked = askedBrowsers(env);
  if (asked.problem) stop(asked.problem);
  let firefox = null;
  if (asked.firefox) {
    const found = findFirefox(asked.firefox === true ? { ...env, CI: 'true' } : env);
    if (found.problem) stop(asked.firefox === true ? found.problem.replace('required in CI', 'asked for by LEDE_BROWSERS') : found.problem);
    if (found.note) console.log(found.note);
    firefox = found.path ?? null;
  }
  return { chromium: asked.chromium ? chromiumPath() : null, firefox };
}
