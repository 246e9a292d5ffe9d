/**
 * An embed page tells its parent how tall it is, in the three dialects parents understand:
 * Pym.js, AMP's `amp-iframe`, and Lede's own JSON (read by `lede-frame.js`).
 */

/** The message a parent posts to a frame to ask for its height now (`lede-frame.js` does when it starts). */
export const ASK_HEIGHT = '{"type":"lede:ask-height"}';

/** Lede's own height message, the answer to `ASK_HEIGHT`: `{"type":"lede:resize","height":N}`. */
export const resizeMessage = (height: number): string => JSON.stringify({ type: 'lede:resize', height });

/** The messages announcing `height` CSS pixels. `childId` is the id Pym.js gave the frame, if any. */
export function heightMessages(height: number, childId = ''): unknown[] {
  return [`pymxPYMx${childId}xPYMxheightxPYMx${height}`, { sentinel: 'amp', type: 'embed-size', height }, resizeMessage(height)];
}

/**
 * Posts the height of `el` to `target` now, after every change (growing or shrinking), once the
 * page and its fonts have loaded, and whenever `target` asks with `ASK_HEIGHT` (the answer goes
 * to that window only, and says nothing but the height). Returns a function that stops it.
 */
export function reportHeight(el: Element, target: Pick<Window, 'postMessage'>, childId = ''): () => void {
  let last = -1;
  const measure = (): number => Math.ceil(el.getBoundingClientRect().height);
  // A height is no secret, and the parent's origin is not known in advance.
  const post = (height: number): void => {
    last = height;
    for (const message of heightMessages(height, childId)) target.postMessage(message, '*');
  };
  const onChange = (): void => {
    const height = measure();
    if (height !== last) post(height);
  };
  // Only the parent can size the frame, so only its question is answered, and only to it.
  const onAsk = (event: MessageEvent): void => {
    if (event.source === target && event.data === ASK_HEIGHT) target.postMessage(resizeMessage(measure()), '*');
  };
  // After load and after fonts, even unchanged: a parent that missed the first reports hears these.
  const again = (): void => post(measure());
  const observer = new ResizeObserver(onChange);
  observer.observe(el);
  addEventListener('message', onAsk);
  addEventListener('load', again);
  let stopped = false;
  void document.fonts?.ready.then(() => stopped || again());
  return () => {
    stopped = true;
    observer.disconnect();
    removeEventListener('message', onAsk);
    removeEventListener('load', again);
  };
}
