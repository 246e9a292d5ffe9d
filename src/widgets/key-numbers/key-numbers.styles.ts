import { css } from 'lit';

/*
 * Columns come from the content: the figures wrap as flex items of at least 12.5em (room for about
 * 7.5em of amount, "2,9 milliards"), each as wide as its longest word or kept run, never wider than
 * the widget; the figures of a row share its width. One column in a 280 px phone column, two from
 * 26.5em, three from 40.5em, four from 54.5em when the words allow.
 * A kept run (`.keep`, core/styles.ts) counts whole in a figure's width, and wraps between its words
 * only in a widget too narrow for it.
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
