/** Every Lede widget, defined. The entry of the single-file bundle. */
export * from './widgets/deal-card/index.js';
export * from './widgets/quote-block/index.js';
export * from './widgets/investment-figure/index.js';
export type { LedeErrorDetail, Theme } from './core/lede-element.js';
export type { Problem } from './core/validate.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';
