import { html, nothing, type TemplateResult } from 'lit';
import { displayName, formatDate, formatNumber } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSource, sourceName } from '../../core/source.js';
import { isCut } from '../../core/validate.js';
import { dealCardSchema, type DealData, type DealModel, type DealProperties } from './deal-card.schema.js';
import { dealCardStyles } from './deal-card.styles.js';

/** A real heading element of the level the page needs; Lit templates cannot take a tag name from a value. */
function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 2: return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 4: return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${i}>${content}</h5>`;
    case 6: return html`<h6 part=${part} id=${i}>${content}</h6>`;
    default: return html`<h3 part=${part} id=${i}>${content}</h3>`;
  }
}

/** The visible "…" that ends a list cut at its limit. */
const more = (list: readonly unknown[]) => (isCut(list) ? html`<li class="more">…</li>` : nothing);

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

  protected override renderModel(deal: DealModel): TemplateResult {
    const { tag, messages } = this.locale;
    const sourceText = sourceName(deal);
    // Parties, terms and beneficiaries: each under a heading one level below the card's.
    const block = (items: unknown[], title: unknown, body: () => TemplateResult) =>
      items.length ? html`<div class="block">${heading(Math.min(deal.headingLevel + 1, 6), 'section-title', title)}${body()}</div>` : nothing;
    return html`<article part="card" aria-labelledby="headline">
      ${heading(deal.headingLevel, 'headline', html`<bdi>${deal.headline}</bdi>`, 'headline')}
      ${deal.status || deal.date || deal.location
        ? html`<div class="line">
            ${deal.status ? html`<p class="status" part="status" data-status=${deal.status}>${this.ui(messages.status[deal.status])}</p>` : nothing}
            ${deal.date || deal.location
              ? html`<dl class="meta" part="meta">
                  ${deal.date ? html`<div><dt class="visually-hidden">${this.ui(messages.date)}</dt><dd>${this.ui(html`<time datetime=${deal.date.iso}>${formatDate(tag, deal.date)}</time>`)}</dd></div>` : nothing}
                  ${deal.location ? html`<div><dt class="visually-hidden">${this.ui(messages.location)}</dt><dd><bdi>${deal.location}</bdi></dd></div>` : nothing}
                </dl>`
              : nothing}
          </div>`
        : nothing}
      ${deal.summary ? html`<p part="summary"><bdi>${deal.summary}</bdi></p>` : nothing}
      ${block(deal.parties, this.ui(messages.parties), () => html`<ul class="parties" part="parties" role="list">
        ${deal.parties.map((party) => html`<li part="party">
          <span class="name" part="party-name"><bdi>${party.url ? html`<a href=${party.url}>${party.name}</a>` : party.name}</bdi></span>
          ${party.kind || party.country
            ? html`<span class="about">${this.ui([party.kind && messages.kind[party.kind], party.country && displayName(tag, 'region', party.country)].filter(Boolean).join(' · '))}</span>`
            : nothing}
        </li>`)}${more(deal.parties)}
      </ul>`)}
      ${block(deal.terms, this.ui(messages.terms), () => html`<dl class="terms" part="terms">
        ${deal.terms.map((term) => html`<div>
          <dt><bdi>${term.label}</bdi></dt>
          <dd part="term-value"><bdi>${typeof term.value === 'number' ? formatNumber(this.locale.dataTag, term.value) : term.value}</bdi>${term.unit ? html`\u00A0<bdi>${term.unit}</bdi>` : nothing}</dd>
        </div>`)}
      </dl>${isCut(deal.terms) ? html`<p class="more">…</p>` : nothing}`)}
      ${block(deal.beneficiaries, this.ui(messages.beneficiaries), () => html`<ul class="beneficiaries" part="beneficiaries">
        ${deal.beneficiaries.map((who) => html`<li><bdi>${who}</bdi></li>`)}${more(deal.beneficiaries)}
      </ul>`)}
      ${sourceText || deal.via
        ? html`<p class="source" part="source">${sourceText
            ? citeSource(this.locale, sourceText, deal)
            : nothing}${sourceText && deal.via ? messages.comma : nothing}${deal.via
            ? html`${this.ui(messages.via[0])}<bdi>${deal.via}</bdi>${this.ui(messages.via[1])}`
            : nothing}</p>`
        : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-deal-card': LedeDealCard;
  }
}
