/**
 * `lede-widgets/react`: one React component per widget (`<QuoteBlock speaker="…" onLedeError={…}>`),
 * and JSX types so the elements themselves type-check too (`<lede-quote-block speaker-role="…">`).
 */
import type * as React from 'react';
import type { LedeIntrinsicElements } from '../jsx.js';

export * from './components.generated.js';
export type { LedeErrorDetail } from '../core/lede-element.js';

type ReactLedeElements = {
  [Tag in keyof LedeIntrinsicElements]: React.DetailedHTMLProps<
    Omit<React.HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof LedeIntrinsicElements[Tag]>,
    HTMLElementTagNameMap[Tag]
  > &
    LedeIntrinsicElements[Tag];
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactLedeElements {}
  }
}
