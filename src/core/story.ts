/**
 * Story documents, as every widget sees them: the page-wide settings and `loadItem`. The fetching
 * itself (story-fetch.ts) is loaded the first time a widget on the page has a `src`, so pages
 * that give widgets their data in the markup never download it.
 */
import type { Raw } from './validate.js';

/** The arrays of a story document, one per widget family. */
export type StoryCollection = 'quotes' | 'deals' | 'figures' | 'timelines' | 'keyNumbers' | 'profiles' | 'explainers';

/** Settings for every story fetch on the page. */
export const storyOptions = {
  /** Milliseconds before a fetch is given up (default 10 s). */
  timeout: 10_000,
  /** Largest document accepted, in bytes (default 2 MB); a bigger one is not downloaded further. */
  maxLength: 2_000_000,
};
export type StoryOptions = typeof storyOptions;

/** A widget's hold on a shared request; `release()` lets it be aborted when nobody else waits. */
export interface StoryHandle<T = unknown> {
  document: Promise<T>;
  release(): void;
}

/**
 * Calls `start` once `el` comes within a screen or so of the viewport, or the page is printed (see
 * near-viewport.ts, which comes with the fetching code). Returns a cancel function. Should that code
 * fail to load, `start` runs at once, and loadItem reports why.
 */
export function whenNear(el: Element, start: () => void): () => void {
  let cancel: (() => void) | undefined;
  let cancelled = false;
  import('./story-fetch.js').then(
    ({ whenNearViewport }) => {
      if (!cancelled) cancel = whenNearViewport(el, start);
    },
    () => {
      if (!cancelled) start();
    },
  );
  return () => {
    cancelled = true;
    cancel?.();
  };
}

/**
 * The item `id` of `collection` in the story document at `url` (without its fragment), or the
 * whole document when `id` is empty. Rejects with an Error that says what went wrong.
 */
export function loadItem(url: string, collection: StoryCollection, id: string): StoryHandle<Raw> {
  let held: StoryHandle | undefined;
  let released = false;
  const document = import('./story-fetch.js').then(async ({ fetchStory, pickItem }) => {
    // Released while the code was on its way: nothing is fetched, and nobody listens any more.
    if (released) return new Promise<never>(() => undefined);
    held = fetchStory(url, storyOptions);
    return pickItem(await held.document, collection, id);
  });
  return {
    document,
    release() {
      released = true;
      held?.release();
    },
  };
}
