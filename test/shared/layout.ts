/**
 * Layout checks with the boxes a browser drew: nothing of a widget is painted outside its box or
 * its cells, and no word is split over two lines unless it is wider than the whole widget.
 */
import { expect } from '@open-wc/testing';

/**
 * Words as line breaking sees them: split at breaking white space and after a hyphen ("US-Dollar"
 * may break after "US-"); no-break spaces ("20 000") join. Chinese and Japanese break between
 * characters (UAX #14), so each of their characters is a word.
 */
const WORD = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]|[^\s\p{scx=Han}\p{scx=Hira}\p{scx=Kana}-]+-?|-/gu;

/** Every text node drawn in `root` (open shadow roots included), but text only for assistive technology. */
function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node) => {
    // Text for assistive technology only is clipped to a pixel on purpose: not drawn.
    if (node instanceof Element && node.matches('.visually-hidden, [hidden]')) return;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) nodes.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return nodes;
}

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

/** An element's inline padding and border, in pixels. */
function frame(el: Element): number {
  const style = getComputedStyle(el);
  return ['padding-inline-start', 'padding-inline-end', 'border-inline-start-width', 'border-inline-end-width'].reduce((sum, name) => sum + parseFloat(style.getPropertyValue(name)), 0);
}

/**
 * Asserts that `host`'s drawing fits: the widget scrolls no way sideways, each `cell` neither
 * scrolls sideways nor sticks out of the widget, every word's boxes lie inside its cell (or the
 * widget), and (unless `splits` is false) each word is on one line unless the widest line it can
 * have cannot hold it: the widget's width less its cell's own padding and border (a cell alone in its row).
 */
export function expectFits(host: HTMLElement, cells: HTMLElement[], label: string, { splits = true } = {}): void {
  const box = host.getBoundingClientRect();
  const root = host.shadowRoot!.firstElementChild as HTMLElement;
  expect(root.scrollWidth, `${label}: the widget scrolls sideways`).to.be.at.most(root.clientWidth);
  for (const cell of cells) {
    expect(cell.scrollWidth, `${label}: a cell scrolls sideways: "${cell.textContent}"`).to.be.at.most(cell.clientWidth);
    expect(inside(cell.getBoundingClientRect(), box), `${label}: a cell sticks out of the widget: "${cell.textContent}"`).to.equal(true);
  }
  const range = document.createRange();
  for (const node of textNodes(host)) {
    const cell = cells.find((each) => each.contains(node));
    const outer = (cell ?? host).getBoundingClientRect();
    const widest = root.clientWidth - (cell ? frame(cell) : 0);
    for (const match of node.data.matchAll(WORD)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      for (const rect of rects) expect(inside(rect, outer), `${label}: "${match[0]}" is drawn outside its cell`).to.equal(true);
      const lines = new Set(rects.map((rect) => Math.round(rect.top)));
      const width = rects.reduce((sum, rect) => sum + rect.width, 0);
      if (splits && lines.size > 1 && width <= widest) expect.fail(`${label}: "${match[0]}" (${Math.round(width)} px) is split over ${lines.size} lines; a line can be ${Math.round(widest)} px`);
    }
  }
}

/** The width of the lines of the block that holds `el` (its nearest ancestor that is not inline), in pixels. */
function lineWidth(el: Element): number {
  for (let node: Node | null = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof HTMLElement && !getComputedStyle(node).display.startsWith('inline') && getComputedStyle(node).display !== 'contents') return node.clientWidth - frame(node);
  }
  return Infinity;
}

/**
 * Asserts that each of `runs` (a date, a period: words that read as one piece) is drawn on one line
 * unless it is wider than a whole line of the block that holds it: a line breaks between such
 * pieces, not inside one ("27 juin" | "2024").
 */
export function expectWhole(runs: Element[], label: string): void {
  const range = document.createRange();
  const rectsOf = (run: Element) =>
    textNodes(run).flatMap((node) => {
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((rect) => rect.width > 0);
    });
  for (const run of runs) {
    const rects = rectsOf(run);
    const lines = new Set(rects.map((rect) => Math.round(rect.bottom)));
    if (lines.size < 2) continue;
    // Its width on one line, the spaces where it broke included: measured with its lines unbroken for a moment.
    const style = (run as HTMLElement).style;
    style.whiteSpace = 'nowrap';
    const width = rectsOf(run).reduce((sum, rect) => sum + rect.width, 0);
    style.whiteSpace = '';
    const widest = lineWidth(run);
    if (width <= widest) expect.fail(`${label}: "${run.textContent}" (${Math.round(width)} px) is split over ${lines.size} lines; a line can be ${Math.round(widest)} px`);
  }
}
