/**
 * Every route's snippet through real rich-text editors, with their default settings and with the
 * settings below (documented in docs/cms.md): TinyMCE 8, TinyMCE 4.9 (WordPress's classic editor), CKEditor 5
 * (Drupal's editor) with and without General HTML Support, and its HTML embed. Each snippet goes in with
 * `setContent`/`setData`, comes out with `getContent`/`getData`, and is then drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EditorConfig } from 'ckeditor5';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { upgradeMarkup } from '../../src/loader/site-loader.js';
import { snippet, type Route, type SnippetOptions } from '../../demo/builder/snippets.js';
import { widgetNamed } from '../../demo/builder/widgets.js';
import story from '../../demo/stories/huawei-peru.json' with { type: 'json' };
import { shadowText, untilShown } from '../helpers.js';

// The package's self-contained browser build: its npm entry imports CommonJS modules a browser cannot load unbundled.
const CKEDITOR_BUILD = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
const ck = (await import(/* @vite-ignore */ CKEDITOR_BUILD)) as typeof import('ckeditor5');
const { BlockQuote, Bold, ClassicEditor, Essentials, GeneralHtmlSupport, Heading, HtmlEmbed, Italic, Link, List, Paragraph } = ck;

const OPTIONS: SnippetOptions = { lang: 'fr', theme: 'light', libraryUrl: 'https://cdn.example/lede-widgets@0.1.0/dist/', script: 'module' };
/** Every widget, each with the texts a reader must find in its plain markup whatever an editor keeps. */
const SAMPLES = [
  { name: 'quote-block', item: { ...story.quotes[0], speaker: 'Alberto Otárola', date: '2024-06-27' }, texts: ['Nous ne pensons pas', 'Alberto Otárola', 'Premier ministre du Pérou'] },
  { name: 'deal-card', item: story.deals[0], texts: ['Huawei va former', 'Femmes', 'Google Actualités'] },
  { name: 'investment-figure', item: story.figures[0], texts: ['Belt and Road', 'au monde', 'milliards de dollars'] },
  {
    name: 'timeline',
    item: { ...story.timelines[0], events: [...story.timelines[0].events, { date: '2023-06', label: 'en juin', title: 'Visite', source: 'SCMP', sourceUrl: 'https://www.scmp.com/' }] },
    texts: ['Cosco', '2021', 'en juin'],
  },
  { name: 'key-numbers', item: story.keyNumbers[0], texts: ['milliards de dollars', 'jeunes', 'au monde'] },
  { name: 'profile', item: { ...story.profiles[0], kind: 'government', facts: [{ label: 'Née en', value: 1962 }, { label: 'Parti', value: 'Perú Libre' }] }, texts: ['Dina Boluarte', 'Présidente du Pérou', 'Perú Libre'] },
  { name: 'explainer', item: { ...story.explainers[0], open: true }, texts: ['Belt and Road', 'Chancay', 'croissance économique'] },
];
const ROUTES: Route[] = ['tags', 'markup', 'iframe'];
const TAGS = 'lede-quote-block,lede-deal-card,lede-investment-figure,lede-timeline,lede-key-numbers,lede-profile,lede-explainer';

interface Editor {
  name: string;
  roundTrip(html: string): Promise<string>;
}

interface TinyEditor {
  setContent(html: string): void;
  getContent(): string;
  getBody(): HTMLElement;
}
type TinyPage = Window & { tinymce: { init(settings: object): Promise<unknown> } };

/**
 * A TinyMCE (8, or 4.9 from the `tinymce4` alias) with `settings`, made once and kept for the file,
 * in a page of its own so that two versions never meet. Inline mode: the same content filtering,
 * without an editing iframe of its own.
 */
