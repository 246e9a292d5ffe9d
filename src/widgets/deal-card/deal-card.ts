import { displayName, formatDate, formatNumber } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { isolateTags, markup, markupText, markupUi, type Markup, type Pieces } from '../../core/markup.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
import { isCut } from '../../core/validate.js';
import { dealCardSchema, type DealData, type DealModel, type DealProperties } from './deal-card.schema.js';
import { dealCardStyles } from './deal-card.styles.js';

/** Heading tags by level, written by Lede: a level outside 2–6 (which the schema already refuses) is an `<h3>`. */
const HEADINGS: Readonly<Record<number, readonly [Markup, Markup]>> = Object.fromEntries(
  [2, 3, 4, 5, 6].map((level) => [level, [markup(`<h${level}`), markup(`</h${level}>`)]]),
);
const heading = (level: number): readonly [Markup, Markup] => HEADINGS[level] ?? HEADINGS[3];

/** The visible "…" that ends a list cut at its limit. */
const MORE = markup('<li class="more">…</li>');
/** Between a party's kind and country. */
const SEPARATOR = ' · ';

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeDealCard extends DealProperties {}

/**
 * An agreement between parties — who signed what, where it stands, what it commits to and who
 * benefits — with its source. The light DOM (say a heading and a paragraph) is what readers see
 * without JavaScript; once data arrives it is replaced by the card. Light DOM alone is not data:
 * with no `headline` from any source the light DOM stays on show (with a problem note in previews).
 *
 * @summary An agreement between parties, with status, terms, beneficiaries and source.
 * @slot - Fallback content (e.g. `<h3>` and `<p>`), shown until the widget upgrades and whenever the data is unusable.
 * @csspart card - The `<article>` holding the card.
 * @csspart headline - The heading.
 * @csspart status - The status: an icon of its own shape and its words.
 * @csspart meta - The date and place (`<dl>`), on the status line.
 * @csspart summary - The summary paragraph.
 * @csspart section-title - The small headings over parties, terms and beneficiaries.
 * @csspart parties - The list of parties.
 * @csspart party - One party: its name, kind and country.
 * @csspart party-name - A party's name, linked when its `url` is http(s).
 * @csspart terms - The key terms (`<dl>`).
 * @csspart term-value - A term's formatted value and unit.
 * @csspart beneficiaries - The list of beneficiaries.
 * @csspart source - The source line, "Source: X, via Y".
 * @cssproperty [--lede-color-muted=color-mix(in srgb, currentColor 76%, transparent)] - Secondary text: labels, kinds, source line.
 * @cssproperty [--lede-color-accent=currentColor] - Accent: status icon, party rules, links.
 * @cssproperty [--lede-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Card background: a tint of the page's own.
 * @cssproperty [--lede-color-border=color-mix(in srgb, currentColor 58%, transparent)] - Card border.
 * @cssproperty [--lede-radius=0.5em] - Corner radius of the card.
 * @cssproperty [--lede-space=1em] - Base spacing; the card's padding.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeDealCard extends LedeElement<DealData, DealModel> {
  static override styles = [...LedeElement.styles, dealCardStyles];
  static override schema = dealCardSchema;

  protected override warmIntl(tag: string): void {
    formatDate(tag, { iso: '', date: new Date(0), precision: 'day' });
    displayName(tag, 'region', 'PE');
  }

  protected override renderModel(deal: DealModel): Pieces {
    const { locale } = this;
    const { tag, dataTag, messages } = locale;
    const sourceText = sourceName(deal);
    const [isolate, isolateEnd] = isolateTags(locale);
    const [open, close] = heading(deal.headingLevel);
    // Parties, terms and beneficiaries: each under a heading one level below the card's.
    const [titleOpen, titleClose] = heading(Math.min(deal.headingLevel + 1, 6));
    const block = (items: readonly unknown[], title: string, body: () => Pieces): Pieces =>
      items.length ? [markup('<div class="block">'), titleOpen, markup(' part="section-title">'), markupUi(locale, title), titleClose, body(), markup('</div>')] : [];
    // Pieces of the widget's one template (see core/markup.ts): the blocks present are markup, each text a single part.
    // A space stays only between words a reader's text runs on: a party's name and what it is, a term and its value.
    return [
      markup('<article part="card" aria-labelledby="headline">'),
      open,
      markup(' part="headline" id="headline"><bdi>'),
      deal.headline,
      markup('</bdi>'),
      close,
      deal.status || deal.date || deal.location
        ? [
            markup('<div class="line">'),
            deal.status ? [markup('<p class="status" part="status" data-status='), deal.status, markup('>'), markupUi(locale, messages.status[deal.status]), markup('</p>')] : [],
            deal.date || deal.location
              ? [
                  markup('<dl class="meta" part="meta">'),
                  deal.date
                    ? [
                        markup('<div><dt class="visually-hidden">'),
                        markupUi(locale, messages.date),
                        markup('</dt><dd>'),
                        isolate,
                        markup('<time datetime='),
                        deal.date.iso,
                        markup('>'),
                        formatDate(tag, deal.date),
                        markup('</time>'),
                        isolateEnd,
                        markup('</dd></div>'),
                      ]
                    : [],
                  deal.location
                    ? [markup('<div><dt class="visually-hidden">'), markupUi(locale, messages.location), markup('</dt><dd><bdi>'), deal.location, markup('</bdi></dd></div>')]
                    : [],
                  markup('</dl>'),
                ]
              : [],
            markup('</div>'),
          ]
        : [],
      deal.summary ? [markup('<p part="summary"><bdi>'), deal.summary, markup('</bdi></p>')] : [],
      block(deal.parties, messages.parties, () => [
        markup('<ul class="parties" part="parties" role="list">'),
        deal.parties.map((party) => {
          const about = [party.kind && messages.kind[party.kind], party.country && displayName(tag, 'region', party.country)].filter(Boolean).join(SEPARATOR);
          return [
            markup('<li part="party"><span class="name" part="party-name"><bdi>'),
            party.url ? [markup('<a href='), party.url, markup('>'), party.name, markup('</a>')] : party.name,
            markup('</bdi></span>'),
            about ? [markup(' <span class="about">'), this.ui(about), markup('</span>')] : [],
            markup('</li>'),
          ];
        }),
        isCut(deal.parties) ? MORE : [],
        markup('</ul>'),
      ]),
      block(deal.terms, messages.terms, () => [
        markup('<dl class="terms" part="terms">'),
        deal.terms.map((term) => [
          markup('<div><dt><bdi>'),
          term.label,
          markup('</bdi></dt> <dd part="term-value"><bdi>'),
          typeof term.value === 'number' ? formatNumber(dataTag, term.value) : term.value,
          markup('</bdi>'),
          term.unit ? [markup('\u00A0<bdi>'), term.unit, markup('</bdi>')] : [],
          markup('</dd></div>'),
        ]),
        markup('</dl>'),
        isCut(deal.terms) ? markup('<p class="more">…</p>') : [],
      ]),
      block(deal.beneficiaries, messages.beneficiaries, () => [
        markup('<ul class="beneficiaries" part="beneficiaries">'),
        deal.beneficiaries.map((who) => [markup('<li><bdi>'), who, markup('</bdi></li>')]),
        isCut(deal.beneficiaries) ? MORE : [],
        markup('</ul>'),
      ]),
      sourceText || deal.via
        ? [
            markup('<p class="source" part="source">'),
            sourceText ? citeSourceMarkup(locale, sourceText, deal) : [],
            sourceText && deal.via ? markupText(messages.comma) : [],
            deal.via ? [markupUi(locale, messages.via[0]), markup('<bdi>'), deal.via, markup('</bdi>'), markupUi(locale, messages.via[1])] : [],
            markup('</p>'),
          ]
        : [],
      markup('</article>'),
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-deal-card': LedeDealCard;
  }
}
