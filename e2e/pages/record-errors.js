// Keeps every `lede-error` the page hears, from the first widget on: the tag and the problems.
window.ledeErrors = [];
document.addEventListener('lede-error', (event) => {
  window.ledeErrors.push({ tag: event.target.localName, problems: event.detail.problems });
});
