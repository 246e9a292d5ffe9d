import { css } from 'lit';

/*
 * The image beside the name on every width (it is small), the rest under them; a rule at the start
 * side as the other cards have. Logical properties only, so right-to-left pages mirror it.
 */
export const profileStyles = css`
  article {
    display: grid;
    /* The second column as wide as what is left, not as its longest word: a word wider than the card breaks instead of sticking out. */
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.75em 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875em solid var(--_accent);
  }
  article > :not(img, .who) {
    grid-column: 1 / -1;
  }
  .who:first-child {
    grid-column: 1 / -1;
  }
  img {
    display: block;
    inline-size: 4.5em;
    block-size: 4.5em;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .name {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .about {
    color: var(--_muted);
    font-size: var(--_small);
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
  }
  /* A fact is never wider than the card. */
  dl > * {
    max-inline-size: 100%;
  }
  dt {
    color: var(--_muted);
    font-size: var(--_small);
  }
  dd {
    margin: 0;
    font-weight: 700;
  }
`;
