import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Problem } from '../../src/core/validate.js';
import { formStyles } from './builder.styles.js';
import { withCode } from './with-code.js';
import type { BuilderFields } from './builder-fields.js';
import type { FieldSpec } from './schema-fields.js';

type Action = 'up' | 'down' | 'remove';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Edits a list field (parties, terms, beneficiaries, comparison…): add, remove and reorder items
 * with buttons, so a keyboard does everything a mouse does. Focus stays on the item that moved,
 * and each change is announced. Fires `value-change` with the new array.
 */
@customElement('builder-list')
export class BuilderList extends LitElement {
  static override styles = [
    formStyles,
    css`
      ol {
        margin: 0 0 0.75rem;
        padding: 0;
        list-style: none;
      }
      li + li {
        margin-block-start: 0.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block: 0.25rem 0.75rem;
      }
      .text-item {
        display: grid;
        gap: 0.25rem;
      }
    `,
  ];

  @property({ attribute: false }) spec!: FieldSpec;
  @property({ attribute: false }) items: unknown[] = [];
  @property({ attribute: false }) problems: Problem[] = [];
  /** JSON path of the list, e.g. `parties`. */
  @property() path = '';

  /** Read out by screen readers after add, move and remove. */
  @state() private announcement = '';

  private itemName(index: number): string {
    return `${capitalize(this.spec.itemLabel ?? 'item')} ${index + 1}`;
  }

  private emit(items: unknown[]): void {
    this.dispatchEvent(new CustomEvent('value-change', { detail: items }));
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    // The parent re-renders this list with the new items first; then the control exists where it should.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement & Partial<BuilderFields>>(selector);
    if (target?.focusFirst) await target.focusFirst();
    else target?.focus();
  }

  private add(): void {
    if (this.full) return;
    const index = this.items.length;
    this.emit([...this.items, this.spec.itemFields ? {} : '']);
    this.announcement = `${this.itemName(index)} added.`;
    void this.focusAfterUpdate(`[data-item="${index}"]`);
  }

  private act(action: Action, index: number): void {
    const items = [...this.items];
    const last = items.length - 1;
    if (action === 'remove') {
      items.splice(index, 1);
      this.emit(items);
      this.announcement = `${this.itemName(index)} removed.`;
      const next = Math.min(index, last - 1);
      void this.focusAfterUpdate(next >= 0 ? `[data-action="remove"][data-index="${next}"]` : '.add');
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    if (to < 0 || to > last) return; // the button is marked disabled; a press does nothing
    [items[index], items[to]] = [items[to], items[index]];
    this.emit(items);
    this.announcement = `${capitalize(this.spec.itemLabel ?? 'item')} moved to position ${to + 1} of ${items.length}.`;
    void this.focusAfterUpdate(`[data-action="${action}"][data-index="${to}"]`);
  }

  private setItem(index: number, value: unknown): void {
    const items = [...this.items];
    items[index] = value;
    this.emit(items);
  }

  private get full(): boolean {
    return this.spec.maxItems !== undefined && this.items.length >= this.spec.maxItems;
  }

  /** Focuses the control of a JSON path inside this list (an item, or a field of an item). */
  async focusField(path: string): Promise<boolean> {
    await this.updateComplete;
    if (path === this.path) {
      this.renderRoot.querySelector<HTMLElement>('.add')?.focus();
      return true;
    }
    const own = this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (own) {
      own.focus();
      return true;
    }
    for (const fields of this.renderRoot.querySelectorAll('builder-fields')) if (await fields.focusField(path)) return true;
    return false;
  }

  protected override render(): TemplateResult {
    const { label, description, itemFields, itemLabel = 'item' } = this.spec;
    const listProblems = this.problems.filter((problem) => problem.field === this.path);
    return html`<fieldset>
      <legend>${label}</legend>
      ${description ? html`<p class="hint">${withCode(description)}</p>` : nothing}
      ${listProblems.map((problem) => html`<p class="problem">${label} ${problem.message}.</p>`)}
      <ol>
        ${this.items.map((item, index) => this.renderItem(item, index, itemFields))}
      </ol>
      <button type="button" class="add" aria-disabled=${this.full ? 'true' : 'false'} @click=${this.add}>Add ${itemLabel}</button>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderItem(item: unknown, index: number, itemFields: FieldSpec[] | undefined): TemplateResult {
    const path = `${this.path}[${index}]`;
    const name = this.itemName(index);
    const id = `item-${index}`;
    const problems = this.problems.filter((problem) => problem.field === path);
    // Visible words first, then which item (hidden): the name starts with what the button says.
    const button = (action: Action, text: string, disabled = false) =>
      html`<button type="button" data-action=${action} data-index=${index} aria-disabled=${disabled ? 'true' : 'false'}
        @click=${() => this.act(action, index)}>${text}<span class="visually-hidden"> ${name.toLowerCase()}</span></button>`;
    const actions = html`<div class="actions">
      ${button('up', 'Move up', index === 0)} ${button('down', 'Move down', index === this.items.length - 1)} ${button('remove', 'Remove')}
    </div>`;
    const problemLine = problems.length
      ? html`<p class="problem" id="${id}-problems">${problems.map((problem) => `${name} ${problem.message}.`).join(' ')}</p>`
      : nothing;
    if (itemFields) {
      return html`<li>
        <fieldset>
          <legend>${name}</legend>
          ${problemLine}
          <builder-fields data-item=${index} data-path=${path} tabindex="-1" .fields=${itemFields} .value=${item && typeof item === 'object' ? item : {}}
            .problems=${this.problems} path=${path} @value-change=${(event: CustomEvent) => this.setItem(index, event.detail)}></builder-fields>
          ${actions}
        </fieldset>
      </li>`;
    }
    return html`<li class="text-item">
      <label for=${id}>${name}</label>
      <input id=${id} data-item=${index} data-path=${path} .value=${live(typeof item === 'string' ? item : String(item ?? ''))}
        aria-invalid=${problems.length ? 'true' : 'false'} aria-describedby=${problems.length ? `${id}-problems` : nothing}
        @input=${(event: Event) => this.setItem(index, (event.target as HTMLInputElement).value)} />
      ${problemLine}
      ${actions}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'builder-list': BuilderList;
  }
}
