import { html, nothing, type TemplateResult } from 'lit';
import { displayName, formatNumber } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSource, sourceName } from '../../core/source.js';
import { isCut } from '../../core/validate.js';
import { profileSchema, type ProfileData, type ProfileModel, type ProfileProperties } from './profile.schema.js';
import { profileStyles } from './profile.styles.js';

/** The image's side in CSS pixels: `width` and `height` reserve its square before it loads. */
const SIDE = 96;

/**
 * Facts' numbers group digits from five digits up (CLDR minimum grouping digits 2, as Spanish and
 * Polish do anyway): a year or a four-digit count reads "1987", "4500" in every language, where
 * German would write "1.987" and French "1 987"; 20000 is still "20.000", "20 000". A browser
 * older than `useGrouping: 'min2'` (before Chromium 106, Firefox 116) groups as the language does.
 */
const FACT_NUMBER: Intl.NumberFormatOptions = { useGrouping: 'min2' };

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeProfile extends ProfileProperties {}

/**
 * A person or an organisation: name, a one-line description, what it is and its country (named by
 * `Intl.DisplayNames` in the reader's language), a portrait or logo, a short bio, key facts and its
 * source. The image is drawn only with an http(s) `src` and an `alt`, loaded lazily, its square
 * reserved by `width` and `height`. A person's kind is not written out (the description says who
 * they are); a company's, government's or organisation's is. The light DOM is the no-JavaScript fallback.
 *
 * @summary A person or organisation: name, description, country, image, bio, facts and source.
 * @slot - Fallback content (e.g. the name and description as plain HTML), shown until the widget upgrades and whenever the data is unusable.
 * @csspart profile - The `<article>` holding the profile.
 * @csspart image - The portrait or logo (`<img>`).
 * @csspart name - The name, linked when `url` is http(s).
 * @csspart description - The one-line description.
 * @csspart about - The kind and the country's name.
 * @csspart bio - The bio paragraph.
 * @csspart facts - The key facts (`<dl>`).
 * @csspart source - The `<cite>` with the source, linked when `source-url` is http(s).
 * @cssproperty [--lede-color-accent=currentColor] - Accent: the rule, links.
 * @cssproperty [--lede-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the image's square while it loads.
 * @cssproperty [--lede-radius=0.5em] - Corner radius of the image.
 * @cssproperty [--lede-space=1em] - Base spacing.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeProfile extends LedeElement<ProfileData, ProfileModel> {
  static override styles = [...LedeElement.styles, profileStyles];
  static override schema = profileSchema;

  protected override warmIntl(tag: string): void {
    displayName(tag, 'region', 'PE');
  }

  protected override renderModel(profile: ProfileModel): TemplateResult {
    const { tag, messages } = this.locale;
    const sourceText = sourceName(profile);
    const about = [profile.kind && profile.kind !== 'person' ? messages.kind[profile.kind] : '', profile.country ? displayName(tag, 'region', profile.country) : ''].filter(Boolean);
    const { image } = profile;
    return html`<article part="profile" aria-labelledby="name">
      ${image ? html`<img part="image" src=${image.src} alt=${image.alt} loading="lazy" decoding="async" width=${SIDE} height=${SIDE} />` : nothing}
      <div class="who">
        <p class="name" part="name" id="name"><bdi>${profile.url ? html`<a href=${profile.url}>${profile.name}</a>` : profile.name}</bdi></p>
        ${profile.description ? html`<p part="description"><bdi>${profile.description}</bdi></p>` : nothing}
        ${about.length ? html`<p class="about" part="about">${this.ui(about.join(' · '))}</p>` : nothing}
      </div>
      ${profile.bio ? html`<p class="bio" part="bio"><bdi>${profile.bio}</bdi></p>` : nothing}
      ${profile.facts.length
        ? html`<dl part="facts">${profile.facts.map(
            (fact) => html`<div><dt><bdi>${fact.label}</bdi></dt><dd><bdi>${typeof fact.value === 'number' ? formatNumber(this.locale.dataTag, fact.value, FACT_NUMBER) : fact.value}</bdi></dd></div>`,
          )}</dl>${isCut(profile.facts) ? html`<p class="more">…</p>` : nothing}`
        : nothing}
      ${sourceText ? html`<p class="source">${citeSource(this.locale, sourceText, profile, 'source')}</p>` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-profile': LedeProfile;
  }
}
