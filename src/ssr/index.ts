/**
 * `lede-widgets/ssr` (Node ≥ 20): Lede's widgets drawn on a server into Declarative Shadow DOM, so a
 * page shows them, styled, with no JavaScript. `renderWidget` draws one widget; `prerender` draws
 * every widget of an HTML document (the `lede prerender` command runs it over files). See docs/ssr.md.
 */
export { renderWidget, type RenderedWidget, type WidgetInput, type WidgetProblem } from './render-widget.js';
export { prerender, type PagePrerenderProblem, type PrerenderOptions, type PrerenderResult } from './prerender.js';
export { StoryLoader, type StoryResult } from './story-loader.js';
export { structuredData, type PrerenderedWidget } from './json-ld.js';
