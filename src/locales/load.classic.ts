import type { Messages } from './en.js';

// The classic script's own URL, read while it runs. The getter comes from the prototype because
// page markup such as `<img name="currentScript">` replaces `document.currentScript`.
const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
const base = script instanceof HTMLScriptElement ? script.src : '';

/**
 * The classic-script twin of load.ts: the same language modules, `lede-fr.js`…, found beside the
 * script (`dist/lede.classic.js` next to `dist/lede-fr.js`). Dynamic `import()` works in classic scripts.
 */
export function loadMessages(lang: string): Promise<Messages> | undefined {
  if (lang !== 'fr' && lang !== 'es' && lang !== 'zh') return undefined;
  // Async, so that a URL that cannot be built (no script URL known) rejects instead of throwing.
  return (async () => {
    const module = (await import(/* @vite-ignore */ new URL(`lede-${lang}.js`, base || undefined).href)) as Record<string, Messages>;
    return module[lang];
  })();
}
