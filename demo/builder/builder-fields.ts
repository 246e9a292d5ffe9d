import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Problem } from '../../src/core/validate.js';
import { formStyles } from './builder.styles.js';
import { withCode } from './with-code.js';
import type { FieldSpec } from './schema-fields.js';
import './builder-list.js';

type Data = Record<string, unknown>;

/** A number typed in a text box: digits with an optional sign, decimals and exponent. */
const NUMERIC = /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** The JSON path of a field below `path`: `parties[0]` + `name` → `parties[0].name`. */
export const childPath = (path: string, name: string): string => (path ? `${path}.${name}` : name);

/** An id for a JSON path, unique within one shadow root. */
export const idFor = (path: string): string => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** What a control's text becomes in JSON. Unusable input is kept as typed, so the widget reports it beside the field. */
function toValue(field: FieldSpec, text: string): unknown {
  if (text.trim() === '') return undefined;
  if ((field.kind === 'number' || field.kind === 'number-or-text') && NUMERIC.test(text)) return Number(text);
  return text;
}

/** Words under a field that the schema does not describe. */
const KIND_HINTS: Partial<Record<FieldSpec['kind'], string>> = {
  date: 'e.g. 2024, 2024-06 or 2024-06-27.',
  'number-or-text': 'A number is written the reader’s way (20 000, 20,000); anything else is shown as typed.',
  number: 'Digits only, with a dot for decimals, e.g. 2900000000.',
};

/**
 * The form for one JSON object: a control per field, the field's hint, and the problems the
 * widget reported for it (matched by JSON path, e.g. `parties[0].country`). Lists are edited by
 * `<builder-list>`. Fires `value-change` with the whole new object.
 */
@customElement('builder-fields')
export class BuilderFields extends LitElement {
  static override styles = [formStyles];

  @property({ attribute: false }) fields: FieldSpec[] = [];
  @property({ attribute: false }) value: Data = {};
  /** Every problem of the widget; each field picks its own. */
  @property({ attribute: false }) problems: Problem[] = [];
  /** JSON path of this object: empty for the widget's data, `parties[0]` for a list item. */
  @property() path = '';

  private set(name: string, value: unknown): void {
    const next = { ...this.value };
    if (value === undefined) delete next[name];
    else next[name] = value;
    this.dispatchEvent(new CustomEvent('value-change', { detail: next }));
  }

  /** Moves focus to the control of a JSON path, in this form or a list below it. */
  async focusField(path: string): Promise<boolean> {
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (control) {
      control.focus();
      return true;
    }
    for (const below of this.renderRoot.querySelectorAll('builder-list, builder-fields')) if (await (below as BuilderFields).focusField(path)) return true;
    return false;
  }

  /** Focuses the first control. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  protected override render(): TemplateResult {
    return html`${this.fields.map((field) => this.renderField(field))}`;
  }

  private renderField(field: FieldSpec): TemplateResult {
    const path = childPath(this.path, field.name);
    const value = this.value[field.name];
    if (field.kind === 'list') {
      return html`<builder-list
        .spec=${field}
        .items=${Array.isArray(value) ? value : []}
        .problems=${this.problems}
        path=${path}
        @value-change=${(event: CustomEvent<unknown[]>) => this.set(field.name, event.detail.length ? event.detail : undefined)}
      ></builder-list>`;
    }
    if (field.kind === 'object') {
      // One object (a profile's image): its own fields in a group, under its JSON path.
      return html`<fieldset class="field">
        <legend>${field.label}${field.required ? html` <span class="required">(required)</span>` : nothing}</legend>
        ${field.description ? html`<p class="hint">${withCode(field.description)}</p>` : nothing}
        <builder-fields
          .fields=${field.itemFields ?? []}
          .value=${typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}}
          .problems=${this.problems}
          path=${path}
          @value-change=${(event: CustomEvent<Data>) => {
            event.stopPropagation();
            this.set(field.name, Object.keys(event.detail).length ? event.detail : undefined);
          }}
        ></builder-fields>
      </fieldset>`;
    }
    const id = idFor(path);
    const problems = this.problems.filter((problem) => problem.field === path);
    const hint = field.description ?? KIND_HINTS[field.kind] ?? '';
    const describedBy = [hint && `${id}-hint`, problems.length && `${id}-problems`].filter(Boolean).join(' ') || nothing;
    const invalid = problems.length ? 'true' : nothing;
    const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    const onInput = (event: Event) => this.set(field.name, toValue(field, (event.target as HTMLInputElement).value));
    // The item id matters only in a story document; every other route leaves it out.
    const requirement = field.name === 'id' && !this.path ? '(in a story document)' : field.required ? '(required)' : '';
    const label = html`${field.label}${requirement ? html` <span class="required">${requirement}</span>` : nothing}`;
    const notes = html`${hint ? html`<p class="hint" id="${id}-hint">${withCode(hint)}</p>` : nothing}${problems.length
      ? html`<p class="problem" id="${id}-problems">${problems.map((problem) => `${field.label} ${problem.message}.`).join(' ')}</p>`
      : nothing}`;

    if (field.kind === 'boolean') {
      return html`<div class="field">
        <span class="check"><input type="checkbox" id=${id} data-path=${path} .checked=${live(value === true)} aria-describedby=${describedBy}
          @change=${(event: Event) => this.set(field.name, (event.target as HTMLInputElement).checked || undefined)} /><label for=${id}>${label}</label></span>
        ${notes}
      </div>`;
    }
    let control: TemplateResult;
    if (field.kind === 'choice') {
      control = html`<select id=${id} data-path=${path} aria-describedby=${describedBy} aria-invalid=${invalid} ?required=${field.required}
        @change=${onInput}>
        <option value="" .selected=${live(text === '')}>${field.required ? 'Choose…' : '(none)'}</option>
        ${field.options?.map((option) => html`<option .selected=${live(option === text)}>${option}</option>`)}
        ${text && !field.options?.includes(text) ? html`<option .selected=${live(true)}>${text}</option>` : nothing}
      </select>`;
    } else if (field.kind === 'long-text') {
      control = html`<textarea id=${id} data-path=${path} .value=${live(text)} aria-describedby=${describedBy} aria-invalid=${invalid}
        ?required=${field.required} @input=${onInput}></textarea>`;
    } else {
      const numeric = field.kind === 'number';
      control = html`<input id=${id} data-path=${path} .value=${live(text)} type=${field.kind === 'url' ? 'url' : 'text'}
        inputmode=${numeric ? 'decimal' : nothing} autocomplete="off" spellcheck=${field.kind === 'url' || numeric ? 'false' : nothing}
        aria-describedby=${describedBy} aria-invalid=${invalid} ?required=${field.required} @input=${onInput} />`;
    }
    return html`<div class="field"><label for=${id}>${label}</label>${control}${notes}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'builder-fields': BuilderFields;
  }
}
