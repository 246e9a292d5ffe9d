import { adoptStyles, LitElement, ReactiveElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { attributeName, fieldName, hasAttribute, readFields, type WidgetSchema } from './fields.js';
import type { ResolvedLocale } from './locale.js';
import { LocaleController } from './locale-controller.js';
import { LightDom } from './light-dom.js';
import { markup, template, type Pieces } from './markup.js';
import { firstRender, widgetWork } from './schedule.js';
import { errorText, StorySource } from './story-source.js';
import type { StoryCollection } from './story.js';
import { baseStyles } from './styles.js';
import { inStrings } from './typography.js';
import { warmInIdle, warmOnce } from './intl.js';
import { FieldReader, isRecord, type Problem, type Raw } from './validate.js';
import { VERSION } from './version.js';
import { doneWaiting, internalsOf, showLightDom, whileWaiting } from './waiting-view.js';

/** Detail of the `lede-error` event. */
export interface LedeErrorDetail {
  problems: Problem[];
}

/** `theme` values: `auto` follows the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Settings every widget takes besides its fields, as attributes. */
const SETTINGS = ['src', 'theme', 'loading'];

/** Shared by every widget that has no problem (never added to: a new list replaces it). */
const NO_PROBLEMS: Problem[] = [];

/** The story collection a widget's `src` item is looked up in: its kind's. */
const collectionOf = (widget: ReactiveElement): StoryCollection => (widget.constructor as typeof LedeElement).schema.collection;

/** What a widget draws when its data is not enough: its light DOM. */
const FALLBACK = markup('<slot></slot>');
/** The wrapper of everything a widget draws, and the problem note (shown in previews only). */
const BASE = markup('<div class="lede" part="base">');
const BASE_END = markup('</div>');
const NOTE = markup('<p class="error" part="error"><span aria-hidden="true">⚠︎ </span>');
const NOTE_END = markup('</p>');

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
 * (`data` property > attributes and light DOM > inline JSON > `src`; inline JSON is a child
 * `<script type="application/json">` or a `data-lede-json` attribute, the script winning field by
 * field when both are there; the light DOM is read by LightDom, `src` loaded by StorySource),
 * validation into a model plus problems, reporting, locale (LocaleController) and theme. A widget
 * supplies its `schema` (its fields, declared once) and `renderModel`, and overrides `readModel`
 * only for rules between fields.
 *
 *
 * What every widget documents is declared here once (the manifest gives it to each widget):
 * @fires {CustomEvent<LedeErrorDetail>} lede-error - Some of the input could not be used; `detail.problems` lists `{field, message}`.
 * @csspart base - The widget's outer wrapper.
 * @csspart error - The note shown in a preview when some data could not be used.
 * @cssproperty [--lede-font=inherit] - Font family; the page's font by default.
 * @cssproperty [--lede-font-size=1em] - Base font size; the page's text size by default.
 * @cssproperty [--lede-color-text=currentColor] - Text colour; the page's by default.
 * @cssproperty [--lede-color-muted=color-mix(in srgb, currentColor 76%, transparent)] - Secondary text colour.
 * @cssproperty [--lede-color-error=#e0393e] - Rule of the problem note (shown in previews only).
 */
export abstract class LedeElement<Data extends object, Model> extends LitElement {
  static override styles = [baseStyles];

  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * The widget's data, declared once (see core/fields.ts): each field becomes a reactive property
   * with its attribute, and is read and validated from every source.
   * @internal
   */
  static schema: WidgetSchema;

  /** Every field of `schema` becomes a property before Lit finalizes the class (and its attribute list). */
  protected static override finalize(): void {
    if (!Object.prototype.hasOwnProperty.call(this, 'finalized') && Object.prototype.hasOwnProperty.call(this, 'schema')) {
      for (const [name, field] of Object.entries(this.schema.fields)) {
        this.createProperty(name, { attribute: hasAttribute(field) ? attributeName(name) : false, type: field.kind === 'flag' ? Boolean : undefined });
      }
    }
    super.finalize();
  }

  // The settings every widget has (its data fields come from `schema`). One static block instead of
  // decorators: smaller once built. `attribute: false` keeps the state out of the documented attributes.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true },
    loading: {},
    preview: { type: Boolean },
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

  // The widget's parts of behaviour. Not registered with Lit (`addController`): the element calls
  // their hooks itself, which spares each widget Lit's set of controllers. `src` is read by a
  // StorySource made only once the widget has a `src` (most have none).
  private readonly localeController = new LocaleController(this);
  private readonly lightDom = new LightDom(this);
  private story?: StorySource;

  /** What reads `src`, made the first time the widget has one; undefined while it never had one. */
  private storySource(): StorySource | undefined {
    if (!this.story && this.src === undefined) return undefined;
    return (this.story ??= new StorySource(this, collectionOf));
  }

  /** The locale in force: from the closest `lang`, re-read when it changes. */
  protected get locale(): ResolvedLocale {
    return this.localeController.value;
  }

  /** A UI string, isolated in its language's direction and marked `lang="en"` where English stands in (see inStrings). */
  protected ui(text: unknown): unknown {
    return inStrings(this.locale, text);
  }

  /** The normalized model, or undefined when the input is not enough to draw the widget. */
  protected model?: Model;
  /** Every problem with the current input (the shared empty list when there is none: no array per widget). */
  declare protected problems: Problem[];

  /** The problems last reported, as JSON. */
  declare private reported: string;
  /**
   * A server drew this widget (Declarative Shadow DOM, see src/ssr): `kept` until the first update
   * that is not waiting for data, which draws nothing when the server saw the same data (same code:
   * no redraw, no layout shift); `shown` after it, so the next update replaces the server's drawing.
   */
  private serverDrawn?: 'kept' | 'shown';
  /** The locale of the widget's first update after a server drew it: the one the server drew in. */
  private serverLocale?: string;
  /** Derived in willUpdate: `src` has neither answered nor failed yet, or the parser has not read every child. */
  declare private waiting: boolean;

  // Defaults on the prototype, not a property of each widget until it differs.
  static {
    Object.assign(this.prototype, { problems: NO_PROBLEMS, reported: '', waiting: false });
  }

  /**
   * Sets `values`, named in camelCase or kebab-case, as this widget's fields: a text value of a field
   * that has an attribute becomes that attribute, other field values go into `data`, the settings
   * `src`, `theme` and `loading` become attributes, and any other name (`onclick`, an editor's
   * `data-list-item-id`) is ignored. This is how plain markup and embed addresses become widgets.
   */
  setFields(values: Record<string, unknown>): void {
    const { fields } = (this.constructor as typeof LedeElement).schema;
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      const name = fieldName(key);
      const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
      if (field && typeof value === 'string' && hasAttribute(field)) this.setAttribute(attributeName(name), value);
      else if (field) data[name] = value;
      else if (SETTINGS.includes(name) && typeof value === 'string') this.setAttribute(name, value);
    }
    if (Object.keys(data).length) this.data = data as Partial<Data>;
  }

  /**
   * Turns the merged input into a model; problems go to `reader`. Must not touch the DOM. By default
   * the schema's fields, read in order; a widget overrides it for rules between fields.
   */
  protected readModel(reader: FieldReader): Model | undefined {
    return readFields(reader, (this.constructor as typeof LedeElement).schema.fields) as Model | undefined;
  }

  /** Draws the model: a template, or the pieces of one (see markup.ts; no template of its own inside the wrapper). Must not parse. */
  protected abstract renderModel(model: Model): TemplateResult | Pieces;

  /**
   * Creates, through `intl()`, the Intl objects `renderModel` uses in the locale `tag`, so they are
   * there before the widget draws: called once per widget kind and locale, before the first widget
   * of that kind draws (in a task of its own when the task it was asked in is spent, see
   * schedule.ts) or in idle time after the first one is connected, whichever comes first (see
   * warmInIdle). Nothing by default.
   */
  protected warmIntl(_tag: string): void {}

  /** The Intl warm-up of this kind of widget in this widget's locale; `key` names it once per page. */
  private warmUp(): { key: string; warm: () => void } {
    const { tag } = this.locale;
    return { key: `${this.localName} ${tag}`, warm: () => this.warmIntl(tag) };
  }

  override connectedCallback(): void {
    if (!this.hasUpdated) widgetWork();
    super.connectedCallback();
    this.localeController.hostConnected();
    this.storySource()?.hostConnected();
    this.lightDom.hostConnected();
    if (!this.hasUpdated) {
      const { key, warm } = this.warmUp();
      warmInIdle(key, warm);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.localeController.hostDisconnected();
    this.story?.hostDisconnected();
    this.lightDom.hostDisconnected();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.renderOptions.creationScope = creationScope;
    // Attaching a shadow root would empty the one a server drew (styled by its own <style>).
    const drawn = this.shadowRoot;
    if (!drawn) return super.createRenderRoot();
    this.serverDrawn = 'kept';
    adoptStyles(drawn, (this.constructor as typeof LitElement).elementStyles);
    return drawn;
  }

  /**
   * An update waits for its language's strings when they are still loading (so `updateComplete`
   * covers them too), and a first render for its turn, so that many widgets upgrading at once
   * share the main thread (see schedule.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { ready } = this.locale;
    if (ready) {
      // Meanwhile readers see the light DOM, as before the upgrade: an empty shadow root would hide it.
      if (!this.serverDrawn) showLightDom(this);
      return ready.then(() => {
        this.localeController.read();
        return this.scheduleUpdate();
      });
    }
    if (this.hasUpdated) return super.scheduleUpdate();
    const { key, warm } = this.warmUp();
    const prepare = { kind: key, work: () => warmOnce(key, warm) };
    const waiting = firstRender({ render: () => void super.scheduleUpdate(), node: this, kind: this.localName, prepare });
    // A widget waiting for its turn shows its light DOM meanwhile, near the viewport (see waiting-view.ts).
    if (waiting && !this.serverDrawn) whileWaiting(this);
    return waiting;
  }

  /**
   * The element's ElementInternals. An element has one: Lede attaches it while the widget waits for
   * its first render (its `waiting` custom state, which lede.css reads), so a page's own subclass gets
   * that same object here, whenever it asks, where the browser would throw "already attached".
   */
  override attachInternals(): ElementInternals {
    return internalsOf(this) ?? super.attachInternals();
  }

  /** Field values set as attributes or properties, by JSON name. */
  private attributeFields(): Raw {
    const fields: Raw = {};
    for (const name of Object.keys((this.constructor as typeof LedeElement).schema.fields)) {
      const value = (this as unknown as Raw)[name];
      if (value !== undefined && value !== null) fields[name] = value;
    }
    return fields;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('loading')) this.storySource()?.load();
    const { story } = this;
    const problems = story ? [...story.problems] : [];
    const { text, pending } = this.lightDom;
    const inline = this.lightDom.inlineData(problems);
    const { textField } = (this.constructor as typeof LedeElement).schema;
    const merged: Raw = {
      ...story?.data,
      ...inline,
      ...(textField && text ? { [textField]: text } : {}),
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
    // While `src` or the parser is still on its way, missing fields are not problems yet: the fallback shows meanwhile.
    this.waiting = !!story?.pending || pending;
    this.problems = this.waiting || !problems.length ? NO_PROBLEMS : problems;
  }

  protected override render(): TemplateResult {
    const { messages } = this.locale;
    let body: TemplateResult | Pieces | undefined;
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
    // No white space between parts: it would be a text node in every widget (see typography.ts).
    // One template with the widget's pieces (see markup.ts): no template instance and part of its own
    // for the wrapper, and no empty part for a note that readers never see.
    return template(
      BASE,
      body ?? FALLBACK,
      preview && this.problems.length ? [NOTE, this.ui(messages.problem), NOTE_END] : [],
      BASE_END,
    );
  }

  /**
   * Lit commits the template after `render()`; if that throws (a value Lit cannot draw, a page that
   * clobbers `document`), the widget falls back to its light DOM and reports, instead of leaving an
   * empty shadow root and an unhandled rejection.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.serverDrawn === 'kept') this.serverLocale ??= this.locale.tag;
    if (this.serverDrawn && (this.waiting || (this.serverDrawn === 'kept' && this.drawsAsServer()))) {
      if (!this.waiting) this.serverDrawn = 'shown';
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed); // reflects attributes only
      return;
    }
    if (this.serverDrawn) {
      this.serverDrawn = undefined;
      this.renderRoot.replaceChildren();
    }
    if (!this.hasUpdated) doneWaiting(this);
    try {
      super.update(changed);
    } catch (error) {
      this.problems = [...this.problems, { field: '(widget)', message: `could not be drawn: ${errorText(error)}` }];
      if (this.model === undefined) return; // the fallback itself failed: reported, nothing simpler to draw
      this.model = undefined;
      this.update(changed);
    }
  }

  /**
   * The server's drawing stands: no `data` set by a script and no other language since, and no
   * data here that the server could not draw (it showed the light DOM). When the data cannot be
   * read here (a `src` that fails in this browser: offline, no CORS), the server's drawing is
   * better than the light DOM: it stays, and the problem is still reported.
   */
  private drawsAsServer(): boolean {
    return this.data === undefined && this.locale.tag === this.serverLocale && !(this.model !== undefined && this.renderRoot.querySelector('.lede > slot'));
  }

  protected override updated(): void {
    // Nothing to say while `src` or the children are pending; what was said before it stays said (no repeat on re-adding).
    if (this.waiting || (!this.problems.length && !this.reported)) return;
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

declare global {
  interface HTMLElementEventMap {
    'lede-error': CustomEvent<LedeErrorDetail>;
  }
}
