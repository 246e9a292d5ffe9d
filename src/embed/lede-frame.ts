/**
 * Entry of `dist/lede-frame.js`, for pages that hold `<iframe data-lede-frame src=".../embed.html?…">`:
 * each such iframe takes the height its content reports.
 */
import { resizeFrame } from './resize-frame.js';

addEventListener('message', (event) => resizeFrame(event));
