/**
 * Entry of `dist/lede.classic.js`, the same bundle as a classic script for pages that cannot
 * load modules. It exports nothing, so the script adds no global variable.
 */
import './cdn.js';
