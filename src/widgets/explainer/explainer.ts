import { markup, type Pieces } from '../../core/markup.js';
import { LedeElement } from '../../core/lede-element.js';
import { citeSourceMarkup, sourceName } from '../../core/source.js';
import { isCut } from '../../core/validate.js';
import { explainerSchema, type ExplainerData, type ExplainerModel, type ExplainerProperties } from './explainer.schema.js';
import { explainerStyles } from './explainer.styles.js';

// The interface merges with the class below: it types the properties that Lit creates from the schema's fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LedeExplainer extends ExplainerProperties {}

/**
 * A collapsible "what is…?" box: a question that opens onto its answer, key points and source.
 * Built on `<details>`/`<summary>`, so it opens and closes with the keyboard and assistive
 * technology as the browser's own disclosure does, with no script of its own; `open` only sets how
 * it starts, and a reader's choice stays until the data changes it. The plain markup for sanitized
 * CMSs is a `<details>` too, so it opens and closes before any script runs.
 *
 * @summary A collapsible question and answer ("What is…?") on `<details>`, with points and source.
 * @slot - Fallback content (e.g. the same `<details>` as plain HTML), shown until the widget upgrades and whenever the data is unusable.
 * @csspart details - The `<details>` element.
 * @csspart question - The `<summary>`: the question, which opens and closes the answer.
 * @csspart answer - The answer's paragraphs.
 * @csspart points - The list of key points.
 * @csspart source - The `<cite>` with the source, linked when `source-url` is http(s).
 * @cssproperty [--lede-color-accent=currentColor] - Accent: the marker, the rule, links.
 * @cssproperty [--lede-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the box: a tint of the page's own.
 * @cssproperty [--lede-color-border=color-mix(in srgb, currentColor 58%, transparent)] - Border of the box.
 * @cssproperty [--lede-radius=0.5em] - Corner radius of the box.
 * @cssproperty [--lede-space=1em] - Base spacing; the box's padding.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LedeExplainer extends LedeElement<ExplainerData, ExplainerModel> {
  static override styles = [...LedeElement.styles, explainerStyles];
  static override schema = explainerSchema;

  protected override renderModel(explainer: ExplainerModel): Pieces {
    const sourceText = sourceName(explainer);
    // Pieces of the widget's one template (see core/markup.ts): the blocks present are markup, each text a single part.
    return [
      markup(explainer.open ? '<details part="details" open>' : '<details part="details">'),
      markup('<summary part="question"><bdi>'),
      explainer.question,
      markup('</bdi></summary><div class="body"><div part="answer">'),
      explainer.answer.map((paragraph) => [markup('<p><bdi>'), paragraph, markup('</bdi></p>')]),
      markup('</div>'),
      explainer.points.length
        ? [
            markup('<ul part="points">'),
            explainer.points.map((point) => [markup('<li><bdi>'), point, markup('</bdi></li>')]),
            isCut(explainer.points) ? markup('<li>…</li>') : [],
            markup('</ul>'),
          ]
        : [],
      sourceText ? [markup('<p class="source">'), citeSourceMarkup(this.locale, sourceText, explainer, 'source'), markup('</p>')] : [],
      markup('</div></details>'),
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-explainer': LedeExplainer;
  }
}
