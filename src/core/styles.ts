import { css } from 'lit';

/**
 * Styles every widget shares: colour and type tokens, a guard against the page's inherited text
 * styles, print and forced-colours rules, the visually-hidden helper and the preview-only problem note.
 * Widgets add their own sheet after this one.
 *
 * Colours. Without a `theme` attribute a widget is part of the page: its text is the page's text
 * colour (inherited by the host), secondary text, rules and surfaces are that colour mixed with
 * transparency, so they follow any page background, with or without `color-scheme`, and a site's own
 * dark-mode class switched after load. Mixes of `currentColor` sit in custom properties: only then
 * does a browser recompute them when an ancestor's colour changes. With `theme` the widget paints its
 * own surface in a fixed light or dark scheme (`auto`: the reader's system setting).
 *
 * Type. Every size is in `em` of the inherited font size: the widget scales with the article's body
 * text, and a root font size of 62.5 % cannot shrink it. Secondary text is `--_small`: 0.875 of the
 * body, never under 12 CSS pixels.
 */
export const baseStyles = css`
  :host {
    --_text: var(--lede-color-text, currentColor);
    --_muted: var(--lede-color-muted, color-mix(in srgb, currentColor 76%, transparent));
    --_accent: var(--lede-color-accent, currentColor);
    --_surface: var(--lede-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--lede-color-border, color-mix(in srgb, currentColor 58%, transparent));
    --_error: var(--lede-color-error, #e0393e);
    --_radius: var(--lede-radius, 0.5em);
    --_space: var(--lede-space, 1em);
    --_small: max(0.875em, 12px);
    display: block;
    container-type: inline-size;
    min-inline-size: min(17.5rem, 100%);
  }
  :host(:is([theme='light'], [theme='dark'], [theme='auto'])) {
    --_text: var(--lede-color-text, light-dark(#1b1b1f, #eceef2));
    --_accent: var(--lede-color-accent, light-dark(#0a5bb5, #8cbcff));
    --_surface: var(--lede-color-surface, light-dark(#ffffff, #17191e));
    --_border: var(--lede-color-border, light-dark(#80838c, #7d838f));
    --_paint: var(--_surface);
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
  /* The page's inherited text styles stop here (all but direction); its font and its text colour
     come through, by design. The layout takes the host's direction (its dir or CSS direction):
     on a right-to-left page every block starts at the right; each piece of data sits in its own
     isolate (bdi, dir="auto"), so it reads in its own direction without moving its block. */
  .lede {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    color: var(--_text);
    background: var(--_paint, none);
    font-family: var(--lede-font, inherit);
    font-size: var(--lede-font-size, 1em);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host(:is([theme='light'], [theme='dark'], [theme='auto'])) .lede {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
  }
  .lede *,
  .lede *::before,
  .lede *::after {
    box-sizing: inherit;
  }
  /* Chinese and Japanese have no italic: slanted Han characters are a fake. */
  :lang(zh),
  :lang(ja) {
    font-style: normal !important;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
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
  cite {
    font-style: normal;
  }
  /* Words kept on one line ("2,9 milliards", "de dollars"): an inline block as wide as its words on one
     line, which is what its box counts as its narrowest (a grid's or flex row's columns make room for
     it), but never wider than its box: where no line can hold it, it wraps between its words rather
     than stick out (and a single word wider than the line breaks, as everywhere). */
  .keep {
    display: inline-block;
    inline-size: max-content;
    max-inline-size: 100%;
  }
  sup {
    font-size: max(0.7em, 12px);
    line-height: 0;
  }
  /* The "Source: …" line of every widget: quiet, last. */
  .source {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .error {
    margin: 0.5em 0 0;
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--_error);
    font-size: var(--_small);
  }
  /* Paper: dark ink on white whatever the theme or the page, link addresses written out. */
  @media print {
    :host,
    :host([theme]) {
      --_text: #000;
      --_accent: #000;
      --_surface: #fff;
      --_border: #595959;
      color-scheme: light;
    }
    .lede {
      color: #000;
      background: #fff;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      text-decoration: none;
    }
  }
  /* Forced colours: system colours, and nothing that relies on a background alone. */
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_accent: LinkText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_paint: Canvas;
    }
    a {
      color: LinkText;
    }
    /* Graphics (a figure's bars) would lose their fills: they take the text's system colour. */
    svg {
      forced-color-adjust: none;
      fill: CanvasText;
    }
  }
`;
