import { css } from 'lit';

export const investmentFigureStyles = css`
  figcaption, .rank, .hl th {
    font-weight: 700;
  }

  .amount {
    color: var(--_accent);
    font-size: min(var(--lede-figure-size, 2em),11cqi);
    text-wrap: balance;
    margin-block: .125em;
    font-weight: 800;
    line-height: 1.15;
  }

  .number, td {
    font-variant-numeric: tabular-nums;
    position: relative;
  }

  .count {
    white-space: nowrap;
    position: absolute;
    inset-inline-end: 0;
  }

  .count:not([hidden]) + span {
    opacity: 0;
  }

  .context, caption {
    color: var(--_muted);
    font-size: var(--_small);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--_small);
    margin-block: .75em;
  }

  caption {
    text-align: start;
    font-size: 1em;
  }

  th {
    text-align: start;
    hyphens: manual;
    inline-size: 25%;
    padding-block: .25em;
    padding-inline: 0 .75em;
    font-weight: 400;
  }

  /* A label's column is as wide as its longest word, up to half the widget: a longer word breaks there
     (a table is otherwise as wide as its longest word, whatever its container). */
  th bdi {
    display: inline-block;
    max-inline-size: 50cqi;
  }

  td div {
    flex-wrap: wrap;
    align-items: center;
    gap: 0 .5em;
    display: flex;
  }

  svg {
    block-size: .875em;
    fill: var(--_border);
    flex: none;
  }

  .hl svg {
    fill: var(--_accent);
  }

  .source {
    margin-block-start: .5em;
  }

  @container (width >= 32rem) {
    .amount {
      font-size: var(--lede-figure-size, 2.75em);
    }
  }

  @media print {
    .count {
      display: none;
    }

    .count + span {
      opacity: 1 !important;
    }
  }

  @media (forced-colors: active) {
    .hl svg {
      fill: highlight;
    }
  }
`;