function tinymce(name: string, folder: string, settings: Record<string, unknown>): Editor {
  let made: Promise<TinyEditor> | undefined;
  const make = async () => {
    const page = await tinymcePage(folder);
    const area = page.document.createElement('div');
    page.document.body.append(area);
    return new Promise<TinyEditor>((resolve, reject) => {
      Promise.resolve(
        page.tinymce.init({
          target: area,
          // Absolute: the page is an `about:srcdoc` document, which TinyMCE 8 cannot resolve a root-relative URL against.
          base_url: new URL(`/node_modules/${folder}`, location.href).href,
          suffix: '.min',
          license_key: 'gpl',
          promotion: false,
          skin: false,
          content_css: false,
          menubar: false,
          inline: true,
          setup: (editor: { on(name: string, callback: () => void): void }) => editor.on('init', () => resolve(editor as unknown as TinyEditor)),
          ...settings,
        }),
      ).catch(reject);
    });
  };
  return {
    name,
    async roundTrip(code) {
      const editor = await (made ??= make());
      editor.setContent(code);
      const out = editor.getContent();
      // An embed's iframe is a live frame in the editing page: removed at once, it never loads its address.
      for (const frame of editor.getBody().querySelectorAll('iframe')) frame.remove();
      editor.setContent('');
      return out;
    },
  };
}

const pages = new Map<string, Promise<TinyPage>>();
/** One page per TinyMCE version. Standards mode (a doctype): TinyMCE 8 refuses to start in a quirks-mode `about:blank`. */
function tinymcePage(folder: string) {
  if (!pages.has(folder)) {
    pages.set(
      folder,
      new Promise((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.srcdoc = '<!doctype html><title>TinyMCE</title>';
        frame.onload = () => {
          const page = frame.contentWindow as TinyPage;
          const script = page.document.createElement('script');
          script.src = `/node_modules/${folder}/tinymce.min.js`;
          script.onload = () => resolve(page);
          script.onerror = reject;
          page.document.head.append(script);
        };
        document.body.append(frame);
      }),
    );
  }
  return pages.get(folder)!;
}

/** A CKEditor 5 classic editor with the plugins of Drupal's and CKEditor's default toolbars, plus `config`. */
function ckeditor(name: string, config: EditorConfig, embed = false): Editor {
  return {
    name,
    async roundTrip(code) {
      const element = document.createElement('div');
      document.body.append(element);
      const editor = await ClassicEditor.create(element, {
        licenseKey: 'GPL',
        plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote, ...(config.htmlSupport ? [GeneralHtmlSupport] : []), ...(embed ? [HtmlEmbed] : [])],
        ...config,
      });
      try {
        editor.setData(embed ? `<div class="raw-html-embed">${code}</div>` : code);
        return editor.getData();
      } finally {
        await editor.destroy();
        element.remove();
      }
    },
  };
}

/** The settings a site needs for Lede's markup. */
const TINYMCE_LEDE = {
  custom_elements: TAGS,
  extended_valid_elements: `script[type|src|async|defer],${TAGS.split(',').map((tag) => `${tag}[*]`).join(',')},iframe[*]`,
  valid_children: '+body[script],+lede-quote-block[script|figure|#text],+lede-deal-card[script|figure],+lede-investment-figure[script|figure],+lede-timeline[script|figure],+lede-key-numbers[script|figure],+lede-profile[script|figure],+lede-explainer[script|details]',
  sandbox_iframes_exclusions: ['cdn.example'],
};
const LEDE_ELEMENTS = /^(figure|figcaption|blockquote|p|span|strong|cite|a|time|sup|ul|ol|li|dl|dt|dd|details|summary|div|img)$/;
const CKEDITOR_LEDE: EditorConfig = {
  htmlSupport: { allow: [{ name: LEDE_ELEMENTS, attributes: [{ key: /^(data-[\w-]+|lang|dir|cite|datetime|href)$/, value: true }], classes: true }] },
};
const DRUPAL_BASIC: EditorConfig = {
  htmlSupport: { allow: [{ name: /^(cite|dl|dt|dd)$/ }, { name: 'blockquote', attributes: ['cite'] }, { name: 'a', attributes: ['hreflang'] }] },
};

/**
 * Each configuration, and the routes it keeps whole, the same for every widget (but see the tags,
 * which hold their plain markup, below): tags and plain
 * markup that draw the identical widget, an iframe whose `src` is intact and which has no `sandbox`
 * (a sandboxed frame runs no script, so it shows nothing). Every configuration keeps the plain
 * markup readable. docs/cms.md gives this table to sites.
 */
