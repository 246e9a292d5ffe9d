// The WordPress plugin on a real WordPress (Debian's 6.1, see server.mjs), driven in Chromium as
// newsroom users drive it: an Author in the block editor, an Author's classic posts through the
// REST API (no blocks: wpautop and wptexturize run), the same posts with the plugin switched off.
// One WordPress serves every test, one test at a time. Without WordPress, MariaDB or PHP a local
// run says so in one line and runs nothing; in CI (CI=true) that is a failure.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isolatedPage, launch, shownTexts, untilShown, watchProblems, widgetText } from '../../../scripts/harness/browser.js';
import { missingForWordPress, startWordPress, USERS } from './server.mjs';

const E2E = join(import.meta.dirname, '../../../e2e');
/** The library's version: the plugin serves its files from a folder of that name. */
const VERSION = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')).version;
const versionPattern = VERSION.replace(/\./g, '\\.');
const APT = 'apt-get install --no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-curl php-xml php-mbstring php-gd php-intl mariadb-server unzip';
const missing = missingForWordPress();
const isCI = process.env.CI === 'true' || process.env.CI === '1';

/** What the Author fills in the block's sidebar, as the widget's JSON; `lists` are typed one item a line. */
const BLOCKS = [
  {
    name: 'quote-block',
    // `&` and `<…>` typed as text: kses rewrites them in an Author's block attributes unless the plugin keeps them.
    data: { text: 'Nous ne pensons pas que nos amis seront contrariés.', speakerRole: 'Premier ministre du Pérou', source: 'SCMP, AT&T <b> R&D <script>', sourceUrl: 'https://www.scmp.com/' },
    shows: ['Nous ne pensons pas', 'Premier ministre du Pérou', 'AT&T <b> R&D <script>'],
    reopens: true,
  },
  {
    name: 'deal-card',
    data: { headline: 'Huawei va former 20 000 jeunes au Pérou', status: 'signed', parties: [{ name: 'Huawei' }, { name: 'Pérou' }], beneficiaries: ['Femmes', 'Professionnels'], source: 'SCMP' },
    lines: { parties: 'Huawei\nPérou', beneficiaries: 'Femmes\nProfessionnels' },
    shows: ['Huawei va former', 'Femmes', 'Pérou'],
  },
  {
    name: 'investment-figure',
    data: { amount: 2900000000, currency: 'USD', label: 'Investissements reçus par le Pérou', source: 'SCMP' },
    shows: ['Investissements reçus par le Pérou', 'SCMP'],
  },
];

/** The story items the e2e samples are written from, by widget. */
async function storyItems() {
  const story = JSON.parse(await readFile(join(E2E, 'fixtures/story.json'), 'utf8'));
  return { 'quote-block': story.quotes[0], 'deal-card': story.deals[0], 'investment-figure': story.figures[0] };
}

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const TEXT_FIELDS = { 'quote-block': 'text' };
const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * What a shortcode can carry of an item: every scalar; a list of texts; a list of objects as the
 * names of its items (`parties="Huawei|Pérou"`), when that is the items' only required field.
 */
function shortcodeData(item) {
  const data = { ...item };
  delete data.id;
  // A term needs a label and a value: not for a shortcode.
  delete data.terms;
  return { ...data, ...(data.parties ? { parties: data.parties.map(({ name }) => ({ name })) } : {}) };
}

/** `[lede widget="…" field="…" list="a|b"]text[/lede]`, as an Author types it in a classic post. */
function shortcode(name, data) {
  const parts = [`widget="${name}"`, 'lang="fr"'];
  let text = '';
  for (const [field, value] of Object.entries(data)) {
    if (field === TEXT_FIELDS[name]) text = value;
    else if (Array.isArray(value)) parts.push(`${kebab(field)}="${attr(value.map((v) => v.name ?? v).join('|'))}"`);
    else parts.push(`${kebab(field)}="${attr(value)}"`);
  }
  return text ? `[lede ${parts.join(' ')}]${text}[/lede]` : `[lede ${parts.join(' ')} /]`;
}

