import type { Messages } from './en.js';

/** Spanish UI strings. */
export const es: Messages = {
  problem: 'No se pudieron mostrar algunos datos.',
  source: 'Fuente:',
  via: ['vía ', ''],
  comma: ', ',
  translatedFrom: (lang) => `Traducido del ${lang}`,
  status: {
    reported: 'Sin confirmar',
    announced: 'Anunciado',
    signed: 'Firmado',
    'in-progress': 'En curso',
    completed: 'Concluido',
    cancelled: 'Cancelado',
  },
  kind: {
    company: 'Empresa',
    government: 'Gobierno',
    organization: 'Organización',
    person: 'Persona',
  },
  parties: 'Partes',
  terms: 'Puntos clave',
  beneficiaries: 'Beneficiarios',
  date: 'Fecha',
  location: 'Lugar',
  comparison: 'Comparación',
  amount: 'Monto',
  // «3.º en el mundo»; sin ámbito, «Puesto 3» (evita el apócope de «1.er», «3.er»).
  // «2,9 mil millones de dólares», «20.000 jóvenes», «2.000.000 de dólares» (plural «many»).
  amountWords: (word, noun, many) => (word ? ` ${word}` : '') + (noun ? ` ${word || many ? 'de ' : ''}${noun}` : ''),
  rank: (n, _ordinal, scope) => (scope ? `${n}.º ${scope}` : `Puesto ${n}`),
};

// A page that runs this file before Lede (`<script type="module" src="lede-es.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['es'] = es;
