import { css } from 'lit';

/**
 * Styles every widget shares: theme tokens, a guard against the page's inherited text styles,
 * the visually-hidden helper and the error note. Widgets add their own sheet after this one.
 */
export const baseStyles = css`
  :host {
    --_text: var(--lede-color-text, #1b1b1f);
    --_muted: var(--lede-color-muted, #55575e);
    --_accent: var(--lede-color-accent, #0a5bb5);
    --_surface: var(--lede-color-surface, #ffffff);
    --_border: var(--lede-color-border, #d4d6db);
    --_error: var(--lede-color-error, #a3271d);
    --_radius: var(--lede-radius, 0.5rem);
    --_space: var(--lede-space, 1rem);
    display: block;
    container-type: inline-size;
    min-inline-size: min(17.5rem, 100%);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_text: var(--lede-color-text, #eceef2);
    --_muted: var(--lede-color-muted, #b3b8c2);
    --_accent: var(--lede-color-accent, #8cbcff);
    --_surface: var(--lede-color-surface, #17191e);
    --_border: var(--lede-color-border, #3b4049);
    --_error: var(--lede-color-error, #ffaca3);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_text: var(--lede-color-text, #eceef2);
      --_muted: var(--lede-color-muted, #b3b8c2);
      --_accent: var(--lede-color-accent, #8cbcff);
      --_surface: var(--lede-color-surface, #17191e);
      --_border: var(--lede-color-border, #3b4049);
      --_error: var(--lede-color-error, #ffaca3);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's inherited text styles stop here; only its font comes through, by design. */
  .lede {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--lede-font, inherit);
    font-size: var(--lede-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    word-break: normal;
    hyphens: manual;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    list-style: outside none disc;
    quotes: auto;
  }
  .lede *,
  .lede *::before,
  .lede *::after {
    box-sizing: inherit;
  }
  /* Each piece of data takes its direction from its own text: French in a right-to-left page still
     reads "2,9 milliards", while the layout follows the page. */
  .lede,
  .lede * {
    unicode-bidi: plaintext;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  figure,
  p {
    margin: 0;
  }
  /* The "Source: …" line of the card and the figure. */
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    margin: 0.5rem 0 0;
    color: var(--_error);
    font-size: 0.8125em;
  }
`;
