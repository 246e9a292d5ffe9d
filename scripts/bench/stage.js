/**
 * In-page half of the contender benchmark, shared by every contender (Lede and its peers): the
 * floor (a contender's final DOM as static HTML with declarative shadow roots), node counts and the
 * check that the floor is the same DOM. A contender's page registers how it draws with `contend`.
 */
const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['style', 'script']);
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Forces style and layout of everything in the stage. */
const forceLayout = () => stage.getBoundingClientRect().height + document.body.offsetHeight;

/** The CSS a shadow root adopts, as text. */
const adoptedCss = (root) => root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('');

/**
 * A node as static HTML: defined custom elements renamed `floor-…` (so nothing upgrades), each open
 * shadow root a declarative one with a <style> holding what it adopted. Comments are kept (Lit's
 * markers are part of the DOM the browser builds and lays out).
 */
function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) return RAW.has(node.parentNode?.localName) ? node.data : escapeText(node.data);
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const name = customElements.get(node.localName) ? `floor-${node.localName}` : node.localName;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  if (VOID.has(name)) return `<${name}${attributes}>`;
  let inner = '';
  if (node.shadowRoot) {
    const css = adoptedCss(node.shadowRoot);
    inner += `<template shadowrootmode="open">${css ? `<style>${css}</style>` : ''}${[...node.shadowRoot.childNodes].map(serialize).join('')}</template>`;
  }
  inner += [...node.childNodes].map(serialize).join('');
  return `<${name}${attributes}>${inner}</${name}>`;
}

/** Elements and text nodes of `node` and everything under it, shadow trees included (no comments). */
function countNodes(node) {
  let count = node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE ? 1 : 0;
  if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) count += countNodes(child);
  for (const child of node.childNodes) count += countNodes(child);
  return count;
}

/** Markup waiting to be inserted, by name (strings handed to the DOM once, out of the JS heap). */
const markups = new Map();

/** Resolves after the browser has rendered a frame (a task queued from the frame's callback runs after it). */
const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    }),
  );

/**
 * @param {string} name
 * @param {{ draw: (input: any) => Promise<void> | void, prepare?: (value: any) => any, clear?: () => void }} contender
 *   `draw` puts the prepared input in the stage and resolves once every widget has drawn it;
 *   `prepare` turns what the benchmark hands over into that input, before any timing.
 */
export function contend(name, contender) {
  let input;
  /** Frames the browser rendered during the last `render`. */
  let frames = 0;
  window.bench = {
    name,
    /** Stores what `render` draws: markup (a string) or data. */
    prepare(value) {
      input = contender.prepare ? contender.prepare(value) : value;
      if (typeof input === 'string') document.createTextNode(input);
    },
    /** Milliseconds until the stage holds every widget drawn and laid out. */
    async render() {
      let drawing = true;
      frames = 0;
      const count = () => drawing && (frames++, requestAnimationFrame(count));
      requestAnimationFrame(count);
      const start = performance.now();
      await contender.draw(input);
      forceLayout();
      const ms = performance.now() - start;
      drawing = false;
      return ms;
    },
    /** How many frames the browser rendered while the last `render` drew. */
    frames: () => frames,
    /** Keeps the stage's current DOM as the floor's markup (whole, and a piece per widget). */
    keepFloor() {
      const pieces = [...stage.childNodes].map(serialize);
      markups.set('floor', pieces.join(''));
      markups.set('pieces', pieces);
    },
    /** Milliseconds until the floor's markup is parsed and laid out. */
    floor() {
      const markup = markups.get('floor');
      const start = performance.now();
      stage.setHTMLUnsafe(markup);
      forceLayout();
      return performance.now() - start;
    },
    /**
     * Milliseconds until the floor's markup is in the stage and laid out, inserted in `count` equal
     * parts with a frame rendered between them: what drawing the same DOM in that many slices costs
     * the browser, whatever draws it.
     */
    async floorInFrames(count) {
      const pieces = markups.get('pieces');
      const size = Math.ceil(pieces.length / Math.max(1, count));
      const start = performance.now();
      for (let i = 0; i < pieces.length; i += size) {
        if (i) await nextFrame();
        const box = document.createElement('div');
        box.setHTMLUnsafe(pieces.slice(i, i + size).join(''));
        stage.append(...box.childNodes);
      }
      forceLayout();
      return performance.now() - start;
    },
    /** The floor drawn is the DOM the contender drew (compare after `floor()`). */
    sameAsFloor() {
      return [...stage.childNodes].map(serialize).join('') === markups.get('floor');
    },
    clear() {
      contender.clear?.();
      stage.replaceChildren();
      forceLayout();
    },
    /** Elements and text nodes per widget (the first one: host, light DOM and shadow tree), and in the stage. */
    nodes() {
      const first = stage.firstElementChild;
      return { perWidget: first ? countNodes(first) : 0, total: [...stage.childNodes].reduce((sum, node) => sum + countNodes(node), 0) };
    },
  };
}

/** Resolves once every element with an `updateComplete` (Lit) in the stage has rendered and none is pending. */
export async function litSettled(isDrawn = () => true) {
  const widgets = [...stage.children];
  for (;;) {
    await Promise.all(widgets.map((el) => el.updateComplete));
    if (widgets.every((el) => !el.isUpdatePending && isDrawn(el))) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export { stage };
