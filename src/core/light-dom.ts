import type { ReactiveController, ReactiveElement } from 'lit';
import { stopWatchingChildren, watchChildren } from './observe.js';
import { whenParsed } from './parsed.js';
import { isRecord, type Problem, type Raw } from './validate.js';

/** Light-DOM children that never count as the widget's text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * True for a light-DOM child that is not the widget's text: a script, style or template, or plain
 * markup kept as the widget's fallback (`[data-lede]`, as the builder's tags hold it), which readers
 * see until the widget draws but whose words are the data's, not a field of their own.
 */
const notText = (el: Element): boolean => NOT_TEXT.has(el.tagName) || el.hasAttribute('data-lede');

/** The attribute that carries the widget's JSON object where a sanitizer drops `<script>` (WordPress kses, Drupal). */
export const JSON_ATTRIBUTE = 'data-lede-json';

/**
 * A widget's light DOM as data: the text of its children (the schema's text field; not a script's,
 * nor that of plain markup it holds as fallback), its first
 * inline `<script type="application/json">` and its `data-lede-json` attribute, read when the
 * widget is connected and again whenever its children or that attribute change; the host updates
 * when any does. A widget the parser connects before its children (a classic script in `<head>`
 * without `defer`) is `pending` until the parser has gone past its end tag (see parsed.ts):
 * missing fields are not problems yet.
 * Its host calls `hostConnected` and `hostDisconnected` itself (see LedeElement: no Lit controller set per widget).
 */
export class LightDom implements ReactiveController {
  /** The inline JSON's text, not parsed yet (its problems are the widget's to report). */
  json?: string;
  /** The `data-lede-json` attribute's text, not parsed yet. */
  attributeJson?: string;
  /** The children's text, spaces trimmed; undefined when there is none. */
  text?: string;
  /** Set while the HTML parser may still add children: cancels the wait. */
  private stopParsing?: () => void;

  constructor(private readonly host: ReactiveElement) {
  }

  /** The parser has not read every child yet. */
  get pending(): boolean {
    return this.stopParsing !== undefined;
  }

  hostConnected(): void {
    this.read();
    // Here, not with the element: a server (Lit SSR) constructs elements but never connects them. A
    // descendant's `data-lede-json` (the plain markup kept as fallback) triggers a read that finds no change.
    watchChildren(this.host, this, [JSON_ATTRIBUTE]);
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

  /** Called by watchChildren when the host's children or its JSON attribute change (the controller itself is what it keeps: no closure per widget). */
  childrenChanged(): void {
    this.read();
  }

  /**
   * The object of the inline JSON and of `data-lede-json` (`{}` when neither). Both are inline JSON,
   * at the same rank; where both give a field, the `<script>` wins. A text that is not a JSON object
   * adds a problem under `script` or `data-lede-json` and counts as `{}`.
   */
  inlineData(problems: Problem[]): Raw {
    return { ...parseObject(this.attributeJson, JSON_ATTRIBUTE, problems), ...parseObject(this.json, 'script', problems) };
  }

  private read(): void {
    let json: string | undefined;
    const texts: string[] = [];
    for (const node of this.host.childNodes) {
      if (node instanceof HTMLScriptElement) {
        if (node.type === 'application/json') json ??= node.textContent ?? '';
      } else if (node.nodeType === Node.TEXT_NODE || (node instanceof Element && !notText(node))) {
        texts.push(node.textContent ?? '');
      }
    }
    const text = texts.join(' ').trim() || undefined;
    const attributeJson = this.host.getAttribute(JSON_ATTRIBUTE) ?? undefined;
    if (json === this.json && text === this.text && attributeJson === this.attributeJson) return;
    this.json = json;
    this.text = text;
    this.attributeJson = attributeJson;
    this.host.requestUpdate();
  }
}

/** The JSON object in `json` (`{}` when absent); anything else adds a problem under `field`. */
function parseObject(json: string | undefined, field: string, problems: Problem[]): Raw {
  if (json === undefined) return {};
  const name = field === 'script' ? 'inline JSON' : field;
  try {
    const parsed: unknown = JSON.parse(json);
    if (isRecord(parsed)) return parsed;
    problems.push({ field, message: `${name} must be an object` });
  } catch {
    problems.push({ field, message: `${name} is not valid JSON` });
  }
  return {};
}
