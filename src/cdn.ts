/**
 * Entry of `dist/lede.js` (and of `dist/lede.classic.js`): every widget, defined. The site loader,
 * which upgrades plain `data-lede` markup, is fetched when the page has some (see on-markup.ts).
 */
// Before anything imports Lit: page markup must not be able to stop Lit from loading (see the module).
import './core/unclobber.js';
import { loadSiteLoaderOnMarkup } from './loader/on-markup.js';

export * from './widgets/deal-card/index.js';
export * from './widgets/quote-block/index.js';
export * from './widgets/investment-figure/index.js';
export * from './widgets/timeline/index.js';
export * from './widgets/key-numbers/index.js';
export * from './widgets/profile/index.js';
export * from './widgets/explainer/index.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';

loadSiteLoaderOnMarkup();
