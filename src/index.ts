/** Every Lede widget, defined, and the public API: the package entry (the browser bundles start from cdn.ts). */
// Before anything imports Lit: page markup must not be able to stop Lit from loading (see the module).
import './core/unclobber.js';

export * from './widgets/deal-card/index.js';
export * from './widgets/quote-block/index.js';
export * from './widgets/investment-figure/index.js';
export * from './widgets/timeline/index.js';
export * from './widgets/key-numbers/index.js';
export * from './widgets/profile/index.js';
export * from './widgets/explainer/index.js';
export type { LedeErrorDetail, Theme } from './core/lede-element.js';
export type { Problem } from './core/validate.js';
export type { LedeIntrinsicElements, LedeJsxProps } from './jsx.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';
export { startSiteLoader, upgradeElement, upgradeMarkup } from './loader/site-loader.js';
export { readMarkup, type MarkupFields } from './loader/read-markup.js';
