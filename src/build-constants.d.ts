/** The folders of src/widgets/ (`quote-block`…), written in by the CDN builds (see vite.config.ts). */
declare const __LEDE_WIDGETS__: readonly string[];
