import type { Messages } from './en.js';

/** Arabic UI strings (Modern Standard Arabic, as the Arab press writes it). */
export const ar: Messages = {
  problem: 'تعذّر عرض بعض التفاصيل.',
  source: 'المصدر:',
  via: ['عبر ', ''],
  comma: '، ',
  // "مترجم عن الإنجليزية": Intl gives the language's name with its article.
  translatedFrom: (lang) => `مترجم عن ${lang}`,
  status: {
    reported: 'غير مؤكد',
    announced: 'أُعلن عنه',
    signed: 'موقّع',
    'in-progress': 'قيد التنفيذ',
    completed: 'مكتمل',
    cancelled: 'أُلغي',
  },
  kind: {
    company: 'شركة',
    government: 'حكومة',
    organization: 'منظمة',
    person: 'شخص',
  },
  parties: 'الأطراف',
  terms: 'أبرز البنود',
  beneficiaries: 'المستفيدون',
  date: 'التاريخ',
  location: 'المكان',
  comparison: 'مقارنة',
  amount: 'المبلغ',
  // "2.9 مليار دولار"، "850 مليون دولار": the word from Intl, then the currency.
  amountWords: (word, noun) => (word ? ` ${word}` : '') + (noun ? ` ${noun}` : ''),
  // The dollar and the Egyptian pound without "أمريكي", "مصري": "دولار", "جنيه".
  currencyName: (code, name) => (code === 'USD' || code === 'EGP' ? name.split(' ')[0] : name),
  // "المرتبة 3 عالميًا"; without a scope, "المرتبة 3".
  rank: (n, _ordinal, scope) => `المرتبة ${n}${scope ? ` ${scope}` : ''}`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-ar.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['ar'] = ar;
