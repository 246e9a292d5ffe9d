/**
 * Lighthouse on a page, through `npx lighthouse@12` (fetched on first use, not a dependency: it
 * weighs far more than everything else the project installs). Returns the four category scores
 * (0–100), or the reason it could not run.
 */
import { spawn } from 'node:child_process';
import { chromiumPath, CHROMIUM_FLAGS } from '../harness/browsers.js';

export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** @param {string} url */
export function lighthouse(url) {
  return new Promise((resolve) => {
    const args = [
      '--yes',
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ];
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (code) => {
      try {
        const report = JSON.parse(out);
        const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
        resolve({
          version: report.lighthouseVersion,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          failed: Object.values(report.audits)
            .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
            .map((audit) => audit.id),
        });
      } catch {
        resolve({ error: `lighthouse exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ') || 'no report'}` });
      }
    });
  });
}
