/**
 * The peers Lede is measured against, each drawing the same content as Lede's quote block and
 * investment figure (the same words, links, dates and numbers, in French, from the same items):
 * - `plain`: a plain custom element (no library): attributes and light-DOM text in, a shadow root
 *   built from a cloned <template> out, one shared constructed stylesheet;
 * - `react`: React 19 components (react-dom/client, `flushSync`), light DOM;
 * - `shoelace`: Shoelace 2's `sl-card` holding the content as light-DOM markup.
 * Bundled by the benchmark (scripts/bench/contenders.js); `start(name)` registers one of them.
 */
import { createElement as h, Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { contend, litSettled, stage } from './stage.js';

const LANG = 'fr';
const cache = new Map();
/** Intl objects created once, as any careful component does. */
const intl = (Ctor, options) => {
  const key = Ctor.name + JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Ctor(LANG, options));
  return cache.get(key);
};

/** The words each peer draws, computed from an item the way Lede computes them (French strings). */
const quoteWords = (q) => ({
  open: '«\u00a0',
  close: '\u00a0»',
  text: q.text,
  speaker: q.speaker,
  role: q.speakerRole,
  context: q.context,
  source: q.source,
  url: q.sourceUrl,
  date: q.date,
  when: intl(Intl.DateTimeFormat, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(q.date)),
  translated: q.originalLang ? `Traduit de l’${intl(Intl.DisplayNames, { type: 'language' }).of(q.originalLang)}` : '',
});

const compact = (amount) => intl(Intl.NumberFormat, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(amount);
const figureWords = (f) => {
  const most = Math.max(...f.comparison.map((row) => row.amount));
  const [number, ...rest] = compact(f.amount).split(' ');
  return {
    label: f.label,
    amount: f.amount,
    number,
    words: `${rest.join(' ')} de dollars`,
    exact: intl(Intl.NumberFormat, { style: 'currency', currency: f.currency, currencyDisplay: 'code', maximumFractionDigits: 0 }).format(f.amount),
    period: f.period,
    rank: String(f.rank),
    scope: f.rankScope,
    rows: f.comparison.map((row) => ({ label: row.label, words: compact(row.amount), share: `${(row.amount / most) * 50}%`, highlight: !!row.highlight })),
    source: f.source,
    url: f.sourceUrl,
  };
};

const CSS = `:host{display:block}figure{margin:0}blockquote{margin:0;border-inline-start:.25em solid;padding-inline-start:1em}
.text{font-size:1.5em;margin:0}.mark{color:currentColor}figcaption p,.context,.source{margin:.25em 0}.speaker{font-weight:700}
.amount{font-size:2em;margin:0}.hidden{position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden}
table{border-collapse:collapse;width:100%}td div{display:flex;gap:.5em;align-items:center}svg{height:.75em}tr.hl rect{fill:currentColor}`;

// ——— plain custom elements ———
const sheet = new CSSStyleSheet();
sheet.replaceSync(CSS);
const template = (markup) => {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t;
};
const QUOTE = template(
  '<figure><blockquote><p class="text"><span class="mark" aria-hidden="true"></span><bdi></bdi><span class="mark" aria-hidden="true"></span></p></blockquote><figcaption><p class="by"><span class="speaker" dir="auto"></span>, <span dir="auto"></span></p><p class="context"><bdi></bdi></p><p class="source">Source : <cite dir="auto"><a></a></cite> · <time></time> · <span></span></p></figcaption></figure>',
);
const FIGURE = template(
  '<figure><figcaption><bdi></bdi></figcaption><p class="amount"><data><span class="number"></span> <span></span></data><span class="hidden"></span></p><p class="context"><span dir="auto"></span> · <span><sup>e</sup> <bdi></bdi></span></p><table><caption>Comparaison</caption><tbody></tbody></table><p class="source">Source : <cite dir="auto"><a></a></cite></p></figure>',
);
const ROW = template('<tr><th scope="row"><bdi></bdi></th><td><div><svg aria-hidden="true"><rect height="100%" width="100%"></rect></svg></div></td></tr>');

class PlainQuote extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const a = (name) => this.getAttribute(name) ?? '';
    const w = quoteWords({ text: this.textContent.trim(), speaker: a('speaker'), speakerRole: a('speaker-role'), context: a('context'), date: a('date'), source: a('source'), sourceUrl: a('source-url'), originalLang: a('original-lang') });
    const dom = QUOTE.content.cloneNode(true);
    const [open, close] = dom.querySelectorAll('.mark');
    open.textContent = w.open;
    close.textContent = w.close;
    dom.querySelector('.text bdi').textContent = w.text;
    const [speaker, role] = dom.querySelectorAll('.by span');
    speaker.textContent = w.speaker;
    role.textContent = w.role;
    dom.querySelector('.context bdi').textContent = w.context;
    const link = dom.querySelector('a');
    link.href = w.url;
    link.textContent = w.source;
    const time = dom.querySelector('time');
    time.dateTime = w.date;
    time.textContent = w.when;
    dom.querySelector('.source > span').textContent = w.translated;
    root.append(dom);
  }
}

