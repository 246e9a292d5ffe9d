/**
 * Every widget the end-to-end tests cover, one line each. For a widget `name` the tests also read
 * `samples/<name>.tag.html` (the tag as a developer writes it), `samples/<name>.plain.html` (the
 * plain markup an editor pastes into a CMS) and the item `item` of the widget's list in
 * `fixtures/story.json`. `texts` must be readable both in the plain markup without JavaScript and
 * in the drawn widget.
 */
export const WIDGETS = [
  { name: 'quote-block', item: 'pm-quote', texts: ['Nous ne pensons pas que nos amis', 'Premier ministre du Pérou', 'SCMP'] },
  { name: 'deal-card', item: 'huawei-peru-ai', texts: ['Huawei va former', 'Femmes', 'Google Actualités'] },
  { name: 'investment-figure', item: 'bri-peru', texts: ['milliards de dollars', 'Belt and Road', 'au monde'] },
  { name: 'timeline', item: 'peru-china-timeline', texts: ['2021', 'Cosco', 'l’an dernier'] },
  { name: 'key-numbers', item: 'peru-key-numbers', texts: ['milliards de dollars', 'jeunes', 'au monde'] },
  { name: 'profile', item: 'dina-boluarte', texts: ['Dina Boluarte', 'Présidente du Pérou'] },
  { name: 'explainer', item: 'belt-and-road', texts: ['Belt and Road', 'Chancay', 'croissance économique'] },
];
