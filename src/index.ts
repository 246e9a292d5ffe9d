/** Every Lede widget, defined. The entry of the single-file bundle. */
// Before anything imports Lit: page markup must not be able to stop Lit from loading (see the module).
import './core/unclobber.js';
export * from './widgets/quote-block/index.js';
export type { LedeErrorDetail, Theme } from './core/lede-element.js';
export type { Problem } from './core/validate.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';
