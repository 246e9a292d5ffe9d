/**
 * An embed page tells its parent how tall it is, in the three dialects parents understand:
 * Pym.js, AMP's `amp-iframe`, and Lede's own JSON (read by `lede-frame.js`).
 */

/** The messages announcing `height` CSS pixels. `childId` is the id Pym.js gave the frame, if any. */
export function heightMessages(height: number, childId = ''): unknown[] {
  return [
    `pymxPYMx${childId}xPYMxheightxPYMx${height}`,
    { sentinel: 'amp', type: 'embed-size', height },
    JSON.stringify({ type: 'lede:resize', height }),
  ];
}

/**
 * Posts the height of `el` to `target` now and after every change, growing or shrinking.
 * Returns a function that stops it.
 */
export function reportHeight(el: Element, target: Pick<Window, 'postMessage'>, childId = ''): () => void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // A height is no secret, and the parent's origin is not known in advance.
    for (const message of heightMessages(height, childId)) target.postMessage(message, '*');
  });
  observer.observe(el);
  return () => observer.disconnect();
}
