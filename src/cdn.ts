/**
 * Entry of `dist/lede.js`, the page loader: imports only the widgets the page uses, from the
 * `lede-<widget>.js` files beside it (see loader/widget-loader.ts). It exports nothing and imports
 * nothing up front, so a page without widgets downloads this file alone; the widget classes,
 * `storyOptions` and `VERSION` are exported by `dist/lede-all.js` and the npm package.
 */
import { startWidgetLoader } from './loader/widget-loader.js';

startWidgetLoader(__LEDE_WIDGETS__, (file) => new URL(file, import.meta.url).href);
