import { css } from 'lit';

/*
 * Columns come from the content: the figures wrap as flex items of at least 12.5em (room for about
 * 7.5em of amount, "2,9 milliards"), each as wide as its longest word or kept run, never wider than
 * the widget; the figures of a row share its width. One column up to 30em (a phone's column), two
 * from there, three from 40.5em, four from 54.5em when the words allow.
 * A kept run (`.keep`, core/styles.ts) counts whole in a figure's width, and wraps between its words
 * only in a widget too narrow for it.
 * Rows stay balanced: no figure is left alone on a last row when a fairer split exists (three
 * figures in one row or one column, four in two rows of two until four fit, five and six at most
 * three a row, seven 4 + 3 or 3 + 2 + 2, eight at most four).
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
    flex: 1 1 12.5em;
    max-inline-size: 100%;
    display: flex;
    flex-direction: column;
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875em solid var(--_accent);
  }
  /* One column in a phone's column: two figures of 12.5em would fit, but not the longer words some have, and rows would go ragged. */
  @container (width < 30em) {
    .item {
      flex-basis: 100%;
    }
  }
  @container (width >= 30em) {
    /* At most three a row (five, six figures): a basis over a quarter of the row. */
    dl:is(:has(> :nth-child(5):last-child), :has(> :nth-child(6):last-child)) > .item {
      flex-basis: max(12.5em, 26%);
    }
    /* At most four a row (seven, eight figures): seven are four and three, not five and two. */
    dl:is(:has(> :nth-child(7):last-child), :has(> :nth-child(8):last-child)) > .item {
      flex-basis: max(12.5em, 21%);
    }
  }
  /* Seven figures where three fit a row but not four: three, then two and two, not 3 + 3 + 1. */
  @container (40.5em <= width < 54.5em) {
    dl:has(> :nth-child(7):last-child) > .item:nth-child(n + 4) {
      flex-basis: max(12.5em, 34%);
    }
  }
  /* Four figures: two rows of two until all four fit in one. */
  @container (30em <= width < 54.5em) {
    dl:has(> :nth-child(4):last-child) > .item {
      flex-basis: max(12.5em, 34%);
    }
  }
  /* Three figures: one column until all three fit in one row. */
  @container (30em <= width < 40.5em) {
    dl:has(> :nth-child(3):last-child) > .item {
      flex-basis: 100%;
    }
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
  .context {
    color: var(--_muted);
    font-size: var(--_small);
  }
  dl + .source {
    margin-block-start: 0.75em;
  }
`;
