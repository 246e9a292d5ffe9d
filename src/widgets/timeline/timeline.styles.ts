import { css } from 'lit';

/*
 * A line down the start side with a dot at each event. Narrow first: each date above its event;
 * from 30em the dates take a column (8.5em) of their own before the line. Logical properties only, so
 * right-to-left pages mirror it.
 */
export const timelineStyles = css`
  figcaption {
    margin-block-end: 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  ol {
    --_dot: 0.75em;
    --_rule: 0.1875em;
    margin: 0;
    /* Room for the half of each dot that stands out of the line. */
    padding: 0;
    padding-inline-start: calc((var(--_dot) - var(--_rule)) / 2);
    list-style: none;
  }
  li {
    position: relative;
    padding-block-end: 1em;
    padding-inline-start: 1.25em;
    border-inline-start: var(--_rule) solid var(--_accent);
  }
  li:last-child {
    padding-block-end: 0.25em;
  }
  li::before {
    content: '';
    position: absolute;
    inset-block-start: 0.375em;
    inset-inline-start: calc((var(--_dot) + var(--_rule)) / -2);
    inline-size: var(--_dot);
    block-size: var(--_dot);
    border-radius: 50%;
    background: var(--_accent);
  }
  .date {
    font-size: var(--_small);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    hyphens: auto;
  }
  .title {
    font-weight: 600;
  }
  .what > * + * {
    margin-block-start: 0.25em;
  }
  ol + .source {
    margin-block-start: 0.75em;
  }
  @container (min-width: 30em) {
    li,
    li:last-child {
      display: grid;
      grid-template-columns: 8.5em minmax(0, 1fr);
      padding: 0;
      border: 0;
    }
    li::before {
      inset-inline-start: calc(8.5em - (var(--_dot) - var(--_rule)) / 2);
    }
    .date {
      font-size: 1em;
      text-align: end;
      padding-inline-end: 1.25em;
    }
    .what {
      padding-inline-start: 1.25em;
      padding-block-end: 1em;
      border-inline-start: var(--_rule) solid var(--_accent);
    }
    li:last-child .what {
      padding-block-end: 0.25em;
    }
  }
`;
