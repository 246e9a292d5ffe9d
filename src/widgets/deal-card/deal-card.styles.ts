import { css } from 'lit';

/*
 * Narrow first (one column from 280 px); from 40rem the parties keep a full row and terms and
 * beneficiaries sit side by side. Logical properties only, so right-to-left pages mirror the card.
 * A reported (unconfirmed) or cancelled deal's badge says so in words; its dashed outline only echoes it.
 * (No comments inside the template: they would ship.)
 */
export const dealCardStyles = css`
  article {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  article * {
    margin: 0;
    padding: 0;
  }
  [part='headline'] {
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='section-title'] {
    margin-block-end: 0.375rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .status {
    justify-self: start;
    padding: 0 0.625rem;
    border: 2px solid var(--_accent);
    border-radius: 1rem;
    font-size: 0.8125em;
  }
  .status,
  .name,
  [part='term-value'] {
    font-weight: 700;
  }
  [data-status='reported'],
  [data-status='cancelled'] {
    border: 2px dashed var(--_muted);
  }
  .meta,
  .terms,
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    list-style: none;
  }
  dt,
  .about {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .parties li {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
  }
  [part='term-value'] {
    font-size: 1.5em;
    line-height: 1.2;
  }
  .beneficiaries {
    gap: 0.5rem;
  }
  .beneficiaries li {
    padding: 0 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
  }
  @container (min-width: 40rem) {
    article {
      grid-template-columns: 1fr 1fr;
      gap: 1rem 2rem;
      padding: calc(var(--_space) * 1.5);
    }
    article > :not(.block),
    .block:has(> .parties) {
      grid-column: 1 / -1;
    }
    [part='headline'] {
      font-size: 1.5em;
    }
  }
`;
