/**
 * Which way the explainer's marker points, as a reader sees it: closed, towards the end of the line
 * (right in a left-to-right page, left in a right-to-left one), open, down. For the drawn widget and
 * for its plain markup laid out by lede.css, in both directions.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/index.js';
import type { LedeExplainer } from '../../../src/index.js';
import { snippet } from '../../../demo/builder/snippets.js';
import { widgetNamed } from '../../../demo/builder/widgets.js';
import { part } from '../../helpers.js';
import { pageCss } from '../../shared/page-css.js';

type Way = 'left' | 'right' | 'up' | 'down';

/**
 * Where the marker drawn before `summary` points: it is two borders of a square (its block end and
 * inline end), so it points where they meet, once turned by its transform.
 */
function pointing(summary: Element): Way {
  const style = getComputedStyle(summary, '::before');
  const [a, b, c, d] = style.transform === 'none' ? [1, 0, 0, 1] : /matrix\(([^)]+)\)/.exec(style.transform)![1].split(',').map(Number);
  const x = parseFloat(style.borderRightWidth) > 0 ? 1 : -1;
  const y = parseFloat(style.borderBottomWidth) > 0 ? 1 : -1;
  const [across, down] = [a * x + c * y, b * x + d * y];
  return Math.abs(across) > Math.abs(down) ? (across > 0 ? 'right' : 'left') : down > 0 ? 'down' : 'up';
}

const DATA = { question: 'Qu’est-ce que la BRI ?', answer: 'Un programme chinois.' };
const WAYS: Array<{ dir: 'ltr' | 'rtl'; closed: Way }> = [
  { dir: 'ltr', closed: 'right' },
  { dir: 'rtl', closed: 'left' },
];

describe('explainer marker: closed it points to the end of the line, open it points down', () => {
  for (const { dir, closed } of WAYS) {
    for (const open of [false, true]) {
      const way = open ? 'down' : closed;

      it(`the drawn widget, ${dir}, ${open ? 'open' : 'closed'}: ${way}`, async () => {
        const box = await fixture<HTMLElement>(html`<div lang="fr" dir=${dir}><lede-explainer .data=${{ ...DATA, open }}></lede-explainer></div>`);
        const el = box.firstElementChild as LedeExplainer;
        await el.updateComplete;
        expect(pointing(part(el, 'question')!)).to.equal(way);
      });

      it(`the plain markup with lede.css, ${dir}, ${open ? 'open' : 'closed'}: ${way}`, async () => {
        const markup = snippet('markup', widgetNamed('explainer')!, { ...DATA, open }, { lang: 'fr', theme: 'light', libraryUrl: '/', script: 'module' });
        const box = await fixture<HTMLElement>(html`<div dir=${dir}><style>${await pageCss()}</style>${unsafeHTML(markup)}</div>`);
        expect(box.querySelector('details')!.open).to.equal(open);
        expect(pointing(box.querySelector('details > summary')!)).to.equal(way);
      });
    }
  }
});
