import type { Messages } from './en.js';

/** Portuguese UI strings, for Brazil and Portugal alike: Intl writes each country's numbers. */
export const pt: Messages = {
  problem: 'Não foi possível mostrar algumas informações.',
  source: 'Fonte:',
  via: ['via ', ''],
  comma: ', ',
  // Os nomes de línguas são masculinos: «Traduzido do inglês».
  translatedFrom: (lang) => `Traduzido do ${lang}`,
  status: {
    reported: 'Não confirmado',
    announced: 'Anunciado',
    signed: 'Assinado',
    'in-progress': 'Em curso',
    completed: 'Concluído',
    cancelled: 'Cancelado',
  },
  kind: {
    company: 'Empresa',
    government: 'Governo',
    organization: 'Organização',
    person: 'Pessoa',
  },
  parties: 'Partes',
  terms: 'Pontos principais',
  beneficiaries: 'Beneficiários',
  date: 'Data',
  location: 'Local',
  comparison: 'Comparação',
  amount: 'Valor',
  // Brasil «2,9 bilhões de dólares», Portugal «2,9 mil milhões de dólares» (a palavra vem do Intl);
  // «2.000.000 de dólares» (plural «many»); nomes de moedas em minúscula.
  amountWords: (word, noun, many) =>
    (word ? ` ${word}` : '') + (noun ? ` ${word || many ? 'de ' : ''}${noun[0].toLowerCase()}${noun.slice(1)}` : ''),
  // O dólar e o real sem «americanos», «brasileiros».
  currencyName: (code, name) => (code === 'USD' || code === 'BRL' ? name.split(' ')[0] : name),
  // «3º no mundo»; sem âmbito, «3º lugar».
  rank: (n, _ordinal, scope) => `${n}º ${scope ?? 'lugar'}`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-pt.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['pt'] = pt;
