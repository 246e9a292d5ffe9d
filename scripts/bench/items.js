/**
 * The fully filled item each widget kind is raced with (scripts/bench/contenders.js): every field
 * the widget draws, in French. The quote and the figure are written out, as the peers
 * (scripts/bench/peers.js) draw them from the same fields; the other kinds take their collection's
 * first item in the story document (demo/stories/huawei-peru.json) and add only the fields it
 * lacks, so that each draws all of its parts.
 */

/** The link every added `sourceUrl` points to (a link only: nothing fetches it). */
const SOURCE_URL = 'https://www.scmp.com/news/china';

export const QUOTE = {
  id: 'quote',
  text: 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés par le fait que nous amenons des investissements chinois au Pérou.',
  speaker: 'Gustavo Adrianzén',
  speakerRole: 'Premier ministre du Pérou',
  context: 'Sur les investissements chinois au Pérou',
  date: '2024-06-27',
  source: 'South China Morning Post',
  sourceUrl: SOURCE_URL,
  originalLang: 'es',
};
export const FIGURE = {
  id: 'figure',
  amount: 2900000000,
  currency: 'USD',
  label: 'Investissements reçus par le Pérou au titre de l’initiative Belt and Road',
  period: 'l’an dernier',
  rank: 3,
  rankScope: 'au monde',
  comparison: [
    { label: 'Pakistan', amount: 4100000000 },
    { label: 'Pérou', amount: 2900000000, highlight: true },
    { label: 'Chili', amount: 1200000000 },
  ],
  source: 'South China Morning Post',
  sourceUrl: SOURCE_URL,
};

/**
 * The profile's portrait: a grey square served by the benchmark's own server at `path` (an
 * http(s) URL once resolved against the page, as the widget requires), so no image is fetched from
 * the network. The widget draws it as a lazily loaded `<img>` with its square reserved, so its
 * loading is not part of any timing.
 */
export const PORTRAIT = {
  path: '/bench/portrait.svg',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#888"/></svg>',
};

/**
 * @typedef {'quote' | 'figure' | 'deal' | 'timeline' | 'keyNumbers' | 'profile' | 'explainer'} Kind
 *   a widget kind, as the race names it
 */

/**
 * One fully filled item per kind.
 * @param {Record<string, any>} story the story document (its collections: `deals`, `timelines`, `keyNumbers`, `profiles`, `explainers`)
 * @returns {Record<Kind, Record<string, unknown>>}
 * @throws {Error} when one of those collections is empty
 */
export function filledItems(story) {
  const first = (collection) => {
    const item = story[collection]?.[0];
    if (!item) throw new Error(`the story document has no item in "${collection}"`);
    return item;
  };
  const deal = first('deals');
  const timeline = first('timelines');
  const profile = first('profiles');
  return {
    quote: QUOTE,
    figure: FIGURE,
    // The story gives no date, no links and no unit.
    deal: {
      ...deal,
      date: '2024-06',
      parties: deal.parties.map((party, i) => ({ url: ['https://www.huawei.com/', 'https://www.gob.pe/'][i % 2], ...party })),
      terms: deal.terms.map((term) => ({ unit: 'jeunes', ...term })),
      sourceUrl: SOURCE_URL,
    },
    // The story gives no event its own source.
    timeline: { ...timeline, events: timeline.events.map((event) => ({ source: 'SCMP', sourceUrl: SOURCE_URL, ...event })), sourceUrl: SOURCE_URL },
    keyNumbers: { ...first('keyNumbers'), sourceUrl: SOURCE_URL },
    // The story gives no image, facts or links.
    profile: {
      ...profile,
      image: { src: PORTRAIT.path, alt: `Portrait de ${profile.name}` },
      facts: [
        { label: 'En fonction depuis', value: 'décembre 2022' },
        { label: 'Jeunes à former à l’IA (accord avec Huawei)', value: 20000 },
      ],
      url: 'https://www.gob.pe/presidencia',
      sourceUrl: SOURCE_URL,
    },
    // Open, so that the answer and its points are laid out too.
    explainer: { ...first('explainers'), open: true, sourceUrl: SOURCE_URL },
  };
}
