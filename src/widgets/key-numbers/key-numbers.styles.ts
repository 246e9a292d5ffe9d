import { css } from 'lit';

/*
 * One column up to 26em (a 280 px phone column), two from there, as many as fit from 44em.
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
    display: grid;
    gap: 1em 1.5em;
    margin: 0;
  }
  .item {
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
  @container (min-width: 26em) {
    dl {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @container (min-width: 44em) {
    dl {
      grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
    }
  }
`;
