// As a tag manager does: adds lede-frame.js `?after=` milliseconds after the page has loaded, once
// every iframe has drawn its widget (never without `after`), and notes how the iframes stood then.
const after = new URLSearchParams(location.search).get('after');
const frames = () => [...document.querySelectorAll('iframe[data-lede-frame]')];
const drawn = (frame) => Boolean(frame.contentDocument?.querySelector('main > *')?.shadowRoot?.querySelector('[part="base"] > :not(slot)'));
function addScript() {
  if (!frames().every(drawn)) return setTimeout(addScript, 50);
  window.beforeScript = frames().map((frame) => ({ drawn: drawn(frame), sized: frame.style.height !== '' }));
  const script = document.createElement('script');
  script.src = '../../dist/lede-frame.js';
  document.head.append(script);
}
if (after !== null) addEventListener('load', () => setTimeout(addScript, Number(after)));
