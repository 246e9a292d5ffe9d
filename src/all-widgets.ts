/**
 * Every widget, defined, with its class, schema and types: the one list that the package entry
 * (index.ts) and the single-file bundle (cdn-all.ts) export. The page loader (cdn.ts) needs no
 * list: the build gives it the folders of src/widgets/.
 */
export * from './widgets/deal-card/index.js';
export * from './widgets/quote-block/index.js';
export * from './widgets/investment-figure/index.js';
export * from './widgets/timeline/index.js';
export * from './widgets/key-numbers/index.js';
export * from './widgets/profile/index.js';
export * from './widgets/explainer/index.js';
