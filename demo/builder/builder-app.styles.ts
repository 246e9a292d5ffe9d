import { css } from 'lit';

/** Layout of the builder: one column on a phone; form beside a sticky preview from 60rem. */
export const appStyles = css`
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  section {
    margin-block-end: 2rem;
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  h2[tabindex='-1']:focus-visible {
    outline: 3px solid var(--b-accent);
  }
  .toolbar {
    display: grid;
    gap: 0 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    align-items: start;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0 1rem;
  }
  .columns {
    display: grid;
    gap: 0 2rem;
  }
  @media (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      inset-block-start: 0.5rem;
      max-block-size: calc(100vh - 1rem);
      overflow: auto;
    }
  }
  .view {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    align-items: start;
  }
  .view .field {
    min-inline-size: 10rem;
  }
  .view fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    padding-block: 0.25rem 0.5rem;
  }
  .view fieldset label {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    min-block-size: 2.75rem;
    font-weight: 400;
  }
  .problems {
    margin-block-end: 1rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--b-error);
    background: #fbf0ee;
  }
  .problems.none {
    border-color: #2b7a3d;
    background: #eef6ef;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .problems li + li {
    margin-block-start: 0.375rem;
  }
  .problems button {
    min-block-size: 2.75rem;
    margin-inline-start: 0.5rem;
  }
  .problems p {
    margin: 0;
  }
  .notes {
    color: var(--b-error);
  }
`;
