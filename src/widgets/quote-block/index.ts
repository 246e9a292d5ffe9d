import { defineElement } from '../../core/define.js';
import { LedeQuoteBlock } from './quote-block.js';

export { LedeQuoteBlock };
export { quoteBlockSchema, type QuoteData, type QuoteModel } from './quote-block.schema.js';

defineElement('lede-quote-block', LedeQuoteBlock);
