/**
 * The deal card's plain markup, laid out by lede.css in a 320 px column: its status line (status,
 * date, place, with " · " between them in the text) wraps, and no line of it starts or ends with a
 * "·" a reader sees. Without a style sheet the same line reads "Signé · 27 juin 2024 · …".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/index.js';
import { snippet } from '../../../demo/builder/snippets.js';
import { widgetNamed } from '../../../demo/builder/widgets.js';
import { pageCss } from '../../shared/page-css.js';

const DEAL = { headline: 'Accord signé', status: 'signed', date: '2024-06-27', location: 'Lima, au siège du ministère de l’Éducation' };

type Seen = { dot: boolean; top: number; bottom: number };

/** The line's items and the separators a reader sees, in reading order: each a box and whether it is a "·". */
function seen(line: HTMLElement, dir: 'ltr' | 'rtl'): Seen[] {
  const clip = line.getBoundingClientRect();
  const clipped = getComputedStyle(line).overflowX !== 'visible';
  const out: Seen[] = [];
  for (const node of line.childNodes) {
    if (node instanceof Text) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) if (box.width > 0 && node.data.includes('·')) out.push({ dot: true, top: box.top, bottom: box.bottom });
    } else if (node instanceof HTMLElement) {
      const box = node.getBoundingClientRect();
      // A "·" drawn before an item: taken out of the flow, its end at the item's start (see deal-card.fallback.css).
      const before = getComputedStyle(node, '::before');
      if (before.content === '"·"') {
        const width = parseFloat(before.width);
        const [start, end] = dir === 'ltr' ? [box.left - width, box.left] : [box.right, box.right + width];
        const inside = dir === 'ltr' ? start >= clip.left - 0.5 : end <= clip.right + 0.5;
        if (!clipped || inside) out.push({ dot: true, top: box.top, bottom: box.bottom });
      }
      out.push({ dot: false, top: box.top, bottom: box.bottom });
    }
  }
  return out;
}

/** `things` in lines: a new line where one starts below the bottom of the line so far. */
function lines(things: Seen[]): Seen[][] {
  const out: Seen[][] = [];
  let bottom = -Infinity;
  for (const thing of things) {
    const next = thing.top >= bottom - 1;
    if (next) out.push([]);
    out.at(-1)!.push(thing);
    bottom = next ? thing.bottom : Math.max(bottom, thing.bottom);
  }
  return out;
}

describe('deal card plain markup, status line at 320 px', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`wraps with no line starting or ending with "·" (${dir})`, async () => {
      const markup = snippet('markup', widgetNamed('deal-card')!, DEAL, { lang: 'fr', theme: 'light', libraryUrl: '/', script: 'module' });
      const box = await fixture<HTMLElement>(html`<div dir=${dir} style="width: 320px; font: 16px/1.5 sans-serif"><style>${await pageCss()}</style>${unsafeHTML(markup)}</div>`);
      const line = box.querySelector<HTMLElement>('figure > p:has(> [data-field="status"])')!;
      expect(line.textContent, 'the separators are in the text, for readers without styles').to.match(/^Signé · 27 juin 2024 · Lima/);
      const shown = lines(seen(line, dir));
      expect(shown.length, 'the line wraps').to.be.at.least(2);
      for (const [index, row] of shown.entries()) {
        expect(row[0].dot, `line ${index + 1} starts with "·"`).to.equal(false);
        expect(row.at(-1)!.dot, `line ${index + 1} ends with "·"`).to.equal(false);
      }
      expect(shown.flat().filter((thing) => thing.dot).length, 'a "·" between the items on one line').to.be.at.least(1);
    });
  }
});
