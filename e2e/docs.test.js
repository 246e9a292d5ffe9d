/**
 * Every example in the README and the guides is true (see docs/contributing.md, "Documentation"):
 * story ids exist in the demo story, story documents are valid, `html` blocks run with the built
 * `dist/` files and draw without a problem (blocks marked `html bad-input` must report one), script
 * blocks parse and import what the package exports, and the documentation pages of the built demo
 * site (`dist-demo/docs/`) have no broken relative link, and axe finds nothing wrong in them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import MarkdownIt from 'markdown-it';
import ts from 'typescript';
import { open, start } from './harness.js';

const root = join(import.meta.dirname, '..');
const read = (path) => readFileSync(join(root, path), 'utf8');

/** The placeholders the docs use, and what stands for them on the test server. */
const LIBRARY = 'https://cdn.example/lede-widgets@0.1.0/dist/';
const STORY_SITE = 'https://news.example/stories/';
const STORY = 'demo/stories/huawei-peru.json';
const COLLECTIONS = {
  'quote-block': 'quotes',
  'deal-card': 'deals',
  'investment-figure': 'figures',
  timeline: 'timelines',
  'key-numbers': 'keyNumbers',
  profile: 'profiles',
  explainer: 'explainers',
};

/** Every Markdown file a reader meets: the README, the root guides and `docs/` (the API reference too). */
function markdownFiles() {
  const files = ['README.md', 'SECURITY.md', 'BENCHMARKS.md'];
  const walk = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

/** Every fenced code block: its file, line, language, flags (`bad-input`) and text. */
const md = new MarkdownIt();
const blocks = markdownFiles().flatMap((file) =>
  md
    .parse(read(file), {})
    .filter((token) => token.type === 'fence')
    .map((token) => {
      const [lang = '', ...flags] = token.info.trim().split(/\s+/);
      return { file, line: token.map[0] + 1, lang, flags, code: token.content, name: `${file}:${token.map[0] + 1}` };
    }),
);
const ofLang = (...langs) => blocks.filter((block) => langs.includes(block.lang));

const story = JSON.parse(read(STORY));
const idsIn = (collection) => new Set((story[collection] ?? []).map((item) => item.id));

/** The story ids an example names, each with the widget it is for: `….json#id` after a tag, `data-lede` or `widget=`. */
function storyRefs(code) {
  const refs = [];
  let widget;
  const tags = Object.keys(COLLECTIONS).join('|');
  const pattern = new RegExp(`lede-(${tags})\\b|data-lede="([\\w-]+)"|widget="?([\\w-]+)|([\\w./:@-]*\\.json)#([\\w-]+)`, 'g');
  for (const match of code.matchAll(pattern)) {
    if (match[5]) refs.push({ widget, file: match[4], id: match[5] });
    else widget = match[1] ?? match[2] ?? match[3];
  }
  return refs;
}

describe('story ids and documents in the docs', () => {
  test('there are examples to check', () => {
    assert.ok(ofLang('html').length >= 15, `only ${ofLang('html').length} html blocks found`);
  });

  for (const block of blocks.filter((candidate) => storyRefs(candidate.code).length)) {
    test(`${block.name}: every story id exists in ${STORY}`, () => {
      for (const { widget, file, id } of storyRefs(block.code)) {
        const name = posix.basename(file);
        // `story.json` stands for any story document; a named one must be the demo's.
        if (name !== 'story.json') assert.equal(name, posix.basename(STORY), `${file}: not the demo story`);
        assert.ok(widget in COLLECTIONS, `#${id}: no widget named before it`);
        const known = idsIn(COLLECTIONS[widget]).has(id);
        if (block.flags.includes('bad-input')) continue;
        assert.ok(known, `#${id} is not in the ${COLLECTIONS[widget]} of ${STORY} (${[...idsIn(COLLECTIONS[widget])].join(', ')})`);
      }
    });
  }

  const validator = new Validator(JSON.parse(read('schema/story.schema.json')), '2020-12', false);
  for (const block of ofLang('json')) {
    test(`${block.name}: valid JSON; a story document is valid and uses the demo story's ids`, () => {
      const value = JSON.parse(block.code);
      if (!Object.values(COLLECTIONS).some((collection) => collection in value)) return;
      const { valid, errors } = validator.validate(value);
      assert.ok(valid, JSON.stringify(errors.slice(0, 3)));
      assert.equal(value.id, story.id, 'the story id');
      for (const collection of Object.values(COLLECTIONS)) {
        for (const item of value[collection] ?? []) assert.ok(idsIn(collection).has(item.id), `${collection}: #${item.id} is not in ${STORY}`);
      }
    });
  }
});

/** The package entry a specifier names, as the source file it is built from (undefined if none). */
function sourceOf(specifier) {
  const { exports } = JSON.parse(read('package.json'));
  const subpath = `.${specifier.slice('lede-widgets'.length)}`;
  let target;
  for (const [key, value] of Object.entries(exports)) {
    const file = typeof value === 'string' ? value : (value.default ?? value.node);
    if (key === subpath) target = file;
    else if (!target && key.includes('*')) {
      const [head, tail] = key.split('*');
      if (subpath.startsWith(head) && subpath.endsWith(tail) && subpath.length > head.length + tail.length) {
        target = file.replaceAll('*', subpath.slice(head.length, subpath.length - tail.length));
      }
    }
  }
  if (!target?.startsWith('./dist/')) return target && existsSync(join(root, target)) ? target : undefined;
  const source = target === './dist/lede.js' ? 'src/cdn.ts' : target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
  return existsSync(join(root, source)) ? source : undefined;
}

/** A module's text with that of every module it re-exports (`export * from`), for finding its exports. */
function exportedText(path, seen = new Set()) {
  if (seen.has(path) || !existsSync(join(root, path))) return '';
  seen.add(path);
  const text = read(path);
  const nested = [...text.matchAll(/export \* from '(\.[^']+)'/g)].map(([, from]) => exportedText(posix.join(posix.dirname(path), from.replace(/\.js$/, '.ts')), seen));
  return [text, ...nested].join('\n');
}

describe('script examples', () => {
  for (const block of ofLang('js', 'ts', 'tsx')) {
    test(`${block.name}: parses, and imports what the package exports`, () => {
      const { diagnostics } = ts.transpileModule(block.code, {
        fileName: `example.${block.lang === 'js' ? 'jsx' : block.lang}`,
        reportDiagnostics: true,
        compilerOptions: { jsx: ts.JsxEmit.ReactJSX, target: ts.ScriptTarget.ES2022 },
      });
      assert.deepEqual(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')), []);
      for (const [, names = '', specifier] of block.code.matchAll(/import\s+(?:type\s+)?(?:\{([^}]*)\}\s*from\s*)?'(lede-widgets[^']*)'/g)) {
        const source = sourceOf(specifier);
        assert.ok(source, `${specifier} is not an entry of the package`);
        const text = exportedText(source);
        for (const name of names.split(',').map((part) => part.trim().split(/\s+as\s+/)[0]).filter(Boolean)) {
          assert.match(text, new RegExp(`export[^;]*\\b${name}\\b`), `${specifier} does not export ${name}`);
        }
      }
    });
  }
});

