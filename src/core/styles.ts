import { css } from 'lit';

/**
 * Styles every widget shares: theme tokens, a guard against the page's inherited text styles,
 * the visually-hidden helper and the error note. Widgets add their own sheet after this one.
 */
export const baseStyles = css`
  /* Each colour is a light-dark() pair: the host's color-scheme picks one (auto follows the reader). */
  :host {
    --_text: var(--lede-color-text, light-dark(#1b1b1f, #eceef2));
    --_muted: var(--lede-color-muted, light-dark(#55575e, #b3b8c2));
    --_accent: var(--lede-color-accent, light-dark(#0a5bb5, #8cbcff));
    --_surface: var(--lede-color-surface, light-dark(#ffffff, #17191e));
    --_border: var(--lede-color-border, light-dark(#d4d6db, #3b4049));
    --_error: var(--lede-color-error, light-dark(#a3271d, #ffaca3));
    --_radius: var(--lede-radius, 0.5rem);
    --_space: var(--lede-space, 1rem);
    display: block;
    container-type: inline-size;
    min-inline-size: min(17.5rem, 100%);
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's inherited text styles stop here (all but direction); only its font comes through, by design. */
  .lede {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    color: var(--_text);
    font-family: var(--lede-font, inherit);
    font-size: var(--lede-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
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
