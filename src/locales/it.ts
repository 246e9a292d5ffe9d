import type { Messages } from './en.js';

/** Italian UI strings. */
export const it: Messages = {
  problem: 'Alcune informazioni non possono essere mostrate.',
  source: 'Fonte:',
  via: ['via ', ''],
  comma: ', ',
  // «Tradotto dall’inglese», «dallo spagnolo», «dal cinese».
  translatedFrom: (lang) => `Tradotto ${/^[aeiouh]/i.test(lang) ? 'dall’' : /^(s[^aeiou]|z|gn|ps|x|y)/i.test(lang) ? 'dallo ' : 'dal '}${lang}`,
  status: {
    reported: 'Non confermato',
    announced: 'Annunciato',
    signed: 'Firmato',
    'in-progress': 'In corso',
    completed: 'Concluso',
    cancelled: 'Annullato',
  },
  kind: {
    company: 'Azienda',
    government: 'Governo',
    organization: 'Organizzazione',
    person: 'Persona',
  },
  parties: 'Le parti',
  terms: 'Punti chiave',
  beneficiaries: 'Chi ne beneficia',
  date: 'Data',
  location: 'Luogo',
  comparison: 'A confronto',
  amount: 'Importo',
  // «2,9 miliardi di dollari», «20.000 giovani», «2.000.000 di dollari» (plurale «many»), «850 euro».
  amountWords: (word, noun, many) => (word ? ` ${word}` : '') + (noun ? ` ${word || many ? 'di ' : ''}${noun}` : ''),
  // «3º al mondo»; senza ambito, «3º posto».
  rank: (n, _ordinal, scope) => `${n}º ${scope ?? 'posto'}`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-it.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['it'] = it;
