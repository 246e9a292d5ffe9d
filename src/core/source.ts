import type { ResolvedLocale } from './locale.js';
import { markup, markupText, markupUi } from './markup.js';

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
 * "Source: <cite>name</cite>" in the strings of `locale`, as pieces of a widget's one template (see
 * markup.ts): the label (isolated where the locale needs it, see typography.ts inStrings) and the
 * `<cite>` are markup, the name and the URL one part each; the name is linked when there is a URL
 * and isolated in its own direction. No space after a full-width colon ("来源："): its width
 * already is the space. `part` is a literal part name written by the widget, naming the `<cite>`.
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
