/**
 * `lede-widgets/preact`: JSX types for Preact, so `<lede-quote-block speaker-role="…">` type-checks
 * (`import type {} from 'lede-widgets/preact'` once in the app). Preact sets properties and
 * listens to `onlede-error` on custom elements by itself; there is no runtime code here.
 */
import type { HTMLAttributes } from 'preact';
import type { LedeIntrinsicElements } from './jsx.js';

type PreactLedeElements = {
  [Tag in keyof LedeIntrinsicElements]: Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof LedeIntrinsicElements[Tag]> &
    LedeIntrinsicElements[Tag];
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactLedeElements {}
  }
}
