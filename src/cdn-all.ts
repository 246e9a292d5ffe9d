/**
 * Entry of `dist/lede-all.js`: every widget in one module, for pages that want a single request
 * (and the widget classes, `storyOptions` and `VERSION` as exports). The page loader still
 * watches for plain `data-lede` markup and fetches the site loader when the page has some.
 * Most pages load `dist/lede.js` instead, which imports only the widgets the page uses (cdn.ts).
 */
// Before anything imports Lit: page markup must not be able to stop Lit from loading (see the module).
import './core/unclobber.js';
import { startWidgetLoader } from './loader/widget-loader.js';

export * from './all-widgets.js';
export { storyOptions } from './core/story.js';
export { VERSION } from './core/version.js';

// Every widget is defined above, so the loader downloads none: it only upgrades plain markup.
startWidgetLoader(__LEDE_WIDGETS__, (file) => new URL(file, import.meta.url).href);