/** Route 1 with the lists in data-lede-json, as the builder's "Tags + JSON attribute" writes it. */
function jsonAttributeTag(name, item) {
  const parts = ['lang="fr"'];
  const lists = {};
  let text = '';
  for (const [field, value] of Object.entries(item)) {
    if (field === 'id') continue;
    if (field === TEXT_FIELDS[name]) text = value;
    else if (typeof value === 'object') lists[field] = value;
    else parts.push(`${kebab(field)}="${attr(value)}"`);
  }
  if (Object.keys(lists).length) parts.push(`data-lede-json="${attr(JSON.stringify(lists))}"`);
  // A widget without a text field holds a fallback of paragraphs, on lines of their own as an Author types them.
  const fallback = text || `\n<p><strong>${item.headline ?? item.label}</strong></p>\n`;
  return `<lede-${name} ${parts.join(' ')}>${fallback}</lede-${name}>`;
}

/**
 * Draws a widget of `tag` from `data` (the `data` property, as the builder's preview does) in
 * the page, with `lang`, and returns its text: what the same data must show however it got there.
 */
async function textOfData(page, tag, lang, data) {
  const id = `expected-${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    (tag, lang, data, id) => {
      const el = document.createElement(tag);
      el.id = id;
      el.lang = lang;
      el.data = data;
      document.body.append(el);
    },
    tag,
    lang,
    data,
    id,
  );
  await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part="base"] > :not(slot)'), {}, id);
  const text = await widgetText(page, `#${id}`);
  await page.evaluate((id) => document.getElementById(id).remove(), id);
  return text;
}

/** Plain markup or fallback shown outside a drawn widget: the same words twice on the page. */
const visibleFallbacks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-lede], lede-quote-block > *, lede-deal-card > *, lede-investment-figure > *')]
      .filter((el) => el.getClientRects().length > 0 && el.closest('lede-quote-block, lede-deal-card, lede-investment-figure')?.shadowRoot?.querySelector('slot') == null)
      .map((el) => el.outerHTML.slice(0, 120)),
  );

/** The text of the post body as a reader sees it without widgets (light DOM only). */
const bodyText = (page) => page.$eval('.wp-site-blocks main, main, body', (el) => el.innerText);

