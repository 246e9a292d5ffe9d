/** English UI strings; the shape every other language follows. */
export const en = {
  /** Shown inside a widget when part of its data could not be used. */
  problem: 'Some details could not be shown.',
  source: 'Source:',
  /** Words before and after the agency a story came through: "via Reuters", Japanese "ロイター経由". */
  via: ['via ', ''] as [before: string, after: string],
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
   * An amount's words after its number, when this language builds them itself: `word` is Intl's
   * compact word ("milliards", "亿", or empty), `noun` the currency's name or the counted unit,
   * `many` whether CLDR's plural rules call the amount "many". English has none: it keeps the
   * currency symbol where the locale puts it ("$2.9 billion").
   */
  amountWords: undefined as ((word: string, noun: string | undefined, many: boolean) => string) | undefined,
  /**
   * A figure's rank: `n` is the formatted number, `ordinal` its Intl.PluralRules ordinal category
   * (`one`, `two`, `few`, `other`…), `scope` the editor's words such as "worldwide". A language
   * whose typography sets the ordinal's ending as a superscript (French "3ᵉ") returns
   * `[number, ending, rest]`, drawn as `3<sup>e</sup> au monde`.
   */
  rank: (n: string, ordinal: string, scope?: string): string | [number: string, superscript: string, rest: string] =>
    `${n}${({ one: 'st', two: 'nd', few: 'rd' } as Record<string, string>)[ordinal] ?? 'th'} ${scope ?? 'place'}`,
};

export type Messages = typeof en & {
  /**
   * A currency's name after an amount as this language's press writes it, from its ISO 4217 `code`
   * and Intl's `name` for it (already in the form the amount takes: Russian "долларов США" for
   * 2.9 billion, "доллар США" for 21). Newsrooms name the US dollar and their own country's
   * currency plainly — German "Dollar" (Intl: "US-Dollar"), Korean "원" (Intl: "대한민국 원") —
   * and every other currency in full, so that Canadian and US dollars never read alike. Without
   * it: the first word of the US dollar's name ("dollars" of "dollars des États-Unis"), every
   * other name as Intl gives it.
   */
  currencyName?: (code: string, name: string) => string;
};
