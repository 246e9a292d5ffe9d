/**
 * Each widget's plain markup (route 2, for sanitized CMSs), or its tag (route 1), as the embed
 * builder writes it, so that the bench can measure the article page as editors paste it. Made by the builder's own code
 * (demo/builder/widgets.ts and snippets.ts, bundled in memory by vite and run in a page): the
 * markup the bench measures is the markup the builder hands out.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../harness/server.js';

/**
 * Plain markup (or the tag) for the first item of each widget's story list, by tag
 * (`lede-quote-block` → `<figure class="lede-quote-block" data-lede="quote-block" …>…</figure>`);
 * a widget whose list the story lacks is left out.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Awaited<ReturnType<typeof import('../harness/server.js').startServer>>} server
 * @param {Record<string, any>} story the story document (its `lang` is the markup's language)
 * @param {'markup' | 'tags'} [route] the builder's route: plain markup (route 2), or the tag with
 *   its inline JSON and readable content (route 1, without the script tags the page has once)
 * @returns {Promise<Record<string, string>>}
 */
export async function plainMarkup(browser, server, story, route = 'markup') {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      minify: false,
      lib: { entry: { widgets: join(ROOT, 'demo/builder/widgets.ts'), snippets: join(ROOT, 'demo/builder/snippets.ts') }, formats: ['es'] },
    },
  });
  for (const chunk of [output].flat()[0].output) server.pages.set(`/bench/builder/${chunk.fileName}`, chunk.type === 'chunk' ? chunk.code : chunk.source);
  server.pages.set('/bench/builder/page.html', '<!doctype html><meta charset="utf-8"><title>markup</title><link rel="icon" href="data:,">');
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/bench/builder/page.html`);
    return await page.evaluate(async (story, route) => {
      const { WIDGETS } = await import('/bench/builder/widgets.js');
      const { snippet } = await import('/bench/builder/snippets.js');
      const options = { lang: story.lang ?? 'en', theme: 'light', libraryUrl: '/dist/', script: 'module' };
      const markup = {};
      for (const widget of WIDGETS) {
        const item = story[widget.collection]?.[0];
        if (!item) continue;
        const code = snippet(route, widget, item, options);
        // The widget alone: the page loads the library once, in its head. The plain markup comes
        // before its script tags; a tag comes after them (its inline JSON is a script of its own).
        markup[widget.tag] = route === 'tags' ? code.slice(code.indexOf(`<${widget.tag}`)) : code.replace(/\s*<script[\s\S]*$/, '').replace(/^(\s*<link[^>]*>\s*)+/, '');
      }
      return markup;
    }, story, route);
  } finally {
    await page.close();
  }
}