if (missing.length && !isCI) {
  console.log(`WordPress tests skipped: ${missing.join(', ')} not installed (${APT}).`);
} else if (missing.length) {
  test('WordPress, PHP and MariaDB are installed (required in CI)', () => assert.fail(`${missing.join(', ')} not installed: ${APT}`));
} else {
  describe('the WordPress plugin on a real WordPress', { concurrency: 1 }, () => {
    let wp;
    let browser;
    let items;
    const posts = {};

    before(async () => {
      [wp, browser, items] = await Promise.all([startWordPress(), launch({ viewport: { width: 1400, height: 1000 } }), storyItems()]);
    });
    after(async () => {
      await browser?.close();
      await wp?.close();
    });

    /** Creates a post as the Author through the REST API with the application password; returns its link. */
    async function authorPost(title, content) {
      const response = await fetch(`${wp.origin}/?rest_route=/wp/v2/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${USERS.author.login}:${wp.appPassword}`).toString('base64')}` },
        body: JSON.stringify({ title, content, status: 'publish' }),
      });
      const post = await response.json();
      assert.equal(response.status, 201, JSON.stringify(post).slice(0, 300));
      return post.link;
    }

    /** Opens a post as a reader; `problems` collects console errors and uncaught exceptions. */
    async function read(link, { javaScript = true } = {}) {
      const { page, context } = await isolatedPage(browser, { width: 1200, height: 900 });
      await page.setJavaScriptEnabled(javaScript);
      const problems = watchProblems(page);
      await page.goto(link, { waitUntil: 'load' });
      return { page, context, problems };
    }

    test('an Author inserts the Lede block for each widget in the block editor, fills it and publishes; readers see the widget the builder previews', async () => {
      const { page, context } = await isolatedPage(browser, { width: 1400, height: 1000 });
      await page.goto(`${wp.origin}/wp-login.php`);
      await page.type('#user_login', USERS.author.login);
      await page.type('#user_pass', USERS.author.password);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      for (const block of BLOCKS) {
        await page.goto(`${wp.origin}/wp-admin/post-new.php`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.wp?.blocks?.getBlockType('lede/widget') && document.querySelector('.editor-post-title__input'));
        await page.click('.editor-post-title__input');
        await page.keyboard.type(`Un ${block.name}`);
        // The inserter, as an Author finds the block: by its name.
        await page.click('.edit-post-header-toolbar__inserter-toggle');
        await page.waitForSelector('.block-editor-inserter__search input');
        await page.type('.block-editor-inserter__search input', 'Lede');
        await page.click('.editor-block-list-item-lede-widget');
        await page.click('.edit-post-header-toolbar__inserter-toggle');
        // The block's sidebar, where its fields are.
        const settings = await page.waitForSelector('.edit-post-header__settings button[aria-label="Settings"]');
        if ((await settings.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') await settings.click();
        await page.waitForSelector('.wp-block-lede-widget select');
        await page.select('.wp-block-lede-widget select', block.name);
        for (const [field, value] of Object.entries(block.data)) {
          const control = await page.waitForSelector(`.lede-widget-field[data-field="${field}"] :is(input, textarea, select)`);
          if ((await control.evaluate((el) => el.localName)) === 'select') await control.select(String(value));
          else await control.type(block.lines?.[field] ?? String(value));
        }
        // The live widget in the editor canvas.
        await untilShown(page, `.wp-block-lede-widget lede-${block.name}`, block.shows);
        await page.click('.editor-post-publish-panel__toggle');
        await page.click('.editor-post-publish-button');
        await page.waitForSelector('.post-publish-panel__postpublish');
        posts[block.name] = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
        if (block.reopens) {
          // The Author opens the post again: the block is as saved, not "This block contains unexpected or invalid content".
          await page.reload({ waitUntil: 'load' });
          await page.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length > 0);
          assert.equal(await page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()[0].isValid), true, `${block.name}: valid when reopened`);
        }
      }
      await context.close();

      for (const block of BLOCKS) {
        const { page, context, problems } = await read(posts[block.name]);
        const tag = `lede-${block.name}`;
        await untilShown(page, tag, block.shows);
        const lang = await page.$eval(tag, (el) => el.closest('[lang]').lang);
        assert.equal(await widgetText(page, tag), await textOfData(page, tag, lang, block.data), block.name);
        assert.deepEqual(await visibleFallbacks(page), [], `${block.name}: no fallback shown beside the widget`);
        assert.deepEqual(problems, [], block.name);
        await context.close();
      }
    });

    test('an Author’s classic post renders each shortcode, plain markup, a route-1 tag, data-lede-json and an embed URL as the same widget', async () => {
      // An unknown widget left unclosed before an enclosing quote shortcode: nothing between them is lost.
      const parts = ['<p>Un article écrit dans l’éditeur classique, sans blocs.</p>', '[lede widget="nope"]', 'Texte gardé après un widget inconnu.'];
      for (const [name, item] of Object.entries(items)) {
        parts.push(
          `<h2>${name}</h2>`,
          `<div class="shortcode">${shortcode(name, shortcodeData(item))}</div>`,
          (await readFile(join(E2E, `samples/${name}.plain.html`), 'utf8')).trim(),
          // Route 1 as the builder writes it: its <script> becomes data-lede-json when the post is saved.
          (await readFile(join(E2E, `samples/${name}.tag.html`), 'utf8')).trim(),
          jsonAttributeTag(name, item),
        );
      }
      const quote = items['quote-block'];
      const embed = new URL('https://lede.example/dist/embed.html');
      for (const [key, value] of Object.entries({ widget: 'quote-block', lang: 'fr', text: quote.text, 'speaker-role': quote.speakerRole, context: quote.context, source: quote.source, 'source-url': quote.sourceUrl })) embed.searchParams.set(key, value);
      parts.push(embed.href);
      // A figure's embed URL: its tag holds a paragraph fallback, which wpautop must leave inside it.
      const figure = new URL('https://lede.example/dist/embed.html?widget=investment-figure&lang=fr');
      for (const [key, value] of Object.entries(items['investment-figure'])) if (key !== 'id') figure.searchParams.set(kebab(key), value);
      parts.push(figure.href);
      // A list in an embed URL is `a|b`, as in the shortcode; an array where text belongs (`source[]=`) is dropped, without a PHP warning.
      const deal = new URL('https://lede.example/dist/embed.html?widget=deal-card&lang=fr&headline=Un+accord&beneficiaries=Femmes|Professionnels&source[]=x');
      parts.push(`<div class="embed-list">\n${deal.href}\n</div>`);
      // A language that is not a BCP 47 tag and an unknown theme are left out: the widget follows the page.
      parts.push('<div class="unchecked">[lede widget="investment-figure" amount="5" currency="EUR" label="Un test" lang="pas une langue" theme="neon" /]</div>');
      // Blank lines between the parts: wpautop makes paragraphs of them.
      posts.classic = await authorPost('Un article classique', parts.join('\n\n'));

      const { page, context, problems } = await read(posts.classic);
      await page.waitForFunction(() => [...document.querySelectorAll('lede-quote-block, lede-deal-card, lede-investment-figure')].every((el) => el.shadowRoot?.querySelector('[part="base"] > :not(slot)')));
      for (const [name, item] of Object.entries(items)) {
        const tag = `lede-${name}`;
        const texts = await page.evaluate(shownTexts, `${tag}:not(.shortcode > *, .embed-list > *, .unchecked > *)`, null);
        const { id, ...data } = item;
        assert.ok(id);
        const expected = await textOfData(page, tag, 'fr', data);
        // Plain markup, route-1 tag, data-lede-json (and the embed URL for the quote and the figure).
        assert.equal(texts.length, name === 'deal-card' ? 3 : 4, `${name}: ${texts.length} widgets`);
        for (const [n, text] of texts.entries()) assert.equal(text, expected, `${name} #${n + 1}`);
        assert.equal(await widgetText(page, `.shortcode > ${tag}`), await textOfData(page, tag, 'fr', shortcodeData(item)), `${name}: shortcode`);
      }
      assert.equal(await widgetText(page, '.embed-list > lede-deal-card'), await textOfData(page, 'lede-deal-card', 'fr', { headline: 'Un accord', beneficiaries: ['Femmes', 'Professionnels'] }), 'embed URL list');
      assert.deepEqual(await page.$eval('.unchecked > lede-investment-figure', (el) => [el.getAttribute('lang'), el.getAttribute('theme')]), [null, null], 'lang and theme left out');
      assert.deepEqual(await visibleFallbacks(page), []);
      assert.deepEqual(await page.$$eval('p > :is(lede-quote-block, lede-deal-card, lede-investment-figure), :is(lede-quote-block, lede-deal-card, lede-investment-figure) > :is(p:empty, br)', (els) => els.map((el) => el.outerHTML.slice(0, 80))), [], 'no paragraph of wpautop around or in a widget');
      const text = await bodyText(page);
      assert.doesNotMatch(text, /[{}]|“parties|\[lede/, 'no JSON or shortcode shows as text');
      assert.ok(text.includes('Texte gardé après un widget inconnu.'), 'the text after an unknown shortcode');
      const log = join(wp.root, 'debug.log');
      assert.doesNotMatch(existsSync(log) ? await readFile(log, 'utf8') : '', /lede-widgets/, 'no PHP warning or notice from the plugin');
      // wptexturize curls quotes in text, never in attributes: every data-lede-json is still JSON.
      const attributes = await page.$$eval('[data-lede-json]', (els) => els.map((el) => el.getAttribute('data-lede-json')));
      assert.ok(attributes.length >= 3);
      for (const json of attributes) assert.doesNotThrow(() => JSON.parse(json), json);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('kses keeps the widgets’ tags and data-lede-json for an Author, never <script> or event handlers', async () => {
      // The second tag's JSON script has an id and single quotes, and a quote escaped with a backslash.
      const second = `<lede-quote-block id="deux" lang="fr"><script id='data' type='application/json'>{"speakerRole":"Le \\"Premier\\" ministre"}</script>Deux phrases.</lede-quote-block>`;
      const link = await authorPost('Un essai', `<lede-quote-block lang="fr" source="SCMP" onclick="window.pwned=1" data-lede-json='{"speakerRole":"Premier ministre"}'>Une phrase.<script>window.pwned=1</script></lede-quote-block>\n\n${second}`);
      const { page, context } = await read(link);
      await untilShown(page, 'lede-quote-block', ['Une phrase.', 'Premier ministre']);
      await untilShown(page, '#deux', ['Deux phrases.', 'Le "Premier" ministre']);
      assert.doesNotMatch(await bodyText(page), /[{}]/, 'no JSON as text');
      const html = await page.$eval('lede-quote-block', (el) => el.outerHTML);
      assert.doesNotMatch(html, /onclick|<script/);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
      await context.close();
    });

    test('the page loads the library only where there is a widget, with the site language’s strings first and its widgets’ modules hinted', async () => {
      const plain = await authorPost('Sans widget', 'Rien à voir.');
      assert.doesNotMatch(await (await fetch(plain)).text(), /lede\.js/);
      // A French site: WordPress keeps WPLANG only for installed languages, so the locale is set by a filter.
      wp.php("wp_mkdir_p( WPMU_PLUGIN_DIR ); file_put_contents( WPMU_PLUGIN_DIR . '/lede-test-locale.php', '<?php add_filter( \"locale\", function () { return \"fr_FR\"; } );' );");
      try {
        const html = await (await fetch(posts.classic)).text();
        const strings = html.indexOf('lede-fr.js');
        assert.ok(strings > 0, 'the French strings are loaded');
        assert.ok(strings < html.indexOf('/lede.js'), 'before the library');
        assert.match(html, /<script type="module" src="[^"]*\/lede\.js[^"]*" id="lede-widgets-js">/);
        // The loader imports the modules of the widgets it finds; the head names them so they download at once.
        const head = html.slice(0, html.indexOf('</head>'));
        // The plugin's files change URL with its version (the loader imports them without `?ver=`).
        for (const name of ['core', ...Object.keys(items)]) assert.match(head, new RegExp(`<link rel="modulepreload" href="[^"]*/lib/${versionPattern}/lede-${name}\\.js`), name);
      } finally {
        wp.php("unlink( WPMU_PLUGIN_DIR . '/lede-test-locale.php' );");
      }
    });

    test('an administrator serves the files from a CDN with SRI and sets a default theme on the settings page; an Author cannot open it', async () => {
      const login = async (user) => {
        const { page, context } = await isolatedPage(browser);
        await page.goto(`${wp.origin}/wp-login.php`);
        await page.type('#user_login', user.login);
        await page.type('#user_pass', user.password);
        await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
        return { page, context };
      };
      const settingsPage = `${wp.origin}/wp-admin/options-general.php?page=lede-widgets`;
      const author = await login(USERS.author);
      const refused = await author.page.goto(settingsPage);
      assert.equal(refused.status(), 403);
      await author.context.close();

      const { page, context } = await login(USERS.admin);
      await page.goto(settingsPage);
      // A folder that is not http(s) and a hash that is not sha384 are refused, each with a notice
      // (the field's type="url" already stops a protocol-relative URL in the browser).
      await page.click('input[name="lede_widgets_settings[source]"][value="cdn"]');
      await page.type('#lede-cdn-url', 'ftp://cdn.example/lede-widgets@0.1.0/dist/');
      await page.type('#lede-integrity', 'sha256-abc');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.ok(await page.$('#setting-error-lede-cdn-url-invalid'), 'the URL refused');
      assert.ok(await page.$('#setting-error-lede-integrity'), 'the hash refused');
      assert.equal(await page.$eval('#lede-cdn-url', (el) => el.value), '');
      const cdn = 'https://cdn.example/lede-widgets@0.1.0/dist/';
      const integrity = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';
      await page.click('input[name="lede_widgets_settings[source]"][value="cdn"]');
      // A query or fragment is dropped: the file names are appended to the folder.
      await page.type('#lede-cdn-url', `${cdn}?v=1#top`);
      await page.type('#lede-integrity', integrity);
      // The other files' values, as `npm run sri` prints them.
      const core = 'sha384-AqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';
      await page.type('#lede-integrities', `Subresource Integrity (sha384):\n  dist/lede-core.js  ${core}  (1000 bytes)\n`);
      await page.select('#lede-theme', 'dark');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.ok(await page.$('#setting-error-settings_updated'), 'saved');
      try {
        const html = await (await fetch(posts['quote-block'])).text();
        assert.ok(html.includes(`<script type="module" src="${cdn}lede.js?ver=0.1.0" id="lede-widgets-js" crossorigin="anonymous" integrity="${integrity}"></script>`), 'the CDN copy, with its integrity');
        assert.match(html, /data-theme="dark" data-lede="quote-block"/, 'the default theme on a block that sets none');
        assert.ok(html.includes(`<link rel="modulepreload" href="${cdn}lede-core.js" crossorigin="anonymous" integrity="${core}" />`), 'a hinted module with its integrity');
        assert.ok(html.includes(`<link rel="modulepreload" href="${cdn}lede-quote-block.js" crossorigin="anonymous" />`), 'a module without a value is not pinned');
        assert.deepEqual(JSON.parse(html.match(/<script type="importmap">(.*?)<\/script>/)[1]), { integrity: { [`${cdn}lede-core.js`]: core } }, 'the import map pins what lede.js imports');
      } finally {
        await page.goto(settingsPage);
        await page.click('input[name="lede_widgets_settings[source]"][value="plugin"]');
        await page.select('#lede-theme', '');
        await page.$eval('#lede-integrities', (el) => (el.value = ''));
        await Promise.all([page.waitForNavigation(), page.click('#submit')]);
        await context.close();
      }
      assert.match(await (await fetch(posts['quote-block'])).text(), new RegExp(`/wp-content/plugins/lede-widgets/lib/${versionPattern}/lede\\.js`));
    });

    test('with the plugin deactivated, the block posts and plain markup still read as quotes, lists and figures', async () => {
      wp.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( 'lede-widgets/lede-widgets.php' );");
      try {
        for (const block of BLOCKS) {
          const { page, context } = await read(posts[block.name]);
          assert.equal(await page.$(`lede-${block.name}`), null, 'no library, no widget');
          const text = await bodyText(page);
          for (const words of block.shows) assert.ok(text.includes(words), `${block.name}: "${words}" in ${text}`);
          assert.doesNotMatch(text, /[{}]/);
          const structure = await page.$eval('[data-lede]', (el) => ({ figure: el.localName, quote: !!el.querySelector('blockquote'), list: !!el.querySelector('ul li') }));
          assert.equal(structure.figure, 'figure');
          if (block.name === 'quote-block') assert.ok(structure.quote, 'a quote is a blockquote');
          if (block.name === 'deal-card') assert.ok(structure.list, 'parties and beneficiaries are lists');
          await context.close();
        }
        const { page, context } = await read(posts.classic);
        const text = await bodyText(page);
        for (const words of ['Nous ne pensons pas que nos amis', 'Femmes', 'milliards de dollars']) assert.ok(text.includes(words), words);
        assert.doesNotMatch(text, /[{}]/, 'no JSON as text');
        await context.close();
      } finally {
        wp.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; activate_plugin( 'lede-widgets/lede-widgets.php' );");
      }
    });
  });
}
