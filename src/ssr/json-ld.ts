/** One widget as the prerenderer saw it: its tag name, its validated data (the JSON shape of the widget), its resolved language (BCP 47). */
export interface PrerenderedWidget {
  tagName: string;
  data: Record<string, unknown>;
  lang: string;
}

/** schema.org JSON-LD graph for the widgets of one page, or null when none states anything. */
export function structuredData(_widgets: readonly PrerenderedWidget[], _pageUrl?: string): Record<string, unknown> | null {
  return null;
}
