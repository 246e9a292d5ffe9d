import type { ReactiveController, ReactiveElement } from 'lit';
import { whenNearViewport } from './observe.js';
import { loadItem, type StoryCollection, type StoryHandle } from './story.js';
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

/** The item id from a `src` fragment; a malformed escape is taken as written rather than failing the load. */
export function decodeFragment(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * A widget's `src`: the story document item (`story.json#id`) or JSON object it points at, fetched
 * when the widget comes near the viewport (at once with `loading="eager"`), shared with every
 * widget on the page that needs the same document, and let go when the widget is removed.
 * Only http(s) URLs are fetched; relative ones resolve against the widget's own `baseURI`.
 */
export class StorySource implements ReactiveController {
  /** The object `src` gave, once it answered; kept while the widget moves in the page. */
  data?: Raw;
  /** Why `src` gave nothing: not an http(s) URL, or the fetch failed. */
  problems: Problem[] = NO_PROBLEMS;
  private handle?: StoryHandle<Raw>;
  private loaded?: string;
  private dataSrc?: string;
  private stopWatching?: () => void;

  constructor(
    private readonly host: StorySourceHost,
    private readonly collection: () => StoryCollection,
  ) {
    host.addController(this);
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
    this.handle?.release();
    this.handle = undefined;
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
    const hash = url.indexOf('#');
    const address = hash < 0 ? url : url.slice(0, hash);
    const start = () => {
      if (this.loaded !== src || this.handle) return;
      const handle = (this.handle = loadItem(address, this.collection(), decodeFragment(hash < 0 ? '' : url.slice(hash + 1))));
      handle.document.then(
        (item) => {
          if (this.handle !== handle) return;
          this.data = item;
          host.requestUpdate();
        },
        (error: unknown) => {
          if (this.handle !== handle) return; // removed or pointed elsewhere meanwhile: nothing to say
          this.problems = [{ field: 'src', message: `could not load ${address.slice(0, 200)}: ${errorText(error)}` }];
          host.requestUpdate();
        },
      );
    };
    if (host.loading === 'eager') start();
    else this.stopWatching = whenNearViewport(host, start);
  }
}