class PlainFigure extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const a = (name) => this.getAttribute(name) ?? '';
    const w = figureWords({ amount: Number(a('amount')), currency: a('currency'), label: a('label'), period: a('period'), rank: Number(a('rank')), rankScope: a('rank-scope'), source: a('source'), sourceUrl: a('source-url'), comparison: JSON.parse(this.querySelector('script')?.textContent ?? '{}').comparison ?? [] });
    const dom = FIGURE.content.cloneNode(true);
    dom.querySelector('figcaption bdi').textContent = w.label;
    const data = dom.querySelector('data');
    data.value = String(w.amount);
    data.title = w.exact;
    const [number, words] = data.children;
    number.textContent = w.number;
    words.textContent = w.words;
    dom.querySelector('.hidden').textContent = ` (${w.exact})`;
    const [period, rank] = dom.querySelectorAll('.context > span');
    period.textContent = w.period;
    rank.prepend(w.rank);
    rank.querySelector('bdi').textContent = w.scope;
    const body = dom.querySelector('tbody');
    for (const row of w.rows) {
      const tr = ROW.content.cloneNode(true);
      tr.querySelector('bdi').textContent = row.label;
      if (row.highlight) tr.firstChild.className = 'hl';
      tr.querySelector('svg').setAttribute('width', row.share);
      tr.querySelector('div').append(row.words);
      body.append(tr);
    }
    const link = dom.querySelector('a');
    link.href = w.url;
    link.textContent = w.source;
    root.append(dom);
  }
}

// ——— React 19 ———
function Quote({ item }) {
  const w = quoteWords(item);
  return h(
    'figure',
    { className: 'quote' },
    h('blockquote', null, h('p', { className: 'text' }, h('span', { className: 'mark', 'aria-hidden': 'true' }, w.open), h('bdi', null, w.text), h('span', { className: 'mark', 'aria-hidden': 'true' }, w.close))),
    h(
      'figcaption',
      null,
      h('p', { className: 'by' }, h('span', { className: 'speaker', dir: 'auto' }, w.speaker), ', ', h('span', { dir: 'auto' }, w.role)),
      h('p', { className: 'context' }, h('bdi', null, w.context)),
      h('p', { className: 'source' }, 'Source : ', h('cite', { dir: 'auto' }, h('a', { href: w.url }, w.source)), ' · ', h('time', { dateTime: w.date }, w.when), ' · ', h('span', null, w.translated)),
    ),
  );
}

