/**
 * Story documents on a server: `src` read from disk (a path relative to the document being
 * prerendered, or a `file:` URL, only when that document itself was read from disk) or fetched over
 * http(s), each document once per loader however many widgets point at it. No other scheme is ever
 * read. Items are picked and problems worded as in the browser (see core/story-source.ts).
 */
/// <reference types="node" />
import { readFile, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyOptions, type StoryCollection } from '../core/story.js';
import { decodeFragment, fetchStory, pickItem } from '../core/story-fetch.js';
import { errorText } from '../core/story-source.js';
import type { Problem, Raw } from '../core/validate.js';

/** What a widget's `src` gave: its object, or the problem that stands for it. */
export type StoryResult = { data: Raw; problem?: undefined } | { data?: undefined; problem: Problem };

/**
 * A story document on disk, only when it really lies in `root` (a link out of the site is followed
 * to where it leads, and refused there) and is a regular file (not a device or a pipe, which would
 * never end) of at most `storyOptions.maxLength` bytes.
 */
async function readJsonFile(url: string, root: string): Promise<unknown> {
  const [path, folder] = await Promise.all([realpath(fileURLToPath(url)), realpath(fileURLToPath(root))]);
  if (!path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) throw new Error("the file lies outside the site's folder");
  const file = await stat(path);
  if (!file.isFile()) throw new Error('not a file');
  if (file.size > storyOptions.maxLength) throw new Error(`the document is larger than ${storyOptions.maxLength} bytes`);
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON');
  }
}

/** Loads story documents for one prerender run. */
export class StoryLoader {
  private readonly documents = new Map<string, Promise<unknown>>();
  /** The folder disk reads stay in (a `file:` URL ending in `/`), when the document came from disk. */
  private readonly root?: string;

  /**
   * @param base What relative `src` values resolve against: the address of the document being
   *   prerendered (`file:` URL when it was read from disk, http(s) when it was served); undefined
   *   when it has none, and then only absolute http(s) URLs load.
   * @param root For a document read from disk: the site's folder (a `file:` URL), which a `src`
   *   beginning with `/` starts from, as it would on the web server, and outside of which nothing
   *   is read. By default the document's own folder.
   */
  constructor(
    private readonly base?: string,
    root?: string,
  ) {
    if (base?.startsWith('file:')) {
      const folder = new URL(root ?? '.', base).href;
      this.root = folder.endsWith('/') ? folder : `${folder}/`;
    }
  }

  /**
   * The object `src` points at in `collection` (`story.json#item-id`), or why there is none. A
   * protocol-relative `src` (`//host/story.json`) takes the scheme of an http(s) page, and is
   * refused for a page read from disk or without an address.
   */
  async item(src: string, collection: StoryCollection): Promise<StoryResult> {
    const written = src.trim();
    const refused: StoryResult = { problem: { field: 'src', message: `must be an http(s) URL; got "${written.slice(0, 80)}"` } };
    // `//host/story.json` takes the page's scheme, as in a browser: only a page served over http(s) has one to give.
    if (written.startsWith('//') && !/^https?:/i.test(this.base ?? '')) {
      const page = this.base ? 'read from disk' : 'without an address';
      return { problem: { field: 'src', message: `"${written.slice(0, 80)}" has no scheme, and a page ${page} has none to give it (write https:); not read` } };
    }
    let url: URL;
    try {
      // On disk, `/stories/x.json` is the site's, not the file system's: it starts from the root.
      url = this.root && /^\/(?!\/)/.test(written) ? new URL(`.${written}`, this.root) : new URL(written, this.base);
    } catch {
      return refused;
    }
    if (url.protocol === 'file:') {
      // Only a relative path of a page read from disk, and only inside its site's folder.
      if (!this.root || /^[a-z][a-z\d+.-]*:/i.test(written)) return refused;
      if (!url.href.startsWith(this.root)) return { problem: { field: 'src', message: `"${written.slice(0, 80)}" is outside the site's folder (the root option); not read` } };
    } else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return refused;
    }
    const fromDisk = url.protocol === 'file:';
    const id = decodeFragment(url.hash.slice(1));
    url.hash = '';
    const address = url.href;
    let document = this.documents.get(address);
    if (!document) {
      document = fromDisk ? readJsonFile(address, this.root!) : fetchStory(address, storyOptions).document;
      document.catch(() => undefined);
      this.documents.set(address, document);
    }
    try {
      return { data: pickItem(await document, collection, id) };
    } catch (error) {
      return { problem: { field: 'src', message: `could not load ${address.slice(0, 200)}: ${errorText(error)}` } };
    }
  }
}
