import type { ReactiveController, ReactiveElement } from 'lit';
import { watchSrc, type StoryCollection } from './story.js';
import { safeHttpUrl, type Problem, type Raw } from './validate.js';

/** What the controller needs of its widget. */
export interface StorySourceHost extends ReactiveElement {
  src?: string;
  loading?: 'lazy' | 'eager';
}

/** An error's message for a problem report; never throws, whatever was thrown. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';

/** Shared by every widget whose `src` has no problem (never added to: a new list replaces it). */
const NO_PROBLEMS: Problem[] = [];

/**
 * A widget's `src`: the story document item (`story.json#id`) or JSON object it points at, fetched
 * when the widget comes near the viewport (at once with `loading="eager"`), shared with every
 * widget on the page that needs the same document, and let go when the widget is removed.
 * Only http(s) URLs are fetched; relative ones resolve against the widget's own `baseURI`.
 * Its host calls `hostConnected` and `hostDisconnected` itself (see LedeElement: no Lit controller set per widget).
 */
export class StorySource implements ReactiveController {
  /** The object `src` gave, once it answered; kept while the widget moves in the page. */
  data?: Raw;
  /** Why `src` gave nothing: not an http(s) URL, or the fetch failed. */
  problems: Problem[] = NO_PROBLEMS;
  private loaded?: string;
  private dataSrc?: string;
  private stopWatching?: () => void;

  constructor(
    private readonly host: StorySourceHost,
    /** The host's story collection; one function shared by every widget (no closure per widget). */
    private readonly collection: (host: StorySourceHost) => StoryCollection,
  ) {
  }

  /** `src` is set and has neither answered nor failed yet: missing fields are not problems yet. */
  get pending(): boolean {
    return Boolean(this.loaded?.trim()) && this.data === undefined && !this.problems.length;
  }

  hostConnected(): void {
    this.load();
  }

  hostDisconnected(): void {
    this.unload();
  }

  private unload(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.loaded = undefined;
  }

  /** Starts loading the host's `src` when it is connected and `src` changed; call it when `src` or `loading` changes. */
  load(): void {
    const { host } = this;
    if (!host.isConnected || host.src === this.loaded) return;
    this.unload();
    const src = (this.loaded = host.src);
    // A widget moved in the page keeps what it showed; only a new `src` clears it.
    if (src !== this.dataSrc) {
      this.data = undefined;
      this.dataSrc = src;
    }
    this.problems = NO_PROBLEMS;
    host.requestUpdate();
    if (!src?.trim()) return;
    // The element's own baseURI: `document.baseURI` can be clobbered by page markup.
    const url = safeHttpUrl(src, host.baseURI);
    if (!url) {
      this.problems = [{ field: 'src', message: `must be an http(s) URL; got "${src.trim().slice(0, 80)}"` }];
      return;
    }
    this.stopWatching = watchSrc(host, url, this.collection(host), host.loading === 'eager', (item, problem) => {
      if (problem === undefined) this.data = item;
      else this.problems = [{ field: 'src', message: problem }];
      host.requestUpdate();
    });
  }
}
