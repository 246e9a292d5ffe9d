// Generated from custom-elements.json by scripts/generate-from-manifest.mjs (npm run build): do not edit.
import type { LedeQuoteBlock } from './widgets/quote-block/quote-block.js';

/** Each element's attributes (name → property), settable properties and events, read from the manifest. */
export interface LedeElementApi {
  'lede-quote-block': {
    element: LedeQuoteBlock;
    attributes: { 'text': 'text'; 'speaker': 'speaker'; 'speaker-role': 'speakerRole'; 'context': 'context'; 'date': 'date'; 'source': 'source'; 'source-url': 'sourceUrl'; 'original-lang': 'originalLang'; 'src': 'src'; 'theme': 'theme'; 'loading': 'loading' };
    properties: 'text' | 'speaker' | 'speakerRole' | 'context' | 'date' | 'source' | 'sourceUrl' | 'originalLang' | 'data' | 'src' | 'theme' | 'loading';
    events: 'lede-error';
  };
}
