import { css } from 'lit';

/*
 * Narrow first (one column from 280 px); from 40rem the parties keep a full row and terms and
 * beneficiaries sit side by side. Logical properties only, so right-to-left pages mirror the card.
 * Each status has its own icon shape beside its words (never a colour alone, never a button's
 * outline): a dashed empty ring for an unconfirmed report, a ring filling up from announced to
 * completed (a full disc), a crossed ring for cancelled. Icons are drawn with borders, which
 * forced-colours mode keeps.
 */
export const dealCardStyles = css`
  article {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    gap: .75em;
    display: grid;
    /* One column as wide as the card, not as its longest word: a word wider than the card breaks instead of sticking out. */
    grid-template-columns: minmax(0, 1fr);
  }

  article * {
    margin: 0;
    padding: 0;
  }

  [part="headline"] {
    font-size: 1.25em;
    line-height: 1.3;
  }

  .line {
    font-size: var(--_small);
    flex-wrap: wrap;
    align-items: baseline;
    gap: .25em 1em;
    display: flex;
  }

  .status {
    align-items: center;
    gap: .4em;
    font-weight: 700;
    display: inline-flex;
  }

  .status:before {
    content: var(--_glyph, "");
    border: .2em solid var(--_accent);
    background: conic-gradient(var(--_accent) var(--_fill, 0),transparent 0);
    block-size: 1.2em;
    inline-size: 1.2em;
    color: var(--_accent);
    border-radius: 50%;
    flex: none;
    place-items: center;
    font-size: .75em;
    line-height: 1;
    display: grid;
  }

  [data-status="reported"] {
    font-style: italic;
  }

  [data-status="reported"]:before {
    border-style: dashed;
  }

  [data-status="signed"] {
    --_fill: 50%;
  }

  [data-status="in-progress"] {
    --_fill: 75%;
  }

  [data-status="completed"] {
    --_fill: 100%;
  }

  [data-status="cancelled"] {
    --_glyph: "✕";
  }

  @media (forced-colors: active) {
    .status:before {
      forced-color-adjust: none;
    }
  }

  .meta {
    color: var(--_muted);
    flex-wrap: wrap;
    gap: 0 1em;
    display: flex;
  }

  .meta dd {
    display: inline;
  }

  [part="section-title"] {
    margin-block-end: .375em;
    font-size: 1em;
    font-weight: 700;
  }

  .name, [part="term-value"] {
    font-weight: 700;
  }

  .terms, .parties {
    flex-wrap: wrap;
    gap: .5em 1.5em;
    list-style: none;
    display: flex;
  }

  /* Never wider than the card: a place, term or party with a word wider than the card breaks it instead of sticking out. */
  .line > *, .meta > *, .terms > *, .parties > li {
    max-inline-size: 100%;
  }

  .terms dt, .about {
    color: var(--_muted);
    font-size: var(--_small);
  }

  .parties li {
    border-inline-start: .25em solid var(--_accent);
    flex-direction: column;
    flex: 10em;
    padding-inline-start: .75em;
    display: flex;
  }

  [part="term-value"] {
    font-size: 1.5em;
    line-height: 1.2;
  }

  /* Bullets hang in the list's start padding, beside each item's first line: a bullet drawn inside the line stays alone there when the item is one word too long for what is left of it. */
  .beneficiaries {
    padding-inline-start: 1.25em;
  }

  @container (width >= 40rem) {
    article {
      padding: calc(var(--_space) * 1.5);
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 1em 2em;
    }

    article > :not(.block), .block:has( > .parties) {
      grid-column: 1 / -1;
    }

    [part="headline"] {
      font-size: 1.5em;
    }
  }
`;
