/**
 * Entry of `dist/lede.classic.js`, the page loader as a classic script for pages that cannot add
 * `type="module"` scripts (some CMS fields and tag managers). It exports nothing, so the script
 * adds no global variable, and imports the same widget modules as `dist/lede.js`, from beside
 * itself or from the folder `<meta name="lede-widgets-path">` names (see core/chunk-url.ts).
 */
import { chunkUrl } from './core/chunk-url.js';
import { startWidgetLoader } from './loader/widget-loader.js';

startWidgetLoader(__LEDE_WIDGETS__, chunkUrl);
