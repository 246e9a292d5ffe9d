import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { closestLang, resolveLocale, type ResolvedLocale } from './locale.js';
import { onLangChange, whenNearViewport } from './observe.js';
import { firstRenderTurn } from './schedule.js';
import { loadItem, type StoryCollection, type StoryHandle } from './story.js';
import { baseStyles } from './styles.js';
import { FieldReader, isRecord, safeHttpUrl, type Problem, type Raw } from './validate.js';
import { VERSION } from './version.js';

/** Detail of the `lede-error` event. */
export interface LedeErrorDetail {
  problems: Problem[];
}

/** `theme` values: `auto` follows the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Properties of the base class that are not data fields. */
const BASE_PROPERTIES = new Set(['data', 'src', 'theme', 'loading', 'preview']);

/** Light-DOM children that never count as the widget's text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/** An error's message for a problem report; never throws, whatever was thrown. */
const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';

/**
 * Lit clones every template with `document.importNode`. Page markup such as `<img name="importNode">`
 * replaces that method on `document` (DOM clobbering) and would leave every widget blank, so
 * templates are cloned with the real method instead.
 */
const creationScope = {
  importNode: (node: Node, deep?: boolean): Node => Document.prototype.importNode.call(document, node, deep),
};

/**
 * What every Lede widget shares: the four data sources and their precedence
 * (`data` property > attributes and light DOM > inline JSON > `src`), validation into a model
 * plus problems, reporting, locale and theme. A widget supplies `readModel` and `renderModel`.
 *
 * @fires {CustomEvent<LedeErrorDetail>} lede-error - Input could not be fully used; `detail.problems` lists `{field, message}`.
 */
export abstract class LedeElement<Data extends object, Model> extends LitElement {
  static override styles = [baseStyles];

  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /** The list of a story document that `src="story.json#id"` takes this widget's item from. */
  static collection: StoryCollection;

  /**
   * The JSON field that the light DOM's text fills, if any.
   * @internal
   */
  static textField?: string;

