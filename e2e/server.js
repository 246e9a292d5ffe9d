/**
 * A static server for the end-to-end pages: the repository's files as they are (the built
 * `dist/`, `e2e/`), plus two things a real site has:
 * - under `/csp/` and `/csp-twice/`, every file comes with a Content-Security-Policy header;
 * - under `/without-languages/`, the same files except the language modules (`dist/lede-fr.js`…),
 *   as on a site that copied only the main script;
 * - `/combined/site.js` is `dist/lede.classic.js` served from elsewhere, as a site's script
 *   optimizer serves it combined with others;
 * - pages in `e2e/pages/` get every widget's samples where they say `<!-- tags -->`,
 *   `<!-- plain -->`, `<!-- plain:wordpress -->` (after WordPress's filter) or `<!-- frames -->`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { ROOT as root, startServer as startStaticServer } from '../scripts/harness/server.js';
import { ON_DEMAND } from '../src/locales/languages.js';
import { WIDGETS } from './widgets.js';
import { WORDPRESS_POST } from './wordpress.js';

/** The strict policy of the issue; `lit-html` is the Trusted Types policy Lit creates. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const POLICIES = {
  '/csp/': STRICT_CSP,
  // Two copies of Lit each create their `lit-html` policy: a page that may load Lede twice allows that.
  '/csp-twice/': `${STRICT_CSP} 'allow-duplicates'`,
};
/** Serves everything but the language modules the bundles load on demand. */
const WITHOUT_LANGUAGES = '/without-languages/';
const LANGUAGE_MODULES = new Set(ON_DEMAND.flatMap((name) => [`/dist/lede-${name}.js`, `/dist/embed-${name}.js`]));

/** The sample markup of a widget: `tag` or `plain`. */
export const readSample = (name, form) => readFile(join(root, 'e2e/samples', `${name}.${form}.html`), 'utf8');

/** Every widget's sample, each in `<section data-sample="name" data-form="…">`. */
async function samples(form, transform = (html) => html) {
  const sections = await Promise.all(
    WIDGETS.map(async ({ name }) => `<section data-sample="${name}" data-form="${form}">${transform(await readSample(name, form.split(':')[0]))}</section>`),
  );
  return sections.join('\n');
}

/** One self-sizing iframe per widget, showing its story item. */
const frames = () =>
  WIDGETS.map(
    ({ name, item }) =>
      `<iframe data-lede-frame title="${name}" data-sample="${name}" src="../../dist/embed.html?widget=${name}&amp;lang=fr&amp;src=/e2e/fixtures/story.json#${item}"></iframe>`,
  ).join('\n');

async function page(html) {
  const fills = {
    '<!-- tags -->': () => samples('tag'),
    '<!-- plain -->': () => samples('plain'),
    '<!-- plain:wordpress -->': () => samples('plain:wordpress', (markup) => sanitizeHtml(markup, WORDPRESS_POST)),
    '<!-- frames -->': frames,
  };
  for (const [marker, fill] of Object.entries(fills)) if (html.includes(marker)) html = html.replace(marker, await fill());
  return html;
}

/** How a path of the site maps to the repository's files (see the top of this file); null: not served. */
function route(path) {
  const prefix = Object.keys(POLICIES).find((candidate) => path.startsWith(candidate));
  if (prefix) path = path.slice(prefix.length - 1);
  if (path === '/combined/site.js') path = '/dist/lede.classic.js';
  const withoutLanguages = path.startsWith(WITHOUT_LANGUAGES);
  if (withoutLanguages) path = path.slice(WITHOUT_LANGUAGES.length - 1);
  if (path.includes('node_modules') || (withoutLanguages && LANGUAGE_MODULES.has(path))) return null;
  return {
    path,
    headers: prefix ? { 'content-security-policy': POLICIES[prefix] } : {},
    transform: path.startsWith('/e2e/pages/') && path.endsWith('.html') ? (body) => page(body.toString('utf8')) : undefined,
  };
}

/** Starts the server on a free port of 127.0.0.1; resolves with its origin and a close function. */
export const startServer = () => startStaticServer({ route });
