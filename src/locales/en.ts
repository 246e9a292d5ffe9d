/** English UI strings; the shape every other language follows. */
export const en = {
  /** Opening and closing quotation marks drawn around quotes. */
  quotes: ['\u201C', '\u201D'] as [string, string],
  /** Shown inside a widget when part of its data could not be used. */
  problem: 'Some details could not be shown.',
  source: 'Source:',
  via: 'via',
  /** Between the source and its "via": "Source: X, via Y". */
  comma: ', ',
  /** `lang` is the language's name from Intl.DisplayNames, in this language. */
  translatedFrom: (lang: string): string => `Translated from ${lang}`,
  status: {
    reported: 'Reported, not confirmed',
    announced: 'Announced',
    signed: 'Signed',
    'in-progress': 'In progress',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  kind: {
    company: 'Company',
    government: 'Government',
    organization: 'Organization',
    person: 'Person',
  },
  parties: 'Parties',
  terms: 'Key terms',
  beneficiaries: 'Who benefits',
  date: 'Date',
  location: 'Place',
  comparison: 'Comparison',
  amount: 'Amount',
  /**
   * A figure's rank: `n` is the formatted number, `ordinal` its Intl.PluralRules ordinal category
   * (`one`, `two`, `few`, `other`…), `scope` the editor's words such as "worldwide".
   */
  rank: (n: string, ordinal: string, scope?: string): string =>
    `${n}${({ one: 'st', two: 'nd', few: 'rd' } as Record<string, string>)[ordinal] ?? 'th'} ${scope ?? 'place'}`,
};

export type Messages = typeof en;
