/**
 * Fetching story documents: one JSON file per story, fetched once per URL however many widgets
 * point at it, and a widget's `src` from its URL to its item, asked for once the widget is near
 * the viewport. Loaded on demand, the first time a widget has a `src` (see story.ts), so this module
 * imports nothing at run time but near-viewport.ts, which nothing else imports: both build into one file.
 */
import { whenNearViewport } from './near-viewport.js';
import type { StoryCollection, StoryHandle, StoryOptions } from './story.js';

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

/** An error's message for a problem report; never throws (a copy of story-source.ts's: a module loaded on demand imports nothing, so that the loader's and lede-all.js's builds write the same file). */
const errorText = (error: unknown): string => (error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error');

/** The item id from a `src` fragment; a malformed escape is taken as written rather than failing the load. */
export function decodeFragment(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * A widget's `src`, an http(s) `url` whose fragment names the item of `collection` (the whole
 * document without one): fetched once `el` comes near the viewport (at once when `eager`), shared
 * with every widget that needs the same document. `done` gets the item, or the problem message when
 * it could not be had. Returns a function that stops it: `done` is not called after, and the
 * request is let go.
 */
export function watchSrc(
  el: Element,
  url: string,
  collection: StoryCollection,
  eager: boolean,
  options: StoryOptions,
  done: (item: Raw | undefined, problem?: string) => void,
): () => void {
  const hash = url.indexOf('#');
  const address = hash < 0 ? url : url.slice(0, hash);
  let handle: StoryHandle | undefined;
  let stopped = false;
  const start = (): void => {
    if (stopped || handle) return;
    handle = fetchStory(address, options);
    handle.document
      .then((document) => pickItem(document, collection, decodeFragment(hash < 0 ? '' : url.slice(hash + 1))))
      .then(
        (item) => stopped || done(item),
        // Stopped (removed, or pointed elsewhere) meanwhile: nothing to say.
        (error: unknown) => stopped || done(undefined, `could not load ${address.slice(0, 200)}: ${errorText(error)}`),
      );
  };
  const cancel = eager ? (start(), undefined) : whenNearViewport(el, start);
  return () => {
    stopped = true;
    cancel?.();
    handle?.release();
  };
}
