/**
 * Entry of `dist/lede-frame.js`, for pages that hold `<iframe data-lede-frame src=".../embed.html?…">`:
 * each such iframe takes the height its content reports. Frames report by themselves when they
 * load and change; the ones that did before this script arrived (loaded late, or by a tag
 * manager) are asked for their height now.
 */
import { askHeights, resizeFrame } from './resize-frame.js';

addEventListener('message', (event) => resizeFrame(event));
askHeights();
