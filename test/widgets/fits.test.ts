// Every widget but the key numbers (whose own tests check their words too) with the demo story's
// first item, given the lists the story leaves out (a profile's facts, a figure's comparison), its
// free text made of long German and Russian words: nothing sticks out of the widget or makes it
// scroll sideways, from 280 to 1200 px, at 16 and 20 px text. A word wider than the column that
// holds it breaks: in a two-column card that can be a word narrower than the whole widget, so words
// split are not checked here.
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import story from '../../demo/stories/huawei-peru.json' with { type: 'json' };
import { expectFits } from '../shared/layout.js';

const LISTS = {
  'lede-quote-block': 'quotes',
  'lede-deal-card': 'deals',
  'lede-timeline': 'timelines',
  'lede-profile': 'profiles',
  'lede-explainer': 'explainers',
  'lede-investment-figure': 'figures',
} as const;
/** Lists the demo story's items leave out, drawn in cells of their own. */
const EXTRA: Partial<Record<keyof typeof LISTS, object>> = {
  'lede-profile': { facts: [{ label: 'Zuständigkeit', value: 'Entwicklungszusammenarbeit' }] },
  'lede-investment-figure': { comparison: [{ label: 'Pakistan', amount: 4.1e9 }, { label: 'Pérou', amount: 2.9e9, highlight: true }] },
};
const WORDS = {
  de: ['Bundesverfassungsgerichtsentscheidung', 'über', 'Telekommunikationsüberwachungsverordnung', 'und', 'Breitbandausbau'],
  ru: ['Высококвалифицированных', 'специалистов', 'телекоммуникационной', 'достопримечательности', 'и'],
};
/**
 * The item with each free text rewritten word for word in `words`: text with a space (not a URL),
 * or one capitalized word ("Pakistan"; not a code such as "PE" or "USD", nor a keyword such as "person").
 */
const rewritten = (value: unknown, words: string[]): unknown => {
  if (typeof value === 'string') return (/\s/.test(value) || /^\p{Lu}\p{Ll}{2,}$/u.test(value)) && !/^https?:/.test(value) ? value.split(/\s+/).map((_, i) => words[i % words.length]).join(' ') : value;
  if (Array.isArray(value)) return value.map((item) => rewritten(item, words));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'id' ? item : rewritten(item, words)]));
  return value;
};

describe('long words fit every widget', () => {
  for (const [tag, list] of Object.entries(LISTS)) {
    it(`<${tag}> at 280, 480, 800 and 1200 px`, async () => {
      for (const width of [280, 480, 800, 1200]) {
        for (const font of ['16px serif', '20px serif']) {
          for (const [lang, words] of Object.entries(WORDS)) {
            const box = await fixture<HTMLElement>(html`<div lang=${lang} style=${`width: ${width}px; font: ${font}`}></div>`);
            const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
            el.data = rewritten({ ...story[list][0], ...EXTRA[tag as keyof typeof LISTS] }, words);
            if (tag === 'lede-explainer') el.setAttribute('open', '');
            box.append(el);
            await el.updateComplete;
            expectFits(el, [], `${lang} ${width} px ${font}`, { splits: false });
          }
        }
      }
    });
  }
});
