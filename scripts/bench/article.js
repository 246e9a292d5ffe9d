/**
 * The article page the page-level checks run on (layout shift, Lighthouse): a news article in the
 * story's language, with the built library loaded the recommended way and one widget of each kind
 * between its paragraphs — the first ones written as attributes, the later ones pointing at the story
 * document with `src` (lazy, as by default).
 */
import { ON_DEMAND, stringsFor } from '../../src/locales/languages.js';
import { widgetMarkup } from './markup.js';

const PARAGRAPHS = [
  'Lors d’une visite officielle en Chine, la présidente du Pérou a signé avec Huawei un accord qui prévoit de former vingt mille jeunes Péruviens aux métiers de l’intelligence artificielle au cours des prochaines années.',
  'Le programme s’adresse en priorité aux femmes, aux jeunes professionnels et aux dirigeants de petites et moyennes entreprises, qui recevront une formation aux outils d’apprentissage automatique et à leurs applications concrètes.',
  'Cet accord s’inscrit dans une série d’investissements chinois dans le pays andin, du port de Chancay aux infrastructures de télécommunications, que le gouvernement présente comme une chance pour l’économie nationale.',
  'Plusieurs économistes rappellent toutefois que les transferts de compétences promis par les grands groupes étrangers restent difficiles à mesurer, faute d’indicateurs publiés et de suivi indépendant.',
  'À Lima, l’opposition réclame davantage de transparence sur les conditions de l’accord, notamment sur l’hébergement des données des participants et sur le rôle des universités publiques.',
  'Le ministère de l’Éducation assure que les premières sessions débuteront avant la fin de l’année, dans les régions de Lima, d’Arequipa et de Cusco, avant d’être étendues au reste du territoire.',
  'Pour les diplomates en poste dans la capitale, le message adressé à Washington est clair : le Pérou entend diversifier ses partenaires sans renoncer à ses alliances historiques.',
  'Les détails du calendrier et du financement doivent être présentés au Congrès dans les prochaines semaines.',
];

/** Section headings, by the index of the paragraph they open. */
const SECTIONS = { 1: 'Un programme de formation', 4: 'Des questions en suspens' };

const escapeText = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * @param {import('./markup.js').Widget[]} widgets
 * @param {Record<string, any>} story
 * @param {string} storyUrl
 * @param {{ renderBlocking?: boolean, loading?: 'hinted' | 'loader' | 'single', markup?: Record<string, string>, peer?: { head: string, widgets: string[] } }} [options]
 *   `renderBlocking`: the script tags carry `blocking="render"` (recommended until the fallback CSS
 *   reserved the widgets' space: it holds the first paint until the widgets are drawn); `loading`:
 *   the page loader with `modulepreload` hints for the core and the page's widgets (as recommended),
 *   the loader alone, or the single file `lede-all.js`; `markup`: plain markup by tag (see
 *   plain-markup.js), written instead of the tag for the widgets with their data in the page, as an
 *   editor pastes it into a CMS; `peer`: the same article with another library's widgets (`head`
 *   loads it) instead of Lede's.
 */
export function articlePage(widgets, story, storyUrl, { renderBlocking = false, loading = 'hinted', markup = {}, peer } = {}) {
  const kinds = widgets.filter((widget) => Array.isArray(story[widget.collection]) && story[widget.collection].length);
  // In the first screen, widgets carry their data (attributes): they are drawn before the first
  // paint. Further down, each kind again from `src`, lazily: drawn before the reader gets there.
  const inline = peer ? [...peer.widgets] : kinds.map((widget) => markup[widget.tag] ?? widgetMarkup(widget, story[widget.collection][0]));
  const remote = peer ? [] : kinds.map((widget) => widgetMarkup(widget, story[widget.collection][0], { src: storyUrl }));
  const body = [];
  PARAGRAPHS.forEach((paragraph, i) => {
    // Section headings, so that widgets' own headings (level 3 by default) follow the outline.
    if (SECTIONS[i]) body.push(`<h2>${escapeText(SECTIONS[i])}</h2>`);
    body.push(`<p>${escapeText(paragraph)}</p>`);
    if (i < 4 && i % 2 === 1 && inline.length) body.push(inline.shift());
    if (i >= 4 && (remote.length || inline.length)) body.push(inline.shift() ?? remote.shift());
  });
  body.push(...inline, ...remote);
  const blocking = renderBlocking ? ' blocking="render"' : '';
  // As recommended, a page not in English runs its language's strings before the library.
  const strings = ON_DEMAND.find((name) => name === stringsFor(String(story.lang ?? 'en')));
  const hints = loading === 'hinted' ? ['lede-core', ...kinds.map((widget) => widget.tag)].map((name) => `    <link rel="modulepreload" href="/dist/${name}.js">\n`).join('') : '';
  const library = loading === 'single' ? 'lede-all.js' : 'lede.js';
  return `<!doctype html>
<html lang="${escapeText(story.lang ?? 'en')}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeText(story.title ?? 'Article')}</title>
    <meta name="description" content="${escapeText(PARAGRAPHS[0]).replace(/"/g, '&quot;')}">
    <link rel="icon" href="data:,">
${peer ? `    ${peer.head}` : `    <link rel="stylesheet" href="/dist/lede.css">
${hints}${strings ? `    <script type="module" src="/dist/lede-${strings}.js"${blocking}></script>\n` : ''}    <script type="module" src="/dist/${library}"${blocking}></script>`}
    <style>
      body { margin: 0; font: 1.125rem/1.6 Georgia, 'Times New Roman', serif; color: #1b1b1f; background: #fff; }
      header, main, footer { max-inline-size: 40rem; margin-inline: auto; padding-inline: 1rem; }
      h1 { font-size: 2rem; line-height: 1.2; }
      article > :not(p, h1, h2) { margin-block: 2rem; }
      a { color: #0a5bb5; }
    </style>
  </head>
  <body>
    <header><p><a href="/">Le Quotidien</a></p></header>
    <main>
      <article>
        <h1>${escapeText(story.title ?? '')}</h1>
        ${body.join('\n        ')}
      </article>
    </main>
    <footer><p>© Le Quotidien</p></footer>
  </body>
</html>
`;
}
