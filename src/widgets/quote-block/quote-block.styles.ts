import { css } from 'lit';

export const quoteBlockStyles = css`
  figure {
    padding-block: 0.25rem;
    padding-inline: calc(var(--_space) * 1.25) 0;
    border-inline-start: 0.25rem solid var(--_accent);
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
    font-size: var(--lede-quote-size, 1.25em);
    line-height: 1.4;
    font-weight: 500;
  }
  .mark {
    color: var(--_accent);
  }
  figcaption {
    margin-block-start: 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .speaker {
    color: var(--_text);
    font-weight: 700;
  }
  .by::before {
    content: '— ';
  }
  cite {
    font-style: normal;
  }
  .meta,
  .translation {
    font-size: 0.875em;
  }
  @container (min-width: 40rem) {
    .text {
      font-size: var(--lede-quote-size, 1.5em);
    }
  }
`;
