/**
 * Where the classic script finds the modules it loads on demand (`lede-fr.js`…): beside itself, or
 * in the folder that `<meta name="lede-widgets-path" content="https://example.org/lede/">` names,
 * for a site whose optimizer serves the script combined with others, from another URL.
 * Only the classic-script build uses this (see vite.config.ts); a module finds them by its own URL.
 */

// Read while the script runs, from the prototype: page markup such as `<img name="currentScript">`
// replaces `document.currentScript`.
const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
const own = script instanceof HTMLScriptElement ? script.src : '';

/** The URL of the built file `name`; never throws (a bad URL fails the import instead). */
export function chunkUrl(name: string): string {
  try {
    // Read when first needed, so that the meta may come anywhere in the page (and the real querySelector is used).
    const meta = Document.prototype.querySelector.call(document, 'meta[name="lede-widgets-path"]');
    const folder = meta?.getAttribute('content')?.trim();
    // The meta's own baseURI: `document.baseURI` can be replaced by page markup (`<img name="baseURI">`).
    return new URL(name, meta && folder ? new URL(folder.endsWith('/') ? folder : `${folder}/`, meta.baseURI) : own || undefined).href;
  } catch {
    return name;
  }
}
