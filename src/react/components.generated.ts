// Generated from custom-elements.json by scripts/generate-from-manifest.mjs (npm run build): do not edit.
import type { EventName } from '@lit/react';
import { LedeDealCard } from '../widgets/deal-card/deal-card.js';
import { LedeInvestmentFigure } from '../widgets/investment-figure/investment-figure.js';
import { LedeQuoteBlock } from '../widgets/quote-block/quote-block.js';
import { wrap } from './wrap.js';

/** `<lede-deal-card>` as a React component: An agreement between parties, with status, terms, beneficiaries and source. */
export const DealCard = /* @__PURE__ */ wrap('lede-deal-card', LedeDealCard, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'DealCard');

/** `<lede-investment-figure>` as a React component: A money figure (or a count) in words, with rank, comparison and source. */
export const InvestmentFigure = /* @__PURE__ */ wrap('lede-investment-figure', LedeInvestmentFigure, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'InvestmentFigure');

/** `<lede-quote-block>` as a React component: A quotation with speaker and source. */
export const QuoteBlock = /* @__PURE__ */ wrap('lede-quote-block', LedeQuoteBlock, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'QuoteBlock');
