import type { Messages } from './en.js';

/** Russian UI strings. */
export const ru: Messages = {
  problem: 'Некоторые данные не удалось показать.',
  source: 'Источник:',
  via: ['по данным ', ''],
  comma: ', ',
  // «Перевод с английского»: название языка в родительном падеже (-ий → -ого, «иврит» → «иврита»,
  // несклоняемые «хинди», «суахили» — без изменений).
  translatedFrom: (lang) => `Перевод с ${lang.replace(/[иоы]й$/, 'ого').replace(/([бвгджзклмнпрстфхцчшщ])$/, '$1а')}`,
  status: {
    reported: 'Не подтверждено',
    announced: 'Объявлено',
    signed: 'Подписано',
    'in-progress': 'Выполняется',
    completed: 'Завершено',
    cancelled: 'Отменено',
  },
  kind: {
    company: 'Компания',
    government: 'Правительство',
    organization: 'Организация',
    person: 'Персона',
  },
  parties: 'Стороны',
  terms: 'Основные условия',
  beneficiaries: 'Кто выигрывает',
  date: 'Дата',
  location: 'Место',
  comparison: 'Сравнение',
  amount: 'Сумма',
  // «2,9 миллиарда долларов», «12 миллиардов долларов», «21 доллар»: слово и падеж числа даёт Intl,
  // валюту — Intl в форме для этой суммы («долларов» из «долларов США»).
  amountWords: (word, noun) => (word ? ` ${word}` : '') + (noun ? ` ${noun}` : ''),
  // Доллар и рубль без «США» и «российских»: «долларов», «рублей».
  currencyName: (code, name) => (code === 'USD' ? name.split(' ')[0] : code === 'RUB' ? name.split(' ').pop()! : name),
  // «3-е место в мире»; без уточнения «3-е место».
  rank: (n, _ordinal, scope) => `${n}-е место${scope ? ` ${scope}` : ''}`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-ru.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['ru'] = ru;
