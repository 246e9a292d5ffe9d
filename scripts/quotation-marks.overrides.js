/**
 * Quotation marks that differ from CLDR's, reviewed by hand: where a language's own typographic
 * authority says otherwise than CLDR's `delimiters` data. scripts/generate-quotation-marks.mjs
 * writes src/core/delimiters.generated.ts from CLDR with these applied, and the tests compare what
 * the quote widget draws with CLDR's data with these applied.
 *
 * `marks` are `[open, close, innerOpen, innerClose]`: the outer pair, then the pair for a quotation
 * inside the quotation (CLDR's `quotationStart`, `quotationEnd`, `alternateQuotationStart`,
 * `alternateQuotationEnd`). An entry applies to its locale and to every regional locale of the same
 * language whose CLDR marks are the same as its locale's (those that inherit them); a regional
 * locale with marks of its own in CLDR (`fr-CA`, `fr-CH`, `es-US`) keeps them.
 *
 * Plain JavaScript so that the generator (Node) and the tests (browsers) import it as it is.
 *
 * @type {readonly { locale: string, marks: readonly [string, string, string, string], cldr: string, source: string }[]}
 */
export const OVERRIDES = [
  {
    locale: 'es',
    marks: ['«', '»', '“', '”'],
    cldr: '“…” outside, ‘…’ inside',
    source:
      'Real Academia Española and Asociación de Academias de la Lengua Española, Ortografía de la lengua española (2010), ' +
      '§ 3.4.8 “Las comillas” (https://www.rae.es/ortografía/las-comillas): in print, angular quotes first, ' +
      'then English double quotes inside them, then single quotes: «Antonio me dijo: “Vaya ‘cacharro’ que se ha comprado Julián”».',
  },
  {
    locale: 'fr',
    marks: ['«\u202F', '\u202F»', '“', '”'],
    cldr: '«…» outside, «…» again inside, no spaces',
    source:
      'Lexique des règles typographiques en usage à l’Imprimerie nationale, “Guillemets”: French guillemets with a ' +
      'no-break space inside them, set here as the narrow no-break space (U+202F) that French typography uses ' +
      'for them on screen; English quotation marks “…”, with no space, for a quotation inside a quotation, as French newspapers do.',
  },
];
