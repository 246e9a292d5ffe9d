import { markup, type Pieces } from '../../core/markup.js';
import { displayName, formatNumber } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
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

  protected override renderModel(profile: ProfileModel): Pieces {
    const { tag, messages } = this.locale;
    const sourceText = sourceName(profile);
    const about = [profile.kind && profile.kind !== 'person' ? messages.kind[profile.kind] : '', profile.country ? displayName(tag, 'region', profile.country) : ''].filter(Boolean);
    const { image } = profile;
    // Pieces of the widget's one template (see core/markup.ts): the blocks present are markup, each text a single part.
    return [
      markup('<article part="profile" aria-labelledby="name">'),
      image ? [markup('<img part="image" src='), image.src, markup(' alt='), image.alt, markup(` loading="lazy" decoding="async" width="${SIDE}" height="${SIDE}">`)] : [],
      markup('<div class="who"><p class="name" part="name" id="name"><bdi>'),
      profile.url ? [markup('<a href='), profile.url, markup('>'), profile.name, markup('</a>')] : profile.name,
      markup('</bdi></p>'),
      profile.description ? [markup('<p part="description"><bdi>'), profile.description, markup('</bdi></p>')] : [],
      about.length ? [markup('<p class="about" part="about">'), this.ui(about.join(' · ')), markup('</p>')] : [],
      markup('</div>'),
      profile.bio ? [markup('<p class="bio" part="bio"><bdi>'), profile.bio, markup('</bdi></p>')] : [],
      profile.facts.length
        ? [
            markup('<dl part="facts">'),
            profile.facts.map((fact) => [
              markup('<div><dt><bdi>'),
              fact.label,
              markup('</bdi></dt><dd><bdi>'),
              typeof fact.value === 'number' ? formatNumber(this.locale.dataTag, fact.value, FACT_NUMBER) : fact.value,
              markup('</bdi></dd></div>'),
            ]),
            markup('</dl>'),
            isCut(profile.facts) ? markup('<p class="more">…</p>') : [],
          ]
        : [],
      sourceText ? [markup('<p class="source">'), citeSourceMarkup(this.locale, sourceText, profile, 'source'), markup('</p>')] : [],
      markup('</article>'),
    ];
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'lede-profile': LedeProfile;
  }
}
