import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedLocale } from './locale.js';
import { markup, markupText, markupUi } from './markup.js';
import { inStrings } from './typography.js';

/** What every widget's model carries about where its data comes from. */
export interface Sourced {
  source?: string;
  /** Already checked: http(s) only. */
  sourceUrl?: string;
}

/** The source's name, or the link's host name when only a URL was given. */
export const sourceName = ({ source, sourceUrl }: Sourced): string | undefined =>
  source ?? (sourceUrl ? new URL(sourceUrl).hostname : undefined);

/**
 * "Source: <cite>name</cite>" in the strings of `locale`, the name linked when there is a URL and
 * isolated in its own direction; `part` names the `<cite>`. No space after a full-width colon
 * ("来源："): its width already is the space.
 */
export const citeSource = (locale: ResolvedLocale, name: string, { sourceUrl }: Sourced, part?: string): TemplateResult => {
  const label = locale.messages.source;
  const space = /[\u3000-\u303f\uff00-\uffef]$/.test(label) ? '' : ' ';
  const shown = inStrings(locale, label);
  // One text node when the label needs no isolate.
  return html`${typeof shown === 'string' ? shown + space : [shown, space]}<cite part=${part ?? nothing} dir="auto">${sourceUrl ? html`<a href=${sourceUrl}>${name}</a>` : name}</cite>`;
};

/**
 * citeSource as pieces of a widget's one template (see markup.ts): the label and the `<cite>` are
 * markup, the name and the URL one part each. Draws the same DOM as citeSource. `part` is a
 * literal part name written by the widget.
 */
export const citeSourceMarkup = (locale: ResolvedLocale, name: string, { sourceUrl }: Sourced, part?: string): unknown[] => {
  const label = locale.messages.source;
  return [
    markupUi(locale, label),
    markupText(/[\u3000-\u303f\uff00-\uffef]$/.test(label) ? '' : ' '),
    markup(`<cite${part ? ` part="${part}"` : ''} dir="auto">`),
    sourceUrl ? [markup('<a href='), sourceUrl, markup('>'), name, markup('</a>')] : name,
    markup('</cite>'),
  ];
};
