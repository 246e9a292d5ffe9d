import type { Messages } from './en.js';

/** French UI strings. */
export const fr: Messages = {
  problem: 'Certaines informations n’ont pas pu être affichées.',
  source: 'Source\u202F:',
  via: ['via ', ''],
  comma: ', ',
  translatedFrom: (lang) => (/^([aeiouyâéèêîôû]|hé)/i.test(lang) ? `Traduit de l’${lang}` : `Traduit du ${lang}`),
  status: {
    reported: 'Non confirmé',
    announced: 'Annoncé',
    signed: 'Signé',
    'in-progress': 'En cours',
    completed: 'Conclu',
    cancelled: 'Annulé',
  },
  kind: {
    company: 'Entreprise',
    government: 'Gouvernement',
    organization: 'Organisation',
    person: 'Personne',
  },
  parties: 'Parties',
  terms: 'Points clés',
  beneficiaries: 'Bénéficiaires',
  date: 'Date',
  location: 'Lieu',
  comparison: 'Comparaison',
  amount: 'Montant',
  // « 1er au monde », « 3e au monde » ; sans portée, « 1re place », « 3e place ».
  // « 2,9 milliards de dollars », « 20 000 jeunes », « 2 000 000 de dollars » (pluriel « many ») ;
  // « de » s’élide devant une voyelle ou un h muet : « d’euros ».
  amountWords: (word, noun, many) =>
    (word ? ` ${word}` : '') + (noun ? ` ${word || many ? (/^[aeiouyhàâéèêîôœû]/i.test(noun) ? 'd’' : 'de ') : ''}${noun}` : ''),
  // L’abréviation de l’ordinal est en exposant : 3<sup>e</sup>.
  rank: (n, ordinal, scope) => [n, ordinal === 'one' ? (scope ? 'er' : 're') : 'e', ` ${scope ?? 'place'}`],
};

// A page that runs this file before Lede (`<script type="module" src="lede-fr.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['fr'] = fr;
