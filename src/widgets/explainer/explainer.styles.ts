import { css } from 'lit';

/*
 * A tinted box whose question is the whole clickable line, with a marker that turns as it opens
 * (drawn with borders, which forced-colours mode keeps). Logical properties only.
 */
export const explainerStyles = css`
  details {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
  }
  summary {
    display: flex;
    align-items: baseline;
    gap: 0.625em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
    cursor: pointer;
    list-style: none;
  }
  /* The question is as wide as the line at most: a word wider than the widget breaks instead of sticking out. */
  summary > * {
    min-inline-size: 0;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 0.15em solid var(--_accent);
    border-inline-end: 0.15em solid var(--_accent);
    transform: translateY(-0.2em) rotate(45deg);
  }
  :host(:dir(rtl)) summary::before {
    transform: translateY(-0.2em) rotate(-45deg);
  }
  details:not([open]) summary::before {
    transform: rotate(-45deg);
  }
  /* Right to left, the drawn corner is at the left: closed, it turns the other way to point left, to the line's end. */
  :host(:dir(rtl)) details:not([open]) summary::before {
    transform: rotate(45deg);
  }
  summary:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: -2px;
    border-radius: var(--_radius);
  }
  .body {
    display: grid;
    /* One column as wide as the widget, not as its longest word: a word wider than the widget breaks instead of sticking out. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 0 var(--_space) calc(var(--_space) * 0.875);
  }
  [part='answer'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @media (prefers-reduced-motion: no-preference) {
    summary::before {
      transition: transform 0.15s;
    }
  }
`;
