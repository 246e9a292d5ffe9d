import type { Messages } from './en.js';

/** Hindi UI strings. */
export const hi: Messages = {
  problem: 'कुछ जानकारी दिखाई नहीं जा सकी।',
  source: 'स्रोत:',
  via: ['', ' के ज़रिए'],
  comma: ', ',
  translatedFrom: (lang) => `${lang} से अनूदित`,
  status: {
    reported: 'ख़बर, पुष्टि नहीं',
    announced: 'घोषित',
    signed: 'हस्ताक्षरित',
    'in-progress': 'जारी',
    completed: 'पूरा',
    cancelled: 'रद्द',
  },
  kind: {
    company: 'कंपनी',
    government: 'सरकार',
    organization: 'संगठन',
    person: 'व्यक्ति',
  },
  parties: 'पक्ष',
  terms: 'मुख्य बातें',
  beneficiaries: 'किसे फ़ायदा',
  date: 'तारीख़',
  location: 'स्थान',
  comparison: 'तुलना',
  amount: 'राशि',
  // "2.9 अरब डॉलर", "85 करोड़ डॉलर", "12 लाख डॉलर": लाख, करोड़ और अरब Intl से; डॉलर बिना "यूएस"।
  amountWords: (word, noun) => (word ? ` ${word}` : '') + (noun ? ` ${noun}` : ''),
  currencyName: (code, name) => (code === 'USD' ? 'डॉलर' : code === 'INR' ? 'रुपये' : name),
  // "दुनिया में 3रा स्थान": क्रमसूचक प्रत्यय Intl.PluralRules की श्रेणी से (1ला, 2रा, 3रा, 4था, 6ठा, बाक़ी वां)।
  rank: (n, ordinal, scope) =>
    `${scope ? `${scope} ` : ''}${n}${({ one: 'ला', two: 'रा', few: 'था', many: 'ठा' } as Record<string, string>)[ordinal] ?? 'वां'} स्थान`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-hi.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['hi'] = hi;
