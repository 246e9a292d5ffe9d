// Generated from custom-elements.json by scripts/generate-from-manifest.mjs (npm run build): do not edit.
import type { LedeDealCard } from './widgets/deal-card/deal-card.js';
import type { LedeExplainer } from './widgets/explainer/explainer.js';
import type { LedeInvestmentFigure } from './widgets/investment-figure/investment-figure.js';
import type { LedeKeyNumbers } from './widgets/key-numbers/key-numbers.js';
import type { LedeProfile } from './widgets/profile/profile.js';
import type { LedeQuoteBlock } from './widgets/quote-block/quote-block.js';
import type { LedeTimeline } from './widgets/timeline/timeline.js';

/** Each element's attributes (name → property), settable properties and events, read from the manifest. */
export interface LedeElementApi {
  'lede-deal-card': {
    element: LedeDealCard;
    attributes: { 'headline': 'headline'; 'status': 'status'; 'date': 'date'; 'location': 'location'; 'summary': 'summary'; 'source': 'source'; 'source-url': 'sourceUrl'; 'via': 'via'; 'heading-level': 'headingLevel'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'headline' | 'status' | 'date' | 'location' | 'parties' | 'summary' | 'terms' | 'beneficiaries' | 'source' | 'sourceUrl' | 'via' | 'headingLevel' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
  'lede-explainer': {
    element: LedeExplainer;
    attributes: { 'question': 'question'; 'answer': 'answer'; 'open': 'open'; 'source': 'source'; 'source-url': 'sourceUrl'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'question' | 'answer' | 'points' | 'open' | 'source' | 'sourceUrl' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
  'lede-investment-figure': {
    element: LedeInvestmentFigure;
    attributes: { 'amount': 'amount'; 'currency': 'currency'; 'unit': 'unit'; 'label': 'label'; 'period': 'period'; 'rank': 'rank'; 'rank-scope': 'rankScope'; 'comparison-sort': 'comparisonSort'; 'notation': 'notation'; 'source': 'source'; 'source-url': 'sourceUrl'; 'count-up': 'countUp'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'amount' | 'currency' | 'unit' | 'label' | 'period' | 'rank' | 'rankScope' | 'comparison' | 'comparisonSort' | 'notation' | 'source' | 'sourceUrl' | 'countUp' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
  'lede-key-numbers': {
    element: LedeKeyNumbers;
    attributes: { 'headline': 'headline'; 'source': 'source'; 'source-url': 'sourceUrl'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'headline' | 'items' | 'source' | 'sourceUrl' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
  'lede-profile': {
    element: LedeProfile;
    attributes: { 'name': 'name'; 'kind': 'kind'; 'description': 'description'; 'country': 'country'; 'bio': 'bio'; 'url': 'url'; 'source': 'source'; 'source-url': 'sourceUrl'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'name' | 'kind' | 'description' | 'country' | 'image' | 'bio' | 'facts' | 'url' | 'source' | 'sourceUrl' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
  'lede-quote-block': {
    element: LedeQuoteBlock;
    attributes: { 'text': 'text'; 'speaker': 'speaker'; 'speaker-role': 'speakerRole'; 'context': 'context'; 'date': 'date'; 'source': 'source'; 'source-url': 'sourceUrl'; 'original-lang': 'originalLang'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'text' | 'speaker' | 'speakerRole' | 'context' | 'date' | 'source' | 'sourceUrl' | 'originalLang' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
  'lede-timeline': {
    element: LedeTimeline;
    attributes: { 'headline': 'headline'; 'source': 'source'; 'source-url': 'sourceUrl'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading'; 'preview': 'preview' };
    properties: 'headline' | 'events' | 'source' | 'sourceUrl' | 'data' | 'src' | 'theme' | 'preview' | 'loading';
    events: 'lede-error';
  };
}
