import { css } from 'lit';

export const investmentFigureStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .amount {
    margin-block: 0.125rem;
    color: var(--_accent);
    font-size: var(--lede-figure-size, 2em);
    font-weight: 800;
    line-height: 1.15;
  }
  .number {
    position: relative;
    font-variant-numeric: tabular-nums;
  }
  /* The counting copy lies over the real number, which keeps its place and width. */
  .count {
    position: absolute;
    inset-inline-end: 0;
    white-space: nowrap;
  }
  .count:not([hidden]) + .final {
    opacity: 0;
  }
  .context,
  .source {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .rank {
    color: var(--_text);
    font-weight: 600;
  }
  .chart {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.75rem;
    font-size: 0.875em;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125rem 0.75rem;
    align-items: center;
  }
  .bar {
    grid-row: 2;
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 0.625rem;
    border-radius: 0.25rem;
    background: var(--_border);
    fill: var(--_accent);
  }
  :host(:dir(rtl)) .bar {
    scale: -1 1;
  }
  .row-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .source {
    margin-block-start: 0.5rem;
    font-size: 0.8125em;
  }
  cite {
    font-style: normal;
  }
  @container (min-width: 32rem) {
    .amount {
      font-size: var(--lede-figure-size, 2.75em);
    }
    .row {
      grid-template-columns: minmax(6rem, 30%) 1fr auto;
    }
    .bar {
      grid-row: auto;
      grid-column: auto;
    }
  }
`;
