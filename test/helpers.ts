/** Test helpers shared by every widget's tests. */
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { LedeErrorDetail } from '../src/core/lede-element.js';

/** Records console.warn calls until `restore()`. */
export function captureWarnings(): { calls: string[]; restore(): void } {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console.warn = original) };
}

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Waits until the widget's shadow root shows `text`. */
export async function untilShown(el: Element, text: string): Promise<void> {
  await waitUntil(() => shadowText(el).includes(text), `"${text}" never shown in <${el.localName}>: "${shadowText(el)}"`);
}

/** Resolves with the next `lede-error` event's problems. */
export async function nextProblems(el: Element): Promise<LedeErrorDetail['problems']> {
  const event = (await oneEvent(el, 'lede-error')) as CustomEvent<LedeErrorDetail>;
  return event.detail.problems;
}

/** A URL of a fixture served by the test runner, unique per call so no request is shared by accident. */
let counter = 0;
export function fixtureUrl(name: string, fragment = ''): string {
  return `${new URL(`./fixtures/${name}`, import.meta.url).href}?n=${++counter}${fragment ? `#${fragment}` : ''}`;
}

/** Text as a widget shows it: what FieldReader keeps of it (no bidi controls, breaking white space collapsed). */
export function shownAs(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();
}

/** The first element of the shadow root with `part` name `name`. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every element of the shadow root with `part` name `name`. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** Whether the shadow root has a `part` named `name` (a boolean: a failing assertion need not print a DOM node). */
export function hasPart(el: Element, name: string): boolean {
  return part(el, name) !== null;
}

/** A node's text as a reader sees it: breaking white space collapsed (the no-break spaces Intl writes are kept). */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();
}
