/**
 * Lit reads a few optional globals while it loads (`litPropertyMetadata`, `litElementHydrateSupport`,
 * `litHtmlVersions`…). Any element with such an `id` or `name` in the page — pasted HTML, a widget's
 * own light DOM — shows up as that global (DOM clobbering) and stops Lit, so every widget, from
 * loading. Evaluated before Lit, this module hides such elements behind real (undefined) globals.
 */
const LIT_GLOBALS = [
  'litPropertyMetadata',
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementHydrateSupport',
  'trustedTypes',
  'ShadyCSS',
];

if (typeof Element === 'function') {
  const scope = globalThis as Record<string, unknown>;
  for (const name of LIT_GLOBALS) {
    // Named access gives the element, or an HTMLCollection when several share the name.
    if (scope[name] instanceof Element || scope[name] instanceof HTMLCollection) scope[name] = undefined;
  }
}
