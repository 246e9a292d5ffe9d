import { css } from 'lit';

/**
 * What every builder component shares: form controls that are large enough to touch (44 px),
 * a focus ring that shows on every background, and the hint / problem lines under fields.
 */
export const formStyles = css`
  :host {
    display: block;
    --b-text: #1d1d1f;
    --b-muted: #54565c;
    --b-accent: #0a5bb5;
    --b-border: #6b6e76;
    --b-soft: #e9e8e3;
    --b-error: #a3271d;
    --b-surface: #ffffff;
    font-family: system-ui, sans-serif;
    color: var(--b-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  label,
  legend {
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.625rem;
    font: inherit;
    color: var(--b-text);
    background: var(--b-surface);
    border: 1px solid var(--b-border);
    border-radius: 0.25rem;
  }
  textarea {
    min-block-size: 7rem;
    resize: vertical;
  }
  :is(input, select, textarea)[aria-invalid='true'] {
    border: 2px solid var(--b-error);
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--b-accent);
  }
  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    font: inherit;
    font-weight: 600;
    color: var(--b-accent);
    background: var(--b-surface);
    border: 1px solid var(--b-accent);
    border-radius: 0.25rem;
    cursor: pointer;
  }
  button.primary {
    color: #ffffff;
    background: var(--b-accent);
  }
  button[aria-disabled='true'] {
    color: var(--b-muted);
    border-color: var(--b-border);
    border-style: dashed;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--b-accent);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 1rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .hint {
    margin: 0;
    color: var(--b-muted);
    font-size: 0.875rem;
  }
  .problem {
    margin: 0;
    color: var(--b-error);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .required {
    color: var(--b-muted);
    font-weight: 400;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0.75rem;
    border: 1px solid var(--b-border);
    border-radius: 0.375rem;
    min-inline-size: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
