/**
 * What every reliability and security test checks, whatever the widget, route or input:
 * nothing executes, nothing is thrown, the widget settles showing its data or its error,
 * problems are reported once, and the shadow DOM holds only the widget's own tags and attributes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LedeErrorDetail } from '../../src/core/lede-element.js';
import type { Raw } from '../../src/core/validate.js';
import { ROUTES, type Host, type Route } from './routes.js';
import type { WidgetSpec } from './widgets.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

declare global {
  interface Window {
    /** Called by every payload; must never run. */
    ledePwn?: () => void;
  }
}

/**
 * Page-wide watch over a test file: the execution canary (`ledePwn()`, `alert()`, …), uncaught
 * errors, unhandled rejections and console warnings.
 */
export class Watch {
  canaryHits = 0;
  pageErrors: string[] = [];
  warnings: string[] = [];
  private restore: Array<() => void> = [];

  start(): this {
    const hit = () => {
      this.canaryHits++;
    };
    for (const name of ['ledePwn', 'alert', 'confirm', 'prompt', 'print'] as const) {
      const original = window[name];
      (window as unknown as Raw)[name] = hit;
      this.restore.push(() => ((window as unknown as Raw)[name] = original));
    }
    const onError = (event: ErrorEvent) => this.pageErrors.push(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => this.pageErrors.push(`unhandled rejection: ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const warn = console.warn;
    console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
    this.restore.push(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = warn;
    });
    return this;
  }

  stop(): void {
    this.restore.reverse().forEach((undo) => undo());
    this.restore = [];
  }

  /** Nothing ran, nothing was thrown. Waits one task first: unhandled rejections are announced in a later task. */
  async expectQuiet(context = ''): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    expect(this.canaryHits, `code from the data ran ${context}`).to.equal(0);
    expect(this.pageErrors, `uncaught errors ${context}`).to.deep.equal([]);
  }
}

/**
 * The hooks every security suite shares: a Watch over the whole suite, and for each test a fresh
 * container in the page (with `lang` when given), removed after the test; with `quiet` (the
 * default) a test also fails on any page error or unread warning it leaves.
 */
export function sandbox({ quiet = true, lang }: { quiet?: boolean; lang?: string } = {}): { watch: Watch; container: HTMLElement } {
  const box = { watch: new Watch(), container: document.createElement('div') };
  before(() => box.watch.start());
  after(() => box.watch.stop());
  beforeEach(() => {
    box.container = document.createElement('div');
    if (lang) box.container.lang = lang;
    document.body.append(box.container);
  });
  afterEach(async () => {
    box.container.remove();
    if (quiet) await box.watch.expectQuiet();
  });
  return box;
}

/** A widget in the page with every `lede-error` it fired. */
export interface Mounted {
  host: Host;
  reports: LedeErrorDetail['problems'][];
  /** The light-DOM nodes the route put in, to check the widget left them alone. */
  lightDom: Node[];
  /** Milliseconds from insertion until the widget settled. */
  ms: number;
}

export const errorNote = (host: Element): Element | null => host.shadowRoot?.querySelector('[part="error"]') ?? null;

/** Settled: the widget shows its data, or its error note. */
export const settled = (host: Element, widget: WidgetSpec): boolean =>
  Boolean(host.shadowRoot?.querySelector(widget.rendered) || errorNote(host));

/** Puts `item` into the page through `route` and waits until the widget has used it. */
export async function mount(widget: WidgetSpec, route: Route, item: Raw, container: Element): Promise<Mounted> {
  const host = await route.create(widget, item);
  const reports: LedeErrorDetail['problems'][] = [];
  host.addEventListener('lede-error', (event) => reports.push(event.detail.problems));
  const lightDom = [...host.childNodes];
  const start = performance.now();
  container.append(host);
  await host.updateComplete;
  // Generous: a story document holding every payload in every field, fetched and drawn by a browser
  // busy with other tests, can take seconds; a widget that never settles still fails.
  if (route.deferred) await waitUntil(() => settled(host, widget), `<${widget.tag}> never settled through ${route.name}`, { interval: 5, timeout: 15_000 });
  await host.updateComplete;
  return { host, reports, lightDom, ms: performance.now() - start };
}

/** Puts many items in at once (one widget each) and waits until all have settled. */
export async function mountAll(widget: WidgetSpec, route: Route, items: Raw[], container: Element): Promise<Mounted[]> {
  return Promise.all(items.map((item) => mount(widget, route, item, container)));
}

/** The tags and attributes a widget draws with sensible data, with an error, and with nothing usable. */
export interface Vocabulary {
  tags: Set<string>;
  attributes: Set<string>;
}

const vocabularies = new Map<string, Vocabulary>();

/** Learns the widget's vocabulary from its own rendering of `full`, of `full` with an error, and of nothing. */
export async function vocabularyOf(widget: WidgetSpec): Promise<Vocabulary> {
  let vocabulary = vocabularies.get(widget.tag);
  if (vocabulary) return vocabulary;
  vocabulary = { tags: new Set(), attributes: new Set() };
  const route = ROUTES.find((candidate) => candidate.name === 'data property')!;
  const container = document.createElement('div');
  container.lang = 'xx'; // a language without strings: the widget marks itself lang="en"
  document.body.append(container);
  const watch = new Watch().start(); // the samples' own warnings are expected
  try {
    const broken = Object.fromEntries(Object.keys(widget.fields).map((field) => [field, ['not', 'usable']]));
    const items = [widget.full, { ...widget.full, date: 'not a date', sourceUrl: 'javascript:void 0' }, {}, broken];
    // …and in French, whose ordinal ending is drawn as a superscript (3<sup>e</sup>).
    for (const [index, item] of [...items, widget.full].entries()) {
      container.lang = index < items.length ? 'xx' : 'fr';
      const { host } = await mount(widget, route, item, container);
      for (const el of host.shadowRoot!.querySelectorAll('*')) {
        vocabulary.tags.add(el.localName);
        for (const attribute of el.getAttributeNames()) vocabulary.attributes.add(attribute);
      }
    }
  } finally {
    watch.stop();
    container.remove();
  }
  vocabularies.set(widget.tag, vocabulary);
  return vocabulary;
}

/** Attributes whose value is fetched or followed: only http(s) may ever appear there. */
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'ping', 'srcset', 'data'];

/** What must hold for one widget after any input (the page-wide part is `Watch.expectQuiet`). */
export function expectSafe(mounted: Mounted, widget: WidgetSpec, vocabulary: Vocabulary, context = ''): void {
  const { host, reports, lightDom } = mounted;
  const root = host.shadowRoot!;
  const where = `<${widget.tag}> ${context}`;
  expect(settled(host, widget), `${where} shows neither its data nor an error`).to.equal(true);

  const shown = errorNote(host) !== null;
  expect(reports.length, `${where}: error note shown ${shown}, lede-error fired ${reports.length}×`).to.equal(shown ? 1 : 0);
  if (shown) expect(reports[0].length, `${where} reported an empty problem list`).to.be.greaterThan(0);

  for (const el of root.querySelectorAll('*')) {
    expect(vocabulary.tags.has(el.localName), `${where} created <${el.localName}> from data`).to.equal(true);
    for (const name of el.getAttributeNames()) {
      expect(vocabulary.attributes.has(name), `${where} created attribute ${name} on <${el.localName}> from data`).to.equal(true);
    }
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) expect(value, `${where} <${el.localName} ${name}> is not http(s)`).to.match(/^https?:\/\//);
    }
  }
  for (const link of root.querySelectorAll('a')) expect(link.protocol, `${where} links to ${link.href}`).to.be.oneOf(['http:', 'https:']);
  expect(root.textContent, `${where} draws a bidi embedding, override or isolate from data`).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
  expect([...host.childNodes], `${where} changed its light DOM`).to.deep.equal(lightDom);
}

/** Reported problems that name `field` (or an item of it). */
export function problemsAbout(mounted: Mounted, field: string): string[] {
  return mounted.reports.flat().filter((problem) => problem.field === field || problem.field.startsWith(`${field}[`)).map((problem) => problem.message);
}

const HIDDEN = new Set(['script', 'style', 'template']);

/** The text a reader sees in the widget's shadow root (slotted light DOM included), whitespace collapsed. */
export function visibleText(host: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else if (node instanceof Element && HIDDEN.has(node.localName)) return;
    else if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else node.childNodes.forEach(walk);
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