function Figure({ item }) {
  const w = figureWords(item);
  return h(
    'figure',
    { className: 'figure' },
    h('figcaption', null, h('bdi', null, w.label)),
    h('p', { className: 'amount' }, h('data', { value: w.amount, title: w.exact }, h('span', { className: 'number' }, w.number), ' ', h('span', null, w.words)), h('span', { className: 'hidden' }, ` (${w.exact})`)),
    h('p', { className: 'context' }, h('span', { dir: 'auto' }, w.period), ' · ', h('span', null, w.rank, h('sup', null, 'e'), ' ', h('bdi', null, w.scope))),
    h(
      'table',
      null,
      h('caption', null, 'Comparaison'),
      h(
        'tbody',
        null,
        w.rows.map((row, i) =>
          h('tr', { key: i, className: row.highlight ? 'hl' : undefined }, h('th', { scope: 'row' }, h('bdi', null, row.label)), h('td', null, h('div', null, h('svg', { 'aria-hidden': 'true', width: row.share }, h('rect', { height: '100%', width: '100%' })), row.words))),
        ),
      ),
    ),
    h('p', { className: 'source' }, 'Source : ', h('cite', { dir: 'auto' }, h('a', { href: w.url }, w.source))),
  );
}

// ——— Shoelace's card: the same content as light-DOM markup ———
const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const shoelaceQuote = (item) => {
  const w = quoteWords(item);
  return `<sl-card class="quote"><blockquote><p class="text"><span class="mark" aria-hidden="true">${w.open}</span><bdi>${esc(w.text)}</bdi><span class="mark" aria-hidden="true">${w.close}</span></p></blockquote><div slot="footer"><p class="by"><span class="speaker" dir="auto">${esc(w.speaker)}</span>, <span dir="auto">${esc(w.role)}</span></p><p class="context"><bdi>${esc(w.context)}</bdi></p><p class="source">Source : <cite dir="auto"><a href="${esc(w.url)}">${esc(w.source)}</a></cite> · <time datetime="${esc(w.date)}">${esc(w.when)}</time> · <span>${esc(w.translated)}</span></p></div></sl-card>`;
};
const shoelaceFigure = (item) => {
  const w = figureWords(item);
  const rows = w.rows
    .map((row) => `<tr${row.highlight ? ' class="hl"' : ''}><th scope="row"><bdi>${esc(row.label)}</bdi></th><td><div><svg aria-hidden="true" width="${row.share}"><rect height="100%" width="100%"></rect></svg>${esc(row.words)}</div></td></tr>`)
    .join('');
  return `<sl-card class="figure"><div slot="header"><bdi>${esc(w.label)}</bdi></div><p class="amount"><data value="${w.amount}" title="${esc(w.exact)}"><span class="number">${esc(w.number)}</span> <span>${esc(w.words)}</span></data><span class="hidden"> (${esc(w.exact)})</span></p><p class="context"><span dir="auto">${esc(w.period)}</span> · <span>${w.rank}<sup>e</sup> <bdi>${esc(w.scope)}</bdi></span></p><table><caption>Comparaison</caption><tbody>${rows}</tbody></table><p class="source" slot="footer">Source : <cite dir="auto"><a href="${esc(w.url)}">${esc(w.source)}</a></cite></p></sl-card>`;
};

/** Registers the peer `name` on this page; its input is `{ kind: 'quote' | 'figure', items }` (or, for `plain`, markup). */
export function start(name) {
  const style = document.createElement('style');
  // Light-DOM content (React, Shoelace's slotted markup) takes the same rules from the page.
  style.textContent = CSS.replace(/:host\{[^}]*\}/, '');
  document.head.append(style);
  if (name === 'plain') {
    customElements.define('plain-quote', PlainQuote);
    customElements.define('plain-figure', PlainFigure);
    contend(name, { draw: (markup) => stage.setHTMLUnsafe(markup) });
  } else if (name === 'react') {
    let root;
    contend(name, {
      draw({ kind, items }) {
        root = createRoot(stage);
        const Widget = kind === 'quote' ? Quote : Figure;
        flushSync(() => root.render(h(Fragment, null, items.map((item, i) => h(Widget, { key: i, item })))));
      },
      clear: () => flushSync(() => root?.unmount()),
    });
  } else if (name === 'shoelace') {
    contend(name, {
      prepare: ({ kind, items }) => items.map(kind === 'quote' ? shoelaceQuote : shoelaceFigure).join(''),
      draw(markup) {
        stage.setHTMLUnsafe(markup);
        return litSettled();
      },
    });
  }
}
