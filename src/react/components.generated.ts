// Generated from custom-elements.json by scripts/generate-from-manifest.mjs (npm run build): do not edit.
import type { EventName } from '@lit/react';
import { LedeDealCard } from '../widgets/deal-card/deal-card.js';
import { LedeExplainer } from '../widgets/explainer/explainer.js';
import { LedeInvestmentFigure } from '../widgets/investment-figure/investment-figure.js';
import { LedeKeyNumbers } from '../widgets/key-numbers/key-numbers.js';
import { LedeProfile } from '../widgets/profile/profile.js';
import { LedeQuoteBlock } from '../widgets/quote-block/quote-block.js';
import { LedeTimeline } from '../widgets/timeline/timeline.js';
import { wrap } from './wrap.js';

/** `<lede-deal-card>` as a React component: An agreement between parties, with status, terms, beneficiaries and source. */
export const DealCard = /* @__PURE__ */ wrap('lede-deal-card', LedeDealCard, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'DealCard');

/** `<lede-explainer>` as a React component: A collapsible question and answer ("What is…?") on `<details>`, with points and source. */
export const Explainer = /* @__PURE__ */ wrap('lede-explainer', LedeExplainer, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'Explainer');

/** `<lede-investment-figure>` as a React component: A money figure (or a count) in words, with rank, comparison and source. */
export const InvestmentFigure = /* @__PURE__ */ wrap('lede-investment-figure', LedeInvestmentFigure, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'InvestmentFigure');

/** `<lede-key-numbers>` as a React component: A fact box of 2–8 key figures in words, with labels, periods and ranks. */
export const KeyNumbers = /* @__PURE__ */ wrap('lede-key-numbers', LedeKeyNumbers, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'KeyNumbers');

/** `<lede-profile>` as a React component: A person or organisation: name, description, country, image, bio, facts and source. */
export const Profile = /* @__PURE__ */ wrap('lede-profile', LedeProfile, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'Profile');

/** `<lede-quote-block>` as a React component: A quotation with speaker and source. */
export const QuoteBlock = /* @__PURE__ */ wrap('lede-quote-block', LedeQuoteBlock, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'QuoteBlock');

/** `<lede-timeline>` as a React component: Dated events in order, each with a date (or a date in words), a title, a text and a source. */
export const Timeline = /* @__PURE__ */ wrap('lede-timeline', LedeTimeline, { onLedeError: 'lede-error' as EventName<HTMLElementEventMap['lede-error']> }, 'Timeline');
