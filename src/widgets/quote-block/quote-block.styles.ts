import { css } from 'lit';

/*
 * The opening mark hangs in the gutter beside the rule, so every line of the quote starts on the
 * same edge. Sizes are in em of the page's text: the quote 1.5 times it (1.75 on wide containers).
 */
export const quoteBlockStyles = css`
  figure {
    padding-block: 0.25em;
    padding-inline: calc(var(--_space) * 1.5) 0;
    border-inline-start: 0.1875em solid var(--_accent);
  }
  blockquote {
    margin: 0;
    padding: 0;
    border: 0;
    quotes: none;
  }
  blockquote::before,
  blockquote::after {
    content: none;
  }
  .text {
    position: relative;
    font-size: var(--lede-quote-size, 1.5em);
    line-height: 1.3;
    font-weight: 500;
    text-wrap: pretty;
  }
  .mark {
    color: var(--_accent);
  }
  .open {
    position: absolute;
    inset-inline-end: 100%;
    white-space: nowrap;
  }
  figcaption {
    margin-block-start: 0.75em;
    display: grid;
    /* One column as wide as the widget, not as its longest word: a word wider than the widget breaks instead of sticking out. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125em;
  }
  .speaker {
    font-weight: 700;
  }
  .by::before {
    content: '— ';
  }
  .context {
    color: var(--_muted);
  }
  .source {
    margin-block-start: 0.25em;
  }
  /* The line breaks between source, date and note, not inside the date ("27 juin" | "2024"), unless the date alone is wider than the widget. */
  .source time {
    display: inline-block;
    max-inline-size: 100%;
  }
  @container (min-width: 40em) {
    .text {
      font-size: var(--lede-quote-size, 1.75em);
    }
  }
`;
