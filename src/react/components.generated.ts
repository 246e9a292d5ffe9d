// Generated from custom-elements.json by scripts/generate-from-manifest.mjs (npm run build): do not edit.
import type { EventName } from '@lit/react';
import { LedeQuoteBlock } from '../widgets/quote-block/quote-block.js';
import { wrap } from './wrap.js';

/** `<lede-quote-block>` as a React component: A quotation with speaker and source. */
export const QuoteBlock = /* @__PURE__ */ wrap('lede-quote-block', LedeQuoteBlock, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'QuoteBlock');