const EDITORS: Array<Editor & { keeps: Route[] }> = [
  { ...tinymce('TinyMCE 8, default', 'tinymce', {}), keeps: ['markup'] },
  { ...tinymce('TinyMCE 8, documented', 'tinymce', TINYMCE_LEDE), keeps: ['tags', 'markup', 'iframe'] },
  { ...tinymce('TinyMCE 4.9, default', 'tinymce4', {}), keeps: ['markup', 'iframe'] },
  { ...tinymce('TinyMCE 4.9, documented', 'tinymce4', TINYMCE_LEDE), keeps: ['tags', 'markup', 'iframe'] },
  { ...ckeditor('CKEditor 5, default', {}), keeps: [] },
  { ...ckeditor('CKEditor 5, Drupal Basic HTML', DRUPAL_BASIC), keeps: [] },
  { ...ckeditor('CKEditor 5, documented GHS', CKEDITOR_LEDE), keeps: ['markup'] },
  { ...ckeditor('CKEditor 5, HTML embed', {}, true), keeps: ['tags', 'markup', 'iframe'] },
];

const parse = (code: string) => new DOMParser().parseFromString(code, 'text/html').body;
/** Each element of `root` with its attributes' names: what sanitizing may take away. */
const elements = (root: Element) => [...root.querySelectorAll('*')].map((el) => [el.localName, ...el.getAttributeNames().sort()].join(' '));

/** What a reader gets of `code` on a French page whose theme loads Lede: the drawn widget, or the text left. */
async function drawn(code: string, tag: string, shown: string): Promise<string | undefined> {
  const box = await fixture<HTMLElement>(html`<div lang="fr">${unsafeHTML(code)}</div>`);
  upgradeMarkup(box);
  const widget = box.querySelector(tag);
  if (!widget) return undefined;
  await untilShown(widget, shown);
  return shadowText(widget);
}

describe('snippets through real editors', function () {
  this.timeout(120000);

  for (const editor of EDITORS) {
    it(editor.name, async () => {
      for (const { name, item, texts } of SAMPLES) {
        const widget = widgetNamed(name)!;
        const kept: Route[] = [];
        for (const route of ROUTES) {
          const code = snippet(route, widget, item, OPTIONS);
          const out = await editor.roundTrip(code);
          const box = document.createElement('div');
          box.innerHTML = out;
          if (route === 'iframe') {
            const frame = box.querySelector('iframe');
            const src = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!.getAttribute('src');
            if (frame?.getAttribute('src') === src && !frame.hasAttribute('sandbox')) kept.push(route);
            // TinyMCE 8 sandboxes every iframe by default: its address survives, its script does not run.
            if (editor.name === 'TinyMCE 8, default') expect([frame?.getAttribute('src'), frame?.getAttribute('sandbox')]).to.deep.equal([src, '']);
            continue;
          }
          if (route === 'markup') expect(texts.filter((text) => box.textContent!.includes(text)), `${editor.name} ${name}: readable`).to.deep.equal(texts);
          // In TinyMCE the markup keeps every element lede.css lays out (it drops an attribute-less <span>). CKEditor's
          // allowlist drops a quote's <figcaption>, and its HTML embed wraps the code in a <div>: they keep the drawn widget.
          if (route === 'markup' && editor.keeps.includes('markup') && editor.name.startsWith('TinyMCE')) expect(elements(box), `${editor.name} ${name}: every element kept`).to.deep.equal(elements(parse(code)));
          const expected = await drawn(code, widget.tag, texts[0]);
          const got = box.querySelector(`${widget.tag}, [data-lede]`) ? await drawn(out, widget.tag, texts[0]).catch(() => 'timeout') : undefined;
          if (got === expected) kept.push(route);
          // Where the settings keep the tags, the tag itself is kept (not only the plain markup it holds).
          if (route === 'tags' && editor.keeps.includes('tags')) expect(box.querySelector(widget.tag), `${editor.name}: <${widget.tag}> kept`).to.exist;
        }
        // The tag holds its plain markup: where an editor drops the tag and keeps the markup, the
        // site loader draws the same widget from it.
        const keeps = ROUTES.filter((route) => editor.keeps.includes(route) || (route === 'tags' && editor.keeps.includes('markup')));
        expect(kept, `${editor.name} ${name}: routes kept whole`).to.deep.equal(keeps);
      }
    });
  }
});
