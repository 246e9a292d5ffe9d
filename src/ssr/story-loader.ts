/**
 * Story documents on a server: `src` read from disk (a path relative to the document being
 * prerendered, or a `file:` URL, only when that document itself was read from disk) or fetched over
 * http(s), each document once per loader however many widgets point at it. No other scheme is ever
 * read. Items are picked and problems worded as in the browser (see core/story-source.ts).
 */
/// <reference types="node" />
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { storyOptions, type StoryCollection } from '../core/story.js';
import { decodeFragment, fetchStory, pickItem } from '../core/story-fetch.js';
import { errorText } from '../core/story-source.js';
import type { Problem, Raw } from '../core/validate.js';

/** What a widget's `src` gave: its object, or the problem that stands for it. */
export type StoryResult = { data: Raw; problem?: undefined } | { data?: undefined; problem: Problem };

async function readJsonFile(url: string): Promise<unknown> {
  const path = fileURLToPath(url);
  if ((await stat(path)).size > storyOptions.maxLength) throw new Error(`the document is larger than ${storyOptions.maxLength} bytes`);
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

  /**
   * @param base What relative `src` values resolve against: the address of the document being
   *   prerendered (`file:` URL when it was read from disk, http(s) when it was served); undefined
   *   when it has none, and then only absolute http(s) URLs load.
   */
  constructor(private readonly base?: string) {}

  /** The object `src` points at in `collection` (`story.json#item-id`), or why there is none. */
  async item(src: string, collection: StoryCollection): Promise<StoryResult> {
    const refused: StoryResult = { problem: { field: 'src', message: `must be an http(s) URL; got "${src.trim().slice(0, 80)}"` } };
    let url: URL;
    try {
      url = new URL(src.trim(), this.base);
    } catch {
      return refused;
    }
    const fromDisk = url.protocol === 'file:' && this.base?.startsWith('file:');
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && !fromDisk) return refused;
    const id = decodeFragment(url.hash.slice(1));
    url.hash = '';
    const address = url.href;
    let document = this.documents.get(address);
    if (!document) {
      document = fromDisk ? readJsonFile(address) : fetchStory(address, storyOptions).document;
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
