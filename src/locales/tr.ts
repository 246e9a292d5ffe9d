import type { Messages } from './en.js';

/** Turkish UI strings. */
export const tr: Messages = {
  problem: 'Bazı bilgiler gösterilemedi.',
  source: 'Kaynak:',
  via: ['', ' aracılığıyla'],
  comma: ', ',
  // "İngilizceden çevrildi", "Arapçadan": ayrılma eki ünlü uyumuna göre -den/-dan, sert ünsüzden
  // sonra -ten/-tan.
  translatedFrom: (lang) => {
    const back = /[aıou][^aıoueiöü]*$/i.test(lang);
    return `${lang}${/[çfhkpsşt]$/i.test(lang) ? 't' : 'd'}${back ? 'an' : 'en'} çevrildi`;
  },
  status: {
    reported: 'Doğrulanmamış haber',
    announced: 'Duyuruldu',
    signed: 'İmzalandı',
    'in-progress': 'Sürüyor',
    completed: 'Tamamlandı',
    cancelled: 'İptal edildi',
  },
  kind: {
    company: 'Şirket',
    government: 'Hükümet',
    organization: 'Kuruluş',
    person: 'Kişi',
  },
  parties: 'Taraflar',
  terms: 'Ana maddeler',
  beneficiaries: 'Kimler yararlanıyor',
  date: 'Tarih',
  location: 'Yer',
  comparison: 'Karşılaştırma',
  amount: 'Tutar',
  // "2,9 milyar dolar", "850 milyon dolar": sayıdan sonra ad tekil; dolar "ABD" olmadan.
  amountWords: (word, noun) => (word ? ` ${word}` : '') + (noun ? ` ${noun}` : ''),
  currencyName: (code, name) => (code === 'USD' ? 'dolar' : code === 'TRY' ? 'lira' : name),
  // "dünyada 3. sırada"; kapsam yoksa "3. sırada".
  rank: (n, _ordinal, scope) => `${scope ? `${scope} ` : ''}${n}. sırada`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-tr.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['tr'] = tr;
