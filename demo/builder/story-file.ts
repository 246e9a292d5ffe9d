/**
 * A whole story document in the builder, for the data desk: open a `.json` file, edit its items
 * one by one, export it again. Pure functions of plain JSON, except `downloadJson`.
 */

export type Story = Record<string, unknown>;

/** Where an item sits in the story: `story[collection][index]`. */
export interface ItemRef {
  collection: string;
  index: number;
}

/** One item, listed for the picker. */
export interface StoryItem extends ItemRef {
  id: string;
  /** A few words to recognize it by. */
  title: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a story document; throws an Error that says what is wrong. */
export function parseStory(text: string): Story {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON.');
  }
  if (!isRecord(parsed)) throw new Error('A story document is a JSON object, with lists such as "quotes" and "deals".');
  return parsed;
}

/** The items of the given lists (only objects count), in document order. */
export function storyItems(story: Story, collections: readonly string[]): StoryItem[] {
  return collections.flatMap((collection) => {
    const list = story[collection];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item, index) => {
      if (!isRecord(item)) return [];
      const words = ['headline', 'title', 'label', 'text', 'speaker'].map((key) => item[key]).find((value) => typeof value === 'string');
      const id = typeof item.id === 'string' ? item.id : '';
      return [{ collection, index, id, title: String(words ?? id ?? '').slice(0, 60) }];
    });
  });
}

/** The item at `ref`, or undefined. */
export function itemAt(story: Story, ref: ItemRef): Record<string, unknown> | undefined {
  const list = story[ref.collection];
  const item = Array.isArray(list) ? list[ref.index] : undefined;
  return isRecord(item) ? item : undefined;
}

/** A copy of the story with the item at `ref` replaced. */
export function replaceItem(story: Story, ref: ItemRef, item: Record<string, unknown>): Story {
  const list = Array.isArray(story[ref.collection]) ? [...(story[ref.collection] as unknown[])] : [];
  list[ref.index] = item;
  return { ...story, [ref.collection]: list };
}

/** A copy of the story with `item` added at the end of its list, and where it went. */
export function appendItem(story: Story, collection: string, item: Record<string, unknown>): { story: Story; ref: ItemRef } {
  const list = Array.isArray(story[collection]) ? (story[collection] as unknown[]) : [];
  return { story: { ...story, [collection]: [...list, item] }, ref: { collection, index: list.length } };
}

/** A new story document holding one item. */
export function newStory(collection: string, item: Record<string, unknown>, lang: string): Story {
  const id = typeof item.id === 'string' && item.id ? item.id : 'story';
  return { id, lang, [collection]: [item] };
}

/** Offers `value` as a `.json` download. */
export function downloadJson(filename: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once this task is done.
  setTimeout(() => URL.revokeObjectURL(url));
}
