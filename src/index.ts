/** Every Lede widget, defined. The entry of the single-file bundle. */
export * from './widgets/quote-block/index.js';
export type { LedeErrorDetail, Theme } from './core/lede-element.js';
export type { Problem } from './core/validate.js';
export type { LedeIntrinsicElements, LedeJsxProps } from './jsx.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';