describe('html examples in Chromium', () => {
  const out = join(root, 'e2e/output/docs');
  let env;
  before(async () => {
    for (const file of ['dist/lede.js', 'dist/embed.html', 'dist/lede-frame.js']) {
      if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run "npm run build:cdn" first.`);
    }
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    env = await start();
  });
  after(() => env?.close());

  /** The example as a page of the test server: placeholders become the built files and the demo story. */
  function pageFor(block, index) {
    let html = block.code
      .replaceAll(LIBRARY, '/dist/')
      .replaceAll(STORY_SITE, '/demo/stories/')
      .replace(/(["=])(?:\.?\/)?stories\//g, '$1/demo/stories/')
      .replace(/(["=])story\.json#/g, `$1/${STORY}#`)
      // A placeholder hash (`integrity="sha384-…"`, an import map's `"…": "sha384-…"`) becomes the built file's.
      .replace(/(\/dist\/[\w.-]+\.js)("\s*(?:integrity=|:\s*))"sha384-…[^"]*"/g, (_, url, between) => {
        const digest = createHash('sha384').update(readFileSync(join(root, url))).digest('base64');
        return `${url}${between}"sha384-${digest}"`;
      });
    const widgets = /<lede-|data-lede="/.test(html);
    if (widgets && !/\/dist\/lede(\.classic)?\.js/.test(html)) html += '\n<script type="module" src="/dist/lede.js"></script>';
    const path = `/e2e/output/docs/${index}.html`;
    // A bad-input example is seen as an editor sees it, in a preview, where the problem note shows.
    const preview = block.flags.includes('bad-input') ? '<meta name="lede-preview">' : '';
    writeFileSync(join(root, path), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">${preview}<title>${block.name}</title></head>\n<body>\n${html}\n</body></html>\n`);
    return path;
  }

  /** In one frame: each widget's state, and how many plain `data-lede` markups are not upgraded yet. */
  const frameState = (frame) =>
    frame.evaluate(() => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => /^lede-/.test(el.localName));
      return {
        pending: [...document.querySelectorAll('[data-lede]')].filter((el) => !el.parentElement?.localName.startsWith('lede-')).length,
        widgets: widgets.map((el) => {
          const base = el.shadowRoot?.querySelector('[part~="base"]');
          return {
            tag: el.localName,
            drawn: Boolean(base && [...base.children].some((child) => child.localName !== 'slot' && child.getAttribute('part') !== 'error')),
            error: Boolean(el.shadowRoot?.querySelector('[part~="error"]')),
            text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
          };
        }),
      };
    });

  /**
   * Every widget of the page and its frames, once `expected` of them exist, no plain markup is left
   * to upgrade and each has drawn or reported a problem (or after 10 s, as they are then).
   */
  async function settledWidgets(page, expected) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const frames = await Promise.all(page.frames().map((frame) => frameState(frame).catch(() => ({ pending: 1, widgets: [] }))));
      const widgets = frames.flatMap((frame) => frame.widgets);
      const settled = widgets.length >= expected && frames.every((frame) => !frame.pending) && widgets.every((widget) => widget.drawn || widget.error);
      if (settled || Date.now() > deadline) return widgets;
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  ofLang('html').forEach((block, index) => {
    const bad = block.flags.includes('bad-input');
    test(`${block.name}: ${bad ? 'reports its bad input' : 'every widget draws, with no problem'}`, async () => {
      const { page, problems } = await open(env, pageFor(block, index));
      try {
        // Tall enough that lazy widgets are near the viewport.
        await page.setViewport({ width: 1000, height: 4000 });
        const expected = (block.code.match(/<lede-[\w-]+[\s>]|data-lede="|data-lede-frame/g) ?? []).length;
        const states = await settledWidgets(page, expected);
        assert.ok(states.length >= expected, `${states.length} widgets found, ${expected} expected`);
        if (bad) {
          assert.ok(states.some((state) => state.error), `no widget reports a problem: ${JSON.stringify(states)}`);
        } else {
          for (const state of states) assert.ok(state.drawn && !state.error, `<${state.tag}> ${JSON.stringify(state)}`);
          assert.deepEqual(problems, []);
        }
      } finally {
        await page.close();
      }
    });
  });
});

describe('documentation pages of the built demo site', () => {
  const site = join(root, 'dist-demo');
  const pages = [];
  const walk = (folder) => {
    if (!existsSync(join(site, folder))) return;
    for (const entry of readdirSync(join(site, folder), { withFileTypes: true })) {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.html')) pages.push(path);
    }
  };
  walk('docs');

  test('every Markdown file is a page', () => {
    assert.ok(existsSync(site), 'dist-demo/ is missing: run "npm run build:demo" first.');
    for (const file of markdownFiles()) {
      const page = file === 'README.md' ? 'docs/index.html' : (file.startsWith('docs/') ? file : `docs/${file}`).replace(/(^|\/)README\.md$/, '$1index.md').replace(/\.md$/, '.html');
      assert.ok(pages.includes(page), `${file}: no ${page}`);
    }
    for (const page of ['index.html', 'data-forms.html', 'gallery.html', 'builder.html']) {
      assert.match(readFileSync(join(site, page), 'utf8'), /href="\.\/docs\/api\/index\.html"/, `${page} links to the API reference`);
    }
  });

  test('every relative link and anchor of the pages leads somewhere, and no page runs a script', () => {
    const ids = (page) => new Set([...readFileSync(join(site, page), 'utf8').matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
    const broken = [];
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      assert.doesNotMatch(html, /<(?:script|iframe)\b|<[a-z][^>]*\son[a-z]+=/i, `${page} runs nothing`);
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
        const [path, hash] = url.replaceAll('&amp;', '&').split('#');
        const target = path ? posix.normalize(posix.join(posix.dirname(page), path)) : page;
        if (target.startsWith('..') || !existsSync(join(site, target))) broken.push(`${page}: ${url}`);
        else if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) broken.push(`${page}: ${url} (no such anchor)`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

describe('documentation pages in Chromium', () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(() => env?.close());

  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const [page, width] of [
    ['docs/index.html', 1280],
    ['docs/index.html', 320],
    ['docs/embedding.html', 1280],
    ['docs/api/deal-card.html', 320],
  ]) {
    test(`${page} at ${width} px: axe finds no violations`, async () => {
      const opened = await open(env, `/dist-demo/${page}`, { width });
      try {
        await opened.page.addScriptTag({ path: axe });
        const violations = await opened.page.evaluate(async () => {
          const { violations } = await globalThis.axe.run(document);
          return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, []);
        assert.deepEqual(opened.problems, []);
      } finally {
        await opened.page.close();
      }
    });
  }
});
