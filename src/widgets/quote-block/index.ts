import { defineElement } from '../../core/define.js';
import { LedeQuoteBlock } from './quote-block.js';

export { LedeQuoteBlock };
export type { QuoteData, QuoteModel } from './quote-block.js';

defineElement('lede-quote-block', LedeQuoteBlock);
