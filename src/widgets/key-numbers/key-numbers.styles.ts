import { css } from 'lit';

/*
 * Columns come from the content: the figures wrap as flex items of at least 11em, each as wide as
 * its longest word or kept run ("2,9 milliards"), never wider than the widget; the figures of a row
 * share its width. One column in a 280 px phone column, two from about 24em, as many as fit beyond.
 * A kept run is an inline block as wide as its words on one line (what its figure's width counts),
 * but no wider than the figure: in a widget too narrow for it, it wraps between its words, and only a
 * word wider than the widget is split (the shared `overflow-wrap`).
 * Each figure: the amount large in the accent, its label under it (the `<dt>` comes first for
 * assistive technology), a rule at its start side. Logical properties only.
 */
export const keyNumbersStyles = css`
  figcaption {
    margin-block-end: 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 1.5em;
    margin: 0;
  }
  .item {
    flex: 1 1 11em;
    max-inline-size: 100%;
    display: flex;
    flex-direction: column;
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875em solid var(--_accent);
  }
  dt {
    order: 1;
  }
  dd {
    margin: 0;
    order: 2;
  }
  .amount {
    order: 0;
    color: var(--_accent);
    font-size: 1.625em;
    font-weight: 800;
    line-height: 1.15;
    text-wrap: balance;
  }
  .amount .keep {
    display: inline-block;
    inline-size: max-content;
    max-inline-size: 100%;
    white-space: normal;
  }
  .context {
    color: var(--_muted);
    font-size: var(--_small);
  }
  dl + .source {
    margin-block-start: 0.75em;
  }
`;
