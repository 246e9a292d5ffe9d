import type { Messages } from './en.js';

/** German UI strings. */
export const de: Messages = {
  problem: 'Einige Angaben konnten nicht angezeigt werden.',
  source: 'Quelle:',
  via: ['via ', ''],
  comma: ', ',
  // „Aus dem Englischen übersetzt“: Sprachnamen auf -isch stehen nach „aus dem“ im Dativ (-en);
  // andere bleiben unverändert („aus dem Hindi“).
  translatedFrom: (lang) => `Aus dem ${lang}${/isch$/.test(lang) ? 'en' : ''} übersetzt`,
  status: {
    reported: 'Gemeldet, unbestätigt',
    announced: 'Angekündigt',
    signed: 'Unterzeichnet',
    'in-progress': 'In Umsetzung',
    completed: 'Abgeschlossen',
    cancelled: 'Gestoppt',
  },
  kind: {
    company: 'Unternehmen',
    government: 'Regierung',
    organization: 'Organisation',
    person: 'Person',
  },
  parties: 'Beteiligte',
  terms: 'Eckpunkte',
  beneficiaries: 'Wer profitiert',
  date: 'Datum',
  location: 'Ort',
  comparison: 'Im Vergleich',
  amount: 'Betrag',
  // „2,9 Milliarden Dollar“, „850 Millionen Euro“: Dollar und Euro ohne „US-“ und ohne Plural-s.
  amountWords: (word, noun) => (word ? ` ${word}` : '') + (noun ? ` ${noun}` : ''),
  currencyName: (code, name) => (code === 'USD' ? 'Dollar' : name),
  // „Platz 3 weltweit“; ohne Bereich „Platz 3“.
  rank: (n, _ordinal, scope) => `Platz ${n}${scope ? ` ${scope}` : ''}`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-de.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['de'] = de;
