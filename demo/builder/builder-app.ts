/// <reference types="vite/client" />
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Problem } from '../../src/core/validate.js';
import { LANGUAGES as LANGUAGE_LIST, type StringsName } from '../../src/locales/languages.js';
import { appStyles } from './builder-app.styles.js';
import { formStyles } from './builder.styles.js';
import type { BuilderFields } from './builder-fields.js';
import './builder-fields.js';
import './builder-preview.js';
import './builder-snippets.js';
import { appendItem, downloadJson, itemAt, newStory, parseStory, replaceItem, storyItems, type ItemRef, type Story } from './story-file.js';
import { readState, THEMES, WIDTHS, writeState, type BuilderState, type Script, type Width } from './url-state.js';
import { SAMPLE_STORY, WIDGETS, widgetNamed, type WidgetInfo } from './widgets.js';

/** Each language's name in itself, for the picker. */
const LANGUAGE_NAMES: Record<StringsName, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  zh: '中文',
  'zh-Hant': '中文（繁體）',
  ar: 'العربية',
  de: 'Deutsch',
  he: 'עברית',
  hi: 'हिन्दी',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  pt: 'Português (Brasil)',
  ru: 'Русский',
  tr: 'Türkçe',
};
/** Regional tags offered after their language: the strings are the language's, Intl formats the region's. */
const REGIONAL: Partial<Record<StringsName, [string, string]>> = { es: ['es-PE', 'Español (Perú)'], pt: ['pt-PT', 'Português (Portugal)'] };
/** Languages offered for the preview: every language the widgets speak, and the regional tags above. */
const LANGUAGES = LANGUAGE_LIST.flatMap((name): [string, string][] => [[name, LANGUAGE_NAMES[name]], ...(REGIONAL[name] ? [REGIONAL[name]] : [])]);
const WIDTH_LABELS: Record<Width, string> = { phone: 'Phone, 320 px', tablet: 'Tablet, 768 px', desktop: 'Desktop' };

/** Where the built library is served unless the link says otherwise: set at build time, or the `dist/` folder beside the demo. */
export const DEFAULT_LIBRARY_URL: string = import.meta.env?.VITE_LEDE_LIBRARY_URL || new URL('../dist/', location.href).href;

const SESSION_KEY = 'lede-builder-story';

/**
 * The embed builder: pick a widget, fill its fields, see it live with the problems it reports,
 * copy the code for each route. The state lives in the URL; an opened story document lives in
 * the session (so a reload keeps it) and is exported whole.
 */
@customElement('builder-app')
export class BuilderApp extends LitElement {
  static override styles = [formStyles, appStyles];

  @state() private state: BuilderState;
  /** What in the URL could not be used. */
  @state() private notes: string[];
  @state() private problems: Problem[] = [];
  @state() private story?: Story;
  /** Which item of the story is being edited; undefined for a new item not in the story yet. */
  @state() private storyRef?: ItemRef;
  @state() private storyMessage = '';

  @query('builder-fields') private form!: BuilderFields;

  constructor() {
    super();
    const { state, notes } = readState(location.search, {
      widgets: WIDGETS.map((widget) => widget.name),
      sample: (name) => structuredClone(widgetNamed(name)?.sample ?? {}),
      lang: typeof SAMPLE_STORY.lang === 'string' ? SAMPLE_STORY.lang : 'en',
    });
    this.state = state;
    this.notes = notes;
    try {
      const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as { story: Story; ref?: ItemRef } | null;
      if (saved?.story) [this.story, this.storyRef] = [saved.story, saved.ref];
    } catch {
      // Nothing saved, or storage is blocked: start without a story.
    }
  }

  private get widget(): WidgetInfo {
    return widgetNamed(this.state.widget) ?? WIDGETS[0];
  }

  private setState(change: Partial<BuilderState>): void {
    this.state = { ...this.state, ...change };
    history.replaceState(history.state, '', `?${writeState(this.state)}`);
    if (this.story && this.storyRef && change.data) this.story = replaceItem(this.story, this.storyRef, change.data);
    this.saveStory();
  }

  private saveStory(): void {
    try {
      if (this.story) sessionStorage.setItem(SESSION_KEY, JSON.stringify({ story: this.story, ref: this.storyRef }));
      else sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Storage full or blocked: the story is still exportable.
    }
  }

  private chooseWidget(name: string): void {
    const widget = widgetNamed(name) ?? WIDGETS[0];
    this.storyRef = undefined;
    this.setState({ widget: widget.name, data: structuredClone(widget.sample) });
  }

