/** Every Lede widget, defined, and the public API: the package entry (the browser bundles start from cdn.ts). */
// Before anything imports Lit: page markup must not be able to stop Lit from loading (see the module).
import './core/unclobber.js';

export * from './all-widgets.js';
export type { LedeErrorDetail, Theme } from './core/lede-element.js';
export type { Problem } from './core/validate.js';
export type { LedeIntrinsicElements, LedeJsxProps } from './jsx.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';
export { startSiteLoader, upgradeElement, upgradeMarkup } from './loader/site-loader.js';
export { readMarkup, type MarkupFields } from './loader/read-markup.js';
