import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { createEmbeddedWidget } from '../../src/embed/embed-widget.js';
import { ASK_HEIGHT, heightMessages, reportHeight } from '../../src/embed/report-height.js';
import { askHeights, reportedHeight, resizeFrame } from '../../src/embed/resize-frame.js';
import { captureWarnings, fixtureUrl, untilShown } from '../helpers.js';

// These tests read the problem note, which shows only in a preview: the test page is marked as one.
document.head.append(Object.assign(document.createElement('meta'), { name: 'lede-preview' }));

const widgetFrom = (query: string, hash = '') => createEmbeddedWidget(new URLSearchParams(query), hash);

describe('embed page: the widget from the address', () => {
  it('builds a widget from its fields, whatever the parameter spelling, and loads at once', async () => {
    const widget = widgetFrom('widget=quote-block&text=Bonjour&speakerRole=Ministre&source-url=https%3A%2F%2Fexample.org%2F&childId=x') as HTMLElement;
    expect(widget.localName).to.equal('lede-quote-block');
    expect(widget.getAttribute('loading')).to.equal('eager');
    expect(widget.getAttribute('speaker-role')).to.equal('Ministre');
    expect(widget.getAttribute('source-url')).to.equal('https://example.org/');
    expect(widget.hasAttribute('child-id')).to.equal(false);
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.append(widget);
    await untilShown(widget, 'Bonjour');
  });

  it('sets only attributes the widget declares', () => {
    const widget = widgetFrom('widget=quote-block&text=x&onclick=alert(1)&style=display:none') as HTMLElement;
    expect(widget.hasAttribute('onclick')).to.equal(false);
    expect(widget.hasAttribute('style')).to.equal(false);
  });

  it('takes the item id from the page fragment, and reads a story document', async () => {
    const address = fixtureUrl('story.json');
    const widget = widgetFrom(`widget=quote-block&src=${encodeURIComponent(address)}`, '#pm-quote') as HTMLElement;
    expect(widget.getAttribute('src')).to.equal(`${address}#pm-quote`);
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.append(widget);
    await untilShown(widget, 'seront contrariés');
    const own = widgetFrom(`widget=quote-block&src=${encodeURIComponent(`${address}#other`)}`, '#pm-quote') as HTMLElement;
    expect(own.getAttribute('src'), 'a fragment inside src wins').to.equal(`${address}#other`);
  });

  it('takes the whole object as JSON in `data`, and reports JSON that is not an object', async () => {
    const good = widgetFrom(`widget=quote-block&data=${encodeURIComponent('{"text":"Depuis JSON","speaker":"Ana"}')}`) as HTMLElement;
    const bad = widgetFrom('widget=quote-block&data=%7Bnot json') as HTMLElement;
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = captureWarnings();
    try {
      box.append(good, bad);
      await untilShown(good, 'Depuis JSON');
      await waitUntil(() => bad.shadowRoot?.querySelector('[part="error"]'), 'bad JSON was not reported');
    } finally {
      warnings.restore();
    }
  });

  it('says why when the widget is missing or unknown', () => {
    expect(widgetFrom('')).to.equal('No widget was named (add ?widget=…).');
    expect(widgetFrom('widget=nope')).to.equal('There is no widget "nope".');
    expect(widgetFrom('widget=%3Cscript%3E')).to.equal('There is no widget "<script>".');
  });
});

describe('embed page: height reports', () => {
  it('speaks Pym.js, AMP and Lede JSON', () => {
    expect(heightMessages(120, 'graphic')).to.deep.equal([
      'pymxPYMxgraphicxPYMxheightxPYMx120',
      { sentinel: 'amp', type: 'embed-size', height: 120 },
      '{"type":"lede:resize","height":120}',
    ]);
  });

  it('reports the height at once and after it grows and shrinks, once per change', async () => {
    const box = await fixture<HTMLElement>(html`<div style="height: 50.4px"></div>`);
    // Fonts already loaded: their report is the first one, and the same height is not repeated.
    await document.fonts.ready;
    const posted: unknown[] = [];
    const stop = reportHeight(box, { postMessage: (message: unknown) => posted.push(message) });
    const heights = () => posted.filter((m): m is string => typeof m === 'string' && m.startsWith('{')).map((m) => JSON.parse(m).height);
    await waitUntil(() => heights().length === 1);
    expect(heights()).to.deep.equal([51]);
    box.style.height = '200px';
    await waitUntil(() => heights().length === 2);
    box.style.height = '20px';
    await waitUntil(() => heights().length === 3);
    expect(heights()).to.deep.equal([51, 200, 20]);
    expect(posted).to.have.length(9);
    stop();
  });

  it('answers a height question from its parent alone, with its height alone, however often', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <div style="height: 70px"></div>
      <iframe title="parent" srcdoc="parent"></iframe>
      <iframe title="other" srcdoc="other"></iframe>
    </div>`);
    const [parentFrame, otherFrame] = box.querySelectorAll('iframe');
    await waitUntil(() => parentFrame.contentDocument?.readyState === 'complete' && otherFrame.contentDocument?.readyState === 'complete');
    const parent = parentFrame.contentWindow!;
    const heard: unknown[] = [];
    const listener = (event: MessageEvent) => heard.push(event.data);
    parent.addEventListener('message', listener);
    otherFrame.contentWindow!.addEventListener('message', listener);
    await document.fonts.ready;
    const stop = reportHeight(box.firstElementChild!, parent);
    const answer = JSON.stringify({ type: 'lede:resize', height: 70 });
    await waitUntil(() => heard.length === 3, 'the first report');
    const ask = (source: Window, data: unknown = ASK_HEIGHT) => window.dispatchEvent(new MessageEvent('message', { data, source }));
    ask(parent);
    ask(parent);
    await waitUntil(() => heard.length === 5, 'two answers');
    expect(heard.slice(3)).to.deep.equal([answer, answer]);
    // Another window, or anything but the question: no answer.
    ask(otherFrame.contentWindow!);
    ask(parent, { type: 'lede:ask-height' });
    ask(parent, '{"type":"lede:ask-height","reply":"x"}');
    ask(parent);
    await waitUntil(() => heard.length === 6, 'one more answer');
    expect(heard[5]).to.equal(answer);
    stop();
    ask(parent);
    parent.postMessage('end', '*');
    await waitUntil(() => heard.length === 7);
    expect(heard[6], 'stopped: no answer').to.equal('end');
    parent.removeEventListener('message', listener);
  });
});

describe('lede-frame: sizing the iframe', () => {
  it('asks every marked iframe for its height, and no other', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <iframe data-lede-frame title="one" srcdoc="one"></iframe>
      <iframe title="unmarked" srcdoc="two"></iframe>
    </div>`);
    const [marked, unmarked] = box.querySelectorAll('iframe');
    await waitUntil(() => marked.contentDocument?.readyState === 'complete' && unmarked.contentDocument?.readyState === 'complete');
    const heard: [string, unknown][] = [];
    marked.contentWindow!.addEventListener('message', (event) => heard.push(['marked', event.data]));
    unmarked.contentWindow!.addEventListener('message', (event) => heard.push(['unmarked', event.data]));
    askHeights(box);
    unmarked.contentWindow!.postMessage('end', '*');
    await waitUntil(() => heard.some(([, data]) => data === 'end'));
    expect(heard).to.deep.equal([
      ['marked', '{"type":"lede:ask-height"}'],
      ['unmarked', 'end'],
    ]);
  });

  it('reads the height from JSON text or an object, and nothing else', () => {
    expect(reportedHeight('{"type":"lede:resize","height":240.2}')).to.equal(241);
    expect(reportedHeight({ type: 'lede:resize', height: '80' })).to.equal(80);
    for (const data of ['pymxPYMxxPYMxheightxPYMx10', '{broken', { type: 'other', height: 5 }, { type: 'lede:resize', height: -1 }, { type: 'lede:resize', height: 1e9 }, null, 42]) {
      expect(reportedHeight(data), JSON.stringify(data)).to.equal(undefined);
    }
  });

  it('resizes only the marked iframe whose own window sent the message', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <style>iframe { box-sizing: border-box !important; height: 10px !important }</style>
      <iframe data-lede-frame title="one" srcdoc="one"></iframe>
      <iframe data-lede-frame title="two" srcdoc="two"></iframe>
      <iframe title="unmarked" srcdoc="three"></iframe>
    </div>`);
    const [one, two, unmarked] = box.querySelectorAll('iframe');
    const send = (source: Window | null, height: number) =>
      resizeFrame(new MessageEvent('message', { data: JSON.stringify({ type: 'lede:resize', height }), source }), box);
    expect(send(two.contentWindow, 321)).to.equal(two);
    expect(two.clientHeight).to.equal(321);
    expect(one.style.height).to.equal('');
    expect(send(window, 99), 'the page itself').to.equal(undefined);
    expect(send(unmarked.contentWindow, 99), 'an unmarked frame').to.equal(undefined);
    expect(send(null, 99)).to.equal(undefined);
    expect(resizeFrame(new MessageEvent('message', { data: 'hello', source: one.contentWindow }), box)).to.equal(undefined);
    expect(one.style.height).to.equal('');
    expect(two.style.getPropertyPriority('height')).to.equal('important');
  });
});
