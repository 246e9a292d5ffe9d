/**
 * Where the classic script finds the modules it loads on demand (`lede-fr.js`…): beside itself.
 * Only the classic-script build uses this (see vite.config.ts); a module finds them by its own URL.
 */

// Read while the script runs, from the prototype: page markup such as `<img name="currentScript">`
// replaces `document.currentScript`.
const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
const base = script instanceof HTMLScriptElement ? script.src : '';

/** The URL of the built file `name` beside the script; never throws (a bad URL fails the import instead). */
export function chunkUrl(name: string): string {
  try {
    return new URL(name, base || undefined).href;
  } catch {
    return name;
  }
}
