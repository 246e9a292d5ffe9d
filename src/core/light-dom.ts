import type { ReactiveController, ReactiveElement } from 'lit';
import { stopWatchingChildren, watchChildren } from './observe.js';
import { whenParsed } from './parsed.js';

/** Light-DOM children that never count as the widget's text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * A widget's light DOM as data: the text of its children (the schema's text field) and its first
 * inline `<script type="application/json">`, read when the widget is connected and again whenever
 * its children change; the host updates when either does. A widget the parser connects before its
 * children (a classic script in `<head>` without `defer`) is `pending` until the parser has gone
 * past its end tag (see parsed.ts): missing fields are not problems yet.
 */
export class LightDom implements ReactiveController {
  /** The inline JSON's text, not parsed yet (its problems are the widget's to report). */
  json?: string;
  /** The children's text, spaces trimmed; undefined when there is none. */
  text?: string;
  /** Set while the HTML parser may still add children: cancels the wait. */
  private stopParsing?: () => void;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The parser has not read every child yet. */
  get pending(): boolean {
    return this.stopParsing !== undefined;
  }

  hostConnected(): void {
    this.read();
    // Here, not with the element: a server (Lit SSR) constructs elements but never connects them.
    watchChildren(this.host, this);
    this.stopParsing ??= whenParsed(this.host, () => {
      this.stopParsing = undefined;
      this.read();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    stopWatchingChildren(this.host);
    this.stopParsing?.();
    this.stopParsing = undefined;
  }

  /** Called by watchChildren when the host's children change (the controller itself is what it keeps: no closure per widget). */
  childrenChanged(): void {
    this.read();
  }

  private read(): void {
    let json: string | undefined;
    const texts: string[] = [];
    for (const node of this.host.childNodes) {
      if (node instanceof HTMLScriptElement) {
        if (node.type === 'application/json') json ??= node.textContent ?? '';
      } else if (node.nodeType === Node.TEXT_NODE || (node instanceof Element && !NOT_TEXT.has(node.tagName))) {
        texts.push(node.textContent ?? '');
      }
    }
    const text = texts.join(' ').trim() || undefined;
    if (json === this.json && text === this.text) return;
    this.json = json;
    this.text = text;
    this.host.requestUpdate();
  }
}
