// Demo pages: load every widget from source and wire the language and theme switches.
// The pages are in French: their strings come first, as the README recommends, so that widgets
// draw at once; the other languages load when the switch asks for them.
import '../src/locales/fr.js';
import '../src/index.js';

const languageSelect = document.querySelector<HTMLSelectElement>('#lang');
const themeSelect = document.querySelector<HTMLSelectElement>('#theme');
const region = document.querySelector<HTMLElement>('[data-widgets]') ?? document.body;

languageSelect?.addEventListener('change', () => {
  region.lang = languageSelect.value;
});

themeSelect?.addEventListener('change', () => {
  const theme = themeSelect.value;
  document.documentElement.dataset.theme = theme === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : theme;
  for (const widget of document.querySelectorAll('[theme]')) widget.setAttribute('theme', theme);
});

// Set in the same task as the definition above, so the widget's first update already has its data
// (set later, it would first report its missing text).
const pm = document.querySelector<HTMLElement & { data?: unknown }>('#data-property');
if (pm) {
  pm.data = {
    text: 'Nous ne pensons pas que nos amis, comme les États-Unis, seront contrariés par le fait que nous amenons des investissements chinois au Pérou.',
    speakerRole: 'Premier ministre du Pérou',
    source: 'South China Morning Post (SCMP)',
  };
}
