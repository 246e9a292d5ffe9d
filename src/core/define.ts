// First: every widget entry imports this module before its class, so the guard runs before Lit loads.
import './unclobber.js';
import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Defines `tag` unless it already is. A second copy of Lede on the page is harmless: the first
 * definition stays, and a copy of another version says so once in the console.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`<${tag}> is already defined by Lede ${existing.version ?? '(unknown version)'}; this copy (${VERSION}) is not used.`);
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`<${tag}> could not be defined:`, error);
  }
}
