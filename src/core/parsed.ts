/**
 * The HTML parser connects an element as soon as it reads its start tag: a widget defined before
 * the page is parsed (a classic script in `<head>` without `defer`) is connected while its
 * children are still to come. Its data is complete once the parser has gone past its end tag,
 * which it has when anything follows the widget in the document, or when the document is parsed.
 * One MutationObserver on the document, only while some widget waits, tells each widget when.
 */

type Callback = () => void;

const waiting = new Map<Element, Callback>();
let observer: MutationObserver | undefined;

// The real methods: page markup such as `<img name="addEventListener">` can replace them on `document`.
const { addEventListener: listen, removeEventListener: unlisten } = EventTarget.prototype;
/** Page markup that replaces `document.readyState` makes this false: the widget then reads at once, as before. */
const loading = (): boolean => document.readyState === 'loading';

/** Something follows `el` in document order, so the parser has read its end tag. */
function followed(el: Element): boolean {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

function check(): void {
  const parsed = !loading();
  for (const [el, callback] of waiting) {
    if (parsed || followed(el)) {
      cancel(el);
      callback();
    }
  }
}

function cancel(el: Element): void {
  if (!waiting.delete(el) || waiting.size) return;
  observer?.disconnect();
  observer = undefined;
  unlisten.call(document, 'DOMContentLoaded', check);
}

/**
 * Whether the parser may still be adding children to `el`. If so, calls `callback` once it is
 * done with them and returns a cancel function; otherwise returns undefined and never calls it.
 */
export function whenParsed(el: Element, callback: Callback): Callback | undefined {
  if (!loading() || followed(el)) return undefined;
  if (!observer) {
    observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    listen.call(document, 'DOMContentLoaded', check);
  }
  waiting.set(el, callback);
  return () => cancel(el);
}
