// Keeps every message the page receives, with the index of the iframe that sent it (-1: another window).
window.received = [];
addEventListener('message', (event) => {
  const from = [...document.querySelectorAll('iframe')].findIndex((frame) => frame.contentWindow === event.source);
  window.received.push({ from, data: event.data });
});
