import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LedeErrorDetail, Theme } from '../../src/core/lede-element.js';
import type { Problem } from '../../src/core/validate.js';
import { WIDTHS, type Width } from './url-state.js';

type Widget = HTMLElement & { data?: unknown; theme?: Theme; updateComplete: Promise<boolean> };

/**
 * The live widget, at the chosen language, theme and width. It reports the widget's own
 * problems as `problems-change` (`detail`: `{field, message}[]`).
 *
 * A widget fires `lede-error` when its problems change to a non-empty list, but stays silent when
 * they are fixed; so after each update the preview also looks for the widget's error note
 * (`part="error"`): none means no problems.
 */
@customElement('builder-preview')
export class BuilderPreview extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .stage {
      padding: 1rem;
      background: #fbfaf7;
      border: 1px solid #6b6e76;
      border-radius: 0.375rem;
      overflow-wrap: anywhere;
    }
    .stage[data-theme='dark'] {
      background: #101114;
    }
    @media (prefers-color-scheme: dark) {
      .stage[data-theme='auto'] {
        background: #101114;
      }
    }
    .frame {
      margin-inline: auto;
      max-inline-size: 100%;
      font-family: Georgia, 'Times New Roman', serif;
    }
  `;

  /** Tag of the widget to show, e.g. `lede-deal-card`. */
  @property() tag = '';
  @property({ attribute: false }) data: Record<string, unknown> = {};
  /** BCP 47 tag the widget speaks, set as the preview's `lang`. */
  @property() language = 'en';
  @property() theme: Theme = 'light';
  @property() width: Width = 'desktop';

  private widget?: Widget;
  private problems: Problem[] = [];

  private readonly onError = (event: Event) => this.report((event as CustomEvent<LedeErrorDetail>).detail.problems);

  private report(problems: Problem[]): void {
    if (JSON.stringify(problems) === JSON.stringify(this.problems)) return;
    this.problems = problems;
    this.dispatchEvent(new CustomEvent('problems-change', { detail: problems }));
  }

  /** The widget element shown, for tests and for the builder's summary. */
  get element(): Widget | undefined {
    return this.widget;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new element for a new widget: its first update reports every problem it has. Also for a
    // new language: widgets notice `lang` changes in the document, not inside a shadow root like this one.
    if (changed.has('tag') || changed.has('language') || !this.widget) {
      this.widget?.removeEventListener('lede-error', this.onError);
      this.widget = document.createElement(this.tag) as Widget;
      // The builder is a preview context: the widget shows its problem note, which readers never see.
      this.widget.toggleAttribute('preview', true);
      this.widget.addEventListener('lede-error', this.onError);
      this.report([]);
    }
    this.widget.data = structuredClone(this.data);
    this.widget.theme = this.theme;
  }

  protected override async updated(): Promise<void> {
    const widget = this.widget;
    if (!widget) return;
    await widget.updateComplete;
    if (widget === this.widget && !widget.shadowRoot?.querySelector('[part~="error"]')) this.report([]);
  }

  protected override render(): TemplateResult {
    const width = WIDTHS[this.width];
    return html`<div class="stage" data-theme=${this.theme}>
      <div class="frame" lang=${this.language} style=${width ? `inline-size: ${width}px` : ''}>${this.widget}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'builder-preview': BuilderPreview;
  }
}