  // One static block instead of decorators: smaller once built. Subclasses declare theirs the same way;
  // Lit merges them with these. `attribute: false` keeps the state out of the documented attributes.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true },
    loading: {},
    preview: { type: Boolean },
    locale: { state: true, attribute: false },
    inlineJson: { state: true, attribute: false },
    lightText: { state: true, attribute: false },
    remote: { state: true, attribute: false },
    sourceProblems: { state: true, attribute: false },
  };

  /** The widget's data as one object; its fields take precedence over every other source. */
  declare data?: Partial<Data>;

  /** URL of a JSON document: `story.json#item-id` takes that item from the story document; without a fragment the JSON is the widget's own object. Only http(s) is fetched. */
  declare src?: string;

  /** Colour scheme. Without it the widget takes the page's text colour and background; `light` and `dark` force a scheme and paint the widget's own surface; `auto` follows the reader's system setting. */
  declare theme?: Theme;

  /** Shows the problem note under the widget, as on a page marked `<meta name="lede-preview">` (an editor's preview); readers never see it. */
  declare preview?: boolean;

  /** `eager` fetches `src` at once; by default it is fetched when the widget comes near the viewport. */
  declare loading?: 'lazy' | 'eager';

  /** The locale in force: from the closest `lang`, re-read when it changes. */
  protected locale: ResolvedLocale = resolveLocale('');

  private declare inlineJson?: string;
  private declare lightText?: string;
  private declare remote?: Raw;
  private sourceProblems: Problem[] = [];

  /** The normalized model, or undefined when the input is not enough to draw the widget. */
  protected model?: Model;
  /** Every problem with the current input. */
  protected problems: Problem[] = [];

  private reported = '';
  /** Derived in willUpdate: `src` has neither answered nor failed yet. */
  private waiting = false;
  private story?: StoryHandle<Raw>;
  private loadedSrc?: string;
  private remoteSrc?: string;
  private cleanups: Array<() => void> = [];
  private readonly lightObserver = new MutationObserver(() => this.readLightDom());

  /** Turns the merged input into a model; problems go to `reader`. Must not touch the DOM. */
  protected abstract readModel(reader: FieldReader): Model | undefined;

  /** Draws the model. Must not parse. */
  protected abstract renderModel(model: Model): TemplateResult;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.renderOptions.creationScope = creationScope;
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    this.lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.readLang();
    this.cleanups.push(onLangChange(() => this.readLang(), this));
    this.loadSrc();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver.disconnect();
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
    this.unloadSrc();
  }

  private readLang(): void {
    this.locale = resolveLocale(closestLang(this));
  }

  /**
   * An update waits for its language's strings when they are still loading (so `updateComplete`
   * covers them too), and a first render for its turn, so that many widgets upgrading at once
   * share the main thread (see schedule.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { ready } = this.locale;
    if (ready) {
      return ready.then(() => {
        this.readLang();
        return this.scheduleUpdate();
      });
    }
    const turn = this.hasUpdated ? undefined : firstRenderTurn();
    return turn ? turn.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  private readLightDom(): void {
    let json: string | undefined;
    const texts: string[] = [];
    for (const node of this.childNodes) {
      if (node instanceof HTMLScriptElement) {
        if (node.type === 'application/json') json ??= node.textContent ?? '';
      } else if (node.nodeType === Node.TEXT_NODE || (node instanceof Element && !NOT_TEXT.has(node.tagName))) {
        texts.push(node.textContent ?? '');
      }
    }
    this.inlineJson = json;
    this.lightText = texts.join(' ').trim() || undefined;
  }

  private unloadSrc(): void {
    this.story?.release();
    this.story = undefined;
    this.loadedSrc = undefined;
  }

  private loadSrc(): void {
    if (!this.isConnected || this.src === this.loadedSrc) return;
    this.unloadSrc();
    const src = (this.loadedSrc = this.src);
    // A widget moved in the page keeps what it showed; only a new `src` clears it.
    if (src !== this.remoteSrc) {
      this.remote = undefined;
      this.remoteSrc = src;
    }
    this.sourceProblems = [];
    if (!src?.trim()) return;
    // The element's own baseURI: `document.baseURI` can be clobbered by page markup.
    const url = safeHttpUrl(src, this.baseURI);
    if (!url) {
      this.sourceProblems = [{ field: 'src', message: `must be an http(s) URL; got "${src.trim().slice(0, 80)}"` }];
      return;
    }
    const hash = url.indexOf('#');
    const address = hash < 0 ? url : url.slice(0, hash);
    const id = hash < 0 ? '' : url.slice(hash + 1);
    const start = () => {
      if (this.loadedSrc !== src || this.story) return;
      const collection = (this.constructor as typeof LedeElement).collection;
      const story = (this.story = loadItem(address, collection, decodeFragment(id)));
      story.document
        .then((item) => {
          if (this.story === story) this.remote = item;
        })
        .catch((error: unknown) => {
          if (this.story !== story) return; // removed or pointed elsewhere meanwhile: nothing to say
          this.sourceProblems = [{ field: 'src', message: `could not load ${address.slice(0, 200)}: ${errorText(error)}` }];
        });
    };
    if (this.loading === 'eager') start();
    else this.cleanups.push(whenNearViewport(this, start));
  }

  /** Field values set as attributes (or their properties), by JSON name. */
  private attributeFields(): Raw {
    const fields: Raw = {};
    for (const [name, options] of (this.constructor as typeof LitElement).elementProperties) {
      if (options.attribute === false || options.state || BASE_PROPERTIES.has(String(name))) continue;
      const value = (this as unknown as Raw)[name as string];
      if (value !== undefined && value !== null) fields[name as string] = value;
    }
    return fields;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('loading')) this.loadSrc();
    const problems = [...this.sourceProblems];
    let inline: Raw = {};
    if (this.inlineJson !== undefined) {
      try {
        const parsed: unknown = JSON.parse(this.inlineJson);
        if (isRecord(parsed)) inline = parsed;
        else problems.push({ field: 'script', message: 'inline JSON must be an object' });
      } catch {
        problems.push({ field: 'script', message: 'inline JSON is not valid JSON' });
      }
    }
    const textField = (this.constructor as typeof LedeElement).textField;
    const merged: Raw = {
      ...this.remote,
      ...inline,
      ...(textField && this.lightText ? { [textField]: this.lightText } : {}),
      ...this.attributeFields(),
      ...(isRecord(this.data) ? this.data : {}),
    };
    if (this.data !== undefined && !isRecord(this.data)) problems.push({ field: 'data', message: 'must be an object' });
    const reader = new FieldReader(merged, '', problems, this.baseURI);
    try {
      this.model = this.readModel(reader);
    } catch (error) {
      this.model = undefined;
      problems.push({ field: '(widget)', message: `could not read the data: ${errorText(error)}` });
    }
    // While `src` is still on its way, missing fields are not problems yet: the fallback shows meanwhile.
    this.waiting = Boolean(this.loadedSrc?.trim()) && this.remote === undefined && !this.sourceProblems.length;
    this.problems = this.waiting ? [] : problems;
  }

  protected override render(): TemplateResult {
    const { messages, fallback } = this.locale;
    let body: TemplateResult | undefined;
    if (this.model !== undefined) {
      try {
        body = this.renderModel(this.model);
      } catch (error) {
        this.problems = [...this.problems, { field: '(widget)', message: `could not be drawn: ${errorText(error)}` }];
      }
    }
    // Readers get the best fallback and no note; problems still go to the console and `lede-error`.
    // The note is for editors: the `preview` attribute, or a page marked as a preview (a CMS's preview screen).
    const preview =
      this.preview || (typeof document !== 'undefined' && !!Document.prototype.querySelector.call(document, 'meta[name="lede-preview"]'));
    return html`<div class="lede" part="base" lang=${fallback ? 'en' : nothing}>
      ${body ?? html`<slot></slot>`}
      ${preview && this.problems.length ? html`<p class="error" part="error"><span aria-hidden="true">⚠︎ </span>${messages.problem}</p>` : nothing}
    </div>`;
  }

  /**
   * Lit commits the template after `render()`; if that throws (a value Lit cannot draw, a page that
   * clobbers `document`), the widget falls back to its light DOM and reports, instead of leaving an
   * empty shadow root and an unhandled rejection.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      this.problems = [...this.problems, { field: '(widget)', message: `could not be drawn: ${errorText(error)}` }];
      if (this.model === undefined) return; // the fallback itself failed: reported, nothing simpler to draw
      this.model = undefined;
      this.update(changed);
    }
  }

  protected override updated(): void {
    // Nothing to say while `src` is pending; what was said before it stays said (no repeat on re-adding).
    if (this.waiting) return;
    const key = JSON.stringify(this.problems);
    if (key === this.reported) return;
    this.reported = key;
    if (!this.problems.length) return;
    const list = this.problems.map((problem) => `- ${problem.field}: ${problem.message}`).join('\n');
    console.warn(`<${this.localName}>: ${this.problems.length === 1 ? '1 problem' : `${this.problems.length} problems`} with its data\n${list}`);
    this.dispatchEvent(
      new CustomEvent<LedeErrorDetail>('lede-error', { detail: { problems: this.problems }, bubbles: true, composed: true }),
    );
  }
}

/** The item id from a `src` fragment; a malformed escape is taken as written rather than failing the load. */
function decodeFragment(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

declare global {
  interface HTMLElementEventMap {
    'lede-error': CustomEvent<LedeErrorDetail>;
  }
}
