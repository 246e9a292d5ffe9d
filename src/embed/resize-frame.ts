/**
 * The parent side of an embed: sizes `<iframe data-lede-frame>` to the height its page reports.
 */
import { ASK_HEIGHT } from './report-height.js';

/** The height in a `{"type":"lede:resize","height":N}` message (JSON text or object), if it is one. */
export function reportedHeight(data: unknown): number | undefined {
  if (typeof data === 'string') {
    if (!data.startsWith('{')) return undefined;
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  const message = data as { type?: unknown; height?: unknown } | null;
  const height = message?.type === 'lede:resize' ? Number(message.height) : NaN;
  return height >= 0 && height <= 100_000 ? Math.ceil(height) : undefined;
}

/**
 * Applies a resize message to the marked iframe whose own window sent it; messages from any
 * other window (another frame, the page itself, a pop-up) are ignored. Returns the resized iframe.
 */
export function resizeFrame(event: MessageEvent, root: ParentNode = document): HTMLIFrameElement | undefined {
  const height = reportedHeight(event.data);
  if (height === undefined || !event.source) return undefined;
  for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe[data-lede-frame]')) {
    if (frame.contentWindow !== event.source) continue;
    // `important` so that a theme's `iframe { height: … !important }` cannot pin it, and the
    // height is the content's whatever the theme's `box-sizing`.
    frame.style.setProperty('box-sizing', 'content-box', 'important');
    frame.style.setProperty('height', `${height}px`, 'important');
    return frame;
  }
  return undefined;
}

/**
 * Asks every marked iframe in `root` for its height with `ASK_HEIGHT`, which carries nothing.
 * An embed page answers its parent alone, with a resize message; a frame still loading reports
 * by itself once it has drawn (this page listens by then).
 */
export function askHeights(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe[data-lede-frame]')) {
    frame.contentWindow?.postMessage(ASK_HEIGHT, '*');
  }
}
