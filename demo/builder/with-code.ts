import { html } from 'lit';

/** Schema descriptions mark code with backticks, as Markdown does: each such part becomes `<code>`; everything stays text. */
export const withCode = (text: string): unknown[] =>
  text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));
