/**
 * Fetching story documents: one JSON file per story, fetched once per URL however many widgets
 * point at it, and the observer that waits until a widget is near the viewport before it asks.
 * Loaded on demand, the first time a widget has a `src` (see story.ts), so this module imports
 * nothing at run time but near-viewport.ts, which nothing else imports: both build into one file.
 */
import type { StoryCollection, StoryHandle, StoryOptions } from './story.js';

// Built into this same file (nothing else imports it): what delays a `src` until it is near the viewport.
export { whenNearViewport } from './near-viewport.js';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Request {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const requests = new Map<string, Request>();

/**
 * The body as text, giving up as soon as it passes `max` bytes: `response.text()` would first
 * buffer whatever the server sends, however large.
 */
async function readCapped(response: Response, max: number): Promise<string> {
  const tooLarge = () => new Error(`the document is larger than ${max} bytes`);
  if (Number(response.headers.get('content-length')) > max) {
    // Unread, the body would keep its connection busy while the server streams it.
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let received = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > max) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchJson(url: string, signal: AbortSignal, maxLength: number): Promise<unknown> {
  const response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await readCapped(response, maxLength);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`the response is not JSON (${response.headers.get('content-type') ?? 'no content type'})`);
  }
}

/**
 * Fetches `url` (without its fragment) once for the whole page. Failures are kept too, so a
 * broken URL shared by many widgets is requested once. A request nobody waits for any more is aborted.
 */
export function fetchStory(url: string, { timeout, maxLength }: StoryOptions): StoryHandle {
  let request = requests.get(url);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer after ${timeout / 1000} s`)), timeout);
    const entry: Request = { controller, users: 0, settled: false, promise: Promise.resolve() };
    entry.promise = fetchJson(url, controller.signal, maxLength)
      .catch((error: unknown) => {
        const reason = controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : error;
        controller.abort(); // whatever failed, the connection is not left open
        throw reason;
      })
      .finally(() => {
        clearTimeout(timer);
        entry.settled = true;
      });
    entry.promise.catch(() => undefined);
    request = entry;
    requests.set(url, request);
  }
  const held = request;
  held.users++;
  let released = false;
  return {
    document: held.promise,
    release() {
      if (released) return;
      released = true;
      if (--held.users === 0 && !held.settled) {
        held.controller.abort();
        requests.delete(url);
      }
    },
  };
}

/**
 * The widget's own object from a fetched document: the item with `id` in `collection`, or,
 * without an id, the whole document. Throws an Error whose message says what is missing.
 */
export function pickItem(document: unknown, collection: StoryCollection, id: string): Raw {
  if (!isObject(document)) throw new Error('the document is not a JSON object');
  if (!id) return document;
  const items = document[collection];
  if (!Array.isArray(items)) throw new Error(`the document has no "${collection}" list`);
  const item = items.find((entry) => isObject(entry) && entry.id === id);
  if (!isObject(item)) throw new Error(`no item with id "${id}" in "${collection}"`);
  return item;
}
