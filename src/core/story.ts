/**
 * Story documents, as every widget sees them: the page-wide settings and `watchSrc`. The fetching
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
 * A widget's `src`, an http(s) `url` whose fragment names the item of `collection` (the whole
 * document without one): once the fetching code is in (story-fetch.ts), fetched when `el` comes
 * near the viewport (at once when `eager`), once for every widget that needs the same document.
 * `done` gets the item, or the problem message when it could not be had (the code not loading
 * included). Returns a function that stops it: `done` is not called after, and nothing is fetched
 * when the code had not arrived yet.
 */
export function watchSrc(el: Element, url: string, collection: StoryCollection, eager: boolean, done: (item: Raw | undefined, problem?: string) => void): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  import('./story-fetch.js').then(
    (fetching) => {
      if (!stopped) stop = fetching.watchSrc(el, url, collection, eager, storyOptions, done);
    },
    (error: unknown) => stopped || done(undefined, `could not load ${url.split('#')[0].slice(0, 200)}: ${error instanceof Error ? error.message : 'unknown error'}`),
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
