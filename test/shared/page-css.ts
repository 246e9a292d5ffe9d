/** dist/lede.css, put together from its sources as the build does (scripts/page-css.ts, unminified). */

/** Every widget (its folder name): lede.css sizes each one, its tag and its plain markup. */
export const WIDGETS = ['deal-card', 'explainer', 'investment-figure', 'key-numbers', 'profile', 'quote-block', 'timeline'];

/** The shared rules (`lede-widget` standing for the tags), then each widget's own file. */
export async function pageCss(): Promise<string> {
  const text = async (path: string) => {
    const response = await fetch(path);
    return response.ok ? response.text() : '';
  };
  const shared = (await text('/src/core/fallback.css')).replace(/\blede-widget\b/g, WIDGETS.map((name) => `lede-${name}`).join(','));
  const own = await Promise.all(WIDGETS.map((name) => text(`/src/widgets/${name}/${name}.fallback.css`)));
  return [shared, ...own].join('\n');
}
