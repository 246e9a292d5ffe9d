import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formStyles } from './builder.styles.js';
import { copyText } from './copy.js';
import { ROUTES, routeInfo, snippet, type Route, type SnippetOptions, type WidgetShape } from './snippets.js';

/**
 * "Copy the code": one block per embedding route, each with when to use it and a copy button.
 * Fires `script-change` (`detail`: `module` | `classic`) when the script choice changes.
 */
@customElement('builder-snippets')
export class BuilderSnippets extends LitElement {
  static override styles = [
    formStyles,
    css`
      section {
        padding-block: 0.5rem 1.25rem;
        border-block-start: 1px solid var(--b-soft);
      }
      h3 {
        margin: 0.75rem 0 0.25rem;
        font-size: 1.0625rem;
      }
      .note {
        margin: 0 0 0.5rem;
        color: var(--b-muted);
        max-inline-size: 70ch;
      }
      .code {
        max-block-size: 18rem;
        overflow: auto;
        background: #f3f2ee;
        border: 1px solid var(--b-soft);
        border-radius: 0.25rem;
      }
      pre {
        margin: 0;
        padding: 0.75rem;
        font-size: 0.8125rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-block-start: 0.5rem;
      }
      .status {
        margin: 0;
        font-weight: 600;
      }
      .choice {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin-block-end: 0.5rem;
        padding: 0;
        border: 0;
      }
      .choice label {
        display: flex;
        gap: 0.375rem;
        align-items: center;
        min-block-size: 2.75rem;
        font-weight: 400;
      }
    `,
  ];

  @property({ attribute: false }) widget!: WidgetShape;
  @property({ attribute: false }) data: Record<string, unknown> = {};
  @property({ attribute: false }) options!: SnippetOptions;

  /** What the last copy of each route did, read out by screen readers. */
  @state() private status: Partial<Record<Route, string>> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New code: an old "Copied" would be untrue. (The options object is rebuilt on every render of the builder.)
    const optionsChanged = changed.has('options') && JSON.stringify(changed.get('options')) !== JSON.stringify(this.options);
    if (changed.has('data') || changed.has('widget') || optionsChanged) this.status = {};
  }

  private async copy(route: Route, event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const copied = await copyText(snippet(route, this.widget, this.data, this.options), button);
    if (!copied) {
      // Leave the code selected so Ctrl+C / ⌘C copies it.
      const code = this.renderRoot.querySelector(`#code-${route}`);
      if (code) getSelection()?.selectAllChildren(code);
    }
    this.status = { ...this.status, [route]: copied ? 'Copied.' : 'Could not copy: the code is selected, press Ctrl+C (⌘C) to copy it.' };
  }

  protected override render(): TemplateResult {
    return html`${ROUTES.map((route) => {
      const { title, note } = routeInfo(route, this.widget, this.data);
      return html`<section aria-labelledby="title-${route}">
        <h3 id="title-${route}">${title}</h3>
        <p class="note">${note}</p>
        ${route === 'tags' ? this.renderScriptChoice() : nothing}
        <div class="code" role="region" aria-label="${title}: code" tabindex="0">
          <pre><code id="code-${route}">${snippet(route, this.widget, this.data, this.options)}</code></pre>
        </div>
        <div class="row">
          <button type="button" class="primary" data-route=${route} @click=${(event: Event) => this.copy(route, event)}>
            Copy<span class="visually-hidden"> ${title}</span>
          </button>
          <p class="status" role="status">${this.status[route] ?? ''}</p>
        </div>
      </section>`;
    })}`;
  }

  private renderScriptChoice(): TemplateResult {
    const change = (event: Event) =>
      this.dispatchEvent(new CustomEvent('script-change', { detail: (event.target as HTMLInputElement).value }));
    return html`<fieldset class="choice">
      <legend>Script</legend>
      ${(['module', 'classic'] as const).map(
        (script) => html`<label><input type="radio" name="script" value=${script} .checked=${this.options.script === script} @change=${change} />
          ${script === 'module' ? 'ES module (lede.js)' : 'Classic script (lede.classic.js)'}</label>`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'builder-snippets': BuilderSnippets;
  }
}
