// How the tests find their browsers (scripts/harness/browsers.js), on made-up machines: a PATH of
// empty executables stands for what is installed.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { askedBrowsers, findChromium, findFirefox, missingFonts } from '../scripts/harness/browsers.js';

const machines = mkdtempSync(join(tmpdir(), 'lede-browsers-'));
after(() => rmSync(machines, { recursive: true, force: true }));

/** A folder holding executables with these names, to serve as a PATH. */
function installed(...names) {
  const dir = mkdtempSync(join(machines, 'bin-'));
  for (const name of names) {
    writeFileSync(join(dir, name), '');
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

test('Chromium: CHROMIUM_PATH first, then Debian’s chromium before Chrome on the PATH', () => {
  const bin = installed('google-chrome', 'chromium', 'firefox-esr');
  assert.deepEqual(findChromium({ PATH: bin }), { path: join(bin, 'chromium') });
  const chrome = installed('google-chrome');
  assert.deepEqual(findChromium({ PATH: chrome }), { path: join(chrome, 'google-chrome') });
  const own = join(installed('my-chromium'), 'my-chromium');
  assert.deepEqual(findChromium({ PATH: bin, CHROMIUM_PATH: own }), { path: own });
});

test('Chromium: none installed is told apart from a CHROMIUM_PATH that points nowhere, which is named', () => {
  assert.equal(findChromium({ PATH: installed('firefox-esr') }).missing, true);
  const wrong = findChromium({ PATH: installed('chromium'), CHROMIUM_PATH: join(machines, 'nothing') });
  assert.equal(wrong.missing, undefined);
  assert.match(wrong.problem, /^CHROMIUM_PATH is ".*nothing", which is not an executable file/);
  const folder = join(machines, 'a-folder');
  mkdirSync(folder);
  assert.match(findChromium({ PATH: '', CHROMIUM_PATH: folder }).problem ?? '', /not an executable file/);
});

test('Firefox ESR: found on the PATH or by FIREFOX_PATH; missing, a local run gets one line and CI fails', () => {
  const bin = installed('chromium', 'firefox-esr');
  assert.deepEqual(findFirefox({ PATH: bin }), { path: join(bin, 'firefox-esr') });
  const none = installed('chromium');
  const local = findFirefox({ PATH: none });
  assert.equal(local.path, undefined);
  assert.match(local.note, /^Firefox ESR not found \(no firefox-esr on the PATH\): unit tests run in Chromium only/);
  assert.doesNotMatch(local.note, /\n/);
  assert.match(findFirefox({ PATH: bin, FIREFOX_PATH: '/nonexistent' }).note, /FIREFOX_PATH "\/nonexistent"/);
  for (const CI of ['true', '1']) {
    const ci = findFirefox({ PATH: none, CI });
    assert.equal(ci.note, undefined);
    assert.match(ci.problem, /^Firefox ESR is required in CI/);
  }
});

test('LEDE_BROWSERS: Chromium and Firefox ESR when installed by default; one or both by name; any other name is a problem that names them', () => {
  assert.deepEqual(askedBrowsers({}), { chromium: true, firefox: 'if-installed' });
  assert.deepEqual(askedBrowsers({ LEDE_BROWSERS: '' }), { chromium: true, firefox: 'if-installed' });
  assert.deepEqual(askedBrowsers({ LEDE_BROWSERS: 'chromium' }), { chromium: true, firefox: false });
  assert.deepEqual(askedBrowsers({ LEDE_BROWSERS: 'firefox' }), { chromium: false, firefox: true });
  assert.deepEqual(askedBrowsers({ LEDE_BROWSERS: 'Firefox, chromium' }), { chromium: true, firefox: true });
  assert.match(askedBrowsers({ LEDE_BROWSERS: 'chromium,safari' }).problem, /safari is not a browser the tests run in; name chromium and\/or firefox/);
});

test('Fonts: the screenshot fonts dpkg does not list as installed are the ones to install', () => {
  const bin = installed();
  writeFileSync(join(bin, 'dpkg-query'), `#!/bin/sh\n[ "$3" = fonts-dejavu-core ] && printf 'install ok installed'\nexit 0\n`);
  chmodSync(join(bin, 'dpkg-query'), 0o755);
  assert.deepEqual(missingFonts({ PATH: bin }), ['fonts-noto-cjk']);
  assert.deepEqual(missingFonts({ PATH: installed('chromium') }), [], 'without dpkg nothing is known to be missing');
});