  private chooseItem(ref: ItemRef): void {
    const widget = WIDGETS.find((candidate) => candidate.collection === ref.collection);
    const item = this.story && itemAt(this.story, ref);
    if (!widget || !item) return;
    this.storyRef = ref;
    this.setState({ widget: widget.name, data: structuredClone(item) });
  }

  private async openStory(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const story = parseStory(await file.text());
      this.story = story;
      this.storyRef = undefined;
      const first = storyItems(story, WIDGETS.map((widget) => widget.collection))[0];
      if (typeof story.lang === 'string' && story.lang) this.setState({ lang: story.lang });
      if (first) this.chooseItem(first);
      else this.saveStory();
      this.storyMessage = first ? `Opened ${file.name}: editing its first item.` : `Opened ${file.name}. It has no items yet: add this one with “Add to the story”.`;
    } catch (error) {
      this.storyMessage = `Could not open ${file.name}: ${(error as Error).message}`;
    }
  }

  private addToStory(): void {
    if (!this.story) return;
    const taken = new Set(storyItems(this.story, [this.widget.collection]).map((item) => item.id));
    let id = typeof this.state.data.id === 'string' && this.state.data.id ? this.state.data.id : `${this.widget.name}-1`;
    for (let n = 2; taken.has(id); n++) id = `${this.widget.name}-${n}`;
    const { story, ref } = appendItem(this.story, this.widget.collection, { ...this.state.data, id });
    [this.story, this.storyRef] = [story, ref];
    this.setState({ data: { ...this.state.data, id } });
    this.storyMessage = `Added “${id}” to the story’s ${ref.collection}.`;
  }

  /** Moves focus (and the view) to a part of the builder: on a phone the preview is far below the form. */
  private jumpTo(id: string): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  private exportStory(): void {
    const story = this.story ?? newStory(this.widget.collection, this.state.data, this.state.lang);
    downloadJson(`${typeof story.id === 'string' && story.id ? story.id : 'story'}.json`, story);
    this.storyMessage = 'Story exported.';
  }

  protected override render(): TemplateResult {
    const { state, widget } = this;
    return html`
      ${this.notes.length ? html`<div class="notes">${this.notes.map((note) => html`<p>${note}</p>`)}</div>` : nothing}
      <nav class="jump" aria-label="Parts of the builder">
        ${[['h-fields', 'Fields'], ['h-preview', 'Preview'], ['h-code', 'Copy the code']].map(
          ([id, text]) => html`<button type="button" @click=${() => this.jumpTo(id)}>${text}</button>`,
        )}
      </nav>
      ${this.renderToolbar()}
      <div class="columns">
        <section aria-labelledby="h-fields">
          <h2 id="h-fields" tabindex="-1">${widget.label}: fields</h2>
          <builder-fields .fields=${widget.fields} .value=${state.data} .problems=${this.problems}
            @value-change=${(event: CustomEvent<Record<string, unknown>>) => this.setState({ data: event.detail })}></builder-fields>
        </section>
        <section class="preview" aria-labelledby="h-preview">
          <h2 id="h-preview" tabindex="-1">Preview</h2>
          ${this.renderViewControls()} ${this.renderProblems()}
          <builder-preview tag=${widget.tag} .data=${state.data} language=${state.lang} theme=${state.theme} width=${state.width}
            @problems-change=${(event: CustomEvent<Problem[]>) => (this.problems = event.detail)}></builder-preview>
        </section>
      </div>
      <section aria-labelledby="h-code">
        <h2 id="h-code" tabindex="-1">Copy the code</h2>
        <div class="field">
          <label for="lib">Address of the Lede files</label>
          <input id="lib" type="url" spellcheck="false" aria-describedby="lib-hint" .value=${state.lib ?? DEFAULT_LIBRARY_URL}
            @change=${(event: Event) => {
              const value = (event.target as HTMLInputElement).value.trim();
              this.setState({ lib: value && value !== DEFAULT_LIBRARY_URL ? (value.endsWith('/') ? value : `${value}/`) : undefined });
            }} />
          <p class="hint" id="lib-hint">The folder that holds lede.js on your site or CDN; every snippet below points there.</p>
        </div>
        <builder-snippets .widget=${widget} .data=${state.data}
          .options=${{ lang: state.lang, theme: state.theme, libraryUrl: state.lib ?? DEFAULT_LIBRARY_URL, script: state.script }}
          @script-change=${(event: CustomEvent<Script>) => this.setState({ script: event.detail })}></builder-snippets>
      </section>
    `;
  }

  private renderToolbar(): TemplateResult {
    const items = this.story ? storyItems(this.story, WIDGETS.map((widget) => widget.collection)) : [];
    const refKey = this.storyRef ? `${this.storyRef.collection}:${this.storyRef.index}` : 'new';
    return html`<section aria-labelledby="h-widget">
      <h2 id="h-widget">Widget and story</h2>
      <div class="toolbar">
        <div class="field">
          <label for="widget">Widget</label>
          <select id="widget" @change=${(event: Event) => this.chooseWidget((event.target as HTMLSelectElement).value)}>
            ${WIDGETS.map((widget) => html`<option value=${widget.name} .selected=${widget.name === this.state.widget}>${widget.label} (&lt;${widget.tag}&gt;)</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="story-file">Open a story document (.json)</label>
          <input id="story-file" type="file" accept=".json,application/json" @change=${this.openStory} />
        </div>
        ${this.story
          ? html`<div class="field">
              <label for="story-item">Item of the story</label>
              <select id="story-item" @change=${(event: Event) => {
                const [collection, index] = (event.target as HTMLSelectElement).value.split(':');
                this.chooseItem({ collection, index: Number(index) });
              }}>
                ${refKey === 'new' ? html`<option value="new" selected>New ${this.widget.label.toLowerCase()} (not in the story yet)</option>` : nothing}
                ${items.map(
                  (item) => html`<option value="${item.collection}:${item.index}" .selected=${`${item.collection}:${item.index}` === refKey}>
                    ${item.collection} · ${item.id || `#${item.index + 1}`} — ${item.title}</option>`,
                )}
              </select>
            </div>`
          : nothing}
      </div>
      <div class="buttons">
        ${this.story && !this.storyRef ? html`<button type="button" @click=${this.addToStory}>Add to the story</button>` : nothing}
        <button type="button" @click=${this.exportStory}>${this.story ? 'Export the story (.json)' : 'Export as a story (.json)'}</button>
        <button type="button" @click=${() => this.setState({ data: structuredClone(this.widget.sample) })}>Start again from the example</button>
      </div>
      <p role="status">${this.storyMessage}</p>
    </section>`;
  }

  private renderViewControls(): TemplateResult {
    const { lang, theme, width } = this.state;
    const languages = LANGUAGES.some(([tag]) => tag === lang) ? LANGUAGES : [...LANGUAGES, [lang, lang] as [string, string]];
    const radios = <T extends string>(name: string, values: readonly T[], current: T, label: (value: T) => string, set: (value: T) => void) =>
      values.map((value) => html`<label><input type="radio" name=${name} value=${value} .checked=${value === current}
        @change=${() => set(value)} />${label(value)}</label>`);
    return html`<div class="view">
      <div class="field">
        <label for="lang">Language</label>
        <select id="lang" @change=${(event: Event) => this.setState({ lang: (event.target as HTMLSelectElement).value })}>
          ${languages.map(([tag, name]) => html`<option value=${tag} lang=${tag} .selected=${tag === lang}>${name}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend>Theme</legend>
        ${radios('theme', THEMES, theme, (value) => value.charAt(0).toUpperCase() + value.slice(1), (value) => this.setState({ theme: value }))}
      </fieldset>
      <fieldset>
        <legend>Width</legend>
        ${radios('width', Object.keys(WIDTHS) as Width[], width, (value) => WIDTH_LABELS[value], (value) => this.setState({ width: value }))}
      </fieldset>
    </div>`;
  }

  private renderProblems(): TemplateResult {
    const count = this.problems.length;
    const fields = new Set(this.widget.fields.map((field) => field.name));
    return html`<div class="problems ${count ? '' : 'none'}">
      <p role="status">${count ? `The widget reports ${count === 1 ? 'a problem' : `${count} problems`}:` : 'No problems: the widget uses every field as given.'}</p>
      ${count
        ? html`<ul>
            ${this.problems.map(
              (problem) => html`<li>
                <code>${problem.field}</code> ${problem.message}.
                ${fields.has(problem.field.split(/[.[]/)[0])
                  ? html`<button type="button" @click=${() => this.form.focusField(problem.field)}>Go to the field<span class="visually-hidden"> ${problem.field}</span></button>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'builder-app': BuilderApp;
  }
}
