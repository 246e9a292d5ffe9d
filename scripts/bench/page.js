/**
 * In-page half of the render benchmark (loaded by render.html next to dist/lede-all.js).
 * Exposes `window.bench`; the Node side drives it and does the timing statistics.
 */
const container = /** @type {HTMLElement} */ (document.getElementById('stage'));
/** @type {Map<string, string>} */
const markups = new Map();

/** Waits until every widget in `root` has drawn its data (a model) and has no update pending. */
async function settled(widgets) {
  for (;;) {
    await Promise.all(widgets.map((el) => el.updateComplete));
    const waiting = widgets.filter((el) => el.model === undefined || el.isUpdatePending);
    if (!waiting.length) return;
    // Data from `src` is still on its way: wait for the next update of one that waits.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Forces style and layout of everything in the stage. */
function forceLayout() {
  return container.getBoundingClientRect().height + document.body.offsetHeight;
}

/** The CSS text a widget's shadow root adopts (Lit's `elementStyles`). */
function cssOf(ctor) {
  return ctor.elementStyles
    .map((style) => (style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('') : style.cssText))
    .join('');
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

window.bench = {
  /** What the Node side needs to write markup for each defined widget: its JSON fields as attributes. */
  describe(tags) {
    return tags
      .filter((tag) => customElements.get(tag))
      .map((tag) => {
        const ctor = customElements.get(tag);
        /** @type {Record<string, string>} JSON field → attribute name */
        const attributes = {};
        for (const [name, options] of ctor.elementProperties) {
          if (options.state || options.attribute === false || ['src', 'theme', 'loading'].includes(name)) continue;
          attributes[name] = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        }
        const { collection, textField = null } = ctor.schema;
        return { tag, collection, textField, attributes };
      });
  },

  store(name, markup) {
    markups.set(name, markup);
    // A string handed to the DOM moves out of the JS heap (V8 externalizes it). Do it now, so that
    // it happens neither inside a timing nor between the memory check's baseline and its end.
    document.createTextNode(markup);
  },

  clear() {
    container.replaceChildren();
    forceLayout();
  },

  /** Inserts a stored markup with the library defined; resolves with milliseconds until all drawn and laid out. */
  async render(name) {
    const markup = markups.get(name);
    const start = performance.now();
    container.setHTMLUnsafe(markup);
    await settled([...container.children]);
    forceLayout();
    return performance.now() - start;
  },

  /** The floor: the same final DOM as static HTML with declarative shadow roots; milliseconds until laid out. */
  async floor(name) {
    const markup = markups.get(name);
    const start = performance.now();
    container.setHTMLUnsafe(markup);
    forceLayout();
    return performance.now() - start;
  },

  /**
   * The stage's current DOM (rendered widgets) as static HTML: each widget under another, undefined
   * tag name (`lede-` → `floor-`) so nothing upgrades, its shadow root a declarative one holding
   * the same nodes plus a <style> with the CSS the widget adopts.
   */
  serialize() {
    const parts = [];
    for (const el of container.children) {
      const ctor = customElements.get(el.localName);
      const tag = el.localName.replace(/^lede-/, 'floor-');
      const attributes = [...el.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
      const shadow = `<template shadowrootmode="open"><style>${cssOf(ctor)}</style>${el.shadowRoot.innerHTML}</template>`;
      parts.push(`<${tag}${attributes}>${shadow}${el.innerHTML}</${tag}>`);
    }
    return parts.join('');
  },

  /** Checks that the floor's DOM equals the library's: same nodes in every shadow root (style aside). */
  compare(libraryShadows) {
    const floors = [...container.children].map((el) => {
      const root = el.shadowRoot;
      return root ? root.innerHTML.replace(/^<style>[\s\S]*?<\/style>/, '') : '';
    });
    return floors.length === libraryShadows.length && floors.every((html, i) => html === libraryShadows[i]);
  },

  shadows() {
    return [...container.children].map((el) => el.shadowRoot?.innerHTML ?? '');
  },

  /** Number of elements and nodes under the stage, shadow roots included. */
  nodeCount() {
    let nodes = 0;
    const walk = (root) => {
      for (let node = root.firstChild; node; node = node.nextSibling) {
        nodes++;
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    };
    walk(container);
    return nodes;
  },
};
