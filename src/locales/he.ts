import type { Messages } from './en.js';

/** Hebrew UI strings. */
export const he: Messages = {
  problem: 'לא ניתן היה להציג חלק מהפרטים.',
  source: 'מקור:',
  via: ['דרך ', ''],
  comma: ', ',
  // "תורגם מאנגלית": the prefix מ־ is written joined to the language's name.
  translatedFrom: (lang) => `תורגם מ${lang}`,
  status: {
    reported: 'דווח, לא אושר',
    announced: 'הוכרז',
    signed: 'נחתם',
    'in-progress': 'בביצוע',
    completed: 'הושלם',
    cancelled: 'בוטל',
  },
  kind: {
    company: 'חברה',
    government: 'ממשלה',
    organization: 'ארגון',
    person: 'אדם',
  },
  parties: 'הצדדים',
  terms: 'עיקרי ההסכם',
  beneficiaries: 'מי מרוויח',
  date: 'תאריך',
  location: 'מקום',
  comparison: 'השוואה',
  amount: 'סכום',
  // "2.9 מיליארד דולר", "850 מיליון אירו".
  amountWords: (word, noun) => (word ? ` ${word}` : '') + (noun ? ` ${noun}` : ''),
  // "דולר", "שקל": the dollar without "אמריקאי", the shekel as the press writes it after a number.
  currencyName: (code, name) => (code === 'ILS' ? 'שקל' : code === 'USD' ? name.split(' ')[0] : name),
  // "מקום 3 בעולם"; without a scope, "מקום 3".
  rank: (n, _ordinal, scope) => `מקום ${n}${scope ? ` ${scope}` : ''}`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-he.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['he'] = he;
