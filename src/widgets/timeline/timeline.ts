import { formatDate } from '../../core/intl.js';
import { LedeElement } from '../../core/lede-element.js';
import { isolateTags, markup, type Pieces } from '../../core/markup.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
import { isCut, type FieldReader } from '../../core/validate.js';
import { timelineSchema, type TimelineData, type TimelineModel, type TimelineProperties } from './timeline.schema.js';
import { timelineStyles } from './timeline.styles.js';

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeTimeline extends TimelineProperties {}

/**
 * Dated events in order: a vertical list, the dates in a column of their own on wide containers.
 * A date is written at the precision given (`2021` → "2021", `2021-06` → "juin 2021") in the
 * reader's language, inside `<time datetime>`; where the story only says "l'an dernier", the
 * event's `label` is its date in words. Dated events are put in date order; events without a date
 * keep their place. The light DOM (say the same list as plain HTML) is shown until the widget
 * upgrades and whenever its data is unusable.
 *
 * @summary Dated events in order, each with a date (or a date in words), a title, a text and a source.
 * @slot - Fallback content (e.g. an `<ol>` of the events), shown until the widget upgrades and whenever the data is unusable.
 * @csspart figure - The `<figure>` holding headline, events and source.
 * @csspart headline - The `<figcaption>`: what the timeline shows.
 * @csspart events - The `<ol>` of events.
 * @csspart event - One event (`<li>`).
 * @csspart date - An event's date: a `<time>`, or its date in words.
 * @csspart title - What happened.
 * @csspart text - More about it.
 * @csspart source - The `<cite>` of the timeline's source, linked when `source-url` is http(s).
 * @cssproperty [--lede-color-accent=currentColor] - Accent: the line and its dots, links.
 * @cssproperty [--lede-space=1em] - Base spacing.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeTimeline extends LedeElement<TimelineData, TimelineModel> {
  static override styles = [...LedeElement.styles, timelineStyles];
  static override schema = timelineSchema;

  protected override warmIntl(tag: string): void {
    formatDate(tag, { iso: '', date: new Date(0), precision: 'year' });
  }

  protected override readModel(read: FieldReader): TimelineModel | undefined {
    const timeline = super.readModel(read);
    if (!timeline) return undefined;
    // Dated events change places among themselves, in date order (a stable sort); undated ones stay where they were given.
    const dated = timeline.events.filter((event) => event.date).sort((a, b) => a.date!.date.getTime() - b.date!.date.getTime());
    const events = timeline.events.map((event) => (event.date ? dated.shift()! : event));
    if (isCut(timeline.events)) events.push({ title: '…' });
    return { ...timeline, events };
  }

  protected override renderModel(timeline: TimelineModel): Pieces {
    const { locale } = this;
    const { tag } = locale;
    const sourceText = sourceName(timeline);
    const [isolate, isolateEnd] = isolateTags(locale);
    // Pieces of the widget's one template (see core/markup.ts): the blocks present are markup, each text a single part.
    return [
      markup('<figure part="figure">'),
      timeline.headline ? [markup('<figcaption part="headline"><bdi>'), timeline.headline, markup('</bdi></figcaption>')] : [],
      markup('<ol part="events" role="list">'),
      timeline.events.map((event) => {
        const source = sourceName(event);
        const label = event.label ? [markup('<bdi>'), event.label, markup('</bdi>')] : undefined;
        return [
          markup('<li part="event"><p class="date" part="date">'),
          event.date
            ? [markup('<time datetime='), event.date.iso, markup('>'), label ?? [isolate, formatDate(tag, event.date), isolateEnd], markup('</time>')]
            : (label ?? []),
          markup('</p><div class="what"><p class="title" part="title"><bdi>'),
          event.title,
          markup('</bdi></p>'),
          event.text ? [markup('<p part="text"><bdi>'), event.text, markup('</bdi></p>')] : [],
          source ? [markup('<p class="source">'), citeSourceMarkup(locale, source, event), markup('</p>')] : [],
          markup('</div></li>'),
        ];
      }),
      markup('</ol>'),
      sourceText ? [markup('<p class="source">'), citeSourceMarkup(locale, sourceText, timeline, 'source'), markup('</p>')] : [],
      markup('</figure>'),
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-timeline': LedeTimeline;
  }
}
