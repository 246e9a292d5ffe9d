/**
 * Entry of `dist/lede.js`: every widget, defined, plus the site loader that upgrades plain
 * `data-lede` markup in the page.
 */
import { startSiteLoader } from './loader/site-loader.js';

export * from './index.js';

startSiteLoader();
